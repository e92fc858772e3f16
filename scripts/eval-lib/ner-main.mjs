// The harness behind scripts/eval-ner: runs Precis (`precis --jsonl`) and, on the English sets,
// compromise over the test split of each named-entity set, scores them with exact-span micro
// P / R / F1 and prints one table a set; --write-docs also writes the "Named entities" section of
// docs/quality.md. Progress goes to stderr, the tables to stdout.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NER_SETS, evaluatedSplit, loadNerSet } from './ner-datasets.mjs';
import { compromiseVersion, runCompromise, runPrecisNer } from './ner-peers.mjs';
import { nerTable, writeNerDocs } from './ner-report.mjs';
import { scoreEntities } from './ner-score.mjs';
import { gitDescription, log, precisVersion } from './run-info.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');
const DEFAULT_PRECIS = path.join(ROOT, 'build', 'native', 'precis');
const SETS = ['conll2003-en', 'conll2003-de', 'conll2002-nl', 'conll2002-es', 'wikiann-en', 'wikiann-de', 'wikiann-fr', 'wikiann-nl', 'germeval', 'wnut17'];

const USAGE = `Usage: scripts/eval-ner [OPTIONS]

Scores Precis' named entities, and compromise's (npm) on the English sets, with exact-span micro
precision, recall and F1 on the validation split of CoNLL-2003 (en, de) and CoNLL-2002 (nl, es),
whose test splits are not in the shared data, and on the test split of WikiANN (en, de, fr, nl),
GermEval 2014 and WNUT 2017.

  --set NAME        a set to run (repeatable; default: all of ${SETS.join(', ')})
  --limit N         only the first N sentences of each set (a quick look; not with --write-docs)
  --precis PATH     the Precis CLI to measure (default: build/native/precis)
  --data DIR        the shared data folder (default: ../shared/data beside the project)
  --json FILE       also write the figures as JSON
  --write-docs      write the "Named entities" section of docs/quality.md (every set, no --limit)
  -h, --help        this help
`;

function progress(label, total) {
  const step = Math.max(1000, Math.ceil(total / 5));
  let shown = 0;
  return (n) => {
    if (n - shown >= step && n < total) {
      shown = n;
      log(`${label}: ${n}/${total}`);
    }
  };
}

/**
 * The name tagger's own speed, natively, on English news (the BBC dev articles):
 * core/tools/precis_name_speed beside the CLI times tagging alone, after segmentation.
 */
function taggingSpeed(options) {
  const tool = path.join(path.dirname(options.precis), 'precis_name_speed');
  const articles = path.join(options.data, 'bbc', 'bbc-dev.jsonl');
  if (!fs.existsSync(tool) || !fs.existsSync(articles)) return null;
  log('tagging speed: precis_name_speed on the BBC dev articles');
  const output = execFileSync(tool, ['--language', 'en'], { input: fs.readFileSync(articles), encoding: 'utf8' });
  return { ...JSON.parse(output), corpus: 'the 1,665 BBC dev articles, tagging alone, after segmentation' };
}

