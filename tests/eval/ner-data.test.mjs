// The named-entity data of scripts/eval-ner and scripts/ner-data: the detokeniser keeps every
// token and points at its exact bytes, the readers and the tag mappings.
// Run: node --test tests/eval/   (no dataset needed)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  detokenise,
  iobEntities,
  loadNerSet,
  mapConllTag,
  mapGermevalTag,
  mapWnutTag,
  readColumns,
} from '../../scripts/eval-lib/ner-datasets.mjs';

/** Every token is in the text, at its offsets, and only nothing or one space lies between. */
function assertKeepsTokens(tokens, language) {
  const { text, spans } = detokenise(tokens, language);
  const bytes = Buffer.from(text, 'utf8');
  assert.equal(spans.length, tokens.length);
  tokens.forEach((token, i) => {
    assert.equal(bytes.subarray(spans[i][0], spans[i][1]).toString('utf8'), token, `token ${i}`);
    if (i > 0) assert.match(bytes.subarray(spans[i - 1][1], spans[i][0]).toString('utf8'), /^ ?$/);
  });
  assert.equal(spans[0][0], 0);
  assert.equal(spans.at(-1)[1], bytes.length);
  return text;
}

describe('detokenise', () => {
  test('punctuation, brackets and contractions (English)', () => {
    const tokens = ['He', 'said', ':', '``', 'It', "'s", 'Obama', "'s", 'plan', "''", '(', 'not', 'mine', ')', ',', 'did', "n't", 'he', '?'];
    assert.equal(assertKeepsTokens(tokens, 'en'), "He said: ``It's Obama's plan'' (not mine), didn't he?");
  });

  test('non-ASCII tokens get their byte offsets', () => {
    const tokens = ['Ibáñez', 'visitó', 'São', 'Paulo', '—', '東京', '😀', ',', 'Zürich', '.'];
    const text = assertKeepsTokens(tokens, 'en');
    assert.equal(text, 'Ibáñez visitó São Paulo — 東京 😀, Zürich.');
    const { spans } = detokenise(tokens, 'en');
    assert.deepEqual(spans[0], [0, 8]); // Ibáñez: á and ñ take 2 bytes each
    assert.deepEqual(spans[5], [32, 38]); // 東京: 3 bytes a character
    assert.deepEqual(spans[6], [39, 43]); // an astral character: 4 bytes
    assert.deepEqual(spans[7], [43, 44]); // the comma hangs on it
  });

  test('quotes pair; a quote with no partner after it closes', () => {
    assert.equal(assertKeepsTokens(["'", "''", 'Sydney', 'Theatre', 'Company', "''", "'"], 'en'), "'''Sydney Theatre Company'''");
    assert.equal(assertKeepsTokens(['Jonny', 'Lee', 'Miller', '-', 'Eli', 'Stone', "''"], 'en'), "Jonny Lee Miller - Eli Stone''");
    assert.equal(assertKeepsTokens(['Farmers', "'", 'Almanac'], 'en'), "Farmers' Almanac");
    assert.equal(assertKeepsTokens(['Er', 'sagte', '„', 'Natur', 'sein', 'lassen', '“', '.'], 'de'), 'Er sagte „Natur sein lassen“.');
    assert.equal(assertKeepsTokens(['Mehr', 'nicht', '"', ',', 'sagte', 'er', '.'], 'de'), 'Mehr nicht", sagte er.');
    assert.equal(assertKeepsTokens(['Der', 'Film', '"', 'Die', 'Vorahnung', '"', 'lief', '.'], 'de'), 'Der Film "Die Vorahnung" lief.');
  });

  test('French keeps its spaces before ; : ! ? and inside guillemets', () => {
    assert.equal(
      assertKeepsTokens(['Il', 'a', 'dit', ':', '«', 'Allons', "d'abord", 'à', 'Lyon', '!', '»', '(', 'Rhône', ')', '.'], 'fr'),
      "Il a dit : « Allons d'abord à Lyon ! » (Rhône).",
    );
  });

  test('contractions split at the apostrophe (WNUT) are joined', () => {
    assert.equal(assertKeepsTokens(['It', "'", 's', 'not', 'that', 'I', 'would', 'n', "'", 't', 'go', '.'], 'en'), "It's not that I wouldn't go.");
  });

  test('odd tokens are kept as they are', () => {
    assertKeepsTokens(['&', 'gt', ';', '*', ':)', '#hashtag', '@user', '...', '$', '5', '\uFEFF'], 'en');
    assertKeepsTokens(['Zirzow53°35\'47', '13°11\'28', '»jedes', 'studiere«', 'km²', '†'], 'de');
    assertKeepsTokens([')', '(', "''", '``'], 'en');
    assertKeepsTokens(['one'], 'nl');
  });
});

