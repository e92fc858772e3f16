// Pasted or opened HTML becomes plain text: the article in it (title, byline, paragraphs),
// found by Mozilla's Readability. The HTML is parsed into an inert document (DOMParser: its
// scripts never run, it has no window, nothing in it loads) that is read and thrown away;
// nothing of it is ever put into the page.
import { readBlockText } from './block-text.js';

// Everything that is not text, or that could ask for something if it were ever live.
const NOT_TEXT = [
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'svg', 'math', 'template', 'noscript',
].join(',');
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'style', 'action', 'formaction', 'data', 'ping']);
// Shorter than this, the "article" Readability found is a fragment: the whole text is better.
const MIN_ARTICLE_CHARACTERS = 200;

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

/**
 * The article in `html`: { text, title, byline, extracted }, where `extracted` says whether
 * Readability found an article (else the text is the whole document's).
 */
export async function articleFromHtml(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  neutralise(doc);
  const Readability = await loadReadability();
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
