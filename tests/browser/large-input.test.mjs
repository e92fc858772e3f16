// A 2 MB text: the analysis runs in the Worker while the page stays responsive, shows its
// progress and can be cancelled (the Worker is ended and a fresh one does the next text).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bbcText, countWorkerCalls, READY_TIMEOUT, useBrowserAndSite, waitForReady, waitForSelected, watch, workerCalls,
} from './support.mjs';

const session = useBrowserAndSite();

test('a 2 MB text shows progress, can be cancelled, then is summarised', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await countWorkerCalls(context);
  const page = await context.newPage();
  const seen = watch(context, page);
  try {
    await page.goto(session.site.url);
    const text = bbcText(2 * 1024 * 1024);
    await page.$eval('#article-input', (textarea, value) => { textarea.value = value; }, text);

    await page.click('#input-form button[type="submit"]');
    await page.waitForSelector('#progress:not([hidden])', { timeout: READY_TIMEOUT });
    assert.match(await page.textContent('#progress-label'), /2\.\d MB/);
    // The page answers while the Worker works: the options open, a field takes typing.
    await page.click('.options summary');
    await page.focus('#focus-input');
    await page.keyboard.type('market');
    assert.equal(await page.inputValue('#focus-input'), 'market');
    assert.equal(await page.getAttribute('main', 'data-state'), 'busy');
    await page.fill('#focus-input', '');

    await page.click('#cancel-button');
    await page.waitForSelector('main[data-state="empty"]');
    assert.ok(await page.locator('#progress').isHidden());
    assert.equal(await workerCalls(page, 'terminated'), 1, 'the busy Worker was ended');

    await page.click('#input-form button[type="submit"]');
    await waitForReady(page);
    assert.equal(await workerCalls(page, 'started'), 2, 'a fresh Worker took over');
    const selected = await page.locator('#article-text [data-selected]').count();
    assert.ok(selected > 0);
    assert.equal(await page.locator('#summary-list li').count(), selected);
    assert.ok(await page.locator('#article-text [data-sentence]').count() > 10_000);

    const analyses = await workerCalls(page, 'analyze');
    await page.fill('#length-number', '20');
    await waitForSelected(page, 20);
    assert.equal(await workerCalls(page, 'analyze'), analyses, 'the length changed without a new analysis');
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});
