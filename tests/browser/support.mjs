// Shared by the browser tests: Debian's Chromium driven by playwright-core, static servers for
// build/site (and for a host page on another origin), and the page's common steps. Every wait
// is for a condition, never for a time.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../site/tools/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const siteDir = path.join(root, 'build', 'site');
const artifactsDir = path.join(root, 'build', 'test-artifacts');
const fixturesDir = path.join(root, 'tests', 'browser', 'fixtures');
const bbcPath = path.join(root, '..', 'shared', 'data', 'bbc', 'bbc-dev.jsonl');

// Headless, and quiet: without the background-networking flags Chromium calls home.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Up to a minute for an analysis: a shared 2-core machine may be busy with other builds. */
export const READY_TIMEOUT = 60_000;

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'TICKER', 'URL', 'EMAIL'];

export function launchBrowser() {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new Error(`build/site is not built: ${siteDir}`);
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export const startSite = () => startStaticServer({ root: siteDir });
// Someone else's page: no policy of Precis's.
export const startFixtures = () => startStaticServer({ root: fixturesDir, policy: null });

/**
 * The browser and the site's server for one test file, started before its tests and stopped
 * after them; `fixtures: true` also serves the host pages of tests/browser/fixtures.
 */
export function useBrowserAndSite({ fixtures = false } = {}) {
  const session = {};
  before(async () => {
    [session.browser, session.site, session.fixtures] =
      await Promise.all([launchBrowser(), startSite(), fixtures ? startFixtures() : null]);
  });
  after(async () => {
    await session.browser?.close();
    await session.site?.close();
    await session.fixtures?.close();
  });
  return session;
}

export function artifactPath(name) {
  mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}

/** The BBC dev article at `index` (../shared/data, read where it lies). */
export function bbcArticle(index) {
  if (!existsSync(bbcPath)) throw new Error(`the BBC dev set is missing: ${bbcPath}`);
  return JSON.parse(readFileSync(bbcPath, 'utf8').split('\n')[index]);
}

/** Articles of the BBC dev set joined until the text has at least `characters`. */
export function bbcText(characters) {
  const lines = readFileSync(bbcPath, 'utf8').split('\n').filter(Boolean);
  const parts = [];
  let length = 0;
  for (let i = 0; length < characters; i = (i + 1) % lines.length) {
    const { text } = JSON.parse(lines[i]);
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

/**
 * Records what a page does that a test may want to refuse: page errors, dialogs (dismissed)
 * and every request (of the page, its workers and its service worker, through the context).
 */
export function watch(context, page) {
  const seen = { errors: [], dialogs: [], requests: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  context.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

/**
 * Counts the calls the page makes to the Precis Worker, by method (analyze, summarize…): the
 * way to tell a new analysis from a cheap new summary. Workers started and terminated are
 * counted as "started" and "terminated".
 */
export async function countWorkerCalls(context) {
  await context.addInitScript(() => {
    const calls = {};
    window.precisWorkerCalls = calls;
    const count = (name) => { calls[name] = (calls[name] ?? 0) + 1; };
    const { postMessage, terminate } = Worker.prototype;
    Worker.prototype.postMessage = function countedPostMessage(message, ...rest) {
      if (message?.method) count(message.method);
      return postMessage.call(this, message, ...rest);
    };
    Worker.prototype.terminate = function countedTerminate() {
      count('terminated');
      return terminate.call(this);
    };
    window.Worker = class CountedWorker extends Worker {
      constructor(...args) {
        super(...args);
        count('started');
      }
    };
  });
}

export const workerCalls = (page, method) => page.evaluate((name) => window.precisWorkerCalls[name] ?? 0, method);

export async function waitForReady(page) {
  await page.waitForSelector('main[data-state="ready"]', { timeout: READY_TIMEOUT });
}

/** Waits until exactly `count` sentences of the article are selected. */
export async function waitForSelected(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('#article-text [data-selected]').length === n,
    count, { timeout: READY_TIMEOUT });
}

/** Pastes into the text box as a browser would: a paste event carrying clipboard data. */
export async function paste(page, { html = null, text = '' }) {
  await page.focus('#article-input');
  await page.evaluate(({ html, text }) => {
    const data = new DataTransfer();
    if (html !== null) data.setData('text/html', html);
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (document.querySelector('#article-input').dispatchEvent(event)) {
      // Not taken by the page: the browser would insert the plain text itself.
      document.querySelector('#article-input').setRangeText(text, 0, 0, 'end');
    }
  }, { html, text });
}

/** Drops a file on the text box, as dragging one from the desktop does. */
export async function dropFile(page, { name, type, content }) {
  await page.evaluate(({ name, type, content }) => {
    const data = new DataTransfer();
    data.items.add(new File([content], name, { type }));
    const zone = document.querySelector('#drop-zone');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, { name, type, content });
}

/** The [data-entity] types in the article that are not among the core's types. */
export const unknownEntityTypes = (page) => page.evaluate((known) =>
  [...document.querySelectorAll('#article-text [data-entity]')].map((e) => e.dataset.entity).filter((t) => !known.includes(t)),
ENTITY_TYPES);
