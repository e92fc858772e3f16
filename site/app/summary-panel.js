// The summary: the selected sentences in document order, numbered like their highlights in
// the article. Activating one shows it in the article.
import { reveal } from './reveal.js';

/** A sentence as one line of text (line breaks inside it are layout, not content). */
export function sentenceText(text, sentence) {
  return text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
}

export class SummaryPanel {
  #list;
  #articleView;

  constructor(list, articleView) {
    this.#list = list;
    this.#articleView = articleView;
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-target]');
      if (button) reveal(this.#articleView.sentenceElement(Number(button.dataset.target)));
    });
  }

  show(text, result) {
    const items = result.summary.map((index, rank) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'summary-sentence';
      button.dataset.target = String(index);
      const number = document.createElement('span');
      number.className = 'rank';
      number.textContent = String(rank + 1);
      number.setAttribute('aria-hidden', 'true');
      button.append(number, sentenceText(text, result.sentences[index]));
      const item = document.createElement('li');
      item.append(button);
      return item;
    });
    this.#list.replaceChildren(...items);
  }

  clear() {
    this.#list.replaceChildren();
  }
}
