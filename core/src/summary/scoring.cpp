#include "summary/scoring.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "summary/summary_model.h"
#include "summary/tree_ensemble.h"

namespace precis::detail {

namespace {


// How much a sentence that holds every focus term is lifted over one that holds none.
constexpr double focus_boost = 3.0;

std::vector<double> normalised(std::vector<double> scores) {
  double best = 0;
  for (const double s : scores) best = std::max(best, s);
  for (double& s : scores) s = best > 0 ? std::clamp(s / best, 0.0, 1.0) : 0.0;
  return scores;
}

// Rank of each selectable sentence among the selectable ones (0 for the first), or -1.
std::vector<int> body_ranks(const std::vector<bool>& selectable) {
  std::vector<int> ranks(selectable.size(), -1);
  int next = 0;
  for (std::size_t s = 0; s < selectable.size(); ++s) {
    if (selectable[s]) ranks[s] = next++;
  }
  return ranks;
}

// The model names the features it reads; each must be one that sentence_features() computes.
constexpr std::size_t model_feature_count = summary_model::features.size();
constexpr std::array<std::size_t, model_feature_count> model_feature_indices = [] {
  std::array<std::size_t, model_feature_count> indices{};
  for (std::size_t m = 0; m < model_feature_count; ++m) {
    indices[m] = feature_count;
    for (std::size_t f = 0; f < feature_count; ++f) {
      if (feature_names[f] == summary_model::features[m]) indices[m] = f;
    }
  }
  return indices;
}();
static_assert(std::all_of(model_feature_indices.begin(), model_feature_indices.end(),
                          [](std::size_t index) { return index < feature_count; }),
              "summary_model.h reads a feature that sentence_features.h no longer has: retrain");

// How often each term occurs in the whole text.
std::vector<double> term_totals(const Document& document) {
  std::vector<double> totals(document.terms.size(), 0.0);
  for (const SentenceData& sentence : document.sentences) {
    for (const TermCount& term : sentence.terms) totals[static_cast<std::size_t>(term.term)] += term.count;
  }
  return totals;
}

// Lifts the sentences that hold the focus terms; `scores` is already normalised.
std::vector<double> focused(std::vector<double> scores, const Document& document, const std::vector<bool>& selectable,
                            const std::vector<std::int32_t>& focus_terms) {
  for (std::size_t s = 0; s < scores.size(); ++s) {
    std::size_t held = 0;
    for (const std::int32_t focus : focus_terms) {
      const auto& terms = document.sentences[s].terms;
      if (std::binary_search(terms.begin(), terms.end(), TermCount{focus, 0},
                             [](const TermCount& a, const TermCount& b) { return a.term < b.term; })) {
        ++held;
      }
    }
    // A sentence that holds every focus term scores at least as high as the best one that
    // holds none, however low it scored before: focus can reach anywhere in the text.
    const double coverage = static_cast<double>(held) / static_cast<double>(focus_terms.size());
    scores[s] = (scores[s] + coverage / (1.0 + focus_boost)) * (1.0 + focus_boost * coverage);
    if (!selectable[s]) scores[s] = 0;
  }
  return scores;
}

// exp(logit) / the sum over the text, shifted by the best so that exp never overflows; a logit
// of -infinity gets 0.
std::vector<double> softmax(const std::vector<double>& logits) {
  double best = -HUGE_VAL;
  for (const double z : logits) best = std::max(best, z);
  std::vector<double> shares(logits.size(), 0.0);
  if (best == -HUGE_VAL) return shares;
  double total = 0;
  for (std::size_t s = 0; s < logits.size(); ++s) {
    shares[s] = std::exp(logits[s] - best);
    total += shares[s];
  }
  for (double& share : shares) share /= total;
  return shares;
}

// Raw scores made final: nothing for what cannot be chosen, the focus applied, the best at 1.
std::vector<double> finished(std::vector<double> scores, const Document& document, const std::vector<bool>& selectable,
                             const std::vector<std::int32_t>& focus_terms) {
  for (std::size_t s = 0; s < scores.size(); ++s) {
    if (!selectable[s]) scores[s] = 0;
  }
  if (!focus_terms.empty()) scores = focused(normalised(std::move(scores)), document, selectable, focus_terms);
  return normalised(std::move(scores));
}

}  // namespace

std::vector<double> lead_scores(const std::vector<bool>& selectable) {
  const std::vector<int> ranks = body_ranks(selectable);
  const auto count = static_cast<double>(std::count(selectable.begin(), selectable.end(), true));
  std::vector<double> scores(selectable.size(), 0.0);
  for (std::size_t s = 0; s < ranks.size(); ++s) {
    if (ranks[s] >= 0) scores[s] = 1.0 - static_cast<double>(ranks[s]) / count;
  }
  return scores;
}

// Luhn: significant words are the frequent ones; a sentence scores by its densest cluster of
// them (significant words no more than four words apart): significant² / cluster length.
std::vector<double> luhn_scores(const Document& document) {
  const std::vector<double> totals = term_totals(document);
  std::vector<double> sorted = totals;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  // The top tenth of the vocabulary, and never a word seen once.
  const double threshold = sorted.empty() ? 1.0 : std::max(2.0, sorted[sorted.size() / 10]);
  constexpr std::uint32_t max_gap = 4;
  std::vector<double> scores(document.sentences.size(), 0.0);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const SentenceData& sentence = document.sentences[s];
    double best = 0;
    std::uint32_t cluster_start = 0, last_significant = 0, significant = 0;
    for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
      const Token& token = document.tokens[t];
      if (token.term < 0 || totals[static_cast<std::size_t>(token.term)] < threshold) continue;
      if (significant == 0 || t - last_significant > max_gap) {
        cluster_start = t;
        significant = 0;
      }
      ++significant;
      last_significant = t;
      const double length = static_cast<double>(t - cluster_start + 1);
      best = std::max(best, static_cast<double>(significant * significant) / length);
    }
    scores[s] = best;
  }
  return scores;
}