describe('tags', () => {
  test('IOB2 spans; an I- that does not continue its type starts an entity', () => {
    assert.deepEqual(iobEntities(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG']), [
      { first: 0, last: 1, type: 'PER' },
      { first: 3, last: 4, type: 'LOC' },
      { first: 5, last: 5, type: 'LOC' },
      { first: 6, last: 6, type: 'ORG' },
    ]);
  });

  test('GermEval: OTH and *deriv are MISC, *part is no name', () => {
    assert.equal(mapGermevalTag('B-PER'), 'B-PER');
    assert.equal(mapGermevalTag('I-ORG'), 'I-ORG');
    assert.equal(mapGermevalTag('B-OTH'), 'B-MISC');
    assert.equal(mapGermevalTag('B-LOCderiv'), 'B-MISC');
    assert.equal(mapGermevalTag('I-PERderiv'), 'I-MISC');
    assert.equal(mapGermevalTag('B-LOCpart'), 'O');
    assert.equal(mapGermevalTag('I-OTHpart'), 'O');
    assert.equal(mapGermevalTag('O'), 'O');
  });

  test('WNUT: person, location, corporation, group, product, creative-work', () => {
    assert.equal(mapWnutTag('B-person'), 'B-PER');
    assert.equal(mapWnutTag('I-location'), 'I-LOC');
    assert.equal(mapWnutTag('B-corporation'), 'B-ORG');
    assert.equal(mapWnutTag('I-group'), 'I-ORG');
    assert.equal(mapWnutTag('B-product'), 'B-MISC');
    assert.equal(mapWnutTag('I-creative-work'), 'I-MISC');
    assert.equal(mapWnutTag('O'), 'O');
  });

  test('readColumns: blank and tab-only lines end sentences; GermEval comments; "#" a WNUT token', () => {
    const wnut = readColumns('#\tO\nBerlin\tB-location\n\t\nhi\tO\n\n\n', { tokenColumn: 0, tagColumn: 1, mapTag: mapWnutTag });
    assert.deepEqual(wnut, [
      { tokens: ['#', 'Berlin'], tags: ['O', 'B-LOC'], document: 0 },
      { tokens: ['hi'], tags: ['O'], document: 0 },
    ]);
    const germeval = readColumns('#\thttp://x\t[2009]\n1\tIn\tO\tO\n2\tBerlin\tB-LOC\tO\n\n#\ty\n1\tdeutsche\tB-LOCderiv\tB-LOC\n', {
      tokenColumn: 1, tagColumn: 2, mapTag: mapGermevalTag, comments: true,
    });
    assert.deepEqual(germeval, [
      { tokens: ['In', 'Berlin'], tags: ['O', 'B-LOC'], document: 0 },
      { tokens: ['deutsche'], tags: ['B-MISC'], document: 0 },
    ]);
  });

  test('CoNLL: space-separated columns, -DOCSTART- lines number the documents', () => {
    const conll = readColumns('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n', {
      tokenColumn: 0, tagColumn: 3, mapTag: mapConllTag, separator: ' ',
    });
    assert.deepEqual(conll, [
      { tokens: ['EU', 'rejects'], tags: ['B-ORG', 'O'], document: 0 },
      { tokens: ['Bonn'], tags: ['B-LOC'], document: 1 },
    ]);
    assert.equal(mapConllTag('I-MISC'), 'I-MISC');
    assert.equal(mapConllTag('B-FOO'), 'O');
  });
});

describe('loadNerSet', () => {
  test('gold spans are byte ranges of running text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-ner-'));
    try {
      fs.mkdirSync(path.join(dir, 'wikiann', 'de'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'wikiann', 'de', 'test.tsv'),
        'Jürgen\tB-PER\nKlopp\tI-PER\n(\tO\nFC\tB-ORG\nLiverpool\tI-ORG\n)\tO\n\nÖsterreich\tB-LOC\n\n',
      );
      const sentences = loadNerSet(dir, 'wikiann-de', 'test');
      assert.equal(sentences.length, 2);
      const [first, second] = sentences;
      assert.equal(first.id, 'wikiann-de/test/0');
      assert.equal(first.language, 'de');
      assert.equal(first.text, 'Jürgen Klopp (FC Liverpool)');
      const bytes = Buffer.from(first.text);
      assert.deepEqual(first.entities.map((e) => [bytes.subarray(e.start, e.end).toString(), e.type]), [
        ['Jürgen Klopp', 'PER'],
        ['FC Liverpool', 'ORG'],
      ]);
      assert.deepEqual(first.entities[0], { start: 0, end: 13, type: 'PER' });
      assert.deepEqual(second, { id: 'wikiann-de/test/1', language: 'de', text: 'Österreich', entities: [{ start: 0, end: 11, type: 'LOC' }] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a CoNLL-2003 article is one text, a sentence a paragraph, its spans moved along', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-ner-'));
    try {
      fs.mkdirSync(path.join(dir, 'conll2003-de'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'conll2003-de', 'val.tsv'),
        '-DOCSTART-\tO\n\nÜber\tO\nBonn\tB-LOC\n\nKohl\tB-PER\nsprach\tO\n\n-DOCSTART-\tO\n\nSPD\tB-ORG\n',
      );
      const articles = loadNerSet(dir, 'conll2003-de', 'valid');
      assert.equal(articles.length, 2);
      const [first, second] = articles;
      assert.equal(first.text, 'Über Bonn\n\nKohl sprach');
      const bytes = Buffer.from(first.text);
      assert.deepEqual(first.entities.map((e) => [bytes.subarray(e.start, e.end).toString(), e.type]), [
        ['Bonn', 'LOC'],
        ['Kohl', 'PER'],
      ]);
      assert.deepEqual(second, { id: 'conll2003-de/valid/1', language: 'de', text: 'SPD', entities: [{ start: 0, end: 3, type: 'ORG' }] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
