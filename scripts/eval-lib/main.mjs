// The evaluation harness behind scripts/eval: runs Precis (every algorithm), LEAD-k, a greedy
// ORACLE and the peers (Debian's ots, npm's node-summarizer) over the evaluation sets, scores them
// with ROUGE-1.5.5's conventions (./rouge.mjs) and prints one table a set; --write-docs also
// writes docs/quality.md. Progress goes to stderr, the tables to stdout.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { articleWords, byLength } from './by-length.mjs';
import { DATASETS } from './datasets.mjs';
import { hash32, nodeSummarizer, runJsonl, runOts } from './peers.mjs';
import { writeQualityDoc, markdownTable } from './report.mjs';
import { Rouge, loadExceptions } from './rouge.mjs';
import { sliceUtf8 } from './text.mjs';
import { gitDescription, log, precisVersion } from './run-info.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');
const PRECIS = path.join(ROOT, 'build', 'native', 'precis');
const WASM_MODULE = path.join(ROOT, 'build', 'npm', 'precis.js');
export const ALGORITHMS = ['auto', 'lead', 'textrank', 'lexrank', 'luhn', 'sumbasic', 'centroid'];
/** A Precis row's method, as the tables name it. */
const precisMethod = (algorithm) => `precis \`--algorithm ${algorithm}\``;

const USAGE = `Usage: scripts/eval [OPTIONS]

Scores Precis (every --algorithm), LEAD-k, a greedy ORACLE, Debian's ots and npm's
node-summarizer with ROUGE-1/2/L F1 (ROUGE-1.5.5 conventions) on the evaluation sets.

  --datasets LIST     bbc,cnndm,summeval,orangesum (default: all four; cnndm: the first 2,000
                      stories of CNN/DailyMail validation)
  --bbc-split SPLIT   test (default: index % 5 == 0, 333 articles), train (the other 1,332) or all
  --orangesum-split SPLIT
                      test (default: index % 2 == 0, 750 articles), fit (the other 750) or all
  --summeval-split SPLIT
                      test (default: index % 2 == 0, 50 documents), tune (the other 50) or all
  --summeval-lower-case
                      SummEval's articles lower-cased, each sentence opening with a capital, as
                      the CNN/DailyMail training stories are: does a summary depend on case?
  --limit N           only the first N documents of each set (a quick look; not with --write-docs)
  --no-ots            leave out ots          --no-node-summarizer   leave out node-summarizer
  --wasm              also run the WebAssembly module (build/npm/precis.js) in Node
  --data DIR          the shared data folder (default: ../shared/data beside the project)
  --json FILE         also write the figures as JSON
  --write-docs        write docs/quality.md (the full default run only)
  -h, --help          this help
`;

/** Removes a title line that a peer returned glued to the first sentence (BBC texts open with it). */
function stripTitle(sentence, title) {
  if (!title || !sentence.startsWith(title)) return sentence;
  const rest = sentence.slice(title.length);
  return /^\s*\n/.test(rest) ? rest.trim() : sentence;
}

function words(sentences) {
  let n = 0;
  for (const s of sentences) n += s.split(/\s+/).filter(Boolean).length;
  return n;
}

class Scoreboard {
  constructor(rouge, docs) {
    this.rouge = rouge;
    this.docs = docs;
    this.refs = docs.map((d) => rouge.prepareReferences(d.references));
    // SummEval: also scored against the CNN/DailyMail highlights alone (reference 1 of 11)
    this.highlights = docs[0]?.highlights ? docs.map((d) => rouge.prepareReferences(d.highlights)) : null;
    this.rows = [];
    // Per method, each document's F1 (against the highlights where a set has them).
    this.perDocument = new Map();
  }

