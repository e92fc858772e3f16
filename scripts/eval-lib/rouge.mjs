// ROUGE-1, ROUGE-2 and summary-level ROUGE-L with the conventions of ROUGE-1.5.5.pl run as
// `-m -n 2 -a` (stemming, F1 with alpha 0.5, model-average formula "-f A" over references).
//
// What ROUGE-1.5.5 does, and this file does the same:
// - Text: ASCII A-Z lower-cased; every byte that is not [a-z0-9] becomes a space (a hyphen
//   becomes a token of its own, which is then dropped with the other non-word tokens).
//   Non-ASCII letters become spaces too ("café" -> "caf"), as in the Perl script. For French the
//   harness first folds accents ("précédent" -> "precedent"), see `foldAccents`.
// - Stemming (-m): only tokens longer than 3 characters; the WordNet 2.0 exception table first
//   ("said" -> "say", "data" -> "datum"), then ROUGE's Porter (./porter.mjs). Short tokens stay
//   as they are ("sat" is not mapped to "sit").
// - ROUGE-N: the sentences of a summary are joined, so n-grams run across sentence boundaries;
//   counts are clipped per n-gram.
// - ROUGE-L: summary level. For each reference sentence, the LCS with every peer sentence marks
//   reference tokens (back-tracking as the Perl script does: diagonal on a match, else up when
//   c[i-1][j] >= c[i][j-1], else left); the union of the marks counts, each hit clipped by the
//   unigram counts left over in both the reference and the peer.
// - Several references ("-f A", ROUGE's default; no jackknifing since ROUGE 1.4): hits and
//   reference counts are summed over the references, the peer count is added once per
//   reference; R = hits / reference count, P = hits / peer count. R and P are rounded to five
//   decimals, then F = P*R / (0.5*P + 0.5*R), rounded too; figures are F averaged over documents.

import fs from 'node:fs';
import { porterStem } from './porter.mjs';

/** Reads the WordNet exception table (inflected<TAB>base, '#' comments) into a Map. */
export function loadExceptions(path) {
  const map = new Map();
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).trim());
  }
  return map;
}

/** Folds Latin accents and ligatures to ASCII letters ("Œuvre élégante" -> "OEuvre elegante"). */
export function foldAccents(text) {
  return text
    .replace(/[œŒæÆß]/g, (ch) => ({ œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' })[ch])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

const round5 = (x) => Number(x.toFixed(5));

function fScore(hit, count, countP) {
  const r = count > 0 ? round5(hit / count) : 0;
  const p = countP > 0 ? round5(hit / countP) : 0;
  const f = 0.5 * p + 0.5 * r > 0 ? round5((p * r) / (0.5 * p + 0.5 * r)) : 0;
  return { r, p, f };
}

function countNgrams(tokens, n) {
  const counts = new Map();
  let total = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) || 0) + 1);
    total++;
  }
  return { counts, total };
}

function ngramHits(model, peer) {
  let hit = 0;
  for (const [gram, m] of model.counts) {
    const p = peer.counts.get(gram);
    if (p) hit += Math.min(m, p);
  }
  return hit;
}

/** Marks in hitMask the tokens of `model` on one LCS with `peer`, as ROUGE's markLCS does. */
function markLcs(model, peer, hitMask) {
  const m = model.length;
  const n = peer.length;
  if (m === 0 || n === 0) return;
  const w = n + 1;
  const c = new Uint16Array((m + 1) * w);
  const b = new Uint8Array((m + 1) * w); // 1 diagonal, 2 up, 3 left
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const k = i * w + j;
      if (model[i - 1] === peer[j - 1]) {
        c[k] = c[k - w - 1] + 1;
        b[k] = 1;
      } else if (c[k - w] >= c[k - 1]) {
        c[k] = c[k - w];
        b[k] = 2;
      } else {
        c[k] = c[k - 1];
        b[k] = 3;
      }
    }
  }
  let i = m;
  let j = n;
  while (i !== 0 && j !== 0) {
    const d = b[i * w + j];
    if (d === 1) {
      i--;
      j--;
      hitMask[i] = 1;
    } else if (d === 2) i--;
    else j--;
  }
}

