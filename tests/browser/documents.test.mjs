// PDF and Word files opened in the page: the text rebuilt as a reader sees it (sentences that
// cross a line or a page are whole, a hyphenated word is joined, running headers and page numbers
// are gone), the same summary and entities as for the text pasted, the exports naming the file,
// and clear messages for a PDF without text and for damaged files. The documents are made here,
// from the team's own text: PDFs by Chromium's page.pdf(), .docx files with fflate.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { paste, READY_TIMEOUT, useBrowserAndSite, waitForReady, watch } from './support.mjs';

const session = useBrowserAndSite();

const TITLE = 'Harbour town weighs a new ferry link';
const HEADING = 'What the council heard';
// Our own article. The long paragraphs cross lines; the document runs over several pages.
const PARAGRAPHS = [
  'The council of Port Elwyn met on Tuesday to decide whether the town should fund a ferry link to Marrow Island, ending a wait that islanders say has lasted twenty years.',
  'Mayor Ines Carvalho told the meeting that the crossing would cost 4.2 million euros over five years, and that the regional transport authority had offered to pay half of it if work starts before the spring of 2028.',
  'Opponents, led by the shopkeepers of the old quarter, argued that the money would be better spent on repairing the harbour wall, which was damaged in last winter\'s storms and is still closed to fishing boats.',
  'Engineers from Kestrel Coastal Works presented a survey showing that the reconstruction of the wall could be finished in eighteen months if the council approves the contract this year.',
  'Residents of Marrow Island, who now rely on a single private boat that runs twice a week, filled the public gallery and applauded when the vote was postponed rather than lost.',
  'The council will meet again on 14 March, when the transport authority is expected to confirm its offer in writing and the harbour master will report on the state of the wall.',
];
const plainText = () => [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], HEADING, ...PARAGRAPHS.slice(2)].join('\n\n');

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML page of the article, set narrow so that lines break often; "reconstruction" is
 * broken at a line end with a hyphen, as a typesetter would. */
function articleHtml({ repeat = 1 } = {}) {
  const paragraphs = (list) => list.map((p) => `<p>${escapeHtml(p).replace('reconstruction', 'recon-<br>struction')}</p>`).join('\n');
  const body = Array.from({ length: repeat }, () =>
    `<p>${escapeHtml(PARAGRAPHS[0])}</p>${paragraphs(PARAGRAPHS.slice(1, 2))}<h2>${HEADING}</h2>${paragraphs(PARAGRAPHS.slice(2))}`).join('\n');
  return `<!doctype html><html><head><style>
    body { font: 16px/1.5 serif; width: 11cm; margin: 0 auto; }
    h1 { font-size: 26px; } h2 { font-size: 21px; } p { margin: 0 0 1.6em; }
    </style></head><body><h1>${escapeHtml(TITLE)}</h1>${body}</body></html>`;
}

