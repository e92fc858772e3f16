// How the page loads: its code as one bundled module (site/tools/bundle.mjs) beside the small
// module that starts the engine, which fetches the English name model itself; and the service
// worker's file list follows the bundle, so that a link opened offline still works.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useBrowserAndSite, waitForReady, waitForSelected, watch } from './support.mjs';

const session = useBrowserAndSite();
const ARTICLE = 'The council approved the new budget on Monday. It adds money for schools and roads. ' +
  'Maria Lopez, who leads the council, said the plan was fair. Critics in Springfield called it rushed.';
const linkTo = (text) => `index.html#text=${encodeURIComponent(text)}&sentences=1`;
const pathsOf = (urls, origin) => urls.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname);

describe('loading', () => {
  test("a link's text is highlighted with the page's code fetched as one module", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(context, page);
    // The page's and its Worker's requests, not the service worker's (which caches the site).
    const requests = [];
    context.on('request', (request) => { if (!request.serviceWorker()) requests.push(request.url()); });
    try {
      await page.goto(new URL(linkTo(ARTICLE), session.site.url).href);
      await waitForReady(page);
      await waitForSelected(page, 1);
      const paths = pathsOf(requests, new URL(session.site.url).origin);
      const appScripts = [...new Set(paths.filter((p) => p.startsWith('/app/')))].sort();
      // engine-start.js starts the Worker before the bundle arrives; the bundle imports it rather
      // than holding a copy, so the page has one engine.
      assert.deepEqual(appScripts, ['/app/engine-start.js', '/app/precis-page.js', '/app/theme-init.js'], 'no other module of app/ is fetched on its own');
      assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/precis-worker.js')).length), 1, 'one Worker was started');
      for (const file of ['/precis.js', '/precis-worker.js', '/precis-core.wasm', '/precis-icu-core.dat', '/ner-en.bin']) {
        assert.ok(paths.includes(file), `${file} was fetched`);
      }
      assert.ok(!paths.includes('/precis-engine.js') && !paths.includes('/precis-core.js'), 'the Worker is one module too');
      // The English model was used: a person's name is tagged by it.
      const people = await page.$$eval('#article-text [data-entity="PER"]', (marks) => marks.map((m) => m.textContent));
      assert.ok(people.includes('Maria Lopez'), `people marked: ${JSON.stringify(people)}`);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });

  test("the service worker precaches the bundle and the English model, routes them past itself, and a link works offline", async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen = watch(context, page);
    try {
      const manifestText = await (await fetch(new URL('service-worker.js', session.site.url))).text();
      const precache = JSON.parse(manifestText.match(/^const MANIFEST = (.*);$/m)[1]).precache;
      for (const file of ['app/engine-start.js', 'app/precis-page.js', 'precis-worker.js', 'ner-en.bin']) {
        assert.ok(precache.includes(file), `${file} is precached`);
      }
      assert.ok(!precache.includes('ner-de.bin'), 'other languages are fetched on first need');
      await page.goto(session.site.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      const offline = await context.newPage();
      // Chromium serves the precached files by the service worker's static routes, straight
      // from its cache, without starting the worker; a link with a query is left to the worker.
      const routed = new Map();
      const network = await context.newCDPSession(offline);
      await network.send('Network.enable');
      network.on('Network.responseReceived', ({ response }) => routed.set(new URL(response.url).pathname, response.serviceWorkerRouterInfo?.actualSourceType ?? 'worker'));
      await offline.goto(new URL(linkTo(ARTICLE), session.site.url).href);
      await waitForReady(offline);
      await waitForSelected(offline, 1);
      for (const file of ['/index.html', '/app/engine-start.js', '/app/precis-page.js']) assert.equal(routed.get(file), 'cache', `${file} came by its route`);
      const withQuery = await context.newPage();
      await withQuery.goto(new URL(`index.html?from=mail#text=${encodeURIComponent(ARTICLE)}`, session.site.url).href);
      await waitForSelected(withQuery, 1);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });
});