export class Rouge {
  /**
   * @param {object} options
   * @param {Map<string,string>} [options.exceptions] WordNet exception table (for stemming)
   * @param {boolean} [options.stem=true] ROUGE's -m
   * @param {boolean} [options.fold=false] fold accents before tokenising (French)
   */
  constructor({ exceptions = new Map(), stem = true, fold = false } = {}) {
    this.exceptions = exceptions;
    this.stem = stem;
    this.fold = fold;
    this.cache = new Map();
  }

  stemToken(token) {
    if (!this.stem || token.length <= 3) return token;
    let s = this.cache.get(token);
    if (s === undefined) {
      s = this.exceptions.get(token) ?? porterStem(token);
      this.cache.set(token, s);
    }
    return s;
  }

  /** The tokens ROUGE counts in one piece of text. */
  tokens(text) {
    let t = this.fold ? foldAccents(text) : text;
    t = t.replace(/[A-Z]+/g, (s) => s.toLowerCase()).replace(/[^a-z0-9]+/g, ' ').trim();
    if (!t) return [];
    return t.split(' ').map((tok) => this.stemToken(tok));
  }

  /**
   * Whether a summary holds some trigram of ROUGE's tokens twice, within a sentence or across
   * two: the usual sign of two sentences saying the same thing.
   */
  repeatsTrigram(sentences) {
    const seen = new Set();
    for (const sentence of sentences) {
      const tokens = this.tokens(sentence);
      for (let i = 0; i + 3 <= tokens.length; i++) {
        const trigram = tokens.slice(i, i + 3).join(' ');
        if (seen.has(trigram)) return true;
        seen.add(trigram);
      }
    }
    return false;
  }

  /** Tokenises and counts the references once: refs is a list of references, each a list of sentences. */
  prepareReferences(refs) {
    return refs.map((sentences) => {
      const sents = sentences.map((s) => this.tokens(s));
      const flat = sents.flat();
      return { sents, uni: countNgrams(flat, 1), bi: countNgrams(flat, 2) };
    });
  }

  /** Scores a peer (a list of sentences, as text) against prepared references. */
  score(peerSentences, preparedRefs) {
    return this.scoreTokens(peerSentences.map((s) => this.tokens(s)), preparedRefs);
  }

  /** R-1, R-2 (and R-L unless withL is false) for peer sentences already tokenised. */
  scoreTokens(peerSents, refs, withL = true) {
    const flat = peerSents.flat();
    const uni = countNgrams(flat, 1);
    const bi = countNgrams(flat, 2);
    let h1 = 0, c1 = 0, p1 = 0, h2 = 0, c2 = 0, p2 = 0, hl = 0, cl = 0, pl = 0;
    for (const ref of refs) {
      h1 += ngramHits(ref.uni, uni);
      c1 += ref.uni.total;
      p1 += uni.total;
      h2 += ngramHits(ref.bi, bi);
      c2 += ref.bi.total;
      p2 += bi.total;
      if (withL) {
        const modelLeft = new Map(ref.uni.counts);
        const peerLeft = new Map(uni.counts);
        for (const msent of ref.sents) {
          const mask = new Uint8Array(msent.length);
          cl += msent.length;
          for (const psent of peerSents) markLcs(msent, psent, mask);
          for (let j = 0; j < msent.length; j++) {
            if (!mask[j]) continue;
            const tok = msent[j];
            if ((modelLeft.get(tok) || 0) > 0 && (peerLeft.get(tok) || 0) > 0) {
              hl++;
              modelLeft.set(tok, modelLeft.get(tok) - 1);
              peerLeft.set(tok, peerLeft.get(tok) - 1);
            }
          }
        }
        pl += uni.total;
      }
    }
    const out = { r1: fScore(h1, c1, p1), r2: fScore(h2, c2, p2) };
    if (withL) out.rl = fScore(hl, cl, pl);
    return out;
  }

