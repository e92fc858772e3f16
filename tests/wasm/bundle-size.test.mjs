// The default web bundle (what every visitor loads: the JS, the wasm, the core ICU data and the
// worker) stays within its budget of 505 KB gzip. It was 450 KB until the news summaries' 100
// gradient-boosted trees (summary/summary_model.h: 3,100 nodes of full-precision doubles) came
// into the module, about 50 KB gzip of it. Files loaded only when needed (the word
// dictionaries, entity models: names with "dict", "ner" or "model") are outside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { npmDir } from './support.mjs';

const BUDGET_BYTES = 505_000;
const LOADED_ON_DEMAND = /dict|ner|model/;

test(`the default bundle is at most ${BUDGET_BYTES / 1000} KB gzip`, () => {
  const files = readdirSync(npmDir).filter((name) => /\.(js|wasm|dat)$/.test(name) && !LOADED_ON_DEMAND.test(name));
  for (const required of ['precis.js', 'precis-engine.js', 'precis-worker.js', 'precis-core.js', 'precis-core.wasm', 'precis-icu-core.dat']) {
    assert.ok(files.includes(required), `${required} is in the bundle`);
  }
  const sizes = Object.fromEntries(files.map((name) => [name, gzipSync(readFileSync(path.join(npmDir, name)), { level: 9 }).length]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  assert.ok(total <= BUDGET_BYTES, `the bundle is ${total} bytes gzip: ${JSON.stringify(sizes)}`);
});
