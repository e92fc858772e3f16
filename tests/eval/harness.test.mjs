// The text helpers, the BBC split, the length breakdown and the peers' wrappers of scripts/eval.
// Run: node --test tests/eval/   (needs `npm ci`; the ots test needs Debian's ots)

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { articleWords, byLength } from '../../scripts/eval-lib/by-length.mjs';
import { CNNDM_REPORTED, DATASETS, bbcSplitOf, orangesumSplitOf } from '../../scripts/eval-lib/datasets.mjs';
import { Rouge } from '../../scripts/eval-lib/rouge.mjs';
import { hash32, nodeSummarizer, nodeSummarizerPublic, runOts, seededRandom } from '../../scripts/eval-lib/peers.mjs';
import { detokenize, sentenceCase, sliceUtf8, splitSentences } from '../../scripts/eval-lib/text.mjs';

const ARTICLE = `Residents of Port Elwyn voted on Sunday to close the old quarter to private cars from June. The proposal won 58% of the vote, on a turnout of 71%. Shop owners in the old quarter had campaigned against the plan for a decade. They said the closure would cost them customers and jobs. The mayor said the vote showed that the town wanted cleaner air and safer streets. Buses will run every ten minutes from two new car parks outside the old quarter. The council will review the scheme after one year. Critics said the car parks were too far from the centre.`;

describe('text', () => {
  test('detokenize undoes the SummEval tokenisation', () => {
    assert.equal(
      detokenize("Merson said : ' I was wrong . ' The team 's 0-0 draw ( pictured ) did n't help , and cost $ 5 ."),
      "Merson said: 'I was wrong.' The team's 0-0 draw (pictured) didn't help, and cost $5.",
    );
    assert.equal(detokenize("He said `` no '' and left ."), 'He said “no” and left.');
  });

  test('sentenceCase lower-cases all but the first letter of each sentence', () => {
    assert.equal(sentenceCase("Paul Merson said. 'It was NASA.' Then UEFA? \"Yes!\" (He left.) Mr. Smith"),
      "Paul merson said. 'It was nasa.' Then uefa? \"Yes!\" (He left.) Mr. Smith");
    assert.equal(sentenceCase('ÉTÉ à PARIS. éclair'), 'Été à paris. Éclair');
  });

  test('splitSentences keeps abbreviations and initials inside a sentence', () => {
    assert.deepEqual(splitSentences('Mr. Smith met Dr. Jones on Friday. John F. Kennedy spoke. It rained.\n\nNext'), [
      'Mr. Smith met Dr. Jones on Friday.', 'John F. Kennedy spoke.', 'It rained.', 'Next',
    ]);
    assert.deepEqual(splitSentences('M. Macron a parlé. Mme Dupont aussi !', 'fr'), ['M. Macron a parlé.', 'Mme Dupont aussi !']);
  });

  test('sliceUtf8 takes byte offsets', () => {
    const buffer = Buffer.from('£600m café. Next', 'utf8');
    assert.equal(sliceUtf8(buffer, 0, 13), '£600m café.');
    assert.equal(sliceUtf8(buffer, 14, 18), 'Next');
  });
});

describe('BBC split', () => {
  test('test is index % 5 == 0, the rest is train', () => {
    assert.equal(bbcSplitOf(0), 'test');
    assert.equal(bbcSplitOf(5), 'test');
    assert.equal(bbcSplitOf(1), 'train');
    assert.equal(bbcSplitOf(1664), 'train');
    const test = Array.from({ length: 1665 }, (_, i) => bbcSplitOf(i)).filter((s) => s === 'test');
    assert.equal(test.length, 333);
  });
});

describe('OrangeSum split', () => {
  test('test is index % 2 == 0, the rest is fit (where the model learns)', () => {
    assert.equal(orangesumSplitOf(0), 'test');
    assert.equal(orangesumSplitOf(1), 'fit');
    assert.equal(orangesumSplitOf(1499), 'fit');
    const test = Array.from({ length: 1500 }, (_, i) => orangesumSplitOf(i)).filter((s) => s === 'test');
    assert.equal(test.length, 750);
  });
});

