// The wasm module and the native CLI give the same result: sentences, scores, selections,
// entities, keywords, for 300 BBC articles and for texts in other languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bbcArticles, languagesDir, loadPrecis, nativeResults, withUtf16Offsets } from './support.mjs';

const precis = await loadPrecis();

function assertSameResult(actual, expected, label) {
  assert.equal(actual.sentences.length, expected.sentences.length, `${label}: sentence count`);
  actual.sentences.forEach((s, i) => {
    const e = expected.sentences[i];
    assert.ok(Math.abs(s.score - e.score) <= 1e-9, `${label}: score of sentence ${i}: ${s.score} vs ${e.score}`);
    assert.deepEqual({ ...s, score: 0 }, { ...e, score: 0 }, `${label}: sentence ${i}`);
  });
  const { sentences: _a, ...restActual } = actual;
  const { sentences: _b, ...restExpected } = expected;
  assert.deepEqual(restActual, restExpected, `${label}: summary, entities, keywords, warnings`);
}

test('300 BBC dev articles: wasm equals native', async () => {
  const articles = bbcArticles(300);
  const requests = articles.map((a, i) => ({ text: a.text, sentences: 1 + (i % 5) }));
  const expected = nativeResults(requests);
  for (let i = 0; i < requests.length; i++) {
    const { text, ...options } = requests[i];
    const actual = await precis.summarize(text, options);
    assertSameResult(actual, withUtf16Offsets(text, expected[i]), articles[i].id);
  }
});

test('texts in de, fr, ru, zh and ja: wasm equals native, every algorithm', async () => {
  const files = readdirSync(languagesDir).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(files, ['de.txt', 'fr.txt', 'ja.txt', 'ru.txt', 'zh.txt']);
  const algorithms = ['auto', 'lead', 'textrank', 'lexrank', 'luhn', 'sumbasic', 'centroid'];
  const requests = files.flatMap((f) => algorithms.map((algorithm) => ({
    text: readFileSync(path.join(languagesDir, f), 'utf8'), algorithm, sentences: 2,
  })));
  const expected = nativeResults(requests);
  for (let i = 0; i < requests.length; i++) {
    const { text, ...options } = requests[i];
    const actual = await precis.summarize(text, options);
    assert.equal(actual.language, files[Math.floor(i / algorithms.length)].slice(0, 2));
    assertSameResult(actual, withUtf16Offsets(text, expected[i]), `${requests[i].algorithm} on ${actual.language}`);
  }
});
