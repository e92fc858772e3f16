// Text helpers of the evaluation harness: undoing the SummEval tokenisation, splitting references
// and peer output into sentences, and slicing UTF-8 byte ranges.

/**
 * Undoes Penn-Treebank-style tokenisation ("the team 's 0-0 draw , did n't he ?") into plain
 * text ("the team's 0-0 draw, didn't he?"), so that Precis and the peers get running text.
 * Quotes: `` and '' become “ and ”; a quote standing alone opens a quotation at the start, after
 * a colon or a bracket, and otherwise closes one (or is a plural possessive: "players '").
 */
export function detokenize(text) {
  let t = ` ${text.replace(/\s+/g, ' ').trim()} `;
  t = t.replace(/ `` /g, ' “').replace(/ ''(?= )/g, '”');
  // contractions and possessives
  t = t.replace(/ (n't|N'T|'s|'S|'m|'M|'re|'RE|'ve|'VE|'ll|'LL|'d|'D)(?= )/g, '$1');
  t = t.replace(/ (’s|’m|’re|’ve|’ll|’d|n’t)(?= )/g, '$1');
  // punctuation that hangs on the word before it
  const attach = (s) => s.replace(/ ([.,;:!?%)\]}…”’]+)(?= |$)/g, '$1');
  t = attach(t);
  // lone quotes: opening at the start or after a colon, else closing
  t = t.replace(/ (['"‘“]) (?=\S)/g, (all, q, offset, s) => {
    const before = s.slice(0, offset).trimEnd();
    return before === '' || before.endsWith(':') || /[([{]$/.test(before) ? ` ${q}` : `${q} `;
  });
  t = attach(t);
  // brackets, currency and hash signs hang on the word after them
  t = t.replace(/(^| )([([{$£€#]) (?=\S)/g, '$1$2');
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * Lower-cases `text` the way the CNN/DailyMail training stories are: everything but the first
 * letter of each sentence (at the start, and after a full stop, question or exclamation mark,
 * with any closing quote or bracket, and a space). "Paul Merson said. 'It was NASA.'" becomes
 * "Paul merson said. 'It was nasa.'".
 */
export function sentenceCase(text) {
  return text.toLowerCase().replace(/(^|[.!?]['"’”)\]]*\s+['"‘“(]?)(\p{Ll})/gu, (all, before, letter) => before + letter.toUpperCase());
}

// Abbreviations after which ICU's plain sentence rules (Intl.Segmenter) break but a writer does
// not end a sentence. Precis uses ICU with `@ss=standard` for the same purpose; the harness keeps
// its own short list so that reference splitting does not depend on the code under test.
const ABBREVIATIONS = {
  en: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Gen', 'Gov', 'Sen', 'Rep', 'Rev',
    'Lt', 'Col', 'Capt', 'Sgt', 'Cpl', 'Maj', 'Adm', 'Cmdr', 'Insp', 'Supt', 'Det', 'Hon', 'Pres',
    'No', 'Nos', 'vs', 'v', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'Ave', 'Rd', 'Ft',
    'e.g', 'i.e', 'approx', 'Calif', 'Mass', 'Conn', 'Fla', 'Ill', 'Pa', 'Va', 'Wash', 'Ore'],
  fr: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Me', 'St', 'Ste', 'Mgr', 'av',
    'bd', 'cf', 'env', 'p', 'n°', 'No', 'vol', 'éd', 'etc'],
};
const segmenters = new Map();
const abbrevRes = new Map();

function abbrevRe(lang) {
  if (!abbrevRes.has(lang)) {
    const list = ABBREVIATIONS[lang] || ABBREVIATIONS.en;
    const alt = list.map((a) => a.replace(/\./g, '\\.')).join('|');
    // an abbreviation, or a single capital initial ("John F. Kennedy"), ending the segment
    abbrevRes.set(lang, new RegExp(`(?:^|[\\s(“"'‘])(?:${alt}|\\p{Lu})\\.$`, 'u'));
  }
  return abbrevRes.get(lang);
}

/** Splits text into sentences (ICU rules through Intl.Segmenter, plus the abbreviations above). */
export function splitSentences(text, lang = 'en') {
  if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'sentence' }));
  const out = [];
  let pending = '';
  for (const { segment } of segmenters.get(lang).segment(text)) {
    pending += segment;
    const trimmed = pending.trim();
    if (trimmed && !abbrevRe(lang).test(trimmed)) {
      out.push(trimmed);
      pending = '';
    }
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

/** The text of UTF-8 bytes [start, end) of a Buffer. */
export function sliceUtf8(buffer, start, end) {
  return buffer.subarray(start, end).toString('utf8');
}
