// The article as the reader pasted it, rebuilt from text nodes (never from HTML): each
// sentence a <span data-sentence="i">, each entity mention a <span data-entity="TYPE">, the
// selected sentences marked data-selected with their rank and a strength that follows the score.
import { entityType } from './entity-types.js';
import { nextTask, SLICE_MS } from './next-task.js';

// A paragraph longer than this (100,000 short lines make one) is laid out as several elements,
// the later ones marked "continued" and the ones they follow "continues" (no gap between), so
// the browser lays out only those in view.
const SENTENCES_PER_ELEMENT = 200;
// Past this many elements the browser lays out only the ones in view (CSS .long).
const LONG_TEXT_ELEMENTS = 40;

/**
 * The elements of the article: consecutive sentences of one paragraph, at most
 * SENTENCES_PER_ELEMENT of them; `continued` when the paragraph began in the element before.
 */
function groupParagraphs(sentences) {
  const blocks = [];
  for (let i = 0; i < sentences.length; i++) {
    const last = blocks.at(-1);
    if (last && sentences[last.first].paragraph === sentences[i].paragraph && last.end - last.first < SENTENCES_PER_ELEMENT) {
      last.end = i + 1;
    } else {
      const continued = Boolean(last) && sentences[i - 1].paragraph === sentences[i].paragraph;
      blocks.push({ first: i, end: i + 1, continued });
    }
  }
  return blocks;
}

const BLOCK_TAGS = { title: 'h3', heading: 'h4' };

export class ArticleView {
  #root;
  #sentenceElements = [];
  #mentionElements = [];  // entity index -> its spans (one, or more where it crosses a sentence)
  #selected = new Set();
  #generation = 0;

  constructor(root) {
    this.#root = root;
  }

  get root() {
    return this.#root;
  }

  /**
   * Lays out `text` with the sentences and entities of `result`. Calls onProgress(fraction)
   * between slices; resolves to false if a newer render() or clear() overtook it.
   */
  async render(text, result, { onProgress = () => {} } = {}) {
    const generation = ++this.#generation;
    this.#root.replaceChildren();
    this.#selected.clear();
    this.#sentenceElements = new Array(result.sentences.length);
    // Filled as the mentions are laid out: a book has hundreds of thousands of them, and as
    // many empty lists made up front cost the page a long garbage collection.
    this.#mentionElements = [];
    const writer = new RangeWriter(text, result.entities, this.#mentionElements);
    const blocks = groupParagraphs(result.sentences);
    this.#root.classList.toggle('long', blocks.length > LONG_TEXT_ELEMENTS);
    // The result has just crossed from the Worker (a long task of its own for a book): the
    // layout starts in a task after it.
    await nextTask();
    if (generation !== this.#generation) return false;
    let position = 0;  // where the text not yet laid out starts
    let previous = null;  // the element laid out last
    let slice = document.createDocumentFragment();
    let sliceStart = performance.now();

    for (let b = 0; b < blocks.length; b++) {
      const { first, end, continued } = blocks[b];
      const start = result.sentences[first].start;
      // Text outside every sentence (rare: stray symbols between paragraphs) keeps its place.
      if (!continued && text.slice(position, start).trim()) slice.append(this.#block('p', writer, position, start));
      const element = this.#paragraph(result.sentences, blocks[b], writer);
      if (continued) previous.classList.add('continues');
      slice.append(element);
      previous = element;
      position = result.sentences[end - 1].end;
      if (b + 1 < blocks.length && performance.now() - sliceStart > SLICE_MS) {
        this.#root.append(slice);
        onProgress((b + 1) / blocks.length);
        await nextTask();
        if (generation !== this.#generation) return false;
        slice = document.createDocumentFragment();
        sliceStart = performance.now();
      }
    }
    if (text.slice(position).trim()) slice.append(this.#block('p', writer, position, text.length));
    this.#root.append(slice);
    this.select(result);
    return true;
  }

  clear() {
    this.#generation += 1;
    this.#root.replaceChildren();
    this.#sentenceElements = [];
    this.#mentionElements = [];
    this.#selected.clear();
  }

  #block(tag, writer, start, end) {
    const element = document.createElement(tag);
    writer.write(element, start, end);
    return element;
  }

  #paragraph(sentences, { first, end, continued }, writer) {
    const element = document.createElement(BLOCK_TAGS[sentences[first].kind] ?? 'p');
    if (continued) element.className = 'continued';
    for (let i = first; i < end; i++) {
      const sentence = sentences[i];
      // Between two sentences of one paragraph (in one element or the one before): its spaces and breaks.
      if (i > first || continued) writer.write(element, sentences[i - 1].end, sentence.start);
      const span = document.createElement('span');
      span.dataset.sentence = String(i);
      if (sentence.kind === 'list_item') span.dataset.kind = 'list-item';
      writer.write(span, sentence.start, sentence.end);
      element.append(span);
      this.#sentenceElements[i] = span;
    }
    return element;
  }

  /** Marks the sentences `result` selected; only the ones that changed are touched. */
  select(result) {
    const selected = new Set(result.summary);
    for (const index of this.#selected) {
      if (!selected.has(index)) {
        const element = this.#sentenceElements[index];
        element?.removeAttribute('data-selected');
        element?.removeAttribute('data-rank');
        element?.style.removeProperty('--strength');
      }
    }
    result.summary.forEach((index, rank) => {
      const element = this.#sentenceElements[index];
      if (!element) return;
      element.dataset.selected = '';
      element.dataset.rank = String(rank + 1);
      // The weakest selected sentence still reads as highlighted; the best is strongest.
      element.style.setProperty('--strength', (0.4 + 0.6 * result.sentences[index].score).toFixed(3));
    });
    this.#selected = selected;
  }

  sentenceElement(index) {
    return this.#sentenceElements[index] ?? null;
  }

  mentionElements(entityIndex) {
    return this.#mentionElements[entityIndex] ?? [];
  }

  /** Turns the marks of these entity types off (the legend's toggles). */
  setHiddenTypes(types) {
    if (types.size) this.#root.dataset.hiddenTypes = [...types].join(' ');
    else this.#root.removeAttribute('data-hidden-types');
  }

  setTypeLabels(shown) {
    this.#root.classList.toggle('show-entity-types', shown);
  }
}

/**
 * Writes text ranges into elements, with the entity mentions inside them as spans. Ranges
 * come in document order, so one cursor walks the entities once.
 */
class RangeWriter {
  #text;
  #entities;
  #mentionElements;
  #next = 0;  // the first entity that may still overlap what comes

  constructor(text, entities, mentionElements) {
    this.#text = text;
    this.#entities = entities;
    this.#mentionElements = mentionElements;
  }

  write(parent, start, end) {
    const entities = this.#entities;
    while (this.#next < entities.length && entities[this.#next].end <= start) this.#next++;
    let position = start;
    for (let i = this.#next; i < entities.length && entities[i].start < end; i++) {
      // A mention that crosses a sentence boundary is split in two spans, one in each.
      const from = Math.max(entities[i].start, start);
      const to = Math.min(entities[i].end, end);
      if (from > position) parent.append(this.#text.slice(position, from));
      const mention = document.createElement('span');
      mention.dataset.entity = entities[i].type;
      mention.dataset.entityIndex = String(i);
      mention.title = entityType(entities[i].type).label;
      mention.textContent = this.#text.slice(from, to);
      parent.append(mention);
      (this.#mentionElements[i] ??= []).push(mention);
      position = to;
    }
    if (end > position) parent.append(this.#text.slice(position, end));
  }
}
