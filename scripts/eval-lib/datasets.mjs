// The evaluation sets, read where they lie (../shared/data), with the length each is summarised to.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { detokenize, sentenceCase, splitSentences } from './text.mjs';

function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/**
 * The BBC split. bbc-dev.jsonl is split by line index (0-based, in file order): the articles whose
 * index % 5 == 0 are "test" (333 articles, every category), the model never sees them; the others
 * are "train" (1,332: training and tuning). "all" is the 1,665.
 */
export function bbcSplitOf(index) {
  return index % 5 === 0 ? 'test' : 'train';
}

/**
 * The OrangeSum split, by line index (0-based, in file order): "test" (index % 2 == 0, 750
 * articles) is what the harness reports; "fit" (the other 750) is where
 * scripts/train-summary-model fits and tunes the model's short-summary head.
 */
export function orangesumSplitOf(index) {
  return index % 2 === 0 ? 'test' : 'fit';
}

/**
 * The SummEval split, by line index (0-based, in file order): "test" (index % 2 == 0, 50
 * documents) is what the harness reports; "tune" (index % 2 == 1, the other 50) is for looking
 * at what the `auto` model does on cased CNN/DailyMail text. scripts/train-summary-model reads
 * neither half: SummEval's articles are CNN/DailyMail test stories.
 */
export function summevalSplitOf(index) {
  return index % 2 === 0 ? 'test' : 'tune';
}

/**
 * CNN/DailyMail validation: the harness reports the first CNNDM_REPORTED stories of
 * cnndm-validation.jsonl.gz (in file order); scripts/train-summary-model chooses its settings on
 * the others (its "tune") and never reads these.
 */
export const CNNDM_REPORTED = 2000;

export const DATASETS = {
  bbc: {
    title: 'BBC News Summary',
    file: 'bbc/bbc-dev.jsonl',
    language: 'en',
    length: "the reference's number of sentences",
    load(dataDir, { split = 'test' } = {}) {
      return readJsonl(path.join(dataDir, this.file))
        .map((row, index) => ({ row, index }))
        .filter(({ index }) => split === 'all' || bbcSplitOf(index) === split)
        .map(({ row }) => ({
          id: row.id,
          text: row.text,
          title: row.text.split('\n')[0],
          sentences: row.summary_sentences.length,
          references: [row.summary_sentences],
        }));
    },
  },
  cnndm: {
    title: 'CNN/DailyMail validation',
    file: 'cnndm-train/cnndm-validation.jsonl.gz',
    language: 'en',
    length: '3 sentences',
    lengthBreakdown: true,
    load(dataDir, { split = 'validation' } = {}) {
      if (split !== 'validation') throw new Error(`CNN/DailyMail has one split here, "validation" (not "${split}")`);
      const lines = zlib.gunzipSync(fs.readFileSync(path.join(dataDir, this.file))).toString('utf8').split('\n');
      return lines
        .filter((line) => line.trim())
        .slice(0, CNNDM_REPORTED)
        .map((line) => JSON.parse(line))
        // The stories are lower-cased and split into sentences; the text is them joined by spaces.
        .map((row) => ({ id: row.id, text: row.sentences.join(' '), title: null, sentences: 3, references: [row.highlights] }));
    },
  },
  summeval: {
    title: 'CNN/DailyMail, SummEval-100',
    file: 'cnndm-summeval/summeval-100.jsonl',
    language: 'en',
    length: '3 sentences',
    lengthBreakdown: true,
    load(dataDir, { split = 'test', lowerCase = false } = {}) {
      return readJsonl(path.join(dataDir, this.file))
        .filter((row, index) => split === 'all' || summevalSplitOf(index) === split)
        .map((row) => {
          const text = detokenize(row.text_tokenized);
          const references = row.references.map((ref) => splitSentences(detokenize(ref), 'en'));
          // The first of the 11 references is the article's own CNN/DailyMail highlights, the one
          // reference that published CNN/DailyMail figures use; the other 10 were written for SummEval.
          return { id: row.id, text: lowerCase ? sentenceCase(text) : text, title: null, sentences: 3, references, highlights: [references[0]] };
        });
    },
  },
  orangesum: {
    title: 'OrangeSum, French',
    file: 'orangesum-fr/orangesum-test.jsonl',
    language: 'fr',
    length: '2 sentences',
    load(dataDir, { split = 'test' } = {}) {
      return readJsonl(path.join(dataDir, this.file))
        .filter((row, index) => split === 'all' || orangesumSplitOf(index) === split)
        .map((row) => ({
          id: row.id,
          text: row.text,
          title: null,
          sentences: 2,
          references: [splitSentences(row.abstract, 'fr')],
        }));
    },
  },
};
