// The evaluation sets, read where they lie (../shared/data), with the length each is summarised to.

import fs from 'node:fs';
import path from 'node:path';
import { detokenize, splitSentences } from './text.mjs';

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
 * documents) is what the harness reports; "tune" (index % 2 == 1, the other 50) is where
 * scripts/train-summary-model tunes how the `auto` model's short summaries weigh a sentence's
 * place and length.
 */
export function summevalSplitOf(index) {
  return index % 2 === 0 ? 'test' : 'tune';
}

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
  summeval: {
    title: 'CNN/DailyMail, SummEval-100',
    file: 'cnndm-summeval/summeval-100.jsonl',
    language: 'en',
    length: '3 sentences',
    load(dataDir, { split = 'test' } = {}) {
      return readJsonl(path.join(dataDir, this.file))
        .filter((row, index) => split === 'all' || summevalSplitOf(index) === split)
        .map((row) => {
          const references = row.references.map((ref) => splitSentences(detokenize(ref), 'en'));
          // The first of the 11 references is the article's own CNN/DailyMail highlights, the one
          // reference that published CNN/DailyMail figures use; the other 10 were written for SummEval.
          return { id: row.id, text: detokenize(row.text_tokenized), title: null, sentences: 3, references, highlights: [references[0]] };
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
