// scripts/eval-ner end to end on a few hand-written sentences: compromise's spans come back as
// UTF-8 byte offsets, and build/native/precis (skipped when it is not built) answers every
// sentence with entities inside the text that the scorer takes.
// Run: node --test tests/eval/   (needs `npm ci`)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { detokenise } from '../../scripts/eval-lib/ner-datasets.mjs';
import { compromiseEntities, loadCompromise, runCompromise, runPrecisNer } from '../../scripts/eval-lib/ner-peers.mjs';
import { scoreEntities } from '../../scripts/eval-lib/ner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PRECIS = path.join(ROOT, 'build', 'native', 'precis');

const slices = (text, entities) => {
  const bytes = Buffer.from(text, 'utf8');
  return entities.map((e) => `${bytes.subarray(e.start, e.end).toString('utf8')}/${e.type}`);
};

// Hand-tagged sentences, as the sets give them: tokens and their gold entities (token ranges).
const SENTENCES = [
  { tokens: ['😀', 'Barack', 'Obama', "'s", 'visit', 'to', 'Paris', '.'], gold: [[1, 2, 'PER'], [6, 6, 'LOC']] },
  { tokens: ['Angela', 'Merkel', 'met', 'Emmanuel', 'Macron', 'in', 'Berlin', 'on', 'Monday', '.'], gold: [[0, 1, 'PER'], [3, 4, 'PER'], [6, 6, 'LOC']] },
  { tokens: ['Microsoft', 'opened', 'an', 'office', 'in', 'Zürich', '(', 'Switzerland', ')', '.'], gold: [[0, 0, 'ORG'], [5, 5, 'LOC'], [7, 7, 'LOC']] },
].map((s, n) => {
  const { text, spans } = detokenise(s.tokens, 'en');
  return { id: `smoke/${n}`, language: 'en', text, entities: s.gold.map(([a, b, type]) => ({ start: spans[a][0], end: spans[b][1], type })) };
});

describe('compromise', () => {
  test('people and places with UTF-8 byte offsets, the possessive cut off', async () => {
    const nlp = await loadCompromise();
    const text = SENTENCES[0].text;
    assert.equal(text, "😀 Barack Obama's visit to Paris.");
    const found = compromiseEntities(nlp, text);
    assert.deepEqual(slices(text, found), ['Barack Obama/PER', 'Paris/LOC']);
    assert.deepEqual(found[0], { start: 5, end: 17, type: 'PER' });
  });

  test('runs over a set and scores', async () => {
    const { predictions, seconds } = await runCompromise(SENTENCES);
    assert.equal(predictions.length, SENTENCES.length);
    assert.ok(seconds >= 0);
    const s = scoreEntities(SENTENCES.map((x) => x.entities), predictions, ['PER', 'ORG', 'LOC']);
    assert.equal(s.all.gold, 8);
    assert.ok(s.all.tp >= 3, `compromise found ${s.all.tp} of 8`);
  });
});

describe('precis --jsonl', { skip: !fs.existsSync(PRECIS) && 'build/native/precis is not built' }, () => {
  test('answers each sentence in order, name types only, spans inside the text', async () => {
    const { predictions, errors, seconds } = await runPrecisNer(PRECIS, SENTENCES);
    assert.deepEqual(errors, []);
    assert.ok(seconds > 0);
    assert.equal(predictions.length, SENTENCES.length);
    predictions.forEach((entities, i) => {
      const length = Buffer.byteLength(SENTENCES[i].text);
      for (const e of entities) {
        assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(e.type), e.type);
        assert.ok(e.start >= 0 && e.start < e.end && e.end <= length, JSON.stringify(e));
      }
    });
    // Monday is a DATE to Precis, never a name
    assert.ok(!slices(SENTENCES[1].text, predictions[1]).some((s) => s.startsWith('Monday')));
    const s = scoreEntities(SENTENCES.map((x) => x.entities), predictions, ['PER', 'ORG', 'LOC']);
    assert.ok(s.all.tp >= 4, `Precis found ${s.all.tp} of 8: ${predictions.map((p, i) => slices(SENTENCES[i].text, p)).join(' | ')}`);
  });
});
