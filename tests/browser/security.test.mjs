// Hostile input, in plain text, in pasted HTML and in a dropped file: nothing of it runs,
// loads or becomes markup; text that looks like markup shows literally. The policy the site
// is served with allows nothing but its own files (and the compiling of its wasm).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dropFile, paste, useBrowserAndSite, waitForReady, watch } from './support.mjs';

const session = useBrowserAndSite();

// Each attempt would set window.pwned or ask for a /pwned-… URL if it ever ran or loaded.
const HOSTILE_TEXT = [
  'Council votes on the new harbour wall',
  '',
  'The council met on Monday to vote on the harbour wall. <img src=/pwned-img onerror="window.pwned=1"> The vote was close.',
  'Campaigners read out <script>window.pwned=2</script> a statement and handed in a petition signed by 4,000 people.',
  'A link <a href="javascript:window.pwned=3">click here</a> went round on social media, and </textarea><b>bold</b> claims spread.',
  'The mayor, Ana Lopes, said the wall would cost £2 million. <iframe src="/pwned-frame"></iframe> Work starts in May.',
].join('\n');

const HOSTILE_HTML = `<!doctype html><html><head><title>Harbour wall vote</title>
<script>window.pwned = 4</script><link rel="stylesheet" href="/pwned-link.css"><style>@import "/pwned-import.css";</style>
<meta http-equiv="refresh" content="0; url=/pwned-refresh"></head>
<body onload="window.pwned=5"><nav><a href="/">Home</a></nav><article>
<h1>Council votes on the new harbour wall</h1>
<p class="byline">By Ana Lopes</p>
<p>The council met on Monday to vote on the harbour wall, which has been argued over for a decade by residents,
fishermen and the port authority. <img src="/pwned-img" srcset="/pwned-srcset 2x" onerror="window.pwned=6">
The vote was close, and the chamber was full.</p>
<p>Campaigners handed in a petition signed by 4,000 people <a href="javascript:window.pwned=7">(read it here)</a>
and said the wall would spoil the view from the old town. <svg onload="window.pwned=8"><circle r="5"/></svg></p>
<p>Someone also pasted the words &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; into the petition, which
the clerk read out as written. <iframe src="/pwned-frame" srcdoc="<script>parent.pwned=9</script>"></iframe></p>
<p>The mayor said the wall would cost £2 million and that work would start in May, once the fishing season ends.
<video poster="/pwned-poster" src="/pwned-video"></video><object data="/pwned-object"></object></p>
</article></body></html>`;

/** Asserts that nothing ran or loaded and the article holds text and spans only. */
async function assertInert(page, seen) {
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no hostile script ran');
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  assert.deepEqual(seen.requests.filter((url) => url.includes('pwned')), [], 'nothing hostile was requested');
  const tags = await page.$$eval('#article-text *', (elements) => [...new Set(elements.map((e) => e.localName))]);
  assert.deepEqual(tags.filter((tag) => !['p', 'span', 'h3', 'h4'].includes(tag)), [], 'only the page\'s own elements');
  assert.equal(await page.locator('body img:not(.brand img), body script, body iframe, a[href^="javascript:"]:not(#bookmarklet)').count(), 0);
}

async function newPage() {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.goto(session.site.url);
  return { context, page, seen };
}

describe('hostile input', () => {
  test('in plain text (a #text= link) shows literally and runs nothing', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      await page.goto(`${session.site.url}#text=${encodeURIComponent(HOSTILE_TEXT)}&sentences=3`);
      await waitForReady(page);
      await assertInert(page, seen);
      const shown = await page.textContent('#article-text');
      for (const literal of ['<img src=/pwned-img onerror="window.pwned=1">', '<script>window.pwned=2</script>',
        '<a href="javascript:window.pwned=3">', '</textarea><b>bold</b>']) {
        assert.ok(shown.includes(literal), `shows ${literal}`);
      }
      assert.equal(await page.inputValue('#article-input'), HOSTILE_TEXT);
    } finally {
      await context.close();
    }
  });

  test('in plain text pasted into the text box', async () => {
    const { context, page, seen } = await newPage();
    try {
      await paste(page, { text: HOSTILE_TEXT });
      await waitForReady(page);
      await assertInert(page, seen);
      assert.ok((await page.textContent('#article-text')).includes('</textarea><b>bold</b>'));
    } finally {
      await context.close();
    }
  });

  test('in HTML pasted from a web page: the article text is kept, nothing else', async () => {
    const { context, page, seen } = await newPage();
    try {
      await paste(page, { html: HOSTILE_HTML, text: 'plain version' });
      await waitForReady(page);
      await assertInert(page, seen);
      const text = await page.inputValue('#article-input');
      assert.match(text, /^Council votes on the new harbour wall\n\nBy Ana Lopes\n\nThe council met on Monday/);
      assert.ok(text.includes('</textarea><script>alert(1)</script>'), 'escaped markup is text');
      assert.ok(!text.includes('window.pwned') && !text.includes('Home'), 'no script text, no menu');
      assert.match(await page.textContent('#import-note'), /Pasted from a web page: the article “Council votes/);
      assert.ok((await page.textContent('#article-text')).includes('</textarea><script>alert(1)</script>'));
      assert.ok(seen.requests.some((url) => url.endsWith('/vendor/readability/Readability.js')), 'Readability, from this site');
    } finally {
      await context.close();
    }
  });

  test('in a dropped .html file', async () => {
    const { context, page, seen } = await newPage();
    try {
      await dropFile(page, { name: 'harbour.html', type: 'text/html', content: HOSTILE_HTML });
      await waitForReady(page);
      await assertInert(page, seen);
      assert.match(await page.textContent('#import-note'), /Opened “harbour.html”/);
    } finally {
      await context.close();
    }
  });
});

describe('the content security policy', () => {
  test('allows only the site itself, and wasm compiling, both as a header and in the page', async () => {
    const response = await fetch(session.site.url);
    const header = response.headers.get('content-security-policy');
    const html = await response.text();
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    for (const policy of [header, meta]) {
      assert.match(policy, /default-src 'self'/);
      assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.match(policy, /worker-src 'self'/);
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/);
    }
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await fetch(new URL('precis-core.wasm', session.site.url))).headers.get('content-type'), 'application/wasm');
  });
});
