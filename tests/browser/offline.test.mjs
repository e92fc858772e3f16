// Private and offline: a whole session asks for nothing but the site's own files, and once
// the page has been loaded, it works again with the network off (the service worker).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paste, useBrowserAndSite, waitForReady, waitForSelected, watch } from './support.mjs';

const session = useBrowserAndSite();

/** Waits until the service worker controls the page with the app's files cached. */
async function waitForOfflineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForSelector('#offline-status:has-text("offline")');
}

describe('privacy', () => {
  test('every request of a session goes to the site on 127.0.0.1', async () => {
    const context = await session.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      await page.goto(session.site.url);
      await page.click('#sample-button');
      await waitForReady(page);
      await page.fill('#length-number', '2');
      await waitForSelected(page, 2);
      // Chinese fetches the word dictionary; pasted HTML loads Readability.
      await page.fill('#article-input', '');
      await paste(page, { html: '<article><h1>北京新闻</h1><p>北京市政府今天宣布了新的交通计划。该计划将在明年实施。市民对此表示欢迎。</p></article>', text: '' });
      await page.waitForFunction(() => document.querySelector('#article-text')?.lang === 'zh', null, { timeout: 60_000 });
      await Promise.all([page.waitForEvent('download'), page.click('#download-markdown')]);
      const elsewhere = seen.requests.filter((url) => !url.startsWith(session.site.url) && !url.startsWith(`blob:${session.site.url}`));
      assert.deepEqual(elsewhere, [], 'no request leaves the site');
      assert.ok(seen.requests.some((url) => url.endsWith('/precis-icu-dict.dat')), 'the dictionary came from the site');
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('offline', () => {
  test('after one load, the page works with the network off', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      await page.goto(session.site.url);
      await waitForOfflineReady(page);
      await context.setOffline(true);
      await page.reload();
      await page.click('#sample-button');
      await waitForReady(page);
      await page.fill('#length-number', '3');
      await waitForSelected(page, 3);
      // A link opened offline, in a new tab of the same browser, works too.
      const link = await context.newPage();
      await link.goto(`${session.site.url}index.html#text=${encodeURIComponent('Offline reading works. It needs no network at all. The service worker keeps the files.')}&sentences=1`);
      await waitForReady(link);
      await waitForSelected(link, 1);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});