// SumBasic: the mean probability of the sentence's content words.
std::vector<double> sumbasic_scores(const Document& document) {
  const std::vector<double> totals = term_totals(document);
  double all = 0;
  for (const double t : totals) all += t;
  std::vector<double> scores(document.sentences.size(), 0.0);
  if (all == 0) return scores;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    double sum = 0, words = 0;
    for (const TermCount& term : document.sentences[s].terms) {
      sum += term.count * totals[static_cast<std::size_t>(term.term)] / all;
      words += term.count;
    }
    scores[s] = words > 0 ? sum / words : 0.0;
  }
  return scores;
}

// Centroid: cosine with the text's tf-idf centroid, cut to its strongest terms.
std::vector<double> centroid_scores(const Document& document, const TermWeights& weights) {
  constexpr std::size_t centroid_terms = 30;
  std::vector<double> centroid(document.terms.size(), 0.0);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
      centroid[static_cast<std::size_t>(document.sentences[s].terms[k].term)] += weights.weights[s][k];
    }
  }
  std::vector<std::size_t> order(centroid.size());
  for (std::size_t t = 0; t < order.size(); ++t) order[t] = t;
  const std::size_t keep = std::min(centroid_terms, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                    [&](std::size_t a, std::size_t b) { return centroid[a] != centroid[b] ? centroid[a] > centroid[b] : a < b; });
  std::vector<double> kept(centroid.size(), 0.0);
  double norm = 0;
  for (std::size_t i = 0; i < keep; ++i) {
    kept[order[i]] = centroid[order[i]];
    norm += centroid[order[i]] * centroid[order[i]];
  }
  norm = std::sqrt(norm);
  std::vector<double> scores(document.sentences.size(), 0.0);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    double dot = 0;
    for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
      dot += weights.weights[s][k] * kept[static_cast<std::size_t>(document.sentences[s].terms[k].term)];
    }
    const double norms = norm * weights.norms[s];
    scores[s] = norms > 0 ? dot / norms : 0.0;
  }
  return scores;
}

ModelHeads model_heads(const std::vector<FeatureRow>& features, const std::vector<bool>& selectable) {
  namespace model = summary_model;
  const std::size_t n = features.size();
  ModelHeads heads{std::vector<double>(n, 0.0), {}, std::vector<double>(n, -HUGE_VAL), std::vector<double>(n, 0.0)};
  std::vector<double> gist_logits(n, -HUGE_VAL);
  for (std::size_t s = 0; s < n; ++s) {
    if (!selectable[s]) continue;
    const FeatureRow& row = features[s];
    double e = model::extract_bias, g = 0, l = 0;
    for (std::size_t m = 0; m < model_feature_count; ++m) {
      const double x = (row[model_feature_indices[m]] - model::mean[m]) / model::scale[m];
      e += model::extract_weights[m] * x;
      g += model::gist_weights[m] * x;
      l += model::short_length_weights[m] * x;
    }
    heads.extract[s] = 1.0 / (1.0 + std::exp(-e));
    gist_logits[s] = g;
    heads.length[s] = l;
    heads.news_logit[s] = tree_logit(model::news_nodes, model::news_roots, model::news_bias,
                                     [&](std::size_t m) { return row[model_feature_indices[m]]; });
  }
  heads.gist = softmax(gist_logits);
  return heads;
}