/** A PDF of `html`, A5 pages, with a running header and numbered footers unless `plain`. */
async function makePdf(html, { plain = false } = {}) {
  const page = await session.browser.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({
      format: 'A5',
      margin: { top: '2cm', bottom: '2cm', left: '1cm', right: '1cm' },
      displayHeaderFooter: !plain,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Port Elwyn Gazette — council report</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
  } finally {
    await page.close();
  }
}

const xml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordParagraph = (text, style = null) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r></w:p>`;

/** A .docx of the article, with a running header in its own part, as Word writes one. */
function makeDocx() {
  const body = [wordParagraph(TITLE, 'Title'), wordParagraph(PARAGRAPHS[0]), wordParagraph(PARAGRAPHS[1]),
    wordParagraph(HEADING, 'Heading1'), ...PARAGRAPHS.slice(2).map((p) => wordParagraph(p)), '<w:p/>'].join('');
  return Buffer.from(zipSync({
    '[Content_Types].xml': strToU8(xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')),
    '_rels/.rels': strToU8(xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')),
    'word/document.xml': strToU8(xml(`<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`)),
    'word/header1.xml': strToU8(xml(`<w:hdr ${W}>${wordParagraph('Port Elwyn Gazette — council report')}</w:hdr>`)),
  }));
}

async function openPage() {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.goto(session.site.url);
  return { context, page, seen };
}

/** What a reader is shown: each sentence's text, the summary's, the entities'. */
const shown = (page) => page.evaluate(() => {
  const texts = (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
  return {
    sentences: texts('#article-text [data-sentence]'),
    summary: texts('#article-text [data-selected]'),
    entities: [...document.querySelectorAll('#article-text [data-entity]')].map((e) => `${e.dataset.entity}:${e.textContent}`),
  };
});

async function openFile(page, name, mimeType, buffer) {
  await page.setInputFiles('#file-input', { name, mimeType, buffer });
}

/** The page's error message, once it names `fileName`. */
async function errorAbout(page, fileName) {
  await page.waitForFunction((name) => {
    const box = document.querySelector('#error');
    return !box.hidden && box.textContent.includes(name);
  }, fileName, { timeout: READY_TIMEOUT });
  return page.textContent('#error');
}

describe('documents opened in the page', () => {
  let pasted;
  before(async () => {
    const { context, page } = await openPage();
    await paste(page, { text: plainText() });
    await waitForReady(page);
    pasted = await shown(page);
    await context.close();
    assert.ok(pasted.sentences.length >= 8 && pasted.summary.length > 0 && pasted.entities.length > 0);
  });

  for (const [kind, name, mimeType, make] of [
    ['a multi-page PDF', 'council-report.pdf', 'application/pdf', () => makePdf(articleHtml())],
    ['a Word document', 'council-report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', makeDocx],
  ]) {
    test(`${kind}: whole sentences, no page furniture, the same summary and entities as pasted text`, async () => {
      const file = await make();
      const { context, page, seen } = await openPage();
      try {
        await openFile(page, name, mimeType, file);
        await waitForReady(page);
        const text = await page.inputValue('#article-input');
        assert.ok(text.includes('reconstruction of the wall'), 'the hyphenated word is joined again');
        assert.doesNotMatch(text, /Gazette|Page \d+ of \d+/, 'no running header or page number');
        const opened = await shown(page);
        assert.deepEqual(opened.sentences, pasted.sentences, 'every sentence whole, as in the source');
        assert.deepEqual(opened.summary, pasted.summary);
        assert.deepEqual(opened.entities, pasted.entities);
        assert.match(await page.textContent('#import-note'), new RegExp(name.replace('.', '\\.')));

        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
        assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).source, name);
        const [markdown] = await Promise.all([page.waitForEvent('download'), page.click('#download-markdown')]);
        assert.match(await readFile(await markdown.path(), 'utf8'), new RegExp(`Source: ${name.replace('.', '\\.')}`));
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.requests.filter((url) => !url.startsWith(session.site.url)), [], 'nothing from elsewhere');
      } finally {
        await context.close();
      }
    });
  }

  test('a PDF without text (a drawing, as a scan would be) says so, and the page keeps working', async () => {
    const pdf = await makePdf('<!doctype html><svg width="300" height="300"><rect width="300" height="200" fill="teal"/></svg>', { plain: true });
    const { context, page } = await openPage();
    try {
      await openFile(page, 'scan.pdf', 'application/pdf', pdf);
      assert.match(await errorAbout(page, 'scan.pdf'), /“scan\.pdf” has no text to read: it may be a scan/);
      await paste(page, { text: plainText() });
      await waitForReady(page);
    } finally {
      await context.close();
    }
  });

  test('damaged PDF and Word files get a clear message', async () => {
    const { context, page } = await openPage();
    try {
      await openFile(page, 'broken.pdf', 'application/pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated'));
      assert.match(await errorAbout(page, 'broken.pdf'), /“broken\.pdf” is not a PDF Precis can read .*damaged/);
      await openFile(page, 'broken.docx', 'application/octet-stream', Buffer.from('PK\u0003\u0004 not really a zip'));
      assert.match(await errorAbout(page, 'broken.docx'), /“broken\.docx” is not a Word document Precis can read .*damaged/);
    } finally {
      await context.close();
    }
  });

  test('a long PDF shows its pages as they are read, and Cancel stops the reading', async () => {
    const pdf = await makePdf(articleHtml({ repeat: 30 }));
    const { context, page } = await openPage();
    try {
      // Cancel as soon as the first page is counted: a reader's click, without a race.
      const counted = page.evaluate(() => new Promise((resolve) => {
        const label = document.querySelector('#reading-label');
        new MutationObserver((_, observer) => {
          if (!/page \d+ of \d+/.test(label.textContent)) return;
          observer.disconnect();
          resolve(label.textContent);
          document.querySelector('#reading-cancel').click();
        }).observe(label, { childList: true, characterData: true, subtree: true });
      }));
      await openFile(page, 'long-report.pdf', 'application/pdf', pdf);
      assert.match(await counted, /Reading “long-report\.pdf”: page 1 of \d+/);
      await page.waitForSelector('#reading-note', { state: 'hidden', timeout: READY_TIMEOUT });
      assert.match(await page.textContent('#import-note'), /Stopped reading “long-report\.pdf”/);
      assert.equal(await page.inputValue('#article-input'), '', 'nothing half-read reaches the text box');
    } finally {
      await context.close();
    }
  });
});
