// Highlights sentences and entities in place, in someone else's page: the widget's and the
// bookmarklet's way of marking a host element without changing its text. Text nodes are split
// where a sentence or entity starts or ends and the pieces are wrapped in spans
// (data-sentence, data-selected, data-entity, as on Precis's own page), so the host element's
// textContent stays exactly what it was; remove() puts the nodes back as they were.
import { isBlock, readBlockText } from './block-text.js';

/** Index of the range of `ranges` (sorted, disjoint) that contains `position`, or -1. */
function rangeAt(ranges, position) {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ranges[middle].end <= position) low = middle + 1;
    else if (ranges[middle].start > position) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** Text nodes holding only collapsible whitespace, and comments, belong with their neighbours. */
const isFiller = (node) => node.nodeType === 8 || (node.nodeType === 3 && !/[^ \t\n\r\f]/.test(node.data));

export class HostHighlighter {
  #target;
  #skip;
  #runs = [];
  #created = [];  // every span made, in order
  #sentenceSpans = new Map();  // sentence index -> its spans
  #selected = [];
  #touchedParents = new Set();

  /** `skip(element)` leaves subtrees out (the widget itself, for one). */
  constructor(target, { skip = () => false } = {}) {
    this.#target = target;
    this.#skip = skip;
  }

  /** The target's text as the summariser should read it. */
  read() {
    const { text, runs } = readBlockText(this.#target, { skip: this.#skip });
    this.#runs = runs;
    return text;
  }

  /** Wraps every sentence and entity of `result` (offsets into the text read()). */
  apply(result) {
    this.remove();
    this.#target.dataset.precisHost = '';
    const pieces = this.#splitAtBoundaries(result);
    const units = [];
    for (const { node, position } of pieces) {
      const sentence = rangeAt(result.sentences, position);
      const entity = rangeAt(result.entities, position);
      let unit = node;
      if (entity >= 0) {
        unit = this.#wrap([node], (span) => { span.dataset.entity = result.entities[entity].type; });
      }
      if (sentence >= 0) units.push({ node: unit, sentence });
    }
    for (const group of this.#groupSentences(units)) {
      const span = this.#wrap(group.nodes, (s) => { s.dataset.sentence = String(group.sentence); });
      const spans = this.#sentenceSpans.get(group.sentence) ?? [];
      spans.push(span);
      this.#sentenceSpans.set(group.sentence, spans);
    }
    this.select(result);
  }

  /** Marks the selected sentences of `result`: every piece of each, the first one numbered. */
  select(result) {
    for (const span of this.#selected) {
      span.removeAttribute('data-selected');
      span.removeAttribute('data-rank');
      span.style.removeProperty('--strength');
    }
    this.#selected = [];
    result.summary.forEach((index, rank) => {
      const spans = this.#sentenceSpans.get(index) ?? [];
      spans.forEach((span, piece) => {
        span.dataset.selected = '';
        if (piece === 0) span.dataset.rank = String(rank + 1);
        span.style.setProperty('--strength', (0.4 + 0.6 * result.sentences[index].score).toFixed(3));
        this.#selected.push(span);
      });
    });
  }

  sentenceElement(index) {
    return this.#sentenceSpans.get(index)?.[0] ?? null;
  }

  /** Takes every span out again and joins the text nodes that were split. */
  remove() {
    for (const span of this.#created.reverse()) {
      if (span.parentNode) span.replaceWith(...span.childNodes);
    }
    for (const parent of this.#touchedParents) parent.normalize();
    this.#created = [];
    this.#sentenceSpans.clear();
    this.#selected = [];
    this.#touchedParents.clear();
    delete this.#target.dataset.precisHost;
  }

  /**
   * Splits the text nodes read() found so that no piece straddles a sentence or entity
   * boundary. Returns the pieces that carry text, in document order, each with the position
   * in the read text of its first character.
   */
  #splitAtBoundaries(result) {
    const boundaries = new Set();
    for (const { start, end } of result.sentences) boundaries.add(start).add(end);
    for (const { start, end } of result.entities) boundaries.add(start).add(end);
    const sorted = [...boundaries].sort((a, b) => a - b);
    const pieces = [];
    let next = 0;
    for (const run of this.#runs) {
      const length = run.sourceOffsets.length - 1;
      // Positions in this run where a piece starts: its own start and every boundary inside.
      const starts = [0];
      while (next < sorted.length && sorted[next] <= run.start) next++;
      let b = next;
      while (b < sorted.length && sorted[b] < run.start + length) starts.push(sorted[b++] - run.start);
      const node = run.node;
      if (!node.parentNode) continue;
      this.#touchedParents.add(node.parentNode);
      // Split from the end, so the offsets of the earlier cuts stay valid.
      const nodes = new Array(starts.length);
      for (let k = starts.length - 1; k >= 1; k--) nodes[k] = node.splitText(run.sourceOffsets[starts[k]]);
      nodes[0] = node;
      for (let k = 0; k < starts.length; k++) pieces.push({ node: nodes[k], position: run.start + starts[k] });
    }
    return pieces;
  }

  /**
   * Consecutive units of one sentence that are siblings form a group; where a group is all of
   * an inline element's content, the element joins the group instead (so a sentence with a
   * link in it is one span around the link, not three).
   */
  #groupSentences(units) {
    for (;;) {
      const groups = [];
      for (const unit of units) {
        const group = groups.at(-1);
        if (group && group.sentence === unit.sentence && this.#follows(group.nodes.at(-1), unit.node)) group.nodes.push(unit.node);
        else groups.push({ sentence: unit.sentence, nodes: [unit.node] });
      }
      let lifted = false;
      units = groups.flatMap((group) => {
        const parent = group.nodes[0].parentNode;
        if (this.#coversAll(parent, group.nodes) && this.#liftable(parent)) {
          lifted = true;
          return [{ node: parent, sentence: group.sentence }];
        }
        return group.nodes.map((node) => ({ node, sentence: group.sentence }));
      });
      if (!lifted) return groups;
    }
  }

  /** Whether `node` comes right after `previous` among its siblings, fillers aside. */
  #follows(previous, node) {
    let sibling = previous.nextSibling;
    while (sibling && sibling !== node && isFiller(sibling)) sibling = sibling.nextSibling;
    return sibling === node;
  }

  #coversAll(parent, nodes) {
    const members = new Set(nodes);
    return [...parent.childNodes].every((child) => members.has(child) || isFiller(child));
  }

  #liftable(element) {
    return element !== this.#target && element.nodeType === 1 && !isBlock(element) &&
      !element.hasAttribute('data-sentence') && this.#target.contains(element);
  }

  /** Wraps the siblings from nodes[0] to the last of `nodes` (fillers between) in a new span. */
  #wrap(nodes, mark) {
    const span = document.createElement('span');
    mark(span);
    const first = nodes[0];
    const last = nodes.at(-1);
    first.before(span);
    let node = first;
    while (node) {
      const following = node.nextSibling;
      span.append(node);
      if (node === last) break;
      node = following;
    }
    this.#created.push(span);
    return span;
  }
}
