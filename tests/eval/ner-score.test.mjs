// The scoring side of scripts/eval-ner: exact-span P / R / F1 on hand-worked examples, the
// UTF-16 → UTF-8 offset map that compromise's offsets go through, and the docs/quality.md
// section that scripts/eval-ner writes and scripts/eval keeps.
// Run: node --test tests/eval/   (no dataset, no native binary needed)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { NER_END, NER_START, extractNerSection, keepNerSection, replaceNerSection } from '../../scripts/eval-lib/ner-docs.mjs';
import { utf16ToUtf8Offsets } from '../../scripts/eval-lib/ner-peers.mjs';
import { nerTable } from '../../scripts/eval-lib/ner-report.mjs';
import { scoreEntities } from '../../scripts/eval-lib/ner-score.mjs';

const close = (actual, expected) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

describe('scoreEntities', () => {
  test('3 gold, 3 predicted, 2 exact, 1 boundary error: P = R = F1 = 2/3', () => {
    // "Angela Merkel met Emmanuel Macron in Paris."
    const gold = [[
      { start: 0, end: 13, type: 'PER' },
      { start: 18, end: 33, type: 'PER' },
      { start: 37, end: 42, type: 'LOC' },
    ]];
    const predicted = [[
      { start: 0, end: 13, type: 'PER' },
      { start: 27, end: 33, type: 'PER' }, // "Macron": the boundary is wrong
      { start: 37, end: 42, type: 'LOC' },
    ]];
    const s = scoreEntities(gold, predicted, ['PER', 'ORG', 'LOC']);
    assert.deepEqual([s.all.tp, s.all.fp, s.all.fn, s.all.gold, s.all.predicted], [2, 1, 1, 3, 3]);
    close(s.all.precision, 2 / 3);
    close(s.all.recall, 2 / 3);
    close(s.all.f1, 2 / 3);
    assert.deepEqual([s.types.PER.tp, s.types.PER.fp, s.types.PER.fn], [1, 1, 1]);
    close(s.types.PER.f1, 0.5);
    close(s.types.LOC.f1, 1);
    assert.deepEqual([s.types.ORG.gold, s.types.ORG.predicted, s.types.ORG.f1], [0, 0, 0]);
  });

  test('a wrong type counts against both types; unscored types are left out on both sides', () => {
    const gold = [[{ start: 0, end: 6, type: 'ORG' }, { start: 10, end: 15, type: 'MISC' }], []];
    const predicted = [[{ start: 0, end: 6, type: 'LOC' }, { start: 10, end: 15, type: 'MISC' }], [{ start: 0, end: 4, type: 'DATE' }]];
    const s = scoreEntities(gold, predicted, ['PER', 'ORG', 'LOC']);
    assert.deepEqual([s.types.ORG.fn, s.types.LOC.fp, s.all.tp, s.all.fp, s.all.fn], [1, 1, 0, 1, 1]);
    assert.equal(s.types.MISC, undefined);
    const withMisc = scoreEntities(gold, predicted, ['PER', 'ORG', 'LOC', 'MISC']);
    assert.equal(withMisc.types.MISC.tp, 1);
    close(withMisc.all.precision, 1 / 2);
    close(withMisc.all.recall, 1 / 2);
  });

  test('over several sentences the counts add up (micro average)', () => {
    const gold = [[{ start: 0, end: 3, type: 'PER' }], [{ start: 0, end: 3, type: 'PER' }, { start: 5, end: 9, type: 'PER' }], []];
    const predicted = [[{ start: 0, end: 3, type: 'PER' }], [{ start: 0, end: 3, type: 'PER' }], [{ start: 1, end: 2, type: 'PER' }]];
    const s = scoreEntities(gold, predicted, ['PER']);
    close(s.all.precision, 2 / 3);
    close(s.all.recall, 2 / 3);
  });

  test('sentence counts must agree', () => {
    assert.throws(() => scoreEntities([[]], [], ['PER']));
  });
});

