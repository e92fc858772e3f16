"""CNN/DailyMail stories for scripts/train-summary-model: featurised by precis_features, labelled
by a greedy ROUGE oracle against their highlights, and cached under build/ (featurising 8,000
stories takes minutes on two cores; the cache is keyed by the featuriser binary and the data file,
so a changed feature or a changed name model is featurised afresh).

Splits (cnndm-train/README: no test story is in ../shared/data):
- "train": the first CNNDM_TRAIN_STORIES (8,000) of cnndm-train.jsonl.gz, in file order: what the trees fit.
- "gate": the next CNNDM_GATE_STORIES (8,000) training stories: what the lead gate fits, on the
  trees' scores of stories they were not fitted on.
- "tune": validation stories whose line index >= CNNDM_REPORTED (2,359): where settings are chosen.
- the validation stories with line index < CNNDM_REPORTED are what scripts/eval reports: never read here.
"""

import gzip
import hashlib
import json
import os
import pickle
import subprocess
from collections import Counter

import numpy as np

CNNDM_TRAIN_STORIES = 8000
CNNDM_GATE_STORIES = 8000
CNNDM_REPORTED = 2000  # keep in step with scripts/eval-lib/datasets.mjs (cnndm: the first 2,000)
ORACLE_SENTENCES = 3
KEY_SAMPLE = 25  # stories featurised to tell whether the cache is still good


def story_text(row):
    """A story as scripts/eval gives it to Precis: its sentences joined by single spaces."""
    return ' '.join(row['sentences'])


def read_stories(data_dir, split):
    """The stories of `split`, in file order: lines [first, end) of its file."""
    if split == 'tune':
        name, first, end = 'cnndm-validation.jsonl.gz', CNNDM_REPORTED, None  # below: scripts/eval's, never read
    else:
        name = 'cnndm-train.jsonl.gz'
        first, end = {'train': (0, CNNDM_TRAIN_STORIES),
                      'gate': (CNNDM_TRAIN_STORIES, CNNDM_TRAIN_STORIES + CNNDM_GATE_STORIES)}[split]
    rows = []
    with gzip.open(os.path.join(data_dir, 'cnndm-train', name), 'rt', encoding='utf-8') as f:
        for index, line in enumerate(f):
            if end is not None and index >= end:
                break
            if index >= first:
                rows.append(json.loads(line))
    return rows


def greedy_oracle(sentences, reference, limit=ORACLE_SENTENCES):
    """The sentences a greedy oracle picks: each time the one that most raises ROUGE-1 + ROUGE-2
    F1 of the summary against the reference, up to `limit`, while any does. Counts are kept
    incrementally (bigrams within sentences), so a 40-sentence story takes a millisecond."""
    ref = (Counter(reference), Counter(zip(reference, reference[1:])))
    ref_total = (sum(ref[0].values()), sum(ref[1].values()))
    grams = [(Counter(s), Counter(zip(s, s[1:]))) for s in sentences]
    sizes = [(len(s), max(len(s) - 1, 0)) for s in sentences]
    held = (Counter(), Counter())
    hits, total = [0, 0], [0, 0]

    def f1(hit, peer, reference_total):
        if hit == 0:
            return 0.0
        precision, recall = hit / peer, hit / reference_total
        return 2 * precision * recall / (precision + recall)

    chosen, best = [], 0.0
    while len(chosen) < limit:
        pick = None
        for j, own in enumerate(grams):
            if j in chosen:
                continue
            value = 0.0
            for n in (0, 1):
                gain = sum(min(c, max(ref[n][g] - held[n][g], 0)) for g, c in own[n].items())
                value += f1(hits[n] + gain, total[n] + sizes[j][n], ref_total[n])
            if value > best + 1e-12:
                best, pick = value, j
        if pick is None:
            break
        chosen.append(pick)
        for n in (0, 1):
            hits[n] += sum(min(c, max(ref[n][g] - held[n][g], 0)) for g, c in grams[pick][n].items())
            held[n].update(grams[pick][n])
            total[n] += sizes[pick][n]
    labels = np.zeros(len(sentences))
    labels[chosen] = 1.0
    return labels


def cache_key(binary, featurise, texts, split):
    """What the cached features depend on: the featuriser's output for a few of the stories (it
    changes when a feature or a name model does, not when only the summary model is rebuilt into
    the binary) and the stories themselves."""
    digest = hashlib.sha256(f'{split}:{len(texts)}'.encode())
    for text in texts:
        digest.update(text.encode('utf-8'))
    digest.update(json.dumps(featurise(binary, texts[:KEY_SAMPLE], 'en')).encode())
    return digest.hexdigest()[:16]


def load_cnndm(root, data_dir, binary, names, split, featurise, tokens, log):
    """Stories of `split` as training documents: X (selectable sentences' features), y (oracle
    labels), sentences (tokens) and reference (the highlights' tokens)."""
    rows = read_stories(data_dir, split)
    texts = [story_text(row) for row in rows]
    cache = os.path.join(root, 'build', 'summary-training', f'cnndm-{split}-{cache_key(binary, featurise, texts, split)}.pickle')
    if os.path.exists(cache):
        with open(cache, 'rb') as f:
            docs = pickle.load(f)
        log(f'CNN/DailyMail {split}: {len(docs)} stories from {os.path.relpath(cache, root)}')
        return docs
    log(f'features of {len(texts)} CNN/DailyMail {split} stories ...')
    docs = []
    for row, text, result in zip(rows, texts, featurise(binary, texts, 'en')):
        raw = text.encode('utf-8')
        chosen = [s for s in result['sentences'] if s['selectable']]
        sentences = [tokens(raw[s['start']:s['end']].decode('utf-8', 'replace')) for s in chosen]
        reference = tokens(' '.join(row['highlights']))
        docs.append({
            'split': split,
            'X': np.array([s['features'] for s in chosen], dtype=float).reshape(len(chosen), len(names)),
            'y': greedy_oracle(sentences, reference),
            'sentences': sentences,
            'reference': reference,
        })
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    with open(cache + '.partial', 'wb') as f:
        pickle.dump(docs, f)
    os.replace(cache + '.partial', cache)
    return docs
