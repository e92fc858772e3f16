// The page's address fragment: index.html#text=<percent-encoded text>&sentences=N (or ratio,
// words, characters; language too). A fragment never reaches a server, so a link with the
// text in it keeps the text private.
//
// Parsed by hand rather than with URLSearchParams, which would read "+" as a space: the text is
// percent-encoded, so "+" is a plus sign.
import { lengthProblem } from '../precis.js';

const LENGTHS = ['sentences', 'ratio', 'words', 'characters'];

/**
 * { text, length, language } from a fragment; null without a text. Throws on bad encoding and
 * on a bad length (naming the value and the rule, as the JS API does), never reads it as the default.
 */
export function parseFragment(hash) {
  const fields = new Map();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const name = equals < 0 ? pair : pair.slice(0, equals);
    const value = equals < 0 ? '' : pair.slice(equals + 1);
    try {
      fields.set(decodeURIComponent(name), decodeURIComponent(value));
    } catch {
      throw new Error(`The link's ${name} is not correctly percent-encoded.`);
    }
  }
  if (!fields.has('text')) return null;
  const given = LENGTHS.filter((name) => fields.has(name));
  if (given.length > 1) throw new Error(`The link gives ${given.join(' and ')}: give only one length.`);
  const length = {};
  for (const name of given) {
    const problem = lengthProblem(name, fields.get(name));
    if (problem) throw new Error(`The link's ${name}=${fields.get(name)} is not a length: ${problem.message}.`);
    length[name] = Number(fields.get(name));
  }
  const language = fields.get('language');
  return { text: fields.get('text'), length, language: language && /^[a-z]{2,3}$|^auto$/.test(language) ? language : undefined };
}

/** A link to this page that opens `text` summarised to `length`. */
export function fragmentLink(pageUrl, text, length) {
  const url = new URL(pageUrl);
  const parts = [`text=${encodeURIComponent(text)}`];
  for (const [name, value] of Object.entries(length)) parts.push(`${name}=${encodeURIComponent(value)}`);
  url.hash = parts.join('&');
  return url.href;
}
