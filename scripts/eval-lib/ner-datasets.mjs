// The named-entity sets of scripts/eval-ner and scripts/ner-data: their readers (WikiANN,
// GermEval 2014, WNUT 2017, CoNLL-2002 and CoNLL-2003), the tag mappings to PER / ORG / LOC / MISC, and the detokeniser that
// turns a sentence's tokens back into running text while keeping each token's UTF-8 byte offsets,
// so that the gold spans point at exactly the bytes of their tokens.

import fs from 'node:fs';
import path from 'node:path';

/** The name types Precis tags (its pattern types, DATE, MONEY, ..., are not names). */
export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

// ---------------------------------------------------------------------------------------------
// Detokenising

// Punctuation that hangs on the token before it. French sets a space before ; : ! ? and %, so
// there only the full stop, the comma and the ellipsis hang on.
const CLOSING = /^(?:[.,;:!?…]+|[)\]}%])$/u;
const CLOSING_FR = /^(?:[.,…]+|[)\]}])$/u;
// English contractions and possessives, written apart in the data ("did n't", "Obama 's").
const CONTRACTION = /^(?:n't|n’t|['’](?:s|re|ve|ll|d|m))$/iu;
// Tokens that hang on the token after them.
const OPENING = /^[([{¿¡]$/u;
const CURRENCY = /^[$£€]$/u;
// English contractions split at the apostrophe (WNUT's test set: "would n ' t", "it ' s").
const APOSTROPHE = /^['’]$/u;
const SUFFIX = /^(?:s|t|m|d|ll|re|ve)$/iu;

// Quotes. "class" groups the tokens that pair with each other; `open` always opens, `close`
// always closes and `toggle` closes an open quotation of its class and otherwise opens one.
function quoteKind(token, language) {
  switch (token) {
    case '"':
      return { cls: 'dq', role: 'toggle' };
    case "''":
      return { cls: 'tt', role: 'toggle' };
    case '``':
      return { cls: 'tt', role: 'open' };
    case "'":
      return { cls: 'sq', role: 'toggle' };
    case '„':
      return { cls: 'cq', role: 'open' };
    case '“':
      return { cls: 'cq', role: 'toggle' };
    case '”':
      return { cls: 'cq', role: 'close' };
    case '‘':
      return { cls: 'cs', role: 'open' };
    case '’':
      return { cls: 'cs', role: 'close' };
    case '«':
    case '»':
      // French writes « guillemets » with spaces inside: plain tokens there. Elsewhere they pair
      // either way round («so» and »so«).
      return language === 'fr' ? null : { cls: 'gu', role: 'toggle' };
    default:
      return null;
  }
}

/**
 * Joins tokens into natural text: no space before closing punctuation and contractions, none
 * after opening brackets, quotes paired (a quote that would open a quotation with no later quote
 * of its kind in the sentence closes instead). Only the spaces between tokens are decided here:
 * every token appears in the text with its own characters, in order.
 *
 * Returns { text, spans } where spans[i] = [start, end] are the UTF-8 byte offsets of tokens[i]
 * in text (end exclusive).
 */
export function detokenise(tokens, language = 'en') {
  const n = tokens.length;
  const kinds = tokens.map((t) => quoteKind(t, language));
  const noSpaceBefore = new Array(n).fill(false);
  const noSpaceAfter = new Array(n).fill(false);
  if (language === 'en') {
    // "it ' s" → "it's", "would n ' t" → "wouldn't": the apostrophe is no quote there
    for (let i = 1; i + 1 < n; i++) {
      if (!APOSTROPHE.test(tokens[i]) || !/\p{L}$/u.test(tokens[i - 1]) || !SUFFIX.test(tokens[i + 1])) continue;
      kinds[i] = null;
      noSpaceBefore[i] = true;
      noSpaceAfter[i] = true;
      if (/^t$/iu.test(tokens[i + 1]) && /^n$/iu.test(tokens[i - 1]) && i >= 2 && /\p{L}$/u.test(tokens[i - 2])) noSpaceBefore[i - 1] = true;
    }
  }
  // how many quotes of each class follow position i (for "is there a partner later?")
  const later = new Array(n);
  const counts = {};
  for (let i = n - 1; i >= 0; i--) {
    later[i] = { ...counts };
    if (kinds[i]) counts[kinds[i].cls] = (counts[kinds[i].cls] || 0) + 1;
  }
  const closing = language === 'fr' ? CLOSING_FR : CLOSING;
  const open = {};
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    const kind = kinds[i];
    if (noSpaceBefore[i] && noSpaceAfter[i]) {
      // an apostrophe inside a contraction (above)
    } else if (kind) {
      let opens;
      if (kind.role === 'open') opens = true;
      else if (kind.role === 'close') opens = false;
      else opens = !open[kind.cls] && (i === 0 || (later[i][kind.cls] || 0) > 0);
      if (opens) {
        open[kind.cls] = true;
        noSpaceAfter[i] = true;
      } else {
        open[kind.cls] = false;
        noSpaceBefore[i] = true;
      }
    } else if (closing.test(token)) {
      noSpaceBefore[i] = true;
    } else if (language === 'en' && CONTRACTION.test(token)) {
      noSpaceBefore[i] = true;
    } else if (OPENING.test(token)) {
      noSpaceAfter[i] = true;
    } else if (language === 'en' && CURRENCY.test(token) && /^\d/u.test(tokens[i + 1] || '')) {
      noSpaceAfter[i] = true;
    }
  }
  const parts = [];
  const spans = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && !noSpaceAfter[i - 1] && !noSpaceBefore[i]) {
      parts.push(' ');
      offset += 1;
    }
    const bytes = Buffer.byteLength(tokens[i], 'utf8');
    spans.push([offset, offset + bytes]);
    parts.push(tokens[i]);
    offset += bytes;
  }
  return { text: parts.join(''), spans };
}

// ---------------------------------------------------------------------------------------------
// Tags

/**
 * The entities of an IOB2 tag sequence (tags already mapped: "B-PER", "I-PER", "O"), as token
 * ranges [{ first, last, type }]. An I- tag that does not continue an entity of its type starts
 * one (the conlleval convention).
 */
export function iobEntities(tags) {
  const out = [];
  let current = null;
  tags.forEach((tag, i) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    if (!m) {
      current = null;
      return;
    }
    const [, bi, type] = m;
    if (bi === 'I' && current && current.type === type && current.last === i - 1) {
      current.last = i;
    } else {
      current = { first: i, last: i, type };
      out.push(current);
    }
  });
  return out;
}

