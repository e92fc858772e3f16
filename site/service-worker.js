// Keeps Precis working offline: the app's own files are served from a cache, first; the
// network is asked only for what the cache lacks. tools/assemble.mjs fills in MANIFEST when
// the site is built: the files to fetch at install, and a version that changes with any of
// them, so that a new build installs a fresh cache and the old one is deleted.
const MANIFEST = { version: 'unbuilt', precache: [] };
const CACHE = `precis-${MANIFEST.version}`;

self.addEventListener('install', (event) => {
  // The precached files, page included, get a static route to the cache: the browser serves
  // them without starting this worker, which a link opened later would otherwise wait for.
  // Only without a query: the fetch handler answers index.html?anything, ignoring the query.
  // Chrome 123 and later; other browsers, or one that refuses the routes, use the fetch handler.
  const routes = event.addRoutes?.({
    condition: { or: MANIFEST.precache.map((file) => ({ urlPattern: { pathname: new URL(file, self.registration.scope).pathname, search: '' } })) },
    source: { cacheName: CACHE },
  }).catch(() => {});
  const precached = caches.open(CACHE).then((cache) => cache.addAll(MANIFEST.precache));
  event.waitUntil(Promise.all([routes, precached]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('precis-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // The query never changes a static file; index.html#text=… has no query to begin with.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  // Files fetched on first need (the dictionary for Chinese, Japanese, Thai…) are kept too.
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(cacheFirst(request));
});
