// The taggers scripts/eval-ner measures: Precis through `precis --jsonl` (UTF-8 byte offsets
// already) and the npm package compromise on English (UTF-16 offsets, converted to UTF-8 bytes).

import { NAME_TYPES } from './ner-datasets.mjs';
import { runJsonl } from './peers.mjs';

const NAMES = new Set(NAME_TYPES);

/**
 * Precis on sentences [{ id, text, language }], one request line a sentence. Returns
 * { predictions: [[{ start, end, type }]], seconds, errors } with the name entities only
 * (PER, ORG, LOC, MISC; DATE, MONEY and the other pattern types are left out). A sentence that
 * Precis answers with an error gets no entities and is listed in `errors`.
 */
export async function runPrecisNer(precis, sentences, { onLine } = {}) {
  const jobs = sentences.map((s) => ({ id: s.id, text: s.text, language: s.language, sentences: 1 }));
  const { results, seconds } = await runJsonl(precis, ['--jsonl'], jobs, { onLine });
  const errors = [];
  const predictions = results.map((r, i) => {
    if (r.id !== jobs[i].id) throw new Error(`precis answered ${r.id} where ${jobs[i].id} was expected`);
    if (r.error) {
      errors.push(`${r.id}: ${r.error}`);
      return [];
    }
    return (r.entities || []).filter((e) => NAMES.has(e.type)).map(({ start, end, type }) => ({ start, end, type }));
  });
  return { predictions, seconds, errors };
}

/**
 * A map from UTF-16 code unit offsets in `text` (what JavaScript strings and compromise count) to
 * UTF-8 byte offsets (what the data and Precis count): offsets[i] for i in 0..text.length. An
 * offset between the two halves of a surrogate pair maps to the start of its character; a lone
 * surrogate counts 3 bytes, as U+FFFD, which is what Buffer writes for it.
 */
export function utf16ToUtf8Offsets(text) {
  const offsets = new Int32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = bytes;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      offsets[i + 1] = bytes; // the low half: still the start of the character
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  offsets[text.length] = bytes;
  return offsets;
}

let nlpPromise = null;

/** compromise, loaded once (a dev dependency: `npm ci`). */
export function loadCompromise() {
  nlpPromise ??= import('compromise').then((m) => m.default);
  return nlpPromise;
}

export async function compromiseVersion() {
  return (await loadCompromise()).version;
}

const POSSESSIVE = /['’][sS]$/u;
const EDGE_OPEN = /^[\s"'“”‘’«»„‚`([{]+/u;
const EDGE_CLOSE = /[\s"'“”‘’«»„‚`)\]},;:!?]+$/u;
const KINDS = [
  ['people', 'PER'],
  ['organizations', 'ORG'],
  ['places', 'LOC'],
];

/**
 * compromise's people(), organizations() and places() in a text, as PER, ORG and LOC with UTF-8
 * byte offsets. A match's span runs from the start of its first term to the end of its last
 * term's own text: compromise keeps punctuation around a word in the term's `pre` and `post`
 * (the match's own offset takes in some of it, "(Angela Merkel)"), so that leaves out brackets,
 * quotes and a full stop after the last word, as Precis does. A final possessive 's (or ’s) is cut
 * off, as Precis does ("Obama's" → "Obama"), and so are quotes and brackets left at either edge.
 * Matches are kept as compromise gives them, overlaps included.
 */
export function compromiseEntities(nlp, text) {
  const doc = nlp(text);
  let map = null;
  const out = [];
  for (const [method, type] of KINDS) {
    for (const match of doc[method]().json({ offset: true, terms: { offset: true } })) {
      const terms = match.terms || [];
      if (!terms.length || !terms[0].offset) continue;
      const first = terms[0];
      const last = terms[terms.length - 1];
      let start = first.offset.start;
      let end = last.offset.start + last.offset.length;
      let span = text.slice(start, end);
      if (POSSESSIVE.test(span) && span.length > 2) {
        span = span.slice(0, -2);
        end -= 2;
      }
      const lead = EDGE_OPEN.exec(span);
      if (lead) start += lead[0].length;
      const trail = EDGE_CLOSE.exec(text.slice(start, end));
      if (trail) end -= trail[0].length;
      if (end <= start) continue;
      map ??= utf16ToUtf8Offsets(text);
      out.push({ start: map[start], end: map[end], type });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * compromise over sentences [{ text }]: { predictions, seconds } (in this process, wall time,
 * after one warm-up sentence: its first call builds its lexicon).
 */
export async function runCompromise(sentences, { onLine } = {}) {
  const nlp = await loadCompromise();
  compromiseEntities(nlp, 'Warm-up: Ada Lovelace met Charles Babbage in London.');
  const started = process.hrtime.bigint();
  const predictions = sentences.map((s, i) => {
    const entities = compromiseEntities(nlp, s.text);
    if (onLine) onLine(i + 1);
    return entities;
  });
  return { predictions, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
