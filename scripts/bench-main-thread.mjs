#!/usr/bin/env node
// The page's main thread under big inputs, in Debian's Chromium: the longest task (Chrome's
// Long Tasks API: any task over 50 ms) from the moment a file is opened until the article is
// shown, and the time until the progress bar and its Cancel button appear. The page promises
// no task over 200 ms and Cancel within 200 ms.
//
//   node scripts/bench-main-thread.mjs [SITE_DIR]     (default build/site; scripts/bench runs it)
//
// Inputs, made from the BBC dev articles: 5 MB of text (.txt), 5 MB of HTML (.html: the
// articles as paragraphs among menus and scripts), 100,000 short lines (.txt) and the largest
// text the page takes (20 MB, after its question). Prints a Markdown table, one row per input,
// with the peak memory of the page's renderer process (the page and its Worker), read from
// /proc: Chromium must be the only one running.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbcText, launchBrowser } from '../tests/browser/support.mjs';
import { MAX_TEXT_BYTES } from '../wasm/precis.js';
import { startStaticServer } from '../site/tools/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'build', 'site'));
const MB = 5 * 1024 * 1024;

function htmlPage(bytes) {
  const paragraphs = bbcText(bytes).split(/\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  const furniture = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>' +
    '<script>var tracking = { "a": "</p>" };</script><div class="ad">Advertisement</div>';
  const body = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = i % 20 === 0 ? `${furniture}<article>${paragraphs[i % paragraphs.length]}` : paragraphs[i % paragraphs.length];
    body.push(piece);
    size += piece.length;
  }
  return `<!doctype html><html><head><title>A long page</title></head><body>${body.join('\n')}</body></html>`;
}

/** Whole paragraphs of BBC text, as many as fit in `bytes` of UTF-8. */
function bbcTextOfBytes(bytes) {
  const paragraphs = bbcText(bytes).split('\n\n');
  let size = 0;
  const kept = [];
  for (const paragraph of paragraphs) {
    size += Buffer.byteLength(paragraph) + 2;
    if (size > bytes) break;
    kept.push(paragraph);
  }
  return kept.join('\n\n');
}

const INPUTS = [
  { name: '5 MB of text', file: 'text.txt', type: 'text/plain', content: () => bbcText(MB) },
  { name: '5 MB of HTML', file: 'page.html', type: 'text/html', content: () => htmlPage(MB) },
  { name: '100,000 short lines', file: 'lines.txt', type: 'text/plain',
    content: () => Array.from({ length: 100_000 }, (_, i) => `Line ${i} is short.`).join('\n') },
  { name: '20 MB of text (the limit)', file: 'limit.txt', type: 'text/plain', asked: true,
    content: () => bbcTextOfBytes(MAX_TEXT_BYTES) },
];

/** The largest resident set of any Chromium renderer process, in bytes. */
function largestRendererBytes() {
  let largest = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) largest = Math.max(largest, Number(rss[1]) * 1024);
    } catch {
      // The process ended while being read.
    }
  }
  return largest;
}

/** Samples largestRendererBytes() until stopped; stop() returns the peak. */
function watchMemory() {
  let peak = largestRendererBytes();
  const timer = setInterval(() => { peak = Math.max(peak, largestRendererBytes()); }, 250);
  return () => {
    clearInterval(timer);
    return Math.max(peak, largestRendererBytes());
  };
}

// In the page before its own scripts: every long task, when the file was chosen, when the
// progress bar showed.
function watchMainThread() {
  window.precisProbe = { tasks: [], chosen: null, progressShown: null, analysed: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.precisProbe.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (event) => {
    if (event.target.matches?.('input[type=file]')) window.precisProbe.chosen = performance.now();
  }, true);
  new MutationObserver(() => {
    const progress = document.querySelector('#progress');
    if (progress && !progress.hidden && window.precisProbe.chosen !== null && window.precisProbe.progressShown === null) {
      window.precisProbe.progressShown = performance.now();
    }
    // The analysis is back and the layout begins: the tasks before are the input's and the
    // result's crossing; those after, the layout's and the panels'.
    if (window.precisProbe.analysed === null && /Laying out/.test(document.querySelector('#progress-label')?.textContent)) {
      window.precisProbe.analysed = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'], childList: true, characterData: true });
}

async function measure(browser, siteUrl, input, work) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(watchMainThread);
    const page = await context.newPage();
    await page.goto(siteUrl);
    // The engine loaded first, as a reader's page has it by the time a file is chosen.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    const content = Buffer.from(input.content());
    // From a file on disk: given as bytes, Playwright would build the File in the page, on the
    // very thread measured.
    const file = path.join(work, input.file);
    writeFileSync(file, content);
    const stopWatchingMemory = watchMemory();
    await page.setInputFiles('#file-input', file);
    if (input.asked) await page.click('.size-question button[data-answer="go"]', { timeout: 600_000 });
    // Polled by looking at <main> itself: a selector query scans the whole article on every
    // mutation and would add its own long tasks to the ones measured.
    await page.waitForFunction(() => document.getElementById('main').dataset.state === 'ready', null, { polling: 250, timeout: 600_000 });
    const peakBytes = stopWatchingMemory();
    const probe = await page.evaluate(() => window.precisProbe);
    const tasks = probe.tasks.filter((task) => task.start + task.duration >= probe.chosen);
    const longest = (list) => Math.max(0, ...list.map((task) => task.duration));
    const analysed = probe.analysed ?? Infinity;
    return {
      name: input.name,
      megabytes: content.length / 1048576,
      peakBytes,
      longest: longest(tasks),
      longestBefore: longest(tasks.filter((task) => task.start < analysed)),
      longestAfter: longest(tasks.filter((task) => task.start >= analysed)),
      over200: tasks.filter((task) => task.duration > 200).length,
      cancel: probe.progressShown === null ? null : probe.progressShown - probe.chosen,
      total: (await page.evaluate(() => performance.now())) - probe.chosen,
    };
  } finally {
    await context.close();
  }
}

const [browser, site] = await Promise.all([launchBrowser(), startStaticServer({ root: siteDir })]);
const work = mkdtempSync(path.join(tmpdir(), 'precis-main-thread-'));
try {
  const rows = [];
  for (const input of INPUTS) {
    process.stderr.write(`main thread: ${input.name} ...\n`);
    rows.push(await measure(browser, site.url, input, work));
  }
  console.log('| input | size MB | longest main-thread task ms | until the result, ms | in layout and panels, ms | tasks over 200 ms | Cancel shown after ms | until shown s | renderer peak MiB |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.megabytes.toFixed(1)} | ${r.longest.toFixed(0)} | ${r.longestBefore.toFixed(0)} | ` +
      `${r.longestAfter.toFixed(0)} | ${r.over200} | ` +
      `${r.cancel === null ? 'never' : r.cancel.toFixed(0)} | ${(r.total / 1000).toFixed(1)} | ${(r.peakBytes / 1048576).toFixed(0)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await browser.close();
  await site.close();
}