  /** Adds a row: summaries[i] is the list of sentences (text) chosen for docs[i]. */
  add(method, kind, summaries, seconds, note) {
    const n = this.docs.length;
    const sum = { r1: 0, r2: 0, rl: 0, h1: 0, h2: 0, hl: 0, words: 0, sentences: 0, empty: 0, repeats: 0 };
    const perDocument = { r1: [], r2: [] };
    summaries.forEach((sentences, i) => {
      const s = this.rouge.score(sentences, this.refs[i]);
      sum.r1 += s.r1.f;
      sum.r2 += s.r2.f;
      sum.rl += s.rl.f;
      let own = s;
      if (this.highlights) {
        const h = this.rouge.score(sentences, this.highlights[i]);
        sum.h1 += h.r1.f;
        sum.h2 += h.r2.f;
        sum.hl += h.rl.f;
        own = h;
      }
      perDocument.r1.push(own.r1.f);
      perDocument.r2.push(own.r2.f);
      sum.words += words(sentences);
      sum.sentences += sentences.length;
      if (sentences.length === 0) sum.empty++;
      if (this.rouge.repeatsTrigram(sentences)) sum.repeats++;
    });
    const row = {
      method,
      kind,
      r1: (100 * sum.r1) / n,
      r2: (100 * sum.r2) / n,
      rl: (100 * sum.rl) / n,
      highlights: this.highlights ? { r1: (100 * sum.h1) / n, r2: (100 * sum.h2) / n, rl: (100 * sum.hl) / n } : null,
      words: sum.words / n,
      sentences: sum.sentences / n,
      docsPerSecond: seconds ? n / seconds : null,
      seconds: seconds ?? null,
      empty: sum.empty,
      repeatedTrigram: (100 * sum.repeats) / n,
      note: note || '',
    };
    this.rows.push(row);
    this.perDocument.set(method, perDocument);
    return row;
  }
}

