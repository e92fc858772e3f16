// Pins the ROUGE scorer of scripts/eval (scripts/eval-lib/rouge.mjs) to ROUGE-1.5.5's conventions.
// Run: node --test tests/eval/   (needs `npm ci` for the js-rouge and stemmer cross-checks)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { n as jsRougeN, l as jsRougeL } from 'js-rouge';
import { stemmer } from 'stemmer';
import { porterStem } from '../../scripts/eval-lib/porter.mjs';
import { Rouge, foldAccents, loadExceptions } from '../../scripts/eval-lib/rouge.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED_EXC = path.resolve(here, '..', '..', '..', 'shared', 'data', 'rouge', 'wordnet-2.0-exc.tsv');

// A few lines of the WordNet 2.0 exception table, in its format, so that the tests do not need
// the shared data; where the shared table is there, it is checked to agree on them.
const EXCEPTIONS = new Map([
  ['said', 'say'],
  ['running', 'run'],
  ['found', 'find'],
  ['data', 'datum'],
  ['were', 'be'],
  ['children', 'child'],
  ['sat', 'sit'],
]);

const rouge = new Rouge({ exceptions: EXCEPTIONS });
const score = (peer, ...refs) => rouge.score(peer, rouge.prepareReferences(refs));

describe('tokens and stemming (ROUGE-1.5.5 -m)', () => {
  test('lower-case, everything but [a-z0-9] becomes a space, hyphens split', () => {
    assert.deepEqual(rouge.tokens('U.S.-based TimeWarner, co-op: 76%!'), ['u', 's', 'base', 'timewarn', 'co', 'op', '76']);
    // non-ASCII letters become spaces, as in the Perl script working on bytes
    assert.deepEqual(new Rouge({ stem: false }).tokens('Café £600m'), ['caf', '600m']);
    assert.deepEqual(rouge.tokens('  \n '), []);
  });

  test('the exception table comes before Porter', () => {
    assert.deepEqual(rouge.tokens('He said it'), ['he', 'say', 'it']);
    assert.deepEqual(rouge.tokens('running data found children were'), ['run', 'datum', 'find', 'child', 'be']);
  });

  test('only tokens longer than 3 characters are stemmed', () => {
    // "sat" is in the exception table (sat -> sit) but has 3 characters: ROUGE leaves it
    assert.deepEqual(rouge.tokens('sat cats was news'), ['sat', 'cat', 'was', 'new']);
    assert.deepEqual(rouge.tokens('sitting barked loudly'), ['sit', 'bark', 'loudli']);
  });

  test("ROUGE-1.5.5's Porter: -ment and -ent tried after the other step-4 suffixes", () => {
    assert.equal(porterStem('agreement'), 'agreem');
    assert.equal(porterStem('fundamental'), 'fundam');
    assert.equal(porterStem('governmental'), 'govern');
    assert.equal(porterStem('adjustment'), 'adjust');
    assert.equal(porterStem('dependent'), 'depend');
    assert.equal(porterStem('adoption'), 'adopt');
    assert.equal(porterStem('youth'), 'youth');
  });

  test('Porter agrees with the npm package `stemmer` except on that change', () => {
    const words = `caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated
      troubled sized hopping tanned falling hissing fizzed failing filing happy sky relational
      conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli
      analogousli vietnamization predication operator feudalism decisiveness hopefulness
      callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti
      electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable
      defensible irritant replacement adjustment dependent adoption homologou communism activate
      angulariti homologous effective bowdlerize probate rate cease controll roll generously
      archaeology yelling yeller quarterly profits giant jumped months benefited investors
      connections subscribers exceptional advertising restate following concluding expectations
      division helped performance projecting operating earnings margins accounts settle charges
      intends university organisation nationalisation television elections campaigning`
      .split(/\s+/)
      .filter(Boolean);
    for (const w of words) assert.equal(porterStem(w), stemmer(w), w);
    for (const w of ['agreement', 'fundamental', 'governmental']) assert.notEqual(porterStem(w), stemmer(w), w);
  });

  test('French: accents folded, no stemming', () => {
    assert.equal(foldAccents('Précédent Œuvre élève naïve'), 'Precedent OEuvre eleve naive');
    const fr = new Rouge({ stem: false, fold: true });
    assert.deepEqual(fr.tokens("L'œuvre précédente, à Orléans."), ['l', 'oeuvre', 'precedente', 'a', 'orleans']);
  });

  test('the exception table is read as ROUGE-1.5.5 builds it', { skip: !fs.existsSync(SHARED_EXC) && 'no ../shared/data' }, () => {
    const table = loadExceptions(SHARED_EXC);
    assert.ok(table.size > 5000);
    for (const [word, base] of EXCEPTIONS) assert.equal(table.get(word), base, word);
  });
});

