#!/usr/bin/env node
// The page's figures for scripts/bench: from opening index.html#text=<a ~400-word article> to
// its first highlights in Debian's Chromium (headless, through playwright-core), cold (a new
// browser context: no cache, no service worker) and warm (a new tab once the service worker has
// the site), the median of RUNS each, with a breakdown, and the bytes a first visit transfers.
//
//   node scripts/bench-browser.mjs [RUNS] [SITE_DIR]   prints one JSON object (default: 5 runs of
//                                                      build/site; another site compares builds)
//
// Beside it, what Chromium here takes for any page of this shape: an empty page whose module
// starts a Worker that answers at once, cold, timed the same way (the floor under the figures);
// and, from one more cold and one more warm visit traced through Chromium's tracing, how much of
// the wasm was compiled on that visit and whether any compiled code came from the code cache.
//
// Breakdown, in ms from the start of navigation: the HTML parsed (DOMContentLoaded), the
// Worker's code started, the engine ready (wasm compiled and instantiated, ICU's data added), the
// English model ready, the analysis done (the Worker's marks, wasm/precis-worker.js and
// wasm/precis-engine.js), and the first sentence highlighted in the page (seen by a
// MutationObserver installed before the page's own code runs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../site/tools/static-server.mjs';
import { launchBrowser } from '../tests/browser/support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const siteDir = path.resolve(process.argv[3] ?? path.join(root, 'build', 'site'));
const ARTICLE_WORDS = 400;
const TIMEOUT = 60_000;

