// Assembles the page into the deployable site:
//   node site/tools/assemble.mjs build/site WASM_BUILD_DIR
// (run by the precis-assemble target after the wasm module, its data and the JS API are copied
// there; WASM_BUILD_DIR holds the Emscripten glue, precis-core.js).
//  1. the page's own files: site/ without tools/;
//  2. the page's code and the Worker's, each bundled and minified into one module by esbuild
//     (bundle.mjs), so that neither waits on rounds of imports;
//  3. third-party code from node_modules with its licences (it is never committed here: the
//     npm packages, pinned by package-lock.json, are the source): Mozilla's Readability, and
//     the document readers loaded only when such a file arrives, pdf.js (with its character
//     maps) and fflate (unzips .docx);
//  4. the service worker, with the list of files to precache and a cache version that changes
//     whenever any file of the site does.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const siteSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.dirname(siteSource);
const modulesDir = path.join(repoRoot, 'node_modules');
// What the site takes from each npm package: [package folder, files or folders, vendor folder].
const VENDORED = [
  ['@mozilla/readability', ['Readability.js', 'LICENSE.md'], 'readability'],
  ['pdfjs-dist', ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'cmaps', 'LICENSE'], 'pdfjs'],
  ['fflate', ['esm/browser.js', 'LICENSE'], 'fflate'],
];
const SKIPPED_SOURCES = new Set(['tools']);
const SERVICE_WORKER = 'service-worker.js';
// Fetched and cached on first need only: the dictionary (3 MB, for Chinese, Japanese, Thai and
// other texts written without spaces), the name models other than English (about 2 MB each) and
// the PDF and Word readers (with the modules that drive them).
const ON_FIRST_NEED = /^(precis-icu-dict\.dat|ner-(?!en\.).*\.bin|vendor\/(pdfjs|fflate)\/.*|app\/(document-import|document-error|pdf-import|pdf-text|docx-import)\.js)$/;
const NOT_PRECACHED = new Set([SERVICE_WORKER]);
const MANIFEST_LINE = /^const MANIFEST = .*;$/m;

async function listFiles(dir, skip = new Set()) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)).map((f) => path.join(entry.name, f)));
    else files.push(entry.name);
  }
  return files.sort();
}

/** Writes only what changed, so that unchanged files keep their times. */
async function writeIfChanged(file, content) {
  const old = await readFile(file).catch(() => null);
  if (old && Buffer.compare(old, Buffer.from(content)) === 0) return;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function copyIfChanged(from, to) {
  await writeIfChanged(to, await readFile(from));
}

/** The npm packages exactly as package-lock.json pins them, when esbuild or a vendored one is missing. */
function ensureNpmPackages() {
  const vendored = VENDORED.every(([pkg, files]) => files.every((file) => existsSync(path.join(modulesDir, pkg, file))));
  if (vendored && existsSync(path.join(modulesDir, 'esbuild'))) return;
  console.log('Installing the npm packages of package-lock.json (esbuild and the site\'s third-party code) ...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: repoRoot, stdio: 'inherit' });
}

async function assemble(siteDir, wasmBuildDir) {
  for (const file of await listFiles(siteSource, SKIPPED_SOURCES)) {
    if (file !== SERVICE_WORKER) await copyIfChanged(path.join(siteSource, file), path.join(siteDir, file));
  }
  ensureNpmPackages();
  const { bundlePage, bundleWorker } = await import('./bundle.mjs');  // esbuild is there now
  await writeIfChanged(path.join(siteDir, 'app', 'precis-page.js'), await bundlePage(path.join(siteSource, 'app', 'main.js')));
  await writeIfChanged(path.join(siteDir, 'precis-worker.js'),
    await bundleWorker(path.join(repoRoot, 'wasm', 'precis-worker.js'), path.join(wasmBuildDir, 'precis-core.js')));
  for (const [pkg, entries, vendorDir] of VENDORED) {
    for (const entry of entries) {
      // A file lands as vendor/<dir>/<its name>; a folder keeps its name and its tree.
      const from = path.join(modulesDir, pkg, entry);
      const inside = (await stat(from)).isDirectory() ? await listFiles(from) : [''];
      for (const file of inside) {
        await copyIfChanged(path.join(from, file), path.join(siteDir, 'vendor', vendorDir, path.basename(entry), file));
      }
    }
  }

  const files = (await listFiles(siteDir)).map((f) => f.split(path.sep).join('/'));
  const hash = createHash('sha256');
  for (const file of files.filter((f) => f !== SERVICE_WORKER)) hash.update(file).update(await readFile(path.join(siteDir, file)));
  const manifest = {
    version: hash.digest('hex').slice(0, 16),
    precache: ['./', ...files.filter((f) => !NOT_PRECACHED.has(f) && !ON_FIRST_NEED.test(f))],
  };
  const worker = await readFile(path.join(siteSource, SERVICE_WORKER), 'utf8');
  if (!MANIFEST_LINE.test(worker)) throw new Error(`${SERVICE_WORKER} has no "const MANIFEST = ...;" line to fill in`);
  await writeIfChanged(path.join(siteDir, SERVICE_WORKER), worker.replace(MANIFEST_LINE, `const MANIFEST = ${JSON.stringify(manifest)};`));
}

const [siteDir, wasmBuildDir] = process.argv.slice(2);
if (!siteDir || !wasmBuildDir) {
  console.error('usage: node site/tools/assemble.mjs SITE_DIR WASM_BUILD_DIR');
  process.exit(2);
}
await assemble(path.resolve(siteDir), path.resolve(wasmBuildDir));
