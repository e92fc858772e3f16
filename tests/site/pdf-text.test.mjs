// The rules that rebuild a PDF's text (site/app/pdf-text.js), on pages made of positioned pieces
// of text as pdf.js gives them. tests/browser/documents.test.mjs checks them on real PDFs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropPageFurniture, pageLines, textOfPages } from '../../site/app/pdf-text.js';

const HEIGHT = 800;
const SIZE = 10;

/** An item of pdf.js's text content: `text` at (x, y), `size` high, 5 units a character. */
const item = (text, x, y, { size = SIZE, eol = true } = {}) =>
  ({ str: text, transform: [size, 0, 0, size, x, y], width: text.length * 5, height: size, hasEOL: eol });

/** A page of body lines from the top, 14 units apart, with a header and a numbered footer. */
function page(number, lines, { header = 'The Harbour Review — March issue', footer = `${number}` } = {}) {
  const items = [item(header, 50, 780, { size: 8 })];
  lines.forEach((text, i) => items.push(typeof text === 'string' ? item(text, 50, 700 - i * 14) : text(700 - i * 14)));
  items.push(item(footer, 300, 20, { size: 8 }));
  return { width: 600, height: HEIGHT, items };
}

test('pieces of one line are joined, with a space only where there is a gap', () => {
  const lines = pageLines({ height: HEIGHT, items: [
    item('The har', 50, 700, { eol: false }), item('bour', 85, 700, { eol: false }), item('wall', 110, 700),
  ] });
  assert.deepEqual(lines.map((line) => line.text), ['The harbour wall']);
});

test('running headers, footers and page numbers are dropped; a title at the top of one page is not', () => {
  const pages = [1, 2, 3].map((n) => ({ height: HEIGHT, lines: pageLines(page(n, [n === 1 ? 'Storm damage' : 'More text.'])) }));
  const kept = dropPageFurniture(pages).map((p) => p.lines.map((line) => line.text));
  assert.deepEqual(kept, [['Storm damage'], ['More text.'], ['More text.']]);
});

test('"Page 2 of 9" and "- 2 -" are page numbers even on a single page', () => {
  for (const footer of ['Page 2 of 9', '- 2 -', '2/9', 'ii']) {
    const [only] = dropPageFurniture([{ height: HEIGHT, lines: pageLines(page(2, ['Body text.'], { header: 'A title', footer })) }]);
    assert.deepEqual(only.lines.map((line) => line.text), ['A title', 'Body text.'], footer);
  }
});

test('lines join into paragraphs; a hyphen at a line end before a lower-case word is taken out', () => {
  const text = textOfPages([page(1, [
    'The engineers said the recon-',
    'struction of the wall would take',
    'eighteen months, a well-',
    'Known firm agreed.',
  ], { header: '' })]);
  assert.equal(text, 'The engineers said the reconstruction of the wall would take eighteen months, a well- Known firm agreed.');
});

test('a wider gap, or a short line that ends a sentence, ends a paragraph', () => {
  const text = textOfPages([page(1, [
    'The first paragraph runs across two',
    'lines and ends here.',
    'The second paragraph starts on the next line and',
    'runs on.',
    (y) => item('A third after a gap.', 50, y - 20),
  ], { header: '' })]);
  assert.equal(text, 'The first paragraph runs across two lines and ends here.\n\nThe second paragraph starts on the next line and runs on.\n\nA third after a gap.');
});

test('a sentence carries on across a page break; headings stand alone', () => {
  const text = textOfPages([
    page(1, [(y) => item('Storm damage', 50, y, { size: 18 }), 'The storm broke the wall of the', 'harbour and the']),
    page(2, ['boats stayed in port.', 'A new paragraph.']),
  ]);
  assert.equal(text, 'Storm damage\n\nThe storm broke the wall of the harbour and the boats stayed in port.\n\nA new paragraph.');
});
