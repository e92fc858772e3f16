// Precis on other pages: the <precis-summary> widget on embed-example.html, and the
// bookmarklet on a page of another origin. Both highlight in place and leave the host
// element's text exactly as it was.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { artifactPath, READY_TIMEOUT, useBrowserAndSite, watch } from './support.mjs';

const session = useBrowserAndSite({ fixtures: true });

/** The distinct sentences marked selected inside `selector` (one may be several spans). */
const selectedSentences = (page, selector) => page.$$eval(`${selector} [data-selected]`,
  (spans) => new Set(spans.map((s) => s.dataset.sentence)).size);

describe('the widget on embed-example.html', () => {
  test('summarises the host article and highlights it in place, its text unchanged', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      await page.goto(`${session.site.url}embed-example.html`);
      // The host's markup as the file has it, before any script: parsed from the file itself.
      const file = await (await fetch(`${session.site.url}embed-example.html`)).text();
      const original = await page.evaluate((html) => {
        const story = new DOMParser().parseFromString(html, 'text/html').querySelector('#story');
        return { text: story.textContent, html: story.innerHTML };
      }, file);
      const widget = page.locator('precis-summary');
      await page.waitForSelector('precis-summary[data-state="ready"]', { timeout: READY_TIMEOUT });

      assert.equal(await selectedSentences(page, '#story'), 3);
      assert.equal(await widget.locator('li').count(), 3);
      assert.ok(await page.locator('#story [data-entity]').count() > 5);
      assert.ok(await page.locator('#story [data-sentence]').count() > 10);
      assert.equal(await page.textContent('#story'), original.text);
      await page.screenshot({ path: artifactPath('embed-example-1280.png'), fullPage: true });

      // A new length: new highlights, the same analysis, the same text.
      await page.evaluate(() => document.querySelector('precis-summary').setAttribute('sentences', '5'));
      await page.waitForFunction(() => new Set([...document.querySelectorAll('#story [data-selected]')].map((s) => s.dataset.sentence)).size === 5);
      assert.equal(await widget.locator('li').count(), 5);
      assert.equal(await page.textContent('#story'), original.text);

      // A summary sentence, activated, is shown in the article.
      await widget.locator('li:first-child button').click();
      await page.waitForFunction(() => document.activeElement?.matches('#story [data-selected]'));

      // Removed, the widget leaves the host's markup as it found it.
      await page.evaluate(() => document.querySelector('precis-summary').remove());
      assert.equal(await page.locator('#story [data-sentence], #story [data-entity]').count(), 0);
      assert.equal(await page.$eval('#story', (story) => story.innerHTML), original.html);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the bookmarklet', () => {
  test('on a page of another origin, highlights its article in place, and takes it away again', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      await page.goto(session.site.url);
      const bookmarklet = await page.getAttribute('#bookmarklet', 'href');
      assert.match(bookmarklet, /^javascript:/);
      const host = `${session.fixtures.url}host-article.html`;
      assert.notEqual(new URL(host).origin, new URL(session.site.url).origin);
      await page.goto(host);
      const text = await page.textContent('body');
      const html = await page.$eval('.content', (content) => content.innerHTML);
      // What clicking the bookmark does: run its code in the page.
      await page.evaluate(decodeURIComponent(bookmarklet.replace(/^javascript:/, '')));
      await page.waitForSelector('#precis-bookmarklet-panel[data-state="ready"]', { timeout: READY_TIMEOUT });
      assert.ok(await selectedSentences(page, '.content') >= 1, 'key sentences highlighted');
      assert.ok(await page.locator('.content [data-entity]').count() > 3, 'entities marked');
      assert.equal(await page.locator('nav [data-sentence], footer [data-sentence]').count(), 0, 'only the article');
      assert.equal(await page.evaluate(() => document.body.textContent.replace(/\s+$/, '')), text.replace(/\s+$/, ''));
      await page.screenshot({ path: artifactPath('bookmarklet-1280.png') });

      const shown = await page.evaluate(() => document.querySelector('#precis-bookmarklet-panel').result.summary.length);
      await page.locator('#precis-bookmarklet-panel button[data-action="more"]').click();
      await page.waitForFunction((before) => document.querySelector('#precis-bookmarklet-panel').result.summary.length === before + 1, shown);
      assert.equal(await selectedSentences(page, '.content'), shown + 1);

      // Run again, it closes and puts the page back as it was.
      await page.evaluate(decodeURIComponent(bookmarklet.replace(/^javascript:/, '')));
      await page.waitForFunction(() => !document.querySelector('#precis-bookmarklet-panel'));
      assert.equal(await page.$eval('.content', (content) => content.innerHTML), html);
      const origins = new Set(seen.requests.map((url) => new URL(url).origin));
      assert.deepEqual([...origins].sort(), [new URL(session.site.url).origin, new URL(session.fixtures.url).origin].sort());
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});
