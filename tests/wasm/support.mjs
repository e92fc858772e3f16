// Shared by the WebAssembly tests: where things are, and the native CLI to compare with.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const npmDir = path.join(root, 'build', 'npm');
export const nativeCli = path.join(root, 'build', 'native', 'precis');
export const languagesDir = path.join(root, 'tests', 'data', 'languages');
const bbcPath = path.join(root, '..', 'shared', 'data', 'bbc', 'bbc-dev.jsonl');

export async function loadPrecis() {
  const { createPrecis } = await import(path.join(npmDir, 'precis.js'));
  return createPrecis();
}

/** The first `count` BBC dev articles (../shared/data, read where it lies). */
export function bbcArticles(count) {
  if (!existsSync(bbcPath)) throw new Error(`the BBC dev set is missing: ${bbcPath}`);
  return readFileSync(bbcPath, 'utf8').split('\n').filter(Boolean).slice(0, count).map((line) => JSON.parse(line));
}

/** Native results for each request ({ text, ...options }), through `precis --jsonl`. */
export function nativeResults(requests) {
  const input = requests.map((request, id) => JSON.stringify({ id, ...request })).join('\n') + '\n';
  const output = execFileSync(nativeCli, ['--jsonl'], { input, maxBuffer: 1 << 30 }).toString('utf8');
  return output.trim().split('\n').map((line) => JSON.parse(line));
}

/** A native result with its UTF-8 byte offsets turned into UTF-16 ones, as the JS API gives them. */
export function withUtf16Offsets(text, result) {
  const bytes = Buffer.from(text, 'utf8');
  const at = (offset) => bytes.subarray(0, offset).toString('utf8').length;
  const { id, ...rest } = result;
  return {
    ...rest,
    sentences: rest.sentences.map((s) => ({ ...s, start: at(s.start), end: at(s.end) })),
    entities: rest.entities.map((e) => ({ ...e, start: at(e.start), end: at(e.end) })),
  };
}