async function runPrecis(docs, algorithm) {
  const jobs = docs.map((d) => ({ id: d.id, text: d.text, sentences: d.sentences, algorithm }));
  const { results, seconds } = await runJsonl(PRECIS, ['--jsonl'], jobs);
  const errors = results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`);
  return { results, seconds, errors };
}

function summaryTexts(docs, buffers, results) {
  return results.map((r, i) => (r.error ? [] : r.summary.map((k) => sliceUtf8(buffers[i], r.sentences[k].start, r.sentences[k].end))));
}

async function loadWasm() {
  const module = await import(pathToFileURL(WASM_MODULE).href);
  return module.createPrecis();
}

async function runWasm(precis, docs, algorithm) {
  const started = process.hrtime.bigint();
  const out = [];
  for (const d of docs) {
    try {
      const r = await precis.summarize(d.text, { sentences: d.sentences, algorithm });
      out.push({ summary: r.summary, texts: r.summary.map((k) => d.text.slice(r.sentences[k].start, r.sentences[k].end)) });
    } catch (error) {
      out.push({ summary: [], texts: [], error: String(error) });
    }
  }
  return { out, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function evaluate(name, options, exceptions, wasm) {
  const ds = DATASETS[name];
  const split = { bbc: options.bbcSplit, orangesum: options.orangesumSplit, summeval: options.summevalSplit, cnndm: 'validation' }[name];
  let docs = ds.load(options.data, { split, lowerCase: options.summevalLowerCase });
  const total = docs.length;
  if (options.limit) docs = docs.slice(0, options.limit);
  const label = split === 'all' ? name : `${name}/${split}`;
  log(`[${label}] ${docs.length} documents`);
  const english = ds.language === 'en';
  const rouge = new Rouge({ exceptions, stem: english, fold: !english });
  const board = new Scoreboard(rouge, docs);
  const buffers = docs.map((d) => Buffer.from(d.text, 'utf8'));
  const problems = [];

  let segmentation = null;
  const nativeSummaries = {};
  for (const algorithm of ALGORITHMS) {
    const { results, seconds, errors } = await runPrecis(docs, algorithm);
    if (errors.length) problems.push(`precis --algorithm ${algorithm}: ${errors.length} errors (first: ${errors[0]})`);
    if (algorithm === 'auto') segmentation = results;
    nativeSummaries[algorithm] = results.map((r) => (r.error ? null : r.summary.join(',')));
    const row = board.add(precisMethod(algorithm), 'precis', summaryTexts(docs, buffers, results), seconds);
    log(`[${label}] precis --algorithm ${algorithm}: ${seconds.toFixed(2)} s, R-1 ${row.r1.toFixed(2)}`);
  }

  if (wasm) {
    for (const algorithm of ALGORITHMS) {
      const { out, seconds } = await runWasm(wasm, docs, algorithm);
      const differ = out.filter((o, i) => o.summary.join(',') !== nativeSummaries[algorithm][i]).length;
      board.add(`precis wasm \`--algorithm ${algorithm}\``, 'wasm', out.map((o) => o.texts), seconds,
        differ ? `summary differs from native on ${differ} documents` : 'same summaries as native');
      log(`[${label}] wasm --algorithm ${algorithm}: ${seconds.toFixed(2)} s, ${differ} differ from native`);
    }
  }

  // LEAD-k and ORACLE work on Precis' sentences (the `auto` run), leaving out the title line.
  const candidates = segmentation.map((r, i) => {
    if (r.error) return [];
    const titleBytes = docs[i].title ? Buffer.byteLength(docs[i].title, 'utf8') : 0;
    return r.sentences
      .filter((s) => s.end > titleBytes)
      .map((s) => sliceUtf8(buffers[i], s.start, s.end))
      .filter((s) => s.trim());
  });
  const fixedK = docs.every((d) => d.sentences === docs[0].sentences) ? docs[0].sentences : null;
  const lead = fixedK ? `LEAD-${fixedK}` : 'LEAD-k';
  board.add(lead, 'baseline', candidates.map((c, i) => c.slice(0, docs[i].sentences)), null);
  const oracleStarted = process.hrtime.bigint();
  const oracle = candidates.map((c, i) => rouge.oracle(c, board.refs[i], docs[i].sentences).map((k) => c[k]));
  log(`[${label}] ORACLE: ${(Number(process.hrtime.bigint() - oracleStarted) / 1e9).toFixed(2)} s`);

  if (options.ots) {
    const jobs = docs.map((d) => ({ id: d.id, text: d.text, sentences: d.sentences, language: ds.language }));
    let lastShown = 0;
    const { lines, seconds, errors } = await runOts(jobs, {
      onLine: (n) => {
        if (n - lastShown >= 250) {
          lastShown = n;
          log(`[${label}] ots: ${n}/${jobs.length}`);
        }
      },
    });
    if (errors.length) problems.push(`ots: ${errors.length} errors (first: ${errors[0]})`);
    const summaries = docs.map((d) => (lines.get(d.id) || []).map((s) => stripTitle(s, d.title)).filter(Boolean));
    const row = board.add('ots (Debian `ots` 0.5, its own sentences)', 'peer', summaries, seconds);
    log(`[${label}] ots: ${seconds.toFixed(2)} s, R-1 ${row.r1.toFixed(2)}`);
  }

  if (options.nodeSummarizer) {
    const started = process.hrtime.bigint();
    const summaries = [];
    for (const [i, d] of docs.entries()) {
      const sentences = await nodeSummarizer(d.text, d.sentences, hash32(d.id));
      summaries.push(sentences.map((s) => stripTitle(s, d.title).trim()).filter(Boolean));
      if ((i + 1) % 250 === 0) log(`[${label}] node-summarizer: ${i + 1}/${docs.length}`);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const row = board.add('node-summarizer (npm, TextRank)', 'peer', summaries, seconds);
    if (row.empty) problems.push(`node-summarizer: no summary for ${row.empty} documents (scored as empty)`);
    log(`[${label}] node-summarizer: ${seconds.toFixed(2)} s, R-1 ${row.r1.toFixed(2)}`);
  }

  board.add('ORACLE (greedy, the ceiling)', 'ceiling', oracle, null);

  const meanLength = docs.reduce((a, d) => a + d.sentences, 0) / docs.length;
  return {
    name,
    title: ds.title,
    language: ds.language,
    split,
    documents: docs.length,
    total,
    length: ds.length,
    meanLength,
    referencesPerDocument: docs[0]?.references.length ?? 0,
    rows: board.rows,
    // CNN/DailyMail (validation and SummEval): the default beside LEAD-3 by article length.
    byLength: ds.lengthBreakdown ? { baseline: lead, rows: byLength(docs.map((d) => articleWords(d.text)),
      board.perDocument.get(precisMethod('auto')), board.perDocument.get(lead)) } : null,
    problems,
  };
}

