// The key phrases of the text, best first; the stronger ones stand out (weight and size, so
// the order carries the same news without colour).
export function showKeywords(list, keywords) {
  list.replaceChildren(...keywords.map(({ text, score }) => {
    const item = document.createElement('li');
    item.className = 'keyword';
    item.dataset.strength = score >= 0.75 ? 'high' : score >= 0.4 ? 'medium' : 'low';
    item.textContent = text;
    return item;
  }));
}
