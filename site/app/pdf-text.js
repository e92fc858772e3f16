// A PDF's text as a reader sees it, rebuilt from the positioned pieces of text pdf.js finds on
// each page: pieces become lines, running headers, footers and page numbers are dropped, lines
// are joined into paragraphs (a word hyphenated at a line end joined again) and headings stay
// paragraphs of their own. Pure functions over plain data, so the rules are tested without a
// PDF (tests/wasm/pdf-text.test.mjs) and with real ones (tests/browser/documents.test.mjs).
//
// A page is { width, height, items }, each item as pdf.js's getTextContent() gives it:
// { str, transform: [a, b, c, d, x, y], width, height, hasEOL }. PDF coordinates grow upwards:
// a larger y is higher on the page. Lines are kept in the order the page's content stream gives
// them, which is the reading order of any PDF made from a document (columns included); only
// the pieces of one line are ordered by position.

/** Lines of one page: { text, x, right, y, size }, in the page's own order. */
export function pageLines(page) {
  const lines = [];
  let line = null;
  const finish = () => {
    if (line && line.text.trim()) lines.push({ ...line, text: line.text.replace(/\s+/g, ' ').trim() });
    line = null;
  };
  for (const item of page.items) {
    if (typeof item.str !== 'string') continue;  // marked-content markers carry no text
    const [, , , d, x, y] = item.transform;
    const size = Math.abs(item.height || d) || 1;
    if (item.str) {
      // A piece lower or higher by half a line, or one that starts left of where the line has
      // got to, begins a new line.
      if (line && (Math.abs(y - line.y) > size / 2 || x < line.right - size)) finish();
      if (!line) {
        line = { text: item.str, x, right: x + item.width, y, size };
      } else {
        const gap = x - line.right;
        const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
        line.text += !spaced && gap > size * 0.15 ? ` ${item.str}` : item.str;
        line.right = Math.max(line.right, x + item.width);
        line.size = Math.max(line.size, size);
      }
    }
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}

// A line that is only a page number: "7", "- 7 -", "Page 7", "7 of 20", "7/20", "vii".
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*(?:\d+|[ivxlc]+)\s*[-–—]?(?:\s*(?:of|\/)\s*\d+)?$/i;
// How far from the top or bottom edge a running header or footer may stand.
const MARGIN_SHARE = 0.12;

/** Text with its numbers made alike, so "Report, page 3" and "Report, page 4" compare equal. */
const furnitureKey = (text) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** The lines at the top and bottom edges of a page: where headers, footers and numbers stand. */
function edgeLines(lines, height) {
  return lines.filter((line) => line.y > height * (1 - MARGIN_SHARE) || line.y < height * MARGIN_SHARE);
}

/**
 * Drops page furniture: page numbers at a page's edges, and lines at the edges whose text (numbers
 * aside) recurs at the edges of at least half the pages (at least two): running headers and footers.
 */
export function dropPageFurniture(pages) {
  const edgeCounts = new Map();
  for (const page of pages) {
    for (const key of new Set(edgeLines(page.lines, page.height).map((line) => furnitureKey(line.text)))) {
      edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
    }
  }
  const recurring = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) => {
    const edges = new Set(edgeLines(page.lines, page.height));
    const isFurniture = (line) => edges.has(line)
      && (PAGE_NUMBER.test(line.text) || edgeCounts.get(furnitureKey(line.text)) >= recurring);
    return { ...page, lines: page.lines.filter((line) => !isFurniture(line)) };
  });
}

/** The value `share` of the way up the sorted values (0.5: the median). */
const quantile = (values, share) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
};
const median = (values) => quantile(values, 0.5);

const ENDS_SENTENCE = /[.!?:;…"”’)\]]$/;
const HYPHEN_AT_END = /(\p{Letter})[-\u00AD\u2010]$/u;
const STARTS_LOWER = /^\p{Lowercase_Letter}/u;

/** Two lines of one paragraph joined: a hyphenated word made whole again, else a space. */
function joinLines(text, next) {
  if (HYPHEN_AT_END.test(text) && STARTS_LOWER.test(next)) return text.slice(0, -1) + next;
  return `${text} ${next}`;
}

/**
 * The text of the pages: paragraphs separated by a blank line. A paragraph ends where the gap to
 * the next line is clearly wider than the text's line spacing, where a short line ends a sentence,
 * where the next line is indented after a sentence's end, and around headings (lines set larger
 * than the body text).
 */
export function paragraphsOf(pages) {
  const all = pages.flatMap((page, pageIndex) => page.lines.map((line) => ({ ...line, pageIndex })));
  if (!all.length) return '';
  const bodySize = median(all.map((line) => line.size));
  const gaps = [];
  for (let i = 1; i < all.length; i += 1) {
    const gap = all[i - 1].y - all[i].y;
    if (all[i].pageIndex === all[i - 1].pageIndex && gap > 0) gaps.push(gap);
  }
  const spacing = median(gaps) || bodySize * 1.2;
  const left = median(all.map((line) => line.x));
  // Where a full line ends: most lines of a paragraph are full, its last one is often short.
  const right = quantile(all.map((line) => line.right), 0.8);
  const isHeading = (line) => line.size > bodySize * 1.15 && line.text.length < 120;

  const paragraphs = [];
  let current = null;
  let previous = null;
  for (const line of all) {
    let breaks = !current;
    if (!breaks) {
      const gap = previous.y - line.y;
      // A new page or column: the sentence goes on unless the last line finished one.
      const jump = line.pageIndex !== previous.pageIndex || gap < 0;
      const endsSentence = ENDS_SENTENCE.test(previous.text);
      breaks = isHeading(line) !== isHeading(previous)
        || (isHeading(line) && Math.abs(line.size - previous.size) > 0.5)
        || (jump ? endsSentence
          // Line spacing grows with the type: a heading's two lines are one heading.
          : gap > spacing * 1.45 * Math.max(1, previous.size / bodySize)
            || (endsSentence && previous.right < right - bodySize * 3)
            || (endsSentence && line.x > left + bodySize));
    }
    if (breaks) {
      current = { text: line.text };
      paragraphs.push(current);
    } else {
      current.text = joinLines(current.text, line.text);
    }
    previous = line;
  }
  return paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}

/** The whole rebuild: pages as pdf.js gives them to the text a reader sees. */
export function textOfPages(pages) {
  const withLines = pages.map((page) => ({ height: page.height, lines: pageLines(page) }));
  return paragraphsOf(dropPageFurniture(withLines));
}
