// Exact-span scoring of named entities (the CoNLL convention): a predicted entity counts only if
// its start, end and type all equal those of a gold entity. Micro precision, recall and F1, per
// type and over all the scored types.

function ratio(a, b) {
  return b === 0 ? 0 : a / b;
}

function finish(c) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, gold: c.tp + c.fn, predicted: c.tp + c.fp, precision, recall, f1 };
}

/**
 * gold[i] and predicted[i] are the entities ({ start, end, type }) of sentence i. Only the
 * entities whose type is in `types` are scored, on both sides (so a set that does not annotate
 * MISC neither rewards nor punishes MISC). The same span and type predicted twice counts once.
 *
 * Returns { types: { PER: { tp, fp, fn, gold, predicted, precision, recall, f1 }, ... }, all: {...} }.
 */
export function scoreEntities(gold, predicted, types) {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold sentences but ${predicted.length} predicted`);
  const wanted = new Set(types);
  const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (e) => `${e.start}:${e.end}:${e.type}`;
  gold.forEach((g, i) => {
    const goldKeys = new Set(g.filter((e) => wanted.has(e.type)).map(key));
    const predKeys = new Set(predicted[i].filter((e) => wanted.has(e.type)).map(key));
    for (const k of predKeys) {
      const type = k.slice(k.lastIndexOf(':') + 1);
      if (goldKeys.has(k)) counts[type].tp++;
      else counts[type].fp++;
    }
    for (const k of goldKeys) {
      if (!predKeys.has(k)) counts[k.slice(k.lastIndexOf(':') + 1)].fn++;
    }
  });
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(counts)) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return {
    types: Object.fromEntries(types.map((t) => [t, finish(counts[t])])),
    all: finish(all),
  };
}