describe('scores', () => {
  test('a hand-worked example: ROUGE-1, ROUGE-2 and summary-level ROUGE-L', () => {
    // Reference (2 sentences)            Peer (2 sentences)
    //   r1 "The cat sat on the mat."       p1 "The cat was sitting on a mat."
    //   r2 "A dog barked loudly."          p2 "The dog barked."
    // Tokens (stemmed if longer than 3):
    //   r1 the cat sat on the mat          p1 the cat was sit on a mat
    //   r2 a dog bark loudli               p2 the dog bark
    // ROUGE-1: reference 10 tokens, peer 10; clipped matches the x2, cat, on, mat, a, dog, bark
    //   = 8. R = 8/10, P = 8/10, F = 0.8.
    // ROUGE-2 (sentences joined): reference bigrams 9 (the cat, cat sat, sat on, on the,
    //   the mat, mat a, a dog, dog bark, bark loudli), peer 9 (the cat, cat was, was sit, sit on,
    //   on a, a mat, mat the, the dog, dog bark); matches "the cat", "dog bark" = 2.
    //   R = P = F = 2/9 = 0.22222.
    // ROUGE-L, summary level: r1 with p1: LCS "the cat on mat" marks r1 tokens 0,1,3,5; r1 with
    //   p2: LCS "the", and ROUGE's back-tracking (up on ties) marks r1's *first* "the" (token 0)
    //   again, so the union is 4 tokens. r2 with p1: "a" (token 0); with p2: "dog bark"
    //   (tokens 1,2); union 3. Hits 4 + 3 = 7, none removed by unigram clipping.
    //   R = 7/10, P = 7/10 (peer has 10 tokens), F = 0.7.
    const s = score(['The cat was sitting on a mat.', 'The dog barked.'], ['The cat sat on the mat.', 'A dog barked loudly.']);
    assert.deepEqual(s.r1, { r: 0.8, p: 0.8, f: 0.8 });
    assert.deepEqual(s.r2, { r: 0.22222, p: 0.22222, f: 0.22222 });
    assert.deepEqual(s.rl, { r: 0.7, p: 0.7, f: 0.7 });
  });

  test('ROUGE-L takes the union of the LCS over the peer sentences', () => {
    // reference "the man ran far off" (5 tokens); peer sentences "the man" and "far off":
    // each alone has an LCS of 2, their union covers 4 reference tokens: R = 4/5, P = 4/4.
    const s = score(['the man', 'far off'], ['the man ran far off']);
    assert.deepEqual(s.rl, { r: 0.8, p: 1, f: 0.88889 });
    // with the peer as one sentence the LCS is the same 4 tokens
    assert.deepEqual(score(['the man far off'], ['the man ran far off']).rl, { r: 0.8, p: 1, f: 0.88889 });
    // the other way round: one peer sentence against two reference sentences
    assert.deepEqual(score(['far off the man'], ['the man', 'ran far off']).rl, { r: 0.8, p: 1, f: 0.88889 });
  });

  test('ROUGE-L hits are clipped by the unigram counts of peer and reference', () => {
    // reference sentences "cat dog" and "cat dog": each is fully covered by the peer's one
    // "cat dog", but the peer has each word once: 2 hits, not 4. R = 2/4, P = 2/2.
    assert.deepEqual(score(['cat dog'], ['cat dog', 'cat dog']).rl, { r: 0.5, p: 1, f: 0.66667 });
    // a peer repeating itself gets no more than the reference holds: R = 2/2, P = 2/4
    assert.deepEqual(score(['the cat', 'the cat'], ['the cat']).rl, { r: 1, p: 0.5, f: 0.66667 });
  });

  test('several references: model average (-f A), counts summed, not F averaged', () => {
    // peer "the dog"; reference A "the cat sat" (3 tokens), reference B "dog" (1 token).
    // Hits: 1 with A, 1 with B. R = 2 / (3 + 1) = 0.5; P = 2 / (2 + 2) = 0.5; F = 0.5.
    // (Averaging the two F values instead would give (0.4 + 0.66667) / 2 = 0.53333.)
    const s = score(['the dog'], ['the cat sat'], ['dog']);
    assert.deepEqual(s.r1, { r: 0.5, p: 0.5, f: 0.5 });
    assert.deepEqual(s.r2, { r: 0, p: 0, f: 0 });
  });

  test('an empty peer or reference scores 0', () => {
    assert.deepEqual(score([], ['the cat']).r1, { r: 0, p: 0, f: 0 });
    assert.deepEqual(score(['the cat'], []).rl, { r: 0, p: 0, f: 0 });
  });

  test('agrees with the npm package js-rouge on one reference', () => {
    const cases = [
      [['The cat was sitting on a mat.', 'The dog barked.'], ['The cat sat on the mat.', 'A dog barked loudly.']],
      [['Police killed the gunman on Sunday after a siege.', 'Three officers were hurt.'],
        ['The gunman was killed by police.', 'Three officers were injured in the siege on Sunday.']],
      [['the man', 'far off'], ['the man ran far off']],
      [['cat dog'], ['cat dog', 'cat dog']],
    ];
    const opts = { tokenizer: (s) => rouge.tokens(s), segmenter: (s) => s.split('\n') };
    for (const [peer, ref] of cases) {
      const ours = score(peer, ref);
      const cand = peer.join('\n');
      const gold = ref.join('\n');
      assert.ok(Math.abs(ours.r1.f - jsRougeN(cand, gold, { n: 1, ...opts })) < 1e-5, `R-1 ${cand}`);
      assert.ok(Math.abs(ours.r2.f - jsRougeN(cand, gold, { n: 2, ...opts })) < 1e-5, `R-2 ${cand}`);
      assert.ok(Math.abs(ours.rl.f - jsRougeL(cand, gold, opts)) < 1e-5, `R-L ${cand}`);
    }
  });
});