describe('utf16ToUtf8Offsets', () => {
  test('ASCII, 2- and 3-byte characters and an astral one', () => {
    const text = 'é😀 Zoë 東京';
    const map = utf16ToUtf8Offsets(text);
    assert.equal(map.length, text.length + 1);
    // every offset at a character boundary maps to Buffer's count of the text before it
    for (let i = 0; i <= text.length; i++) {
      const code = text.charCodeAt(i - 1);
      if (i > 0 && code >= 0xd800 && code <= 0xdbff) continue; // between the halves of 😀
      assert.equal(map[i], Buffer.byteLength(text.slice(0, i)), `offset ${i}`);
    }
    assert.equal(map[1], 2); // after é
    assert.equal(map[2], 2); // between the two halves of 😀: its start
    assert.equal(map[3], 6); // after 😀 (2 code units, 4 bytes)
    const start = text.indexOf('Zoë');
    const bytes = Buffer.from(text);
    assert.equal(bytes.subarray(map[start], map[start + 3]).toString(), 'Zoë');
    assert.equal(map[text.length], bytes.length);
  });

  test('a lone surrogate counts as U+FFFD, 3 bytes', () => {
    const text = 'a\ud800b';
    assert.deepEqual([...utf16ToUtf8Offsets(text)], [0, 1, 4, 5]);
    assert.equal(Buffer.byteLength(text), 5);
  });
});

describe('docs/quality.md section', () => {
  const doc = '# Summary quality\n\nROUGE tables.\n\n## Splits\n\n- BBC\n';
  const section = '## Named entities\n\nA table.';

  test('appended at the end when there are no markers, the rest kept', () => {
    const out = replaceNerSection(doc, section);
    assert.ok(out.startsWith(doc.trimEnd()));
    assert.equal(out, `${doc.trimEnd()}\n\n${NER_START}\n${section}\n${NER_END}\n`);
    assert.equal(extractNerSection(out), `${NER_START}\n${section}\n${NER_END}`);
  });

  test('replaced in place, the text around it byte for byte the same', () => {
    const before = '# Summary quality\r\n\r\nintro\n\n';
    const after = '\n\n## Later\n\ntrailing text  \n';
    const old = `${NER_START}\n## Named entities\n\nold figures\n${NER_END}`;
    const out = replaceNerSection(before + old + after, section);
    assert.equal(out, `${before}${NER_START}\n${section}\n${NER_END}${after}`);
    assert.equal(replaceNerSection(out, section), out);
  });

  test('scripts/eval --write-docs keeps the section when it rewrites the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precis-ner-docs-'));
    try {
      const file = path.join(dir, 'quality.md');
      assert.equal(keepNerSection(file, doc), doc); // no file yet
      fs.writeFileSync(file, replaceNerSection('# Old summary figures\n', section));
      const rewritten = keepNerSection(file, doc);
      assert.equal(rewritten, replaceNerSection(doc, section));
      fs.writeFileSync(file, '# no section\n');
      assert.equal(keepNerSection(file, doc), doc);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nerTable', () => {
  test('systems side by side, a row a type and one for all', () => {
    const scores = scoreEntities([[{ start: 0, end: 3, type: 'PER' }]], [[{ start: 0, end: 3, type: 'PER' }]], ['PER', 'LOC']);
    const table = nerTable({
      title: 'Test set', language: 'en', split: 'test', sentences: 1, total: 1, types: ['PER', 'LOC'], mapping: 'as is',
      systems: [
        { name: 'Precis', scores, sentencesPerSecond: 1234.4, errors: [] },
        { name: 'compromise', scores, sentencesPerSecond: 12.34, errors: [] },
      ],
    });
    assert.match(table, /^### Test set \(en\), test split: 1 sentences$/m);
    assert.match(table, /^\| type \| gold \| Precis P \| Precis R \| Precis F1 \| compromise P \| compromise R \| compromise F1 \|$/m);
    assert.match(table, /^\| PER \| 1 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \| 1\.000 \|$/m);
    assert.match(table, /^\| LOC \| 0 \| 0\.000 /m);
    assert.match(table, /^\| \*\*all\*\* \| 1 \| 1\.000 /m);
    assert.match(table, /Sentences per second: Precis 1,234; compromise 12\.3\./);
  });
});
