// The text of a DOM subtree as a reader sees it, for the summariser: block elements become
// paragraphs (a blank line between them), list items lines starting with "- " or "1. ",
// whitespace runs one space. Works on a live page and on an inert DOMParser document alike
// (it reads tag names and text, never computed styles).
//
// Each run of text remembers the text node it came from and, per character, the offset in that
// node, so that positions in the text lead back into the DOM (the widget highlights with them).
// Line breaks and list markers that the walk adds belong to no node.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Lines of one paragraph rather than paragraphs of their own.
const LINES = new Set(['LI', 'DD', 'DT', 'TR']);
// Never text of the article: code, styles, media, form controls, other namespaces.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'INPUT',
  'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

// Space, tab, line feed, carriage return, form feed.
const isHtmlWhitespace = (code) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

export function isBlock(element) {
  return BLOCKS.has(element.tagName.toUpperCase());
}

/**
 * Reads `root`. `skip(element)` leaves out more subtrees. Returns { text, runs }, where each
 * run is { node, start, sourceOffsets } and sourceOffsets[k] is the offset in node.data of the
 * run's character k (one more entry: the offset just after its last character).
 */
export function readBlockText(root, { skip = () => false } = {}) {
  let text = '';
  const runs = [];
  let pendingBreak = '';  // a break is written only when text follows it
  let spaceBefore = false;  // whitespace was seen since the last character written
  let marker = '';  // a list item's marker that waits for its text: no break in between

  const endsInSpace = () => {
    const last = text.at(-1);
    return last === undefined || last === ' ' || last === '\n';
  };
  const requestBreak = (kind) => {
    spaceBefore = false;
    if (text && !marker && kind.length > pendingBreak.length) pendingBreak = kind;
  };
  const dropEmptyItem = () => {
    if (marker) text = text.slice(0, -marker.length);
    marker = '';
  };
  const writeMarker = (next) => {
    dropEmptyItem();
    if (pendingBreak) text += pendingBreak;
    pendingBreak = '';
    text += next;
    spaceBefore = false;
    marker = next;
  };

  const readText = (node, preformatted) => {
    const data = node.data;
    // Collected and joined once: a string grown a character at a time is a chain of thousands
    // of pieces that the engine later flattens all at once (a long page's text, in one task).
    const runChars = [];
    const offsets = [];
    let lastSpace = -1;  // this node's latest whitespace, which a written space stands for
    for (let i = 0; i < data.length; i++) {
      if (!preformatted && isHtmlWhitespace(data.charCodeAt(i))) {
        lastSpace = i;
        if (runChars.length || (!pendingBreak && !endsInSpace())) spaceBefore = true;
        continue;
      }
      if (!runChars.length) {
        if (pendingBreak) text += pendingBreak;
        pendingBreak = '';
        marker = '';
        // Whitespace from an earlier node: the space belongs to no node.
        if (spaceBefore && lastSpace < 0) {
          text += ' ';
          spaceBefore = false;
        }
      }
      if (spaceBefore) {
        runChars.push(' ');
        offsets.push(lastSpace);
        spaceBefore = false;
      }
      runChars.push(data[i]);
      offsets.push(i);
    }
    if (runChars.length) {
      offsets.push(offsets.at(-1) + 1);
      runs.push({ node, start: text.length, sourceOffsets: offsets });
      text += runChars.join('');
    }
  };

  const walk = (element, preformatted, listCounter) => {
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        readText(child, preformatted);
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIPPED.has(tag) || skip(child)) continue;
        if (tag === 'BR') {
          requestBreak('\n');
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) requestBreak(LINES.has(tag) ? '\n' : '\n\n');
        if (tag === 'LI') writeMarker(element.tagName.toUpperCase() === 'OL' ? `${listCounter.next++}. ` : '- ');
        const counter = tag === 'OL' ? { next: Number(child.getAttribute('start')) || 1 } : listCounter;
        walk(child, preformatted || tag === 'PRE', counter);
        if (block) requestBreak(LINES.has(tag) ? '\n' : '\n\n');
      }
    }
  };

  walk(root, false, { next: 1 });
  dropEmptyItem();
  return { text, runs };
}
