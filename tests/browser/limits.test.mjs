// Limits and big inputs on the page and in the widget: bad lengths are said, never replaced by
// the default; a text too long for the text box is kept aside and analysed; a paragraph of
// thousands of lines is laid out in elements that read as one; a large web page is
// read whole, in pieces; a text over the size the page names is asked about first; the widget
// refuses targets that are not content and a second widget on the same text; no other site may
// frame the page. Behaviour only: timings are scripts/bench's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bbcText, dropFile, READY_TIMEOUT, useBrowserAndSite, waitForReady, watch } from './support.mjs';

const session = useBrowserAndSite();

async function withPage(run, path = '') {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = watch(context, page);
  try {
    await page.goto(`${session.site.url}${path}`);
    await run(page, seen);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
}

const SHORT_TEXT = 'The council met on Monday. It voted to close the road. Residents were pleased. Shops were not.';

describe('the page', () => {
  for (const [fragment, message] of [
    ['sentences=-1', /sentences=-1 is not a length: sentences must be a whole number of at least 1, not -1/],
    ['sentences=2.5', /sentences=2\.5 is not a length: sentences must be a whole number of at least 1, not 2\.5/],
    ['ratio=2', /ratio=2 is not a length: ratio must be greater than 0 and at most 1, not 2/],
    ['words=3&sentences=2', /give only one length/],
  ]) {
    test(`a link with ${fragment} says what is wrong and analyses nothing`, () => withPage(async (page) => {
      await page.goto(`${session.site.url}#text=${encodeURIComponent(SHORT_TEXT)}&${fragment}`);
      await page.waitForSelector('#error:not([hidden])');
      assert.match(await page.textContent('#error'), message);
      assert.equal(await page.getAttribute('main', 'data-state'), 'empty');
    }));
  }

  test('a summary that a budget leaves empty says why', () => withPage(async (page) => {
    await page.goto(`${session.site.url}#text=${encodeURIComponent(SHORT_TEXT)}&characters=3`);
    await waitForReady(page);
    assert.match(await page.textContent('#warnings'), /no sentence fits within 3 characters/);
  }));

  test('a text too long for the text box is kept aside, said so, and analysed', () => withPage(async (page) => {
    const text = bbcText(600_000);
    await dropFile(page, { name: 'long.txt', type: 'text/plain', content: text });
    await waitForReady(page);
    assert.equal(await page.inputValue('#article-input'), '', 'the box stays light');
    assert.match(await page.getAttribute('#article-input', 'placeholder'), /too long to show here/);
    assert.ok(await page.locator('#article-text [data-sentence]').count() > 3000);
    // Typing replaces it: what is in the box is analysed.
    await page.fill('#article-input', SHORT_TEXT);
    await page.click('#input-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#article-text [data-sentence]').length === 4, null, { timeout: READY_TIMEOUT });
  }));

  test('a paragraph of thousands of lines is laid out in several elements that read as one', () => withPage(async (page) => {
    const lines = Array.from({ length: 1000 }, (_, i) => `Line ${i} is short.`).join('\n');
    await dropFile(page, { name: 'lines.txt', type: 'text/plain', content: lines });
    await waitForReady(page);
    const layout = await page.$$eval('#article-text > *', (elements) => elements.map((element) => ({
      continued: element.classList.contains('continued'),
      continues: element.classList.contains('continues'),
      gapBelow: getComputedStyle(element).marginBottom,
      sentences: element.querySelectorAll('[data-sentence]').length,
    })));
    assert.ok(layout.length >= 5, `${layout.length} elements`);
    assert.equal(layout.reduce((sum, element) => sum + element.sentences, 0), 1000);
    assert.ok(!layout[0].continued && layout.slice(1).every((element) => element.continued));
    // No gap inside the paragraph: each element but the last runs on into the next.
    assert.deepEqual(layout.map((element) => element.continues), layout.map((_, i) => i < layout.length - 1));
    assert.ok(layout.slice(0, -1).every((element) => element.gapBelow === '0px'));
  }));

  test('a web page too large for Readability is read whole, in pieces, with its text in order', () => withPage(async (page) => {
    const paragraphs = Array.from({ length: 8000 }, (_, i) => `<p>Paragraph number ${i} tells of the harbour wall and its cost.</p>`);
    // A script and a comment with end tags inside: never cut there, never read as text.
    const html = `<html><head><title>Big</title><script>var s = "</p></div>";</script></head><body><!-- </p> -->` +
      `${paragraphs.join('\n')}<div>The last line.</div></body></html>`;
    await dropFile(page, { name: 'big.html', type: 'text/html', content: html });
    await waitForReady(page);
    assert.match(await page.textContent('#import-note'), /too large to look for its article in/);
    const text = await page.textContent('#article-text');
    assert.ok(!text.includes('var s'), 'no script text');
    assert.ok(text.includes('Paragraph number 0 ') && text.includes('Paragraph number 7999 ') && text.endsWith('The last line.'));
    const numbers = [...text.matchAll(/Paragraph number (\d+) /g)].map((m) => Number(m[1]));
    assert.deepEqual(numbers, Array.from({ length: 8000 }, (_, i) => i));
  }));

  test('a text over the size the page names is asked about before any work, and over its limit refused', () => withPage(async (page) => {
    const big = 'The harbour wall was voted on again today. '.repeat(270_000);  // 11.6 MB
    await dropFile(page, { name: 'big.txt', type: 'text/plain', content: big });
    await page.waitForSelector('.size-question');
    assert.match(await page.textContent('.size-question'), /11\.\d MB.*over 10\.0 MB/);
    assert.equal(await page.getAttribute('main', 'data-state'), 'empty', 'nothing started');
    await page.click('.size-question button[data-answer="stop"]');
    assert.equal(await page.locator('.size-question').count(), 0);
    assert.equal(await page.getAttribute('main', 'data-state'), 'empty');

    await dropFile(page, { name: 'huge.txt', type: 'text/plain', content: big.repeat(2) });
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /huge\.txt” is 2\d\.\d MB; the page reads texts of up to 20\.0 MB/);
  }));

  test('is served with frame-ancestors \'self\'; the widget\'s bridge may be framed anywhere', async () => {
    const pagePolicy = (await fetch(session.site.url)).headers.get('content-security-policy');
    assert.match(pagePolicy, /frame-ancestors 'self'/);
    const bridgePolicy = (await fetch(`${session.site.url}precis-bridge.html`)).headers.get('content-security-policy');
    assert.match(bridgePolicy, /frame-ancestors \*/);
    assert.doesNotMatch(bridgePolicy, /frame-ancestors 'self'/);
  });
});