std::vector<double> model_scores(const ModelHeads& heads, double gist_weight) {
  std::vector<double> scores(heads.extract.size(), 0.0);
  for (std::size_t s = 0; s < scores.size(); ++s) scores[s] = heads.extract[s] + gist_weight * heads.gist[s];
  return scores;
}

std::vector<double> short_summary_scores(const Document& document, const std::vector<bool>& selectable, std::size_t sentences) {
  const ModelHeads& heads = document.scores.short_summary;
  // One sentence should carry what it can; the more a summary holds, the more the length term
  // (towards early, short sentences) weighs.
  const double count_weight = std::log(static_cast<double>(std::max<std::size_t>(sentences, 1)));
  std::vector<double> logits = heads.news_logit;
  for (std::size_t s = 0; s < logits.size(); ++s) logits[s] += count_weight * heads.length[s];
  std::vector<double> scores = softmax(logits);  // the news trees' share, then blended in place
  for (std::size_t s = 0; s < scores.size(); ++s) scores[s] = heads.extract[s] + summary_model::short_gist_weight * scores[s];
  return finished(std::move(scores), document, selectable, document.scores.focus_terms);
}

double lead_gate(std::size_t selectable, double margin) {
  return summary_model::lead_gate_bias + summary_model::lead_gate_weights[0] * std::log1p(static_cast<double>(selectable)) +
         summary_model::lead_gate_weights[1] * margin;
}

std::vector<bool> selectable_sentences(const Document& document) {
  std::vector<bool> selectable(document.sentences.size(), false);
  bool any = false;
  for (std::size_t s = 0; s < selectable.size(); ++s) {
    const SentenceKind kind = document.sentences[s].kind;
    selectable[s] = kind == SentenceKind::body || kind == SentenceKind::list_item;
    any = any || selectable[s];
  }
  if (!any) std::fill(selectable.begin(), selectable.end(), true);
  return selectable;
}

SentenceScores score_sentences(const Document& document, const TermWeights& weights, Algorithm algorithm,
                               const std::vector<std::int32_t>& focus_terms) {
  const std::vector<bool> selectable = selectable_sentences(document);
  std::vector<double> scores;
  ModelHeads heads;
  switch (algorithm) {
    case Algorithm::lead: scores = lead_scores(selectable); break;
    case Algorithm::luhn: scores = luhn_scores(document); break;
    case Algorithm::sumbasic: scores = sumbasic_scores(document); break;
    case Algorithm::centroid: scores = centroid_scores(document, weights); break;
    case Algorithm::textrank:
    case Algorithm::lexrank:
    case Algorithm::automatic: {
      const SimilarityGraph graph = build_similarity_graph(document, weights);
      if (algorithm == Algorithm::textrank) {
        scores = pagerank(graph, EdgeWeight::overlap, textrank_min_overlap);
      } else if (algorithm == Algorithm::lexrank) {
        scores = pagerank(graph, EdgeWeight::cosine, lexrank_min_cosine);
      } else {
        // The learned model (summary_model.h, fitted by scripts/train-summary-model on the BBC
        // training split, the OrangeSum fit half and CNN/DailyMail training stories) over the
        // sentence features, in two blends: one for any summary, here, and one that leans on
        // the news trees for short ones, made when the summary's length is known
        // (short_summary_scores).
        heads = model_heads(sentence_features(document, weights, graph, selectable), selectable);
        scores = model_scores(heads, summary_model::gist_weight);
      }
      break;
    }
  }
  SentenceScores result;
  result.general = finished(std::move(scores), document, selectable, focus_terms);
  if (!heads.extract.empty()) {
    result.short_summary = std::move(heads);
    result.focus_terms = focus_terms;
    result.short_summary_share = summary_model::short_summary_share;
  }
  return result;
}

}  // namespace precis::detail