describe('CNN/DailyMail validation', () => {
  test('the first CNNDM_REPORTED stories, their sentences joined by spaces, against their highlights', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-cnndm-'));
    try {
      fs.mkdirSync(path.join(dir, 'cnndm-train'));
      const rows = Array.from({ length: CNNDM_REPORTED + 3 }, (_, i) => ({
        id: `val-${i}`, sentences: [`Story ${i} opens.`, 'It goes on.'], highlights: [`Story ${i} in short.`],
      }));
      const gz = zlib.gzipSync(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
      fs.writeFileSync(path.join(dir, 'cnndm-train', 'cnndm-validation.jsonl.gz'), gz);
      const docs = DATASETS.cnndm.load(dir);
      assert.equal(docs.length, CNNDM_REPORTED);
      assert.equal(docs.at(-1).id, `val-${CNNDM_REPORTED - 1}`);
      assert.equal(docs[0].text, 'Story 0 opens. It goes on.');
      assert.deepEqual(docs[0].references, [['Story 0 in short.']]);
      assert.equal(docs[0].sentences, 3);
      assert.throws(() => DATASETS.cnndm.load(dir, { split: 'test' }), /one split/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('repeated trigrams', () => {
  const rouge = new Rouge({ exceptions: new Map(), stem: false });
  test('a trigram said twice, across sentences or within one, counts; two bigrams do not', () => {
    assert.equal(rouge.repeatsTrigram(['The mayor said no.', 'Then the mayor said yes.']), true);
    assert.equal(rouge.repeatsTrigram(['a b c a b c']), true);
    assert.equal(rouge.repeatsTrigram(['The mayor spoke.', 'The mayor left.']), false);
    assert.equal(rouge.repeatsTrigram([]), false);
  });
});

describe('node-summarizer', () => {
  test('the wrapper returns what the package returns, kept apart, and repeats', async () => {
    const seed = hash32('port-elwyn');
    const mine = await nodeSummarizer(ARTICLE, 3, seed);
    assert.equal(mine.length, 3);
    assert.equal(mine.join(''), await nodeSummarizerPublic(ARTICLE, 3, seed));
    assert.deepEqual(await nodeSummarizer(ARTICLE, 3, seed), mine);
    for (const sentence of mine) assert.ok(ARTICLE.includes(sentence), sentence);
  });

  test('Math.random is put back after a call', async () => {
    const random = Math.random;
    await nodeSummarizer(ARTICLE, 2, 1);
    assert.equal(Math.random, random);
    const a = seededRandom(42);
    const b = seededRandom(42);
    assert.equal(a(), b());
  });
});

let otsThere = true;
try {
  execFileSync('python3', ['-c', 'import ctypes, ctypes.util; ctypes.CDLL(ctypes.util.find_library("ots-1") or "libots-1.so.0")'], { stdio: 'ignore' });
} catch {
  otsThere = false;
}

describe('ots', { skip: !otsThere && "Debian's ots is not installed (apt-get install ots)" }, () => {
  test('gives exactly N of its sentences, from the text, in document order', async () => {
    const { lines, errors } = await runOts([
      { id: 'a', text: ARTICLE, sentences: 3, language: 'en' },
      { id: 'b', text: ARTICLE, sentences: 1, language: 'en' },
      { id: 'c', text: 'Le conseil a voté dimanche. Les commerçants sont contre. Le maire est pour.', sentences: 2, language: 'fr' },
    ]);
    assert.deepEqual(errors, []);
    assert.equal(lines.get('a').length, 3);
    assert.equal(lines.get('b').length, 1);
    assert.equal(lines.get('c').length, 2);
    let from = 0;
    for (const sentence of lines.get('a')) {
      const at = ARTICLE.indexOf(sentence, from);
      assert.ok(at >= from, sentence);
      from = at + sentence.length;
    }
    assert.ok(lines.get('a').includes(lines.get('b')[0]));
  });
});

describe('by length', () => {
  test('byLength means each method over the documents of each length bucket it has', () => {
    const words = [120, 299, 300, 800];
    const method = { r1: [0.4, 0.2, 0.5, 0.3], r2: [0.2, 0.1, 0.3, 0.1] };
    const baseline = { r1: [0.1, 0.1, 0.5, 0.2], r2: [0.1, 0.1, 0.2, 0.2] };
    const rows = byLength(words, method, baseline);
    assert.deepEqual(rows.map((r) => [r.words, r.documents]), [['under 300', 2], ['300–449', 1], ['700 and more', 1]]);
    assert.ok(Math.abs(rows[0].method.r1 - 30) < 1e-9);
    assert.ok(Math.abs(rows[0].baseline.r2 - 10) < 1e-9);
    assert.ok(Math.abs(rows[2].method.r2 - 10) < 1e-9);
    assert.equal(articleWords('  Two  words\n'), 2);
  });
});
