// The summary: the selected sentences in document order, numbered like their highlights in
// the article. Activating one shows it in the article.
import { reveal } from './reveal.js';

/** A sentence as one line of text (line breaks inside it are layout, not content). */
export function sentenceText(text, sentence) {
  return text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
}

/**
 * One numbered entry of a summary list: a button holding the sentence, numbered like its
 * highlight. `dataset` names the sentence for the click handler of whoever shows the list.
 */
export function summaryListItem(text, sentence, rank, { className, dataset }) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  Object.assign(button.dataset, dataset);
  const number = document.createElement('span');
  number.className = 'rank';
  number.setAttribute('aria-hidden', 'true');
  number.textContent = String(rank + 1);
  button.append(number, sentenceText(text, sentence));
  const item = document.createElement('li');
  item.append(button);
  return item;
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
    const items = result.summary.map((index, rank) => summaryListItem(text, result.sentences[index], rank, {
      className: 'summary-sentence', dataset: { target: String(index) },
    }));
    this.#list.replaceChildren(...items);
  }

  clear() {
    this.#list.replaceChildren();
  }
}
