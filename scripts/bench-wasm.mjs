#!/usr/bin/env node
// The WebAssembly figures for scripts/bench, measured in one run: the default bundle's gzip
// size, Node's cold start (create + first summary of a 1,000-word article, in a fresh process),
// and throughput over the BBC dev set beside the native CLI. Prints one JSON object.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npmDir = path.join(root, 'build', 'npm');
const data = process.argv[2] ?? path.join(root, '..', 'shared', 'data');
const texts = readFileSync(path.join(data, 'bbc', 'bbc-dev.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line).text);

const gzipped = (name) => gzipSync(readFileSync(path.join(npmDir, name)), { level: 9 }).length;
const bundleFiles = ['precis.js', 'precis-engine.js', 'precis-worker.js', 'precis-core.js', 'precis-core.wasm', 'precis-icu-core.dat'];
const bundle = Object.fromEntries(bundleFiles.map((name) => [name, gzipped(name)]));
const separate = { 'precis-icu-dict.dat': gzipped('precis-icu-dict.dat') };

// A 1,000-word article: BBC dev articles joined until they reach the length.
const words = texts.join('\n\n').split(/(\s+)/);
const article = words.slice(0, 2 * 1000 - 1).join('');
const coldStartScript = `
  const t0 = performance.now();
  const { createPrecis } = await import(${JSON.stringify(pathToFileURL(path.join(npmDir, 'precis.js')).href)});
  const precis = await createPrecis();
  await precis.summarize(process.argv[1]);
  console.log(performance.now() - t0);`;
const coldStarts = [];
for (let run = 0; run < 7; run++) {
  coldStarts.push(Number(execFileSync('node', ['--input-type=module', '-e', coldStartScript, article]).toString()));
}
coldStarts.sort((a, b) => a - b);

// Throughput: the same texts and length, wasm in this process and the native CLI in one batch.
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
const { createPrecis } = await import(pathToFileURL(path.join(npmDir, 'precis.js')));
const precis = await createPrecis();
await precis.summarize(texts[0]);  // compile and warm up before timing
let start = performance.now();
for (const text of texts) await precis.summarize(text, { ratio: 0.2 });
const wasmSeconds = (performance.now() - start) / 1000;
const batch = texts.map((text, id) => JSON.stringify({ id, text, ratio: 0.2 })).join('\n') + '\n';
start = performance.now();
execFileSync(path.join(root, 'build', 'native', 'precis'), ['--jsonl'], { input: batch, maxBuffer: 1 << 30 });
const nativeSeconds = (performance.now() - start) / 1000;

console.log(JSON.stringify({
  bundle_gzip_bytes: bundle,
  bundle_gzip_total: Object.values(bundle).reduce((a, b) => a + b, 0),
  separate_gzip_bytes: separate,
  wasm_bytes: statSync(path.join(npmDir, 'precis-core.wasm')).size,
  cold_start_ms: { median: coldStarts[3], min: coldStarts[0], max: coldStarts[6], article_words: 1000 },
  bbc: {
    articles: texts.length,
    megabytes,
    wasm_seconds: wasmSeconds,
    native_seconds: nativeSeconds,
    wasm_mb_per_s: megabytes / wasmSeconds,
    native_mb_per_s: megabytes / nativeSeconds,
    wasm_vs_native: nativeSeconds / wasmSeconds,
  },
}, null, 2));
