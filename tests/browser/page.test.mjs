// The page's main job: an article in, its key sentences and entities highlighted, the length
// changed without a new analysis; the #text= link; the summary and entity panels; exports.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import {
  bbcArticle, countWorkerCalls, dropFile, unknownEntityTypes, useBrowserAndSite, waitForReady, waitForSelected, watch, workerCalls,
} from './support.mjs';

const session = useBrowserAndSite();

async function openPage(url = session.site.url) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await countWorkerCalls(context);
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.goto(url);
  return { context, page, seen };
}

async function setSentences(page, count) {
  await page.fill('#length-number', String(count));
  await waitForSelected(page, count);
}

describe('the sample article', () => {
  let context;
  let page;
  let seen;

  before(async () => {
    ({ context, page, seen } = await openPage());
    await page.click('#sample-button');
    await waitForReady(page);
  });
  after(() => context?.close());

  test('shows as many selected sentences as the length asks for, each in the summary', async () => {
    await setSentences(page, 3);
    assert.equal(await page.locator('#summary-list li').count(), 3);
    await setSentences(page, 6);
    assert.equal(await page.locator('#summary-list li').count(), 6);
    // The summary's numbers are the highlights' ranks, in document order.
    const ranks = await page.$$eval('#article-text [data-selected]', (spans) => spans.map((s) => Number(s.dataset.rank)));
    assert.deepEqual(ranks, [1, 2, 3, 4, 5, 6]);
  });

  test('marks every sentence and typed entities', async () => {
    const indices = await page.$$eval('#article-text [data-sentence]', (spans) => spans.map((s) => Number(s.dataset.sentence)));
    assert.deepEqual(indices, indices.map((_, i) => i), 'one element per sentence, in order');
    assert.ok(await page.locator('#article-text [data-entity]').count() >= 10);
    assert.deepEqual(await unknownEntityTypes(page), []);
    for (const type of ['PER', 'ORG', 'LOC', 'MONEY', 'DATE', 'URL', 'EMAIL']) {
      assert.ok(await page.locator(`#article-text [data-entity="${type}"]`).count() > 0, `a ${type} mention`);
    }
  });

  test('changes the highlights for a new length without analysing again', async () => {
    const analyses = await workerCalls(page, 'analyze');
    const summaries = await workerCalls(page, 'summarize');
    await setSentences(page, 2);
    await page.click('label[for="unit-ratio"]');
    await page.fill('#length-number', '50');
    // Half of the sentences that can be chosen (the core leaves out titles and bylines).
    await page.waitForFunction(() => {
      const selected = document.querySelectorAll('#article-text [data-selected]').length;
      return selected >= 8 && selected === document.querySelectorAll('#summary-list li').length;
    });
    await page.click('label[for="unit-words"]');
    await page.fill('#length-number', '60');
    // A word budget is a ceiling: the summary's words, as the core counts them, fit in it.
    await page.waitForFunction(() => {
      const words = Number(/, ([\d,]+) words/.exec(document.querySelector('#stat-summary').textContent)?.[1].replace(/,/g, ''));
      return words > 0 && words <= 60;
    });
    assert.equal(await workerCalls(page, 'analyze'), analyses, 'no new analysis');
    assert.ok(await workerCalls(page, 'summarize') > summaries, 'new summaries of the same analysis');
    await page.click('label[for="unit-sentences"]');
  });

  test('a summary sentence, activated, is shown and focused in the article', async () => {
    await setSentences(page, 4);
    const target = await page.getAttribute('#summary-list li:nth-child(3) button', 'data-target');
    await page.click('#summary-list li:nth-child(3) button');
    await page.waitForFunction((index) => document.activeElement?.dataset.sentence === index, target);
    assert.ok(await page.evaluate(() => document.activeElement.matches('#article-text [data-selected]')));
  });

  test('an entity, activated again and again, steps through its mentions', async () => {
    const entity = page.locator('#entity-list .entity-item', { hasText: 'Kestrel Bay' }).first();
    const mentions = await page.locator('#article-text [data-entity="LOC"]', { hasText: 'Kestrel Bay' }).count();
    assert.ok(mentions >= 2);
    await entity.click();
    await page.waitForFunction(() => document.querySelector('.precis-flash')?.textContent === 'Kestrel Bay');
    const first = await page.evaluate(() => Number(document.querySelector('.precis-flash').dataset.entityIndex));
    await entity.click();
    await page.waitForFunction((previous) => {
      const flashed = document.querySelector('.precis-flash');
      return flashed?.textContent === 'Kestrel Bay' && Number(flashed.dataset.entityIndex) !== previous;
    }, first);
    assert.match(await entity.textContent(), new RegExp(`2 of ${mentions}`));
  });

  test('the legend turns the marks of a type off and on', async () => {
    const toggle = page.locator('#entity-legend button[data-type="PER"]');
    const decoration = () => page.$eval('#article-text [data-entity="PER"]', (e) => getComputedStyle(e).textDecorationLine);
    assert.equal(await decoration(), 'underline');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await decoration(), 'none');
    assert.equal(await page.locator('#entity-list .entity-item .entity-type', { hasText: 'Person' }).count(), 0);
    await toggle.click();
    assert.equal(await decoration(), 'underline');
  });

  test('shows the detected language and keywords', async () => {
    assert.equal(await page.textContent('#stat-language'), 'English');
    assert.equal(await page.getAttribute('#article-text', 'lang'), 'en');
    assert.ok(await page.locator('#keyword-list li').count() > 3);
  });

  test('downloads the summary as Markdown and as JSON', async () => {
    await setSentences(page, 3);
    const [markdownDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-markdown')]);
    const markdown = await readFile(await markdownDownload.path(), 'utf8');
    assert.match(markdownDownload.suggestedFilename(), /^floating-classrooms.*\.md$/);
    assert.match(markdown, /^# Floating classrooms/);
    assert.equal((markdown.match(/^\d+\. /gm) ?? []).length, 3);
    assert.match(markdown, /\*\*Places:\*\*.*Kestrel Bay/);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
    assert.equal(json.summary.length, 3);
    assert.deepEqual(json.length, { sentences: 3 });
    assert.equal(json.text.slice(json.sentences[0].start, json.sentences[0].end).trim().length > 0, true);
  });

  test('copies the summary', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.url.replace(/\/$/, '') });
    await page.click('#copy-summary');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied.split('\n').length, 3);
    assert.deepEqual(seen.errors, []);
  });
});

