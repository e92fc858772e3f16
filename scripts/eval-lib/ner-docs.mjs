// The named-entity section of docs/quality.md: `scripts/eval-ner --write-docs` writes it between
// two markers, and `scripts/eval --write-docs` (which rewrites the rest of the file) keeps it.

import fs from 'node:fs';

export const NER_START = '<!-- ner:start -->';
export const NER_END = '<!-- ner:end -->';

/** The section of a text, markers included, or null when it has none. */
export function extractNerSection(text) {
  const start = text.indexOf(NER_START);
  if (start < 0) return null;
  const end = text.indexOf(NER_END, start + NER_START.length);
  if (end < 0) return null;
  return text.slice(start, end + NER_END.length);
}

/**
 * Puts `section` (with or without its markers) in place of the text's section, or at the end of
 * the text, after a blank line, when it has none. Everything else is kept byte for byte.
 */
export function replaceNerSection(text, section) {
  let body = section.trim();
  if (!body.startsWith(NER_START)) body = `${NER_START}\n${body}\n${NER_END}`;
  const old = extractNerSection(text);
  if (old !== null) {
    const at = text.indexOf(old);
    return text.slice(0, at) + body + text.slice(at + old.length);
  }
  const trimmed = text.replace(/\s+$/, '');
  return `${trimmed}${trimmed ? '\n\n' : ''}${body}\n`;
}

/**
 * The new contents `text` of `file` with the section that `file` holds now carried over (for
 * writers that regenerate the whole file).
 */
export function keepNerSection(file, text) {
  let previous = '';
  try {
    previous = fs.readFileSync(file, 'utf8');
  } catch {
    return text;
  }
  const section = extractNerSection(previous);
  return section === null ? text : replaceNerSection(text, section);
}
