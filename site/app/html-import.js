// Pasted or opened HTML becomes plain text: the article in it (title, byline, paragraphs),
// found by Mozilla's Readability. The HTML is parsed into an inert document (DOMParser: its
// scripts never run, it has no window, nothing in it loads) that is read and thrown away;
// nothing of it is ever put into the page.
import { readBlockText } from './block-text.js';
import { nextTask } from './next-task.js';

// Everything that is not text, or that could ask for something if it were ever live.
const NOT_TEXT = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'svg', 'math', 'template', 'noscript',
].join(',');
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'style', 'action', 'formaction', 'data', 'ping']);
// Shorter than this, the "article" Readability found is a fragment: the whole text is better.
const MIN_ARTICLE_CHARACTERS = 200;
// Readability reads a whole document at once, on the page's thread (a Worker has no DOM): past
// this size that would block the page, so the HTML is read whole instead, in pieces of about
// PIECE_CHARACTERS cut after a block's end tag, one piece a task.
export const READABILITY_MAX_CHARACTERS = 300_000;
const PIECE_CHARACTERS = 100_000;
// Elements whose content is not markup: never cut inside them.
const RAW_TEXT = /^(script|style|textarea|title|xmp|noscript|iframe|noembed|noframes)$/i;
const CUT_TOKEN = /<!--|<(script|style|textarea|title|xmp|noscript|iframe|noembed|noframes)\b[^>]*>|<\/(?:p|div|li|h[1-6]|tr|table|ul|ol|dl|section|article|blockquote|pre)\s*>/gi;

let readabilityScript = null;

/** Readability, from the site's own copy, loaded on first need (it is only for HTML). */
function loadReadability() {
  readabilityScript ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('../vendor/readability/Readability.js', import.meta.url).href;
    script.onload = () => resolve(window.Readability);
    script.onerror = () => {
      readabilityScript = null;
      script.remove();
      reject(new Error('the article extractor (Readability) could not be loaded'));
    };
    document.head.append(script);
  });
  return readabilityScript;
}

function neutralise(doc) {
  for (const element of doc.querySelectorAll(NOT_TEXT)) element.remove();
  for (const element of doc.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) {
      if (name.startsWith('on') || LOADING_ATTRIBUTES.has(name)) element.removeAttribute(name);
    }
  }
}

const oneLine = (value) => (value ?? '').replace(/\s+/g, ' ').trim();

/** `html` cut into pieces of about `size` characters, each ending after a block's end tag. */
function* htmlPieces(html, size) {
  let start = 0;
  CUT_TOKEN.lastIndex = 0;
  for (let token; (token = CUT_TOKEN.exec(html));) {
    if (token[0] === '<!--' || RAW_TEXT.test(token[1] ?? '')) {
      // Jump past the comment or the element's content: a tag inside is not a tag.
      const close = token[0] === '<!--' ? /-->/g : new RegExp(`</${token[1]}`, 'gi');
      close.lastIndex = CUT_TOKEN.lastIndex;
      CUT_TOKEN.lastIndex = close.exec(html) ? close.lastIndex : html.length;
    } else if (CUT_TOKEN.lastIndex - start >= size) {
      yield html.slice(start, CUT_TOKEN.lastIndex);
      start = CUT_TOKEN.lastIndex;
    }
  }
  if (start < html.length) yield html.slice(start);
}

/**
 * All the text of a large document, read a piece a task. `stopped()` is asked between pieces:
 * true ends the reading (resolves to null).
 */
async function textOfLargeHtml(html, stopped) {
  const parts = [];
  for (const piece of htmlPieces(html, PIECE_CHARACTERS)) {
    const doc = new DOMParser().parseFromString(piece, 'text/html');
    parts.push(readBlockText(doc.body ?? doc.documentElement).text);
    await nextTask();
    if (stopped()) return null;
  }
  return parts.filter(Boolean).join('\n\n');
}

/**
 * The article in `html`: { text, title, byline, extracted, whole }, where `extracted` says
 * whether Readability found an article (else the text is the whole document's) and `whole`
 * that the document was too large to look for one in. Resolves to null when `stopped()`
 * turned true on the way.
 */
export async function articleFromHtml(html, { stopped = () => false } = {}) {
  if (html.length > READABILITY_MAX_CHARACTERS) {
    const text = await textOfLargeHtml(html, stopped);
    return text === null ? null : { text, title: '', byline: '', extracted: false, whole: true };
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  neutralise(doc);
  const Readability = await loadReadability();
  if (stopped()) return null;
  let article = null;
  try {
    article = new Readability(doc.cloneNode(true), { serializer: (element) => element }).parse();
  } catch {
    // A document Readability cannot read is read whole below.
  }
  const fromArticle = article?.content ? readBlockText(article.content).text : '';
  const extracted = fromArticle.length >= MIN_ARTICLE_CHARACTERS;
  let body = extracted ? fromArticle : readBlockText(doc.body ?? doc.documentElement).text;
  let title = oneLine(extracted ? article.title : doc.title);
  // An article that opens with its own headline keeps it, rather than the page's <title>.
  const headline = extracted ? oneLine(article.content.querySelector('h1, h2, h3')?.textContent) : '';
  if (headline && body.startsWith(headline)) {
    title = headline;
    body = body.slice(headline.length).trimStart();
  }
  const byline = extracted ? oneLine(article.byline) : '';
  const parts = [];
  if (title && !body.startsWith(title)) parts.push(title);
  if (byline && !body.includes(byline)) parts.push(byline);
  parts.push(body);
  return { text: parts.filter(Boolean).join('\n\n'), title, byline, extracted };
}