  /**
   * The greedy ORACLE: adds, one at a time, the candidate sentence that most raises
   * F(ROUGE-1) + F(ROUGE-2) of the selection (taken in document order, so that bigrams across
   * sentence boundaries count as in `scoreTokens`), and stops at k sentences or when no sentence
   * raises it. Returns the chosen indices into `candidates`, ascending. The counts are kept up to
   * date incrementally; the result is what re-scoring every trial with `scoreTokens` would pick.
   */
  oracle(candidates, preparedRefs, k) {
    const ids = new Map();
    const id = (t) => {
      let v = ids.get(t);
      if (v === undefined) {
        v = ids.size;
        ids.set(t, v);
      }
      return v;
    };
    const pair = (a, b) => a * 0x100000 + b;
    const sents = candidates.map((s) => this.tokens(s).map(id));
    const tally = (grams) => {
      const m = new Map();
      for (const g of grams) m.set(g, (m.get(g) || 0) + 1);
      return m;
    };
    const refs = preparedRefs.map((r) => {
      const flat = r.sents.flat().map(id);
      const bigrams = [];
      for (let j = 0; j + 1 < flat.length; j++) bigrams.push(pair(flat[j], flat[j + 1]));
      return { uni: tally(flat), bi: tally(bigrams), n1: flat.length, n2: bigrams.length, h1: 0, h2: 0 };
    });
    const c1 = refs.reduce((a, r) => a + r.n1, 0);
    const c2 = refs.reduce((a, r) => a + r.n2, 0);
    const uniOf = sents.map((t) => tally(t));
    const biOf = sents.map((t) => {
      const grams = [];
      for (let j = 0; j + 1 < t.length; j++) grams.push(pair(t[j], t[j + 1]));
      return tally(grams);
    });
    const peerUni = new Map();
    const peerBi = new Map();
    let tokens = 0;
    const chosen = [];
    const gain = (peer, delta, refCounts) => {
      let h = 0;
      for (const [g, d] of delta) {
        const r = refCounts.get(g);
        if (!r) continue;
        const p = peer.get(g) || 0;
        h += Math.min(p + d, r) - Math.min(p, r);
      }
      return h;
    };
    const bigramDelta = (i) => {
      const delta = new Map(biOf[i]);
      const add = (g, d) => delta.set(g, (delta.get(g) || 0) + d);
      let prev = -1;
      let next = -1;
      for (const j of chosen) {
        if (j < i && j > prev) prev = j;
        if (j > i && (next < 0 || j < next)) next = j;
      }
      const first = (j) => sents[j][0];
      const last = (j) => sents[j][sents[j].length - 1];
      if (prev >= 0 && next >= 0) add(pair(last(prev), first(next)), -1);
      if (prev >= 0) add(pair(last(prev), first(i)), 1);
      if (next >= 0) add(pair(last(i), first(next)), 1);
      return delta;
    };
    let best = 0;
    while (chosen.length < k) {
      let pick = null;
      for (let i = 0; i < sents.length; i++) {
        if (chosen.includes(i) || sents[i].length === 0) continue;
        const dBi = bigramDelta(i);
        let h1 = 0;
        let h2 = 0;
        const hits = refs.map((r) => {
          const a = r.h1 + gain(peerUni, uniOf[i], r.uni);
          const b = r.h2 + gain(peerBi, dBi, r.bi);
          h1 += a;
          h2 += b;
          return [a, b];
        });
        const n = tokens + sents[i].length;
        const value = fScore(h1, c1, n * refs.length).f + fScore(h2, c2, Math.max(0, n - 1) * refs.length).f;
        if (value > best) {
          best = value;
          pick = { i, dBi, hits };
        }
      }
      if (!pick) break;
      const { i, dBi, hits } = pick;
      refs.forEach((r, j) => {
        [r.h1, r.h2] = hits[j];
      });
      for (const [g, d] of uniOf[i]) peerUni.set(g, (peerUni.get(g) || 0) + d);
      for (const [g, d] of dBi) peerBi.set(g, (peerBi.get(g) || 0) + d);
      tokens += sents[i].length;
      chosen.push(i);
    }
    return chosen.sort((a, b) => a - b);
  }

  /** The same ORACLE re-scoring every trial from scratch (slow; the tests pin `oracle` to it). */
  oracleByRescoring(candidates, preparedRefs, k) {
    const toks = candidates.map((s) => this.tokens(s));
    const chosen = [];
    let best = 0;
    while (chosen.length < k) {
      let pick = -1;
      for (let i = 0; i < toks.length; i++) {
        if (chosen.includes(i) || toks[i].length === 0) continue;
        const trial = [...chosen, i].sort((a, b) => a - b);
        const s = this.scoreTokens(trial.map((j) => toks[j]), preparedRefs, false);
        const value = s.r1.f + s.r2.f;
        if (value > best) {
          best = value;
          pick = i;
        }
      }
      if (pick < 0) break;
      chosen.push(pick);
    }
    return chosen.sort((a, b) => a - b);
  }
}