describe('ORACLE', () => {
  test('greedy: picks what raises R-1 + R-2 most, stops when nothing does', () => {
    const refs = rouge.prepareReferences([['the cat sat on the mat', 'a dog barked']]);
    const candidates = ['the cat sat on the mat', 'it rained all day', 'a dog barked', 'the cat sat'];
    // 0 is best alone; then 2 adds the rest of the reference; 1 and 3 would only lower precision
    assert.deepEqual(rouge.oracle(candidates, refs, 3), [0, 2]);
    assert.deepEqual(rouge.oracle(candidates, refs, 1), [0]);
  });

  test('the incremental ORACLE picks what re-scoring every trial picks', () => {
    const article = [
      'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.',
      'The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.',
      'TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.',
      'Its profits were buoyed by one-off gains which offset a profit dip at Warner Bros.',
      'Time Warner said on Friday that it now owns 8% of search-engine Google.',
      'But its own internet business, AOL, had mixed fortunes.',
      'TimeWarner said sales rose and profits jumped, the firm said.',
    ];
    const refSets = [
      [['TimeWarner said fourth quarter sales rose 2% to $11.1bn.', 'Quarterly profits at TimeWarner jumped 76%.']],
      [['Profits jumped at TimeWarner.'], ['Sales rose, said the firm; Google investors benefited.'], ['AOL had mixed fortunes.']],
    ];
    for (const refs of refSets) {
      const prepared = rouge.prepareReferences(refs);
      for (const k of [1, 2, 3, 5]) {
        assert.deepEqual(rouge.oracle(article, prepared, k), rouge.oracleByRescoring(article, prepared, k), `k=${k}`);
      }
    }
  });
});
