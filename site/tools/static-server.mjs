// A small static file server for build/site: what scripts/serve runs and what the browser tests
// start and stop. Any static server can host the site (index.html carries its policy in a
// <meta> tag); this one also sends the policy as a header, the right MIME types (the browser
// compiles .wasm as it streams only when it is served as application/wasm) and CORS, so that
// pages on other origins can load the widget and the bookmarklet's module.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the Worker compile the WebAssembly core and nothing else: no eval,
  // no inline scripts.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // No other site may frame the page (a <meta> policy cannot say this: only a header can).
  "frame-ancestors 'self'",
].join('; ');

// The bridge is framed by the widget and the bookmarklet on any site: that is its purpose,
// and it answers only with results of the texts its framer sends it.
const FRAMED_ANYWHERE = new Set(['precis-bridge.html']);
const policyFor = (policy, file) => (FRAMED_ANYWHERE.has(path.basename(file))
  ? policy.replace("frame-ancestors 'self'", 'frame-ancestors *') : policy);

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.dat': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The files are public and hold no user data; pages elsewhere may embed the widget.
  'Access-Control-Allow-Origin': '*',
  // The service worker decides what is cached; the browser's HTTP cache always asks again, so
  // a rebuilt site is seen at once during development.
  'Cache-Control': 'no-cache',
};

/** The file under `root` that `urlPath` names, or null if it names nothing there. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + path.posix.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return resolveFile(root, path.posix.join(urlPath, 'index.html'));
  return info?.isFile() ? { file, size: info.size, etag: `"${info.size.toString(36)}-${Math.round(info.mtimeMs).toString(36)}"` } : null;
}

async function respond(siteRoot, headers, request, response, log) {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = await resolveFile(siteRoot, pathname);
  // A validator, as any static file server sends: the browser asks again (no-cache) and gets
  // "not modified" for a file it has, such as one the page preloaded for its Worker.
  const unchanged = found && request.headers['if-none-match'] === found.etag;
  log(`${request.method} ${pathname} ${found ? (unchanged ? 304 : 200) : 404}`);
  if (!found) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const policy = headers['Content-Security-Policy']
    ? { 'Content-Security-Policy': policyFor(headers['Content-Security-Policy'], found.file) } : {};
  if (unchanged) {
    response.writeHead(304, { ...headers, ...policy, ETag: found.etag }).end();
    return;
  }
  response.writeHead(200, {
    ...headers,
    ...policy,
    ETag: found.etag,
    'Content-Type': MIME_TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    'Content-Length': found.size,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(found.file).pipe(response);
}

/**
 * Serves `root` on http://host:port/. Port 0 picks a free port. `policy` is the
 * Content-Security-Policy header (null: none, as for the tests' stand-in for someone else's
 * page). Resolves to { url, close() } once listening.
 */
export function startStaticServer({ root, host = '127.0.0.1', port = 0, policy = CONTENT_SECURITY_POLICY, log = () => {} }) {
  const siteRoot = path.resolve(root);
  const headers = policy ? { ...COMMON_HEADERS, 'Content-Security-Policy': policy } : COMMON_HEADERS;
  const server = createServer(async (request, response) => {
    try {
      await respond(siteRoot, headers, request, response, log);
    } catch (error) {
      log(`${request.method} ${request.url} failed: ${error.message}`);
      if (!response.headersSent) response.writeHead(500, headers);
      response.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address();
      resolve({
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(done);
        }),
      });
    });
  });
}

// node site/tools/static-server.mjs ROOT [PORT]: serves until interrupted, logging each
// request (which shows that the page asks for its own files and nothing else).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'build/site', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
  const { url } = await startStaticServer({ root, port: Number(port), log: (line) => console.log(line) });
  console.log(`Serving ${root} on ${url} (Ctrl+C stops it)`);
}
