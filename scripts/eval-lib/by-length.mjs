// Precis' default beside the lead, by the length of the article: on CNN/DailyMail the model's
// edge over LEAD-3 grows with the story, so a set of short articles (SummEval's are all under
// 700 words) shows less of it than the validation stories do.

/** Article lengths in words (separated by white space): [from, to). */
export const LENGTH_BUCKETS = [[0, 300], [300, 450], [450, 700], [700, Infinity]];

export function articleWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

function bucketName([from, to]) {
  return to === Infinity ? `${from} and more` : from === 0 ? `under ${to}` : `${from}–${to - 1}`;
}

/**
 * One row a length bucket that holds any document: its documents and the mean
 * (× 100) of two methods, each given as per-document F1 lists ({ r1: [...], r2: [...] }).
 */
export function byLength(words, method, baseline) {
  const rows = [];
  for (const bucket of LENGTH_BUCKETS) {
    const docs = words.map((w, i) => (w >= bucket[0] && w < bucket[1] ? i : -1)).filter((i) => i >= 0);
    if (!docs.length) continue;
    const mean = (list) => (100 * docs.reduce((sum, i) => sum + list[i], 0)) / docs.length;
    rows.push({
      words: bucketName(bucket),
      documents: docs.length,
      method: { r1: mean(method.r1), r2: mean(method.r2) },
      baseline: { r1: mean(baseline.r1), r2: mean(baseline.r2) },
    });
  }
  return rows;
}
