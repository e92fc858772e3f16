// Tables and docs/quality.md from a run of the harness.

import fs from 'node:fs';
import { keepNerSection } from './ner-docs.mjs';

const fmt = (x, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const signed = (x) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(2);

function docsPerSecond(row) {
  if (!row.docsPerSecond) return '—';
  return row.docsPerSecond >= 100 ? row.docsPerSecond.toFixed(0) : row.docsPerSecond.toFixed(1);
}

export function splitName(r) {
  if (r.name === 'bbc') {
    if (r.split === 'test') return `split "test": the ${r.documents} articles of bbc-dev.jsonl whose line index % 5 == 0`;
    if (r.split === 'train') return `split "train": the ${r.documents} articles of bbc-dev.jsonl whose line index % 5 != 0`;
    return `all ${r.documents} articles of bbc-dev.jsonl (test and train splits together)`;
  }
  if (r.name === 'orangesum') {
    if (r.split === 'test') return `split "test": the ${r.documents} articles of orangesum-test.jsonl whose line index % 2 == 0`;
    if (r.split === 'fit') return `split "fit": the ${r.documents} articles of orangesum-test.jsonl whose line index % 2 == 1`;
    return `all ${r.documents} articles of orangesum-test.jsonl (test and fit splits together)`;
  }
  if (r.name === 'summeval') {
    if (r.split === 'test') return `split "test": the ${r.documents} documents of summeval-100.jsonl whose line index % 2 == 0`;
    if (r.split === 'tune') return `split "tune": the ${r.documents} documents of summeval-100.jsonl whose line index % 2 == 1`;
    return `all ${r.documents} documents of summeval-100.jsonl (test and tune splits together: the tune split was tuned on)`;
  }
  if (r.name === 'cnndm') return `split "validation": the first ${r.documents} stories of cnndm-validation.jsonl.gz`;
  if (r.documents < r.total) return `the first ${r.documents} of ${r.total} documents`;
  return `all ${r.documents} documents`;
}

export function heading(r) {
  return `${r.title}: ${splitName(r)}`;
}

export function markdownTable(r) {
  const refs = r.referencesPerDocument > 1 ? `, ${r.referencesPerDocument} references a document` : '';
  const hl = r.rows[0]?.highlights;
  const lines = [
    `### ${heading(r)}`,
    '',
    `Length: ${r.length}${r.name === 'bbc' ? ` (mean ${r.meanLength.toFixed(1)})` : ''}${refs}. ROUGE F1 × 100, averaged over documents.`,
  ];
  if (hl) {
    lines.push('R-1, R-2, R-L: against all 11 references (ROUGE-1.5.5 `-f A`); "highlights": against the',
      "article's own CNN/DailyMail highlights alone (reference 1 of 11), as published CNN/DailyMail figures are.");
  }
  lines.push('');
  if (hl) {
    lines.push('| method | R-1 | R-2 | R-L | highlights R-1 | R-2 | R-L | sentences | words | repeated trigram | docs/s |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  } else {
    lines.push('| method | R-1 | R-2 | R-L | sentences | words | repeated trigram | docs/s |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  }
  for (const row of r.rows) {
    const note = row.note ? ` (${row.note})` : '';
    const h = row.highlights ? ` ${fmt(row.highlights.r1)} | ${fmt(row.highlights.r2)} | ${fmt(row.highlights.rl)} |` : '';
    lines.push(`| ${row.method}${note} | ${fmt(row.r1)} | ${fmt(row.r2)} | ${fmt(row.rl)} |${h} ${fmt(row.sentences, 1)} | ${fmt(row.words, 0)} | ${fmt(row.repeatedTrigram, 1)}% | ${docsPerSecond(row)} |`);
  }
  if (r.byLength) lines.push('', ...byLengthTable(r));
  return lines.join('\n');
}

/** Precis `auto` beside the lead by article length, R-1 / R-2 (against the highlights alone for SummEval). */
function byLengthTable(r) {
  const { baseline, rows } = r.byLength;
  const pair = (x) => `${fmt(x.r1)} / ${fmt(x.r2)}`;
  const gain = (row) => `${signed(row.method.r1 - row.baseline.r1)} / ${signed(row.method.r2 - row.baseline.r2)}`;
  return [
    `By article length (words), R-1 / R-2${r.rows[0]?.highlights ? ' against the highlights' : ''}:`,
    '',
    `| words | documents | precis \`auto\` | ${baseline} | difference |`,
    '|---|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.words} | ${row.documents} | ${pair(row.method)} | ${pair(row.baseline)} | ${gain(row)} |`),
  ];
}

/** One generated line a dataset: Precis' default against the baselines, the peers and the ceiling. */
export function headline(r) {
  const find = (kind, pred = () => true) => r.rows.find((row) => row.kind === kind && pred(row));
  const auto = find('precis', (row) => row.method.includes('auto'));
  const best = r.rows.filter((row) => row.kind === 'precis').reduce((a, b) => (b.r1 > a.r1 ? b : a));
  const lead = find('baseline');
  const oracle = find('ceiling');
  const peers = r.rows.filter((row) => row.kind === 'peer');
  const triple = (row) => `${fmt(row.r1)} / ${fmt(row.r2)} / ${fmt(row.rl)}`;
  const parts = [`Precis \`auto\` ${triple(auto)}`];
  if (best !== auto) parts.push(`best algorithm ${best.method.replace('precis ', '')} ${triple(best)}`);
  parts.push(`${lead.method} ${triple(lead)}`);
  for (const p of peers) parts.push(`${p.method.split(' (')[0]} ${triple(p)}`);
  parts.push(`ORACLE ${triple(oracle)}`);
  return `- ${r.title} (${r.split === 'all' ? `${r.documents} documents` : `${r.split} split, ${r.documents} documents`}), R-1 / R-2 / R-L: ${parts.join('; ')}.`;
}

export function writeQualityDoc(file, run) {
  const tables = run.datasets.map((r) => {
    const notes = r.problems.map((p) => `- Note: ${p}`).join('\n');
    return `${markdownTable(r)}\n${notes ? `\n${notes}\n` : ''}`;
  });
  const text = `# Summary quality

<!-- Written by \`scripts/eval --write-docs\`: edit scripts/eval-lib/report.mjs, not this file. -->

Measured on ${run.date} with ${run.version} (${run.commit}), Node ${run.node}; the run took
${Math.round(run.seconds)} s on the project's 2-core machine. Reproduce with:

\`\`\`sh
scripts/eval --write-docs
\`\`\`

In short (ROUGE F1 × 100):

${run.datasets.map(headline).join('\n')}

## Results

Every figure below was measured in that one run. Each table names the documents it covers;
all figures are on splits (see "Splits") that no model is trained or tuned on. Columns:
ROUGE-1, ROUGE-2 and ROUGE-L F1 × 100; the mean number of sentences and of words (separated by
white space) of a summary; the share of summaries that hold some trigram of ROUGE's tokens twice
(the usual sign of two sentences saying the same thing); documents summarised per second.

${tables.join('\n')}
## How the figures are made

**Score.** ROUGE-1, ROUGE-2 and ROUGE-L F1 with the conventions of ROUGE-1.5.5
(\`ROUGE-1.5.5.pl -m -n 2 -a\`), in \`scripts/eval-lib/rouge.mjs\`: ASCII letters lower-cased,
everything that is not \`[a-z0-9]\` turned into spaces, tokens longer than 3 characters stemmed
(the WordNet 2.0 exception table first, \`said\` → \`say\`, then ROUGE's own Porter stemmer,
which differs from the stock one on -ment/-ent endings), ROUGE-L at summary level (the union of
the LCS of each reference sentence with every summary sentence, clipped by unigram counts), and
F1 from recall and precision rounded to five decimals, averaged over documents. With several
references (SummEval has 11) the model-average formula \`-f A\`, ROUGE's default, is used:
hits and counts are summed over the references (no jackknifing: ROUGE dropped it in 1.4).
French (OrangeSum) is not stemmed (Porter is English) and has its accents folded first
(\`précédent\` → \`precedent\`), since ROUGE-1.5.5 would turn every accented letter into a
space. No length cut-off (\`-l\`/\`-b\`) is applied: every method gets the same number of
sentences instead. The scorer is pinned by hand-worked examples in \`tests/eval/\`
(\`node --test tests/eval/\`) and cross-checked there against the npm packages \`js-rouge\`
(ROUGE-N) and \`stemmer\` (Porter).

**Lengths.** BBC: as many sentences as the reference has (the references are extractive,
about 40% of the article). CNN/DailyMail validation: 3 sentences, on the story's sentences
joined by single spaces (the stories are lower-cased, as released tokenised), against its
highlights. SummEval (CNN/DailyMail): 3 sentences, on the text with its
tokenisation undone (\`text_tokenized\` has spaces around punctuation: \`team 's\` →
\`team's\`); the references are detokenised the same way and split into sentences.
OrangeSum: 2 sentences.

**Methods.** \`precis --jsonl\` with \`{"sentences": k, "algorithm": NAME}\` for each
algorithm; a summary is the UTF-8 byte slices of its sentences. LEAD-k: the first k sentences
of the article, as Precis cuts them, the BBC title line left out. ORACLE: greedy selection of
article sentences (Precis' cut, no title line) that each time adds the sentence that most
raises F(ROUGE-1) + F(ROUGE-2) against the references, up to k sentences, stopping early when
nothing raises it; the ceiling for an extractive summary of that length.

**Peers.** *ots*: Debian's Open Text Summarizer (package \`ots\`, libots 0.5). Its command
takes only a share of the words (\`--ratio=P\`), so the harness calls its library the way the
command does (the language's dictionary, \`ots_grade_doc\`) and asks for exactly k sentences
with libots' own \`ots_highlight_doc_lines(k)\` (\`scripts/eval-lib/ots_lines.py\`); its
output is scored as ots cuts and prints it (ots does not break at a line break, so on BBC the
title line comes glued to the first sentence: it is removed before scoring). *node-summarizer*:
the npm package's TextRank (\`SummarizerManager#getSummaryByRank\`, k sentences), run with
its own steps but keeping the chosen sentences apart (the package joins them with nothing in
between), in its rank order; its random walk uses \`Math.random\`, seeded per document so that
runs repeat. It tags nouns and adjectives with English WordNet, also on French text.

**WebAssembly.** \`scripts/eval --wasm\` also runs the module of the web page
(\`build/npm/precis.js\`, \`createPrecis().summarize\`, UTF-16 offsets) in Node on the
same texts and adds a row per algorithm, saying on how many documents its summary differs from
the native one (the design wants none). Without the module it stops with a message.

**docs/s.** Documents per second of wall time for the whole batch: \`precis --jsonl\` as one
process per algorithm (start-up and JSON included), ots as one Python process over libots,
node-summarizer inside the harness' Node process. The machine is shared; read ratios, not
absolute figures.

## Splits

- BBC (\`bbc/bbc-dev.jsonl\`, 1,665 articles): fixed split by line index (0-based, file
  order). **test**: index % 5 == 0, 333 articles from all five categories, never used to train
  or tune a model; **train**: the other 1,332, for training and tuning.
  \`scripts/eval --bbc-split train|all\` scores those instead.
- OrangeSum (\`orangesum-fr/orangesum-test.jsonl\`, 1,500 articles): fixed split by line index
  (0-based, file order). **test**: index % 2 == 0, 750 articles, never used to train or tune a
  model; **fit**: the other 750, where \`scripts/train-summary-model\` fits and tunes the head
  of the \`auto\` model that ranks short news summaries.
  \`scripts/eval --orangesum-split fit|all\` scores those instead.
- CNN/DailyMail validation (\`cnndm-train/cnndm-validation.jsonl.gz\`, 4,359 stories): the
  harness reports the first 2,000 (file order), which no model is trained or tuned on;
  \`scripts/train-summary-model\` chooses the settings of the \`auto\` model's short summaries
  on the other 2,359 and fits its news trees and its lead gate on CNN/DailyMail training stories.
- SummEval-100 (\`cnndm-summeval/summeval-100.jsonl\`, 100 CNN/DailyMail test articles): fixed
  split by line index (0-based, file order). **test**: index % 2 == 0, 50 documents, what the
  harness reports; **tune**: the other 50. The current model reads neither (an earlier one chose
  two numbers on the tune half). \`scripts/eval --summeval-split tune|all\` scores those instead.
- The Precis measured is \`build/native/precis\` as it was built when the run started (the
  harness builds it only when it is missing); its version and commit are named at the top.
`;
  // the named-entity section is scripts/eval-ner's: carried over as it is
  fs.writeFileSync(file, keepNerSection(file, text));
}