const WIKIANN_TYPES = new Set(['PER', 'ORG', 'LOC']);

/** WikiANN tags are already PER / ORG / LOC in IOB2. */
export function mapWikiannTag(tag) {
  const m = /^([BI])-(.+)$/.exec(tag);
  return m && WIKIANN_TYPES.has(m[2]) ? tag : 'O';
}

/**
 * GermEval 2014, outer level: PER, ORG, LOC as they are; OTH → MISC; the *deriv forms (words
 * derived from a name: "deutsche", "Berliner") → MISC, as CoNLL-2003 tags nationality
 * adjectives; the *part forms (words with a name inside: "EU-Staaten") → O, not a name.
 */
export function mapGermevalTag(tag) {
  const m = /^([BI])-(PER|ORG|LOC|OTH)(deriv|part)?$/.exec(tag);
  if (!m) return 'O';
  const [, bi, base, form] = m;
  if (form === 'part') return 'O';
  if (form === 'deriv' || base === 'OTH') return `${bi}-MISC`;
  return `${bi}-${base}`;
}

const WNUT_TYPES = { person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG', product: 'MISC', 'creative-work': 'MISC' };

/** WNUT 2017: person → PER, location → LOC, corporation and group → ORG, product and creative-work → MISC. */
export function mapWnutTag(tag) {
  const m = /^([BI])-(.+)$/.exec(tag);
  return m && WNUT_TYPES[m[2]] ? `${m[1]}-${WNUT_TYPES[m[2]]}` : 'O';
}

// ---------------------------------------------------------------------------------------------
// Readers

/**
 * Column files: one token a line, a blank (or white-space-only) line between sentences; with
 * `comments`, lines that start with `#` are comments (GermEval's source lines: its token lines
 * start with an index, while in WNUT "#" is a token). Returns [{ tokens, tags }].
 * A line without a tab is a token tagged O (WNUT's dev file ends with a lone U+FEFF line).
 * A "-DOCSTART-" line (CoNLL) ends a document: each sentence carries the number of its
 * document, counted from 0.
 */
export function readColumns(text, { tokenColumn, tagColumn, mapTag, comments = false, separator = '\t' }) {
  const sentences = [];
  let tokens = [];
  let tags = [];
  let document = 0;
  const flush = () => {
    if (tokens.length) sentences.push({ tokens, tags, document });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^[ \t]*$/.test(line)) {
      flush();
      continue;
    }
    if (comments && line.startsWith('#')) continue;
    // CoNLL's document boundary: the sentences after it are another article.
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (sentences.length) document += 1;
      continue;
    }
    const cols = line.split(separator);
    const token = cols[tokenColumn];
    if (token === undefined || token === '') throw new Error(`no token in line ${JSON.stringify(line)}`);
    tokens.push(token);
    tags.push(mapTag(cols[tagColumn] ?? 'O'));
  }
  flush();
  return sentences;
}

const wikiann = (lang) => ({
  title: `WikiANN ${lang}`,
  language: lang,
  splits: { train: `wikiann/${lang}/train.tsv`, dev: `wikiann/${lang}/dev.tsv`, test: `wikiann/${lang}/test.tsv` },
  columns: { tokenColumn: 0, tagColumn: 1, mapTag: mapWikiannTag },
  scored: ['PER', 'ORG', 'LOC'],
  mapping: 'PER, ORG, LOC as in the data',
});

/** CoNLL tags are PER / ORG / LOC / MISC in IOB2 already. */
export function mapConllTag(tag) {
  return /^[BI]-(?:PER|ORG|LOC|MISC)$/.test(tag) ? tag : 'O';
}

