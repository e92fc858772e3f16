#!/usr/bin/env node
// Opening a PDF in the page, in Debian's Chromium: the time from choosing the file to the first
// highlights, for a PDF of about 20 pages made by Chromium's page.pdf() from BBC dev articles
// (../shared/data, read where they lie), and the same text pasted, for comparison. Median of 3.
//
//   node scripts/bench-documents.mjs [SITE_DIR] [PAGES]   (default build/site, 20)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbcText, launchBrowser } from '../tests/browser/support.mjs';
import { startStaticServer } from '../site/tools/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'build', 'site'));
const wantedPages = Number(process.argv[3] ?? 20);
const RUNS = 3;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A PDF of BBC articles of about `pages` A4 pages, with numbered footers. */
async function makePdf(browser, pages) {
  const page = await browser.newPage();
  // About 3,300 characters of 11-point text fill an A4 page.
  const text = bbcText(pages * 3300);
  await page.setContent(`<!doctype html><body style="font: 11pt/1.4 serif">${text.split(/\n\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body>`);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' }, displayHeaderFooter: true,
    headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>' });
  await page.close();
  return { pdf, text };
}

/** Milliseconds from `start()` to the article's highlights in a fresh page. */
async function timeToHighlights(browser, site, start) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => document.readyState === 'complete');
  const began = Date.now();
  await start(page);
  await page.waitForSelector('main[data-state="ready"]', { timeout: 300_000 });
  const ms = Date.now() - began;
  const sentences = await page.evaluate(() => document.querySelectorAll('#article-text [data-sentence]').length);
  await context.close();
  return { ms, sentences };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchBrowser();
const site = await startStaticServer({ root: siteDir });
try {
  const { pdf, text } = await makePdf(browser, wantedPages);
  const pdfRuns = [];
  const pasteRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    pdfRuns.push(await timeToHighlights(browser, site, (page) =>
      page.setInputFiles('#file-input', { name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf })));
    pasteRuns.push(await timeToHighlights(browser, site, (page) =>
      page.setInputFiles('#file-input', { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })));
  }
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`| input | first highlights, median of ${RUNS} (ms) | sentences |`);
  console.log('|---|---:|---:|');
  console.log(`| a ${pageCount}-page PDF (${(pdf.length / 1024).toFixed(0)} KB) | ${median(pdfRuns.map((r) => r.ms))} | ${pdfRuns[0].sentences} |`);
  console.log(`| its text as a .txt file | ${median(pasteRuns.map((r) => r.ms))} | ${pasteRuns[0].sentences} |`);
} finally {
  await browser.close();
  await site.close();
}