async function evaluate(name, options) {
  const set = NER_SETS[name];
  const split = evaluatedSplit(set);
  const started = process.hrtime.bigint();
  let sentences = loadNerSet(options.data, name, split);
  const total = sentences.length;
  if (options.limit) sentences = sentences.slice(0, options.limit);
  log(`[${name}] ${sentences.length} ${set.documents ? 'documents' : 'sentences'} (${split} split)`);
  const gold = sentences.map((s) => s.entities);
  const systems = [];

  const precis = await runPrecisNer(options.precis, sentences, { onLine: progress(`[${name}] precis`, sentences.length) });
  const precisScores = scoreEntities(gold, precis.predictions, set.scored);
  systems.push({
    name: 'Precis',
    scores: precisScores,
    seconds: precis.seconds,
    sentencesPerSecond: sentences.length / precis.seconds,
    errors: precis.errors,
  });
  log(`[${name}] precis: ${precis.seconds.toFixed(1)} s, F1 ${precisScores.all.f1.toFixed(3)}`);

  if (set.language === 'en') {
    const peer = await runCompromise(sentences, { onLine: progress(`[${name}] compromise`, sentences.length) });
    const scores = scoreEntities(gold, peer.predictions, set.scored);
    systems.push({ name: 'compromise', scores, seconds: peer.seconds, sentencesPerSecond: sentences.length / peer.seconds, errors: [] });
    log(`[${name}] compromise: ${peer.seconds.toFixed(1)} s, F1 ${scores.all.f1.toFixed(3)}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`[${name}] ${seconds.toFixed(1)} s in all`);
  return {
    name,
    title: set.title,
    language: set.language,
    split,
    documents: Boolean(set.documents),
    sentences: sentences.length,
    total,
    types: set.scored,
    mapping: set.mapping,
    systems,
    seconds,
  };
}

export async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        set: { type: 'string', multiple: true },
        limit: { type: 'string' },
        precis: { type: 'string' },
        data: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'data') },
        json: { type: 'string' },
        'write-docs': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`scripts/eval-ner: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const sets = parsed.set?.length ? parsed.set.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean) : SETS;
  const unknown = sets.filter((s) => !SETS.includes(s));
  if (unknown.length) {
    process.stderr.write(`scripts/eval-ner: unknown set ${unknown.join(', ')} (known: ${SETS.join(', ')})\n`);
    return 2;
  }
  const limit = parsed.limit === undefined ? 0 : Number(parsed.limit);
  if (parsed.limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write('scripts/eval-ner: --limit takes a positive whole number\n');
    return 2;
  }
  if (parsed['write-docs'] && (limit || sets.length !== SETS.length)) {
    process.stderr.write('scripts/eval-ner: --write-docs needs the full run (every set, no --limit)\n');
    return 2;
  }
  const options = {
    data: path.resolve(parsed.data),
    precis: parsed.precis ? path.resolve(parsed.precis) : DEFAULT_PRECIS,
    limit,
  };
  if (!fs.existsSync(options.precis)) {
    process.stderr.write(`scripts/eval-ner: no Precis CLI at ${options.precis} (cmake --preset native && cmake --build --preset native)\n`);
    return 1;
  }
  const probe = path.join(options.data, NER_SETS['wikiann-en'].splits.test);
  if (!fs.existsSync(probe)) {
    process.stderr.write(`scripts/eval-ner: no evaluation data at ${options.data} (expected ${probe}); use --data DIR\n`);
    return 1;
  }

  const started = Date.now();
  const results = [];
  for (const name of sets) results.push(await evaluate(name, options));
  const seconds = (Date.now() - started) / 1000;

  const speed = taggingSpeed(options);
  const precisArg = parsed.precis ? ` --precis ${parsed.precis}` : '';
  const run = {
    date: new Date().toISOString().slice(0, 10),
    version: precisVersion(options.precis),
    commit: gitDescription(),
    compromise: results.some((r) => r.systems.length > 1) ? await compromiseVersion() : '(not run)',
    node: process.version,
    precis: options.precis.startsWith(ROOT + path.sep) ? path.relative(ROOT, options.precis) : options.precis,
    command: `scripts/eval-ner --write-docs${precisArg}`,
    seconds,
    speed,
    sets: results,
  };
  for (const r of results) process.stdout.write(`\n${nerTable(r)}\n`);
  if (speed) process.stdout.write(`\nTagging speed: ${speed.words_per_second.toLocaleString('en')} words/s (${speed.corpus})\n`);
  process.stdout.write(`\n${run.version} (${run.commit}), compromise ${run.compromise}, ${seconds.toFixed(0)} s in all\n`);
  if (parsed.json) fs.writeFileSync(parsed.json, JSON.stringify(run, null, 2) + '\n');
  if (parsed['write-docs']) {
    const file = path.join(ROOT, 'docs', 'quality.md');
    writeNerDocs(file, run);
    log(`wrote ${path.relative(ROOT, file)}`);
  }
  return 0;
}
