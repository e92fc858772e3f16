// The JS API: UTF-16 offsets, large and bad input, bad options, the lazily loaded dictionary,
// and analysing once for several lengths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bbcArticles, loadPrecis, npmDir } from './support.mjs';

const precis = await loadPrecis();

function assertOffsetsSliceText(text, result) {
  for (const s of result.sentences) {
    const slice = text.slice(s.start, s.end);
    assert.equal(slice, slice.trim(), 'a sentence is trimmed');
    assert.ok(slice.length > 0);
  }
  for (const e of result.entities) assert.equal(text.slice(e.start, e.end), e.text);
}

test('offsets are UTF-16 code units, exact around astral characters and CJK', async () => {
  const text = 'Launch day 🚀🚀 went well for Nimbus Labs Inc. The 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 team cheered. ' +
    'Mr. Tobias Reyn paid $5m for 10% of it on 3 March 2026. 東京で会議が開かれました。新しい計画が発表されました。';
  const result = await precis.summarize(text, { sentences: 2, language: 'en' });
  assertOffsetsSliceText(text, result);
  const sentences = result.sentences.map((s) => text.slice(s.start, s.end));
  assert.equal(sentences[0], 'Launch day 🚀🚀 went well for Nimbus Labs Inc.');
  assert.equal(sentences[1], 'The 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 team cheered.');
  const entities = result.entities.map((e) => `${e.type}:${e.text}`);
  for (const expected of ['PER:Tobias Reyn', 'MONEY:$5m', 'PERCENT:10%', 'DATE:3 March 2026']) {
    assert.ok(entities.includes(expected), `${expected} in ${entities}`);
  }
  // Whether the full stop of "Inc." belongs to the name is the model's call; the span's text is not.
  assert.ok(entities.some((e) => /^ORG:Nimbus Labs Inc\.?$/.test(e)), String(entities));
  assert.ok(sentences.includes('新しい計画が発表されました。'));
});

test('a 5 MB text is analysed, with offsets into the whole string', async () => {
  const articles = bbcArticles(1665).map((a) => a.text);
  let text = '';
  while (text.length < 5_000_000) text += articles.join('\n\n') + '\n\n';
  const result = await precis.summarize(text, { ratio: 0.01 });
  assert.ok(result.sentences.length > 50_000, `${result.sentences.length} sentences`);
  assert.equal(result.summary.length, Math.round(0.01 * result.sentences.filter((s) => s.kind !== 'title' && s.kind !== 'heading').length));
  const last = result.sentences.at(-1);
  assert.ok(last.end <= text.length && last.end > text.length - 1000);
  assertOffsetsSliceText(text, { sentences: result.sentences.slice(-100), entities: result.entities.slice(-100) });
});

test('bad options reject with a TypeError or RangeError that names the value and the rule', async () => {
  const cases = [
    [{ sentenses: 3 }, TypeError, /unknown option "sentenses"/],
    [{ sentences: 0 }, RangeError, /^sentences must be a whole number of at least 1, not 0$/],
    [{ sentences: 2.5 }, RangeError, /^sentences must be a whole number of at least 1, not 2\.5$/],
    [{ sentences: -1 }, RangeError, /not -1$/],
    [{ sentences: NaN }, RangeError, /^sentences must be a whole number of at least 1, not NaN$/],
    [{ words: Infinity }, RangeError, /^words must be a whole number of at least 1, not Infinity$/],
    [{ ratio: 1.5 }, RangeError, /^ratio must be greater than 0 and at most 1, not 1\.5$/],
    [{ ratio: NaN }, RangeError, /not NaN$/],
    [{ sentences: 2, words: 10 }, TypeError, /only one of sentences, ratio, words and characters, not sentences and words/],
    [{ sentences: '3' }, TypeError, /"sentences" must be a number, not "3"/],
    [{ language: 3 }, TypeError, /"language" must be a string, not 3/],
    [{ focus: [1, 2] }, TypeError, /"focus" must be a string or an array of strings/],
    ['three', TypeError, /options must be an object/],
  ];
  for (const [options, kind, message] of cases) {
    await assert.rejects(precis.summarize('One sentence here. Another one there.', options), (error) => {
      assert.ok(error instanceof kind, `${JSON.stringify(options)}: ${error.name} ${error.message}`);
      assert.match(error.message, message);
      return true;
    });
  }
  // Checked by the core too: a code no language has.
  await assert.rejects(precis.summarize('One sentence here.', { language: 'xx' }), /unknown language "xx"/);
  await assert.rejects(precis.summarize('One sentence here.', { algorithm: 'magic' }), /unknown algorithm "magic"/);
  await assert.rejects(precis.summarize(42), (error) => error instanceof TypeError && /the text must be a string, not number/.test(error.message));
  // An analysis checks each length the same way, and stays usable after a refusal.
  const analysis = await precis.analyze('One sentence here. Another one there.');
  await assert.rejects(analysis.summarize({ sentences: NaN }), RangeError);
  assert.equal((await analysis.summarize({ sentences: 1 })).summary.length, 1);
  await analysis.release();
});

