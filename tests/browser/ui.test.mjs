// The page by keyboard alone, with a visible focus at every step; and how it looks, at 1280
// and 360 pixels wide, light and dark (screenshots in build/test-artifacts/ to look at).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { artifactPath, bbcArticle, useBrowserAndSite, waitForReady, waitForSelected, watch } from './support.mjs';

const session = useBrowserAndSite();

/** What has keyboard focus, and whether it shows (an outline on it, or on a radio's label). */
const focusState = (page) => page.evaluate(() => {
  const element = document.activeElement;
  const shown = element.type === 'radio' ? document.querySelector(`label[for="${element.id}"]`) : element;
  const style = getComputedStyle(shown);
  return {
    id: element.id,
    tag: element.localName,
    text: element.textContent.trim().slice(0, 40),
    sentence: element.dataset.sentence ?? null,
    type: element.dataset.type ?? null,
    visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
});

/** Presses Tab until `matches(focus)`; every stop on the way must show its focus. */
async function tabTo(page, matches, { backwards = false, limit = 60 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusState(page);
    assert.ok(focus.visible, `focus is visible on ${JSON.stringify(focus)}`);
    if (matches(focus)) return focus;
  }
  throw new Error('Tab never reached the control');
}

describe('by keyboard alone', () => {
  test('paste, summarise, change the length, visit the summary and the entities', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      await page.goto(session.site.url);
      await page.keyboard.press('Tab');
      assert.equal((await focusState(page)).text, 'Skip to the text box');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'article-input');
      await page.keyboard.insertText(bbcArticle(3).text);
      await page.keyboard.press('Control+Enter');
      await waitForReady(page);
      await page.waitForFunction(() => document.activeElement?.id === 'results-heading');

      // The length: the slider, one step up.
      const before = await page.locator('#article-text [data-selected]').count();
      await tabTo(page, (focus) => focus.id === 'length-range');
      await page.keyboard.press('ArrowRight');
      await waitForSelected(page, before + 1);

      // The first sentence of the summary, shown in the article.
      const item = await tabTo(page, (focus) => focus.tag === 'button' && focus.text.startsWith('1'));
      assert.ok(item);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.matches('#article-text [data-selected]'));

      // Back to the legend; a type's marks off with the space bar.
      const toggle = await tabTo(page, (focus) => focus.type !== null, { backwards: true });
      await page.keyboard.press('Space');
      assert.equal(await page.getAttribute(`#entity-legend [data-type="${toggle.type}"]`, 'aria-pressed'), 'false');
      await page.keyboard.press('Space');

      // An entity of the list: Enter shows a mention, focus stays for the next.
      await tabTo(page, (focus) => focus.tag === 'button' && focus.id === '' && focus.type === null &&
        focus.sentence === null && !/^\d/.test(focus.text) && focus.text !== '' &&
        !['Copy summary', 'Markdown', 'JSON', 'Copy link'].includes(focus.text));
      await page.keyboard.press('Enter');
      await page.waitForSelector('#article-text .precis-flash[data-entity]');
      assert.match(await page.evaluate(() => document.activeElement.className), /entity-item/);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('screenshots', () => {
  for (const { width, height, scheme } of [
    { width: 1280, height: 900, scheme: 'light' },
    { width: 1280, height: 900, scheme: 'dark' },
    { width: 360, height: 780, scheme: 'light' },
    { width: 360, height: 780, scheme: 'dark' },
  ]) {
    test(`at ${width} px, ${scheme}: the sample, nothing wider than the screen`, async () => {
      const context = await session.browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      try {
        await page.goto(session.site.url);
        await page.screenshot({ path: artifactPath(`page-${width}-${scheme}-empty.png`) });
        await page.click('#sample-button');
        await waitForReady(page);
        // The kinds written out after each name: shown in the dark screenshots.
        if (scheme === 'dark') {
          await page.evaluate(() => { for (const panel of document.querySelectorAll('details.panel')) panel.open = true; });
          await page.check('#entity-labels');
        }
        await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
        await page.screenshot({ path: artifactPath(`page-${width}-${scheme}.png`), fullPage: true });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
      } finally {
        await context.close();
      }
    });
  }
});
