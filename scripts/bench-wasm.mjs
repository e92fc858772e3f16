#!/usr/bin/env node
// The WebAssembly figures for scripts/bench, in one run: the default bundle's gzip size, Node's
// cold start (create + first summary of a 1,000-word article, in a fresh process), throughput
// on the BBC dev set beside the native CLI, and the time and memory for each text file given.
//
//   node scripts/bench-wasm.mjs DATA_DIR [TEXT_FILE...]     prints one JSON object
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npmDir = path.join(root, 'build', 'npm');
const [data = path.join(root, '..', 'shared', 'data'), ...files] = process.argv.slice(2);
const texts = readFileSync(path.join(data, 'bbc', 'bbc-dev.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line).text);

const gzipped = (name) => gzipSync(readFileSync(path.join(npmDir, name)), { level: 9 }).length;
const bundleFiles = ['precis.js', 'precis-engine.js', 'precis-worker.js', 'precis-core.js', 'precis-core.wasm', 'precis-icu-core.dat'];
const bundle = Object.fromEntries(bundleFiles.map((name) => [name, gzipped(name)]));
const separate = { 'precis-icu-dict.dat': gzipped('precis-icu-dict.dat') };

// A 1,000-word article: BBC dev articles joined until they reach the length.
const article = texts.join('\n\n').split(/(\s+)/).slice(0, 2 * 1000 - 1).join('');
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

const { createPrecis } = await import(pathToFileURL(path.join(npmDir, 'precis.js')));
const precis = await createPrecis();
await precis.summarize(texts[0]);  // compile and warm up before timing

// Throughput: the same texts and length, wasm in this process and the native CLI in one batch.
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
let start = performance.now();
for (const text of texts) await precis.summarize(text, { ratio: 0.2 });
const wasmSeconds = (performance.now() - start) / 1000;
const batch = texts.map((text, id) => JSON.stringify({ id, text, ratio: 0.2 })).join('\n') + '\n';
start = performance.now();
execFileSync(path.join(root, 'build', 'native', 'precis'), ['--jsonl'], { input: batch, maxBuffer: 1 << 30 });
const nativeSeconds = (performance.now() - start) / 1000;

// Each text file in a fresh process, so the memory the module grows to is its own; a short
// text first, as above, so that the timing is of code the engine has compiled, not of the
// compiling (the cold start is measured on its own).
const sizeScript = `
  const { readFileSync } = await import('node:fs');
  const { Engine } = await import(${JSON.stringify(pathToFileURL(path.join(npmDir, 'precis-engine.js')).href)});
  const dir = ${JSON.stringify(npmDir)};
  const engine = await Engine.create(async (name) => readFileSync(dir + '/' + name));
  const text = readFileSync(process.argv[1], 'utf8');
  await engine.summarizeText(process.argv[2], { ratio: 0.2 });
  const runs = text.length < 200000 ? 7 : text.length < 2000000 ? 3 : 2;
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await engine.summarizeText(text, { ratio: 0.2 });
    best = Math.min(best, performance.now() - t0);
  }
  console.log(JSON.stringify({ seconds: best / 1000, memory_mib: engine.memoryBytes / 1048576 }));`;
const sizes = {};
for (const file of files) {
  sizes[file] = JSON.parse(execFileSync('node', ['--input-type=module', '-e', sizeScript, file, article], { maxBuffer: 1 << 26 }).toString());
}

console.log(JSON.stringify({
  bundle_gzip_bytes: bundle,
  bundle_gzip_total: Object.values(bundle).reduce((a, b) => a + b, 0),
  separate_gzip_bytes: separate,
  cold_start_ms: { median: coldStarts[3], min: coldStarts[0], max: coldStarts[6], article_words: 1000 },
  bbc: {
    articles: texts.length,
    megabytes,
    wasm_seconds: wasmSeconds,
    native_seconds: nativeSeconds,
    wasm_vs_native: nativeSeconds / wasmSeconds,
  },
  sizes,
}, null, 2));