/** Adds a widget with these attributes to the page and waits until it is ready or failed. */
function addWidget(page, attributes) {
  return page.evaluate(async (attributes) => {
    const widget = document.createElement('precis-summary');
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    document.body.append(widget);
    await new Promise((resolve) => {
      const check = () => (['ready', 'error'].includes(widget.dataset.state) ? resolve() : setTimeout(check, 50));
      check();
    });
    return { state: widget.dataset.state, text: widget.shadowRoot.textContent };
  }, attributes);
}

describe('the widget', () => {
  for (const selector of ['title', 'style', 'textarea', 'input', 'head']) {
    test(`refuses a <${selector}> target with a message, and changes nothing`, () => withPage(async (page) => {
      await page.evaluate(() => {
        document.head.append(Object.assign(document.createElement('style'), { textContent: 'p { margin: 0 0 1em; }' }));
        document.body.append(Object.assign(document.createElement('textarea'), { value: 'A draft. Two sentences.' }));
        document.body.append(Object.assign(document.createElement('input'), { value: 'A value.' }));
      });
      const state = (target) => page.$eval(target, (element) => ({ title: document.title, html: element.outerHTML, value: element.value }));
      const before = await state(selector);
      const widget = await addWidget(page, { for: selector });
      assert.equal(widget.state, 'error');
      assert.match(widget.text, /holds no article text to highlight|whose text is not article text/);
      assert.deepEqual(await state(selector), before);
    }, 'embed-example.html'));
  }

  test('a second widget on the same element says why it cannot, and the text stays the same', () => withPage(async (page) => {
    await page.waitForSelector('precis-summary[data-state="ready"]', { timeout: READY_TIMEOUT });
    const text = await page.textContent('#story');
    const [same, inside] = await Promise.all([addWidget(page, { for: '#story' }), addWidget(page, { for: '#story p' })]);
    for (const second of [same, inside]) {
      assert.equal(second.state, 'error');
      assert.match(second.text, /another <precis-summary> already highlights/);
    }
    assert.equal(await page.textContent('#story'), text);
    // The first one gone, the element is free again.
    await page.evaluate(() => document.querySelector('precis-summary').remove());
    assert.equal((await addWidget(page, { for: '#story', sentences: '2' })).state, 'ready');
  }, 'embed-example.html'));

  test('two widgets added together on one element: one highlights, the other says why', () => withPage(async (page) => {
    const states = await page.evaluate(async () => {
      document.querySelector('precis-summary').remove();
      const story = document.querySelector('#story');
      const text = story.textContent;
      const widgets = [1, 2].map(() => Object.assign(document.createElement('precis-summary'), {}));
      widgets.forEach((w) => { w.setAttribute('for', '#story'); document.body.append(w); });
      await new Promise((resolve) => {
        const check = () => (widgets.every((w) => ['ready', 'error'].includes(w.dataset.state)) ? resolve() : setTimeout(check, 50));
        check();
      });
      return { states: widgets.map((w) => w.dataset.state).sort(), same: story.textContent === text };
    });
    assert.deepEqual(states.states, ['error', 'ready']);
    assert.ok(states.same, 'the host text is unchanged');
  }, 'embed-example.html'));

  for (const [attributes, message] of [
    [{ sentences: '-1' }, /sentences="-1" is not a length: sentences must be a whole number of at least 1, not -1/],
    [{ sentences: '2.5' }, /sentences="2\.5" is not a length/],
    [{ ratio: 'lots' }, /ratio="lots" is not a length: ratio must be greater than 0 and at most 1/],
    [{ sentences: '2', words: '50' }, /give only one of the attributes sentences and words/],
  ]) {
    test(`says what is wrong with ${JSON.stringify(attributes)}`, () => withPage(async (page) => {
      await page.evaluate(() => document.querySelector('precis-summary').remove());
      const widget = await addWidget(page, { for: '#story', ...attributes });
      assert.equal(widget.state, 'error');
      assert.match(widget.text, message);
    }, 'embed-example.html'));
  }

  test('says why a summary is empty', () => withPage(async (page) => {
    await page.evaluate(() => document.querySelector('precis-summary').remove());
    const widget = await addWidget(page, { for: '#story', characters: '3' });
    assert.equal(widget.state, 'ready');
    assert.match(widget.text, /no sentence fits within 3 characters/);
  }, 'embed-example.html'));
});