/** The BBC dev article nearest ARTICLE_WORDS words long (the first of equals). */
function benchArticle() {
  const lines = readFileSync(path.join(root, '..', 'shared', 'data', 'bbc', 'bbc-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  let best = null;
  lines.forEach((line, index) => {
    const { text } = JSON.parse(line);
    const words = text.trim().split(/\s+/).length;
    if (!best || Math.abs(words - ARTICLE_WORDS) < Math.abs(best.words - ARTICLE_WORDS)) best = { index, words, text };
  });
  return best;
}

// Installed before the page's code: the time the first highlighted sentence appears, said on
// the console. (Waiting for it with page.waitForFunction would have Playwright compile its own
// script in the page, on the thread measured, before the highlights.)
const HIGHLIGHTS_MESSAGE = 'precis-bench: first highlights at';
function watchForHighlights(message) {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-selected]')) {
      console.debug(message, performance.now());
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-selected'] });
}

/** The time `page` says its first highlights appeared, in ms from its navigation start. */
function firstHighlightsOf(page) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no highlights within ${TIMEOUT} ms`)), TIMEOUT);
    page.on('console', async (message) => {
      if (!message.text().startsWith(HIGHLIGHTS_MESSAGE)) return;
      clearTimeout(timer);
      resolve(await message.args()[1].jsonValue());
    });
  });
}

// A new browser context is a new window, and Chromium builds its own interface for it (the
// address bar's popup is a web page in a renderer of its own): seconds of processor time on
// this machine, which a reader's browser spent when its window opened. A visit starts once
// the window has had this long to settle.
const NEW_WINDOW_SETTLE_MS = 3000;

// V8's trace events for WebAssembly: a function compiled on its first call, hot code optimised
// in the background, a compiled module read back from the code cache.
const WASM_TRACE_CATEGORIES = ['v8.wasm', 'disabled-by-default-v8.wasm.detailed'];

/** What a visit's trace says of compiling the wasm. */
function wasmCompilation(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const of = (name) => events.filter((e) => e.name === name);
  const ms = (list) => list.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return {
    lazy_functions: of('wasm.CompileLazy').length,
    lazy_ms: ms(of('wasm.CompileLazy')),
    optimising_ms: ms(of('wasm.TopTierCompilation')),
    cached_modules: of('wasm.Deserialize').length,
  };
}

/**
 * One visit in `context`: its timings in ms from navigation start, the site files it fetched,
 * and with `traced`, what it compiled of the wasm (wasmCompilation).
 */
async function visit(context, url, { traced = false } = {}) {
  const page = await context.newPage();
  await page.waitForTimeout(NEW_WINDOW_SETTLE_MS);
  if (traced) await context.browser().startTracing(page, { categories: WASM_TRACE_CATEGORIES });
  const fetched = [];
  // The page's and its Worker's downloads; the service worker's caching of the site is apart.
  const onResponse = (response) => {
    if (response.status() === 200 && response.url().startsWith(url.origin) && !response.request().serviceWorker()) {
      fetched.push(new URL(response.url()).pathname);
    }
  };
  context.on('response', onResponse);
  try {
    await page.addInitScript(watchForHighlights, HIGHLIGHTS_MESSAGE);
    const firstHighlights = firstHighlightsOf(page);
    await page.goto(url.href);
    const timings = { firstHighlights: await firstHighlights };
    Object.assign(timings, await page.evaluate(() => ({
      origin: performance.timeOrigin,
      htmlParsed: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    })));
    // Compiling goes on for a while after the highlights: one second more, for the count.
    const compilation = traced ? (await page.waitForTimeout(1000), wasmCompilation(await context.browser().stopTracing())) : null;
    const worker = page.workers().find((w) => w.url().endsWith('/precis-worker.js'));
    const marks = worker ? await worker.evaluate(() => performance.getEntriesByType('mark')
      .map(({ name, startTime }) => [name, performance.timeOrigin + startTime])) : [];
    const at = (name) => {
      const found = marks.find(([markName]) => markName === name);
      return found ? found[1] - timings.origin : null;
    };
    return {
      timings: {
        htmlParsed: timings.htmlParsed,
        workerStarted: at('precis-worker-started'),
        engineReady: at('precis-engine-ready'),
        modelReady: at('precis-model-ready'),
        analysisDone: at('precis-analysis-done'),
        firstHighlights: timings.firstHighlights,
      },
      fetched: [...fetched],
      compilation,
      page,
    };
  } finally {
    context.off('response', onResponse);
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const medians = (visits) => Object.fromEntries(Object.keys(visits[0].timings).map((k) => [k, median(visits.map((v) => v.timings[k]))]));

const gzipCache = new Map();
function gzipBytes(pathname) {
  const file = path.join(siteDir, decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}
const transferred = (paths) => [...new Set(paths)].reduce((sum, p) => sum + gzipBytes(p), 0);

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT, polling: 100 });
}

// The empty page: its module starts a module Worker whose first message marks the page.
const EMPTY_PAGE = {
  'index.html': '<!doctype html><meta charset="utf-8"><title>Empty</title><script type="module" src="start.js"></script><p>Empty.</p>',
  'start.js': `new Worker('worker.js', { type: 'module' }).onmessage = () => {
    const answered = document.createElement('p');
    answered.dataset.selected = '';  // what a visit watches for, as on the page
    document.body.append(answered);
  };
`,
  'worker.js': "postMessage('ready');\n",
};

/** When an empty page first hears from its Worker, ms from navigation, in `runs` cold visits. */
async function emptyPageWorkerMs(browser) {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-empty-page-'));
  for (const [name, content] of Object.entries(EMPTY_PAGE)) writeFileSync(path.join(dir, name), content);
  const server = await startStaticServer({ root: dir });
  try {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const { timings } = await visit(context, new URL('index.html', server.url));
      times.push(timings.firstHighlights);
      await context.close();
    }
    return times;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const article = benchArticle();
const [browser, site] = await Promise.all([launchBrowser(), startStaticServer({ root: siteDir })]);
try {
  const url = new URL(`index.html#text=${encodeURIComponent(article.text)}`, site.url);
  const cold = [];
  let firstVisitPaths = null;
  let withServiceWorker = null;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const { page, ...result } = await visit(context, url);
    cold.push(result);
    if (run === 0) {
      // What a first visit fetched for its highlights, then with the service worker's copy of
      // the site (reloaded once it controls the page, which it claims at once).
      firstVisitPaths = result.fetched;
      const all = [...result.fetched];
      const record = (response) => { if (response.status() === 200) all.push(new URL(response.url()).pathname); };
      context.on('response', record);
      await page.reload();
      await waitForServiceWorker(page);
      context.off('response', record);
      withServiceWorker = all;
    }
    await context.close();
  }
  // Warm: one context whose service worker has the site; each run in a new tab.
  const context = await browser.newContext();
  const primer = await visit(context, url);
  await waitForServiceWorker(primer.page);
  await primer.page.close();
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const { page, ...result } = await visit(context, url);
    warm.push(result);
    await page.close();
  }
  const tracedWarm = await visit(context, url, { traced: true });
  await context.close();
  const coldContext = await browser.newContext();
  const tracedCold = await visit(coldContext, url, { traced: true });
  await coldContext.close();
  const emptyPage = await emptyPageWorkerMs(browser);
  console.log(JSON.stringify({
    article: { index: article.index, words: article.words },
    runs,
    cold: medians(cold),
    warm: medians(warm),
    cold_first_highlights_ms: cold.map((v) => v.timings.firstHighlights),
    warm_first_highlights_ms: warm.map((v) => v.timings.firstHighlights),
    first_visit_gzip_bytes: transferred(firstVisitPaths),
    first_visit_files: [...new Set(firstVisitPaths)].length,
    with_service_worker_gzip_bytes: transferred(withServiceWorker),
    empty_page_worker_ms: median(emptyPage),
    empty_page_worker_runs_ms: emptyPage,
    wasm_compilation: { cold: tracedCold.compilation, warm: tracedWarm.compilation },
  }));
} finally {
  await browser.close();
  await site.close();
}