test('the largest text is stated, refused above it before any work, and analysed at it', async () => {
  const { MAX_TEXT_BYTES } = await import(path.join(npmDir, 'precis.js'));
  assert.equal(MAX_TEXT_BYTES, 20 * 1024 * 1024);
  // Two-byte characters: the limit is in UTF-8 bytes, not string length.
  const over = 'é'.repeat(MAX_TEXT_BYTES / 2 + 1);
  await assert.rejects(precis.summarize(over), (error) => error instanceof RangeError && /over 20971520 bytes \(20 MB\)/.test(error.message));
  // At the limit, of varied words (the most memory a text needs), it works within WebAssembly's memory.
  const words = bbcArticles(400).flatMap((a) => a.text.split(/\s+/));
  const parts = [];
  let size = 0;
  for (let i = 0; size < MAX_TEXT_BYTES - 200; i++) {
    const sentence = `${words[(i * 7919) % words.length]} ${words[(i * 104729) % words.length]} ${words[(i * 15485863) % words.length]} w${i}. `;
    if (size + sentence.length > MAX_TEXT_BYTES) break;
    parts.push(sentence);
    size += Buffer.byteLength(sentence);
  }
  const text = parts.join('');
  assert.ok(Buffer.byteLength(text) <= MAX_TEXT_BYTES && Buffer.byteLength(text) > MAX_TEXT_BYTES - 1000);
  const result = await precis.summarize(text, { sentences: 3 });
  assert.equal(result.summary.length, 3);
});

test('utf8Length counts a text as MAX_TEXT_BYTES does, across its pieces of 2^18 units', async () => {
  const { utf8Length } = await import(path.join(npmDir, 'precis.js'));
  const piece = 1 << 18;
  const texts = [
    '',
    'plain ASCII',
    'é€🚀 mixed',
    // A surrogate pair across the first piece boundary, and lone surrogates (U+FFFD: 3 bytes).
    `${'a'.repeat(piece - 1)}🚀${'b'.repeat(10)}`,
    `${'a'.repeat(piece - 1)}\ud83d`,
    `\udc00${'é'.repeat(2 * piece + 5)}\ud800x`,
  ];
  for (const text of texts) assert.equal(utf8Length(text), Buffer.byteLength(text), `${text.length} units`);
});

test('bad input gives a result and a warning, not a failure', async () => {
  const empty = await precis.summarize('');
  assert.deepEqual(empty.sentences, []);
  assert.ok(empty.warnings.some((w) => /empty/.test(w)));

  const lone = 'Broken \uD800 surrogate in a sentence. A second sentence follows it.';
  const result = await precis.summarize(lone);
  assert.equal(result.sentences.length, 2);
  assertOffsetsSliceText(lone, result);

  const nul = 'Zero\u0000bytes inside. They are read as spaces by the analysis.';
  const withNul = await precis.summarize(nul);
  assert.ok(withNul.warnings.some((w) => /NUL/.test(w)));
  assertOffsetsSliceText(nul, withNul);
});

