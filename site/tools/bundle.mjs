// The page's code and the Worker's, each bundled and minified into one module by esbuild, so
// that a first visit fetches one file for each rather than rounds of imports (27 modules for
// the page, three for the Worker).
import path from 'node:path';
import { build } from 'esbuild';

const COMMON = { bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'warning', legalComments: 'none' };

/** The one output file of a build, as bytes. */
async function bundled(options) {
  const { outputFiles } = await build({ ...COMMON, ...options });
  return Buffer.from(outputFiles[0].contents);
}

/**
 * The page (site/app/main.js and what it imports) as app/precis-page.js. Two modules stay
 * modules of their own: the JS API, precis.js, which finds the Worker and the engine's files
 * beside itself (import.meta.url), at the site's root, while the page's modules live in app/;
 * and app/engine-start.js, which index.html runs before the bundle arrives and whose engine the
 * bundle then takes (one module, so one engine).
 */
export function bundlePage(entry) {
  const keepJsApiSeparate = {
    name: 'precis-js-api-separate',
    setup(builder) {
      builder.onResolve({ filter: /(^|\/)(precis|engine-start)\.js$/ }, ({ path: imported }) => ({ path: imported, external: true }));
    },
  };
  return bundled({ entryPoints: [entry], outfile: path.join(path.dirname(entry), 'precis-page.js'), plugins: [keepJsApiSeparate] });
}

/**
 * The Worker (wasm/precis-worker.js), with the engine and the Emscripten glue (`coreGlue`, the
 * built precis-core.js), as precis-worker.js at the site's root, where precis.js starts it.
 */
export function bundleWorker(entry, coreGlue) {
  const glueFromBuild = {
    name: 'precis-core-glue',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/precis-core\.js$/ }, () => ({ path: coreGlue }));
    },
  };
  return bundled({ entryPoints: [entry], outfile: path.join(path.dirname(entry), 'precis-worker.js'), plugins: [glueFromBuild] });
}