export async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        datasets: { type: 'string', default: 'bbc,cnndm,summeval,orangesum' },
        'bbc-split': { type: 'string', default: 'test' },
        'orangesum-split': { type: 'string', default: 'test' },
        'summeval-split': { type: 'string', default: 'test' },
        'summeval-lower-case': { type: 'boolean', default: false },
        limit: { type: 'string' },
        'no-ots': { type: 'boolean', default: false },
        'no-node-summarizer': { type: 'boolean', default: false },
        wasm: { type: 'boolean', default: false },
        data: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'data') },
        json: { type: 'string' },
        'write-docs': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`scripts/eval: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = {
    datasets: parsed.datasets.split(',').map((s) => s.trim()).filter(Boolean),
    bbcSplit: parsed['bbc-split'],
    orangesumSplit: parsed['orangesum-split'],
    summevalSplit: parsed['summeval-split'],
    summevalLowerCase: parsed['summeval-lower-case'],
    limit: parsed.limit ? Number.parseInt(parsed.limit, 10) : 0,
    ots: !parsed['no-ots'],
    nodeSummarizer: !parsed['no-node-summarizer'],
    data: path.resolve(parsed.data),
  };
  const unknown = options.datasets.filter((d) => !DATASETS[d]);
  if (unknown.length) {
    process.stderr.write(`scripts/eval: unknown dataset ${unknown.join(', ')} (known: ${Object.keys(DATASETS).join(', ')})\n`);
    return 2;
  }
  if (!['test', 'train', 'all'].includes(options.bbcSplit)) {
    process.stderr.write('scripts/eval: --bbc-split is test, train or all\n');
    return 2;
  }
  if (!['test', 'fit', 'all'].includes(options.orangesumSplit)) {
    process.stderr.write('scripts/eval: --orangesum-split is test, fit or all\n');
    return 2;
  }
  if (!['test', 'tune', 'all'].includes(options.summevalSplit)) {
    process.stderr.write('scripts/eval: --summeval-split is test, tune or all\n');
    return 2;
  }
  if (parsed.limit && !(options.limit > 0)) {
    process.stderr.write('scripts/eval: --limit takes a positive number\n');
    return 2;
  }
  const fullRun =
    options.datasets.length === Object.keys(DATASETS).length && options.bbcSplit === 'test' && options.orangesumSplit === 'test' && options.summevalSplit === 'test' && !options.summevalLowerCase && !options.limit && options.ots && options.nodeSummarizer;
  if (parsed['write-docs'] && !fullRun) {
    process.stderr.write('scripts/eval: --write-docs needs the full default run (all sets, the test splits as published, both peers, no --limit)\n');
    return 2;
  }
  if (parsed.wasm && !fs.existsSync(WASM_MODULE)) {
    process.stderr.write('scripts/eval: the wasm build is not there yet: build/npm/precis.js missing\n');
    return 1;
  }
  if (!fs.existsSync(PRECIS)) {
    process.stderr.write('scripts/eval: build/native/precis is missing (cmake --preset native && cmake --build --preset native)\n');
    return 1;
  }
  const excPath = path.join(options.data, 'rouge', 'wordnet-2.0-exc.tsv');
  if (!fs.existsSync(excPath)) {
    process.stderr.write(`scripts/eval: no evaluation data at ${options.data} (expected ${excPath}); use --data DIR\n`);
    return 1;
  }

  const started = Date.now();
  const exceptions = loadExceptions(excPath);
  const wasm = parsed.wasm ? await loadWasm() : null;
  const results = [];
  for (const name of options.datasets) results.push(await evaluate(name, options, exceptions, wasm));
  const seconds = (Date.now() - started) / 1000;

  const run = {
    date: new Date().toISOString().slice(0, 10),
    version: precisVersion(PRECIS),
    commit: gitDescription(),
    command: ['scripts/eval', ...argv].join(' '),
    seconds,
    node: process.version,
    datasets: results,
  };
  for (const r of results) {
    process.stdout.write(`\n${markdownTable(r)}\n`);
    for (const p of r.problems) process.stdout.write(`- note: ${p}\n`);
  }
  process.stdout.write(`\n${run.version} (${run.commit}), ${seconds.toFixed(0)} s in all\n`);
  if (parsed.json) fs.writeFileSync(parsed.json, JSON.stringify(run, null, 2) + '\n');
  if (parsed['write-docs']) {
    const file = path.join(ROOT, 'docs', 'quality.md');
    writeQualityDoc(file, run);
    log(`wrote ${path.relative(ROOT, file)}`);
  }
  return 0;
}
