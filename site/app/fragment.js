// The page's address fragment: index.html#text=<percent-encoded text>&sentences=N (or ratio,
// words, characters; language too). A fragment never reaches a server, so a link with the
// text in it keeps the text private.
//
// Parsed by hand rather than with URLSearchParams, which would read "+" as a space: the text is
// percent-encoded, so "+" is a plus sign.
const LENGTHS = ['sentences', 'ratio', 'words', 'characters'];

/** { text, length, language } from a fragment; null without a text. Throws on bad encoding. */
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
  const length = {};
  for (const name of LENGTHS) {
    const value = Number(fields.get(name));
    if (fields.has(name) && Number.isFinite(value) && value > 0) {
      length[name] = value;
      break;  // one length control at a time: the first one given
    }
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