// CoNLL-2003 English: "word POS chunk NER", space-separated; German, CoNLL-2002: "token<TAB>tag".
// Their articles (CoNLL-2003 marks them with -DOCSTART-) are read as whole documents, a
// sentence a paragraph, as a reader pastes an article: the tagger's document-level pass then
// sees every mention of a name.
const conll = (title, language, splits, columns, documents) => ({
  title,
  language,
  splits,
  columns,
  documents,
  evaluated: 'valid',
  scored: ['PER', 'ORG', 'LOC'],
  mapping: 'PER, ORG, LOC as in the data; MISC not scored',
});

/** The sets: where each split lies, how to read it, and the types scored on it. */
export const NER_SETS = {
  'wikiann-en': wikiann('en'),
  'wikiann-de': wikiann('de'),
  'wikiann-fr': wikiann('fr'),
  'wikiann-nl': wikiann('nl'),
  germeval: {
    title: 'GermEval 2014',
    language: 'de',
    splits: { dev: 'germeval2014/NER-de-dev.tsv', test: 'germeval2014/NER-de-test.tsv' },
    columns: { tokenColumn: 1, tagColumn: 2, mapTag: mapGermevalTag, comments: true },
    scored: ['PER', 'ORG', 'LOC', 'MISC'],
    mapping: 'outer level; PER, ORG, LOC as they are, OTH → MISC, *deriv (e.g. "deutsche") → MISC, *part (e.g. "EU-Staaten") → O',
  },
  wnut17: {
    title: 'WNUT 2017',
    language: 'en',
    splits: { train: 'wnut17/wnut17train.conll', dev: 'wnut17/emerging.dev.conll', test: 'wnut17/emerging.test.annotated' },
    columns: { tokenColumn: 0, tagColumn: 1, mapTag: mapWnutTag },
    scored: ['PER', 'ORG', 'LOC'],
    mapping: 'person → PER, location → LOC, corporation and group → ORG; product and creative-work (MISC in the training data) not scored',
  },
  'conll2003-en': conll(
    'CoNLL-2003',
    'en',
    { train: 'conll2003-en/train.txt', valid: 'conll2003-en/valid.txt' },
    { tokenColumn: 0, tagColumn: 3, mapTag: mapConllTag, separator: ' ' },
    true,
  ),
  'conll2003-de': conll(
    'CoNLL-2003',
    'de',
    { train: 'conll2003-de/train.tsv', valid: 'conll2003-de/val.tsv' },
    { tokenColumn: 0, tagColumn: 1, mapTag: mapConllTag },
    true,
  ),
  'conll2002-nl': conll('CoNLL-2002', 'nl', { train: 'conll2002-nl/train.tsv', valid: 'conll2002-nl/val.tsv' }, { tokenColumn: 0, tagColumn: 1, mapTag: mapConllTag }, false),
  'conll2002-es': conll('CoNLL-2002', 'es', { train: 'conll2002-es/train.tsv', valid: 'conll2002-es/val.tsv' }, { tokenColumn: 0, tagColumn: 1, mapTag: mapConllTag }, false),
};

/** The split scripts/eval-ner scores a set on: its test split, or validation where the data hold no test split (CoNLL). */
export const evaluatedSplit = (set) => set.evaluated ?? 'test';

/**
 * One split of a set as sentences of running text:
 * [{ id: "<set>/<split>/<n>", language, text, entities: [{ start, end, type }] }] with UTF-8 byte
 * offsets, n counting the file's sentences from 0. The entities carry every mapped type (MISC
 * included); the scorer keeps the types a set is scored on.
 */
export function loadNerSet(dataDir, name, split) {
  const set = NER_SETS[name];
  if (!set) throw new Error(`unknown set ${name} (known: ${Object.keys(NER_SETS).join(', ')})`);
  const file = set.splits[split];
  if (!file) throw new Error(`${name} has no ${split} split (it has ${Object.keys(set.splits).join(', ')})`);
  const raw = fs.readFileSync(path.join(dataDir, file));
  const text = new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/^\uFEFF/, '');
  const sentences = readColumns(text, set.columns).map((s) => {
    const { text: sentence, spans } = detokenise(s.tokens, set.language);
    const entities = iobEntities(s.tags).map((e) => ({ start: spans[e.first][0], end: spans[e.last][1], type: e.type }));
    return { text: sentence, entities, document: s.document };
  });
  const items = set.documents ? joinDocuments(sentences) : sentences;
  return items.map((item, n) => ({ id: `${name}/${split}/${n}`, language: set.language, text: item.text, entities: item.entities }));
}

// The sentences of each document as one text, a sentence a paragraph (a blank line between),
// their entities moved to the document's offsets.
function joinDocuments(sentences) {
  const documents = [];
  for (const sentence of sentences) {
    let document = documents[documents.length - 1];
    if (!document || document.number !== sentence.document) {
      document = { number: sentence.document, text: '', entities: [] };
      documents.push(document);
    }
    if (document.text) document.text += '\n\n';
    const offset = Buffer.byteLength(document.text, 'utf8');
    document.text += sentence.text;
    for (const e of sentence.entities) document.entities.push({ start: e.start + offset, end: e.end + offset, type: e.type });
  }
  return documents;
}