test('analysing once serves every length, and equals summarising from scratch', async () => {
  const text = bbcArticles(3)[2].text;
  const analysis = await precis.analyze(text);
  for (const length of [{ sentences: 1 }, { sentences: 4 }, { ratio: 0.5 }, { words: 60 }, { characters: 400 }, {}]) {
    const picked = await analysis.summarize(length);
    assert.deepEqual(picked, await precis.summarize(text, length), JSON.stringify(length));
  }
  const words = await analysis.summarize({ words: 60 });
  assert.ok(words.summary.reduce((sum, i) => sum + words.sentences[i].words, 0) <= 60);
  await analysis.release();
  await assert.rejects(analysis.summarize({ sentences: 2 }), /released/);
});

test('the dictionary and the name models are fetched only for texts that need them, and only once', async () => {
  const { Engine } = await import(pathToFileURL(path.join(npmDir, 'precis-engine.js')));
  const requested = [];
  const engine = await Engine.create((name) => {
    requested.push(name);
    return readFile(path.join(npmDir, name));
  });
  // The English name model comes with the module.
  assert.deepEqual([...requested].sort(), ['ner-en.bin', 'precis-core.wasm', 'precis-icu-core.dat']);
  await engine.summarizeText('An English text. It needs no dictionary at all.');
  assert.equal(requested.length, 3);
  await engine.summarizeText('Ein deutscher Text. Auch er braucht kein Wörterbuch, aber Namen wie Angela Merkel.');
  await engine.summarizeText('Noch ein deutscher Text über Berlin. Er braucht dasselbe Modell.');
  assert.deepEqual(requested.filter((n) => n.startsWith('ner-')), ['ner-en.bin', 'ner-de.bin']);

  const japanese = await engine.summarizeText('今日は東京で大きな会議が開かれました。政府は新しい政策を発表しました。');
  assert.deepEqual(requested.filter((n) => n === 'precis-icu-dict.dat'), ['precis-icu-dict.dat']);
  const words = japanese.sentences.reduce((sum, s) => sum + s.words, 0);
  assert.ok(words >= 10, `Japanese is split into dictionary words (${words})`);
  await engine.summarizeText('曼谷是泰国的首都。ภาษาไทยเป็นภาษาที่สวยงาม');
  assert.equal(requested.filter((n) => n === 'precis-icu-dict.dat').length, 1);
});

test('a name model that cannot be fetched leaves rule-based names and a warning, and is tried again', async () => {
  const { Engine } = await import(pathToFileURL(path.join(npmDir, 'precis-engine.js')));
  let offline = true;
  const requested = [];
  const engine = await Engine.create((name) => {
    requested.push(name);
    if (name === 'ner-fr.bin' && offline) return Promise.reject(new Error('offline'));
    return readFile(path.join(npmDir, name));
  });
  const french = 'Le président Emmanuel Macron a rencontré la maire de Paris. Elle a parlé de la Seine et de Lyon.';
  const withoutModel = await engine.summarizeText(french);
  assert.ok(withoutModel.warnings.some((w) => /name model for "fr" could not be loaded \(offline\)/.test(w)), String(withoutModel.warnings));
  offline = false;
  const withModel = await engine.summarizeText(french);
  assert.equal(requested.filter((n) => n === 'ner-fr.bin').length, 2);
  assert.ok(!withModel.warnings.some((w) => /name model/.test(w)), String(withModel.warnings));
  assert.ok(withModel.entities.some((e) => e.type === 'LOC' && e.text === 'Paris'), JSON.stringify(withModel.entities));
});

test('an engine without WebAssembly SIMD says what the browser lacks, before fetching anything', async () => {
  const { Engine } = await import(pathToFileURL(path.join(npmDir, 'precis-engine.js')));
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;  // as a browser from before 2021 answers for SIMD
  try {
    const requested = [];
    await assert.rejects(Engine.create((name) => { requested.push(name); return readFile(path.join(npmDir, name)); }),
      /needs a browser with WebAssembly SIMD/);
    assert.deepEqual(requested, []);
  } finally {
    WebAssembly.validate = validate;
  }
});
