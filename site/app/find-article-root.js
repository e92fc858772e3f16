// The element of a live page that holds its article, for the bookmarklet: the marked-up
// article or main content when there is one, else the element with the most paragraph text.
const MIN_ARTICLE_CHARACTERS = 400;

function paragraphText(element) {
  let length = 0;
  for (const paragraph of element.querySelectorAll('p')) length += paragraph.textContent.trim().length;
  return length;
}

export function findArticleRoot(doc) {
  const marked = [...doc.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]')]
    .map((element) => ({ element, length: paragraphText(element) }))
    .sort((a, b) => b.length - a.length)[0];
  if (marked && marked.length >= MIN_ARTICLE_CHARACTERS) return marked.element;
  // No markup to go by: the parent of the most paragraph text.
  const scores = new Map();
  for (const paragraph of doc.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + paragraph.textContent.trim().length);
  }
  let best = null;
  for (const [element, score] of scores) if (!best || score > best.score) best = { element, score };
  return best && best.score >= MIN_ARTICLE_CHARACTERS ? best.element : doc.body;
}