describe('a BBC article from a #text= link', () => {
  test('opens analysed at the length of the link, entities typed', async () => {
    const { text } = bbcArticle(0);
    const { context, page, seen } = await openPage(`${session.site.url}index.html#text=${encodeURIComponent(text)}&sentences=4`);
    try {
      await waitForReady(page);
      await waitForSelected(page, 4);
      assert.equal(await page.inputValue('#article-input'), text);
      assert.equal(await page.inputValue('#length-number'), '4');
      assert.equal(await page.locator('#summary-list li').count(), 4);
      assert.ok(await page.locator('#article-text [data-entity]').count() > 5);
      assert.deepEqual(await unknownEntityTypes(page), []);
      // The sentences shown are the text's, word for word.
      const shown = await page.$$eval('#article-text [data-sentence]', (spans) => spans.map((s) => s.textContent));
      for (const sentence of shown) assert.ok(text.includes(sentence), `"${sentence}" is in the text`);
      const analyses = await workerCalls(page, 'analyze');
      await setSentences(page, 2);
      assert.equal(await workerCalls(page, 'analyze'), analyses);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the entity list', () => {
  test('opens with the twelve most mentioned; "Show all" lists every one in order and focuses the thirteenth', async () => {
    // Twenty sums, the k-th mentioned (k mod 4) + 1 times, in rounds: most mentioned first, and
    // among equals the first mentioned first.
    const sums = Array.from({ length: 20 }, (_, k) => ({ name: `$${k + 1}m`, mentions: (k % 4) + 1, first: Infinity }));
    const sentences = [];
    for (let round = 0; round < 4; round++) {
      for (const [k, sum] of sums.entries()) {
        if (round >= sum.mentions) continue;
        sum.first = Math.min(sum.first, sentences.length);
        sentences.push(`Fund ${String.fromCharCode(65 + (k % 26))} paid ${sum.name} in round ${round + 1}.`);
      }
    }
    const expected = [...sums].sort((a, b) => b.mentions - a.mentions || a.first - b.first).map((sum) => sum.name);
    const { context, page, seen } = await openPage(`${session.site.url}index.html#text=${encodeURIComponent(sentences.join(' '))}`);
    try {
      await waitForReady(page);
      const listed = () => page.$$eval('#entity-list .entity-item', (items) => items
        .filter((item) => item.querySelector('.entity-type').dataset.entitySwatch === 'MONEY')
        .map((item) => item.querySelector('.entity-name').textContent));
      const first = await listed();
      assert.deepEqual(first, expected.slice(0, first.length));
      assert.ok(first.length >= 10, `${first.length} sums among the first twelve`);
      assert.equal(await page.locator('#entity-list .entity-item').count(), 12);
      await page.click('#entity-more');
      await page.waitForFunction(() => document.activeElement?.closest('#entity-list li') === document.querySelectorAll('#entity-list li')[12]);
      assert.deepEqual(await listed(), expected);
      assert.ok(await page.isHidden('#entity-more'));
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('files', () => {
  test('an opened .txt file and a dropped .md file are analysed, Markdown read as text', async () => {
    const { context, page, seen } = await openPage();
    try {
      const { text } = bbcArticle(5);
      await page.setInputFiles('#file-input', { name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
      await waitForReady(page);
      assert.equal(await page.inputValue('#article-input'), text);
      assert.match(await page.textContent('#import-note'), /Opened “article.txt”/);

      const markdown = `# Tram line **approved**\n\nThe city council of [Leeds](https://example.org/leeds) approved the new tram line on Tuesday.\nIt will cost £400 million and open in 2030.\n\n* Work starts next spring.\n* The route runs for 12 km.\n\n\`\`\`\ncode that is not prose\n\`\`\`\n`;
      await dropFile(page, { name: 'tram.md', type: 'text/markdown', content: markdown });
      await page.waitForFunction(() => document.querySelector('#article-input').value.startsWith('Tram line approved'));
      await waitForReady(page);
      const value = await page.inputValue('#article-input');
      assert.ok(value.includes('The city council of Leeds approved'), 'links keep their words');
      assert.ok(!value.includes('code that is not prose') && !value.includes('https://'), 'no code, no link targets');
      await page.waitForFunction(() => document.querySelector('#article-text').textContent.includes('Tram line approved'));
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});
