// The peers Precis is measured against, run on the same texts at the same length:
// Debian's ots (through ./ots_lines.py) and the npm package node-summarizer.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'package.json'));

/**
 * Runs a JSON-lines filter over jobs: writes one JSON object a line, reads one a line back, in
 * order. Returns { results, seconds } with the wall time of the whole process.
 */
export function runJsonl(command, args, jobs, { cwd, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const results = [];
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.trim()) {
          results.push(JSON.parse(line));
          if (onLine) onLine(results.length);
        }
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} exited with ${code}: ${stderr.trim().slice(-2000)}`));
      else if (results.length !== jobs.length) reject(new Error(`${command} answered ${results.length} of ${jobs.length} lines: ${stderr.trim().slice(-2000)}`));
      else resolve({ results, seconds, stderr });
    });
    child.stdin.on('error', () => {}); // reported through 'close'
    const body = jobs.map((job) => JSON.stringify(job)).join('\n') + '\n';
    child.stdin.end(body);
  });
}

/**
 * ots: the sentences (its own cut) it picks when asked for exactly `sentences` of them.
 * jobs: [{ id, text, sentences, language }]. Returns { lines: Map id -> [sentence], seconds }.
 */
export async function runOts(jobs, { onLine } = {}) {
  const { results, seconds } = await runJsonl('python3', [path.join(here, 'ots_lines.py')], jobs, { onLine });
  const lines = new Map();
  const errors = [];
  for (const r of results) {
    if (r.error) errors.push(`${r.id}: ${r.error}`);
    lines.set(r.id, (r.lines || []).map((s) => s.trim()).filter(Boolean));
  }
  return { lines, seconds, errors };
}

/** A small seeded PRNG (mulberry32), so that node-summarizer's random walk is repeatable. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a string (the seed of a document). */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

let SummarizerClass = null;

/**
 * node-summarizer's TextRank summary (SummarizerManager#getSummaryByRank) as a list of sentences.
 * The package joins the chosen sentences into one string with nothing between them; this runs the
 * same steps as its Summarizer#summarizeByRank (natural's sentence tokenizer, nouns and
 * adjectives from WordPOS, a graph of shared words, a 10,000-step random walk) and keeps the
 * chosen sentences apart, in the package's order (by rank). Math.random, which the walk uses, is
 * replaced by a PRNG seeded with `seed` for the call, so that a run can be repeated.
 */
export async function nodeSummarizer(text, sentences, seed) {
  if (!SummarizerClass) SummarizerClass = require('node-summarizer/src/Summarizer.js').Summarizer;
  const saved = Math.random;
  Math.random = seededRandom(seed);
  try {
    const summarizer = new SummarizerClass(text, sentences);
    const pre = summarizer.preprocesser;
    const list = pre.paragraphToSentences(text);
    if (!Array.isArray(list)) return [];
    const clean = pre.cleanSentences(list);
    const words = await pre.nounsAndAdjectives(clean[0]);
    if (!words) return [];
    const ranked = summarizer.sortSentences(summarizer.textRankMapToList(pre.textRank(pre.createTextRankGraph(words))));
    return ranked
      .slice(0, Math.min(sentences, ranked.length))
      .map(([, key]) => clean[1].get(key))
      .filter((s) => typeof s === 'string');
  } finally {
    Math.random = saved;
  }
}

/** The package's own public call, with the same seeding (used by the tests to pin the wrapper). */
export async function nodeSummarizerPublic(text, sentences, seed) {
  const { SummarizerManager } = require('node-summarizer');
  const saved = Math.random;
  Math.random = seededRandom(seed);
  try {
    const result = await new SummarizerManager(text, sentences).getSummaryByRank();
    return result.summary;
  } finally {
    Math.random = saved;
  }
}
