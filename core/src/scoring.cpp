#include "scoring.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace precis::detail {

namespace {

constexpr double textrank_min_overlap = 0.0;
constexpr double lexrank_min_cosine = 0.1;  // Erkan and Radev's threshold

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

std::vector<double> lead_scores(const std::vector<bool>& selectable) {
  const std::vector<int> ranks = body_ranks(selectable);
  const auto count = static_cast<double>(std::count(selectable.begin(), selectable.end(), true));
  std::vector<double> scores(selectable.size(), 0.0);
  for (std::size_t s = 0; s < ranks.size(); ++s) {
    if (ranks[s] >= 0) scores[s] = 1.0 - static_cast<double>(ranks[s]) / count;
  }
  return scores;
}

// How often each term occurs in the whole text.
std::vector<double> term_totals(const Document& document) {
  std::vector<double> totals(document.terms.size(), 0.0);
  for (const SentenceData& sentence : document.sentences) {
    for (const TermCount& term : sentence.terms) totals[static_cast<std::size_t>(term.term)] += term.count;
  }
  return totals;
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

// Cosine of each sentence with a bag of terms (the title, the first paragraph).
std::vector<double> overlap_with(const Document& document, const TermWeights& weights,
                                 const std::map<std::int32_t, double>& bag) {
  double bag_norm = 0;
  for (const auto& [term, weight] : bag) bag_norm += weight * weight;
  bag_norm = std::sqrt(bag_norm);
  std::vector<double> scores(document.sentences.size(), 0.0);
  if (bag_norm == 0) return scores;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    double dot = 0;
    for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
      const auto found = bag.find(document.sentences[s].terms[k].term);
      if (found != bag.end()) dot += weights.weights[s][k] * found->second;
    }
    const double norms = bag_norm * weights.norms[s];
    scores[s] = norms > 0 ? dot / norms : 0.0;
  }
  return scores;
}

std::map<std::int32_t, double> bag_of(const Document& document, const TermWeights& weights,
                                      const std::vector<std::size_t>& sentences) {
  std::map<std::int32_t, double> bag;
  for (const std::size_t s : sentences) {
    for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
      bag[document.sentences[s].terms[k].term] += weights.weights[s][k];
    }
  }
  return bag;
}

// Entity mentions per word.
std::vector<double> entity_density(const Document& document) {
  std::vector<double> density(document.sentences.size(), 0.0);
  std::size_t e = 0;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const SentenceData& sentence = document.sentences[s];
    while (e < document.entities.size() && document.entities[e].end <= sentence.start) ++e;
    std::size_t mentions = 0;
    for (std::size_t k = e; k < document.entities.size() && document.entities[k].start < sentence.end; ++k) ++mentions;
    density[s] = sentence.words > 0 ? static_cast<double>(mentions) / std::sqrt(static_cast<double>(sentence.words)) : 0.0;
  }
  return density;
}

// The default: a weighted mix of signals summarisers have long relied on. The weights were
// set by hand against ROUGE on BBC dev articles (where centrality wins) and CNN/DailyMail
// (where the lead wins); see docs/quality.md once the learned model replaces them.
std::vector<double> automatic_scores(const Document& document, const TermWeights& weights,
                                     const SimilarityGraph& graph, const std::vector<bool>& selectable) {
  const std::vector<int> ranks = body_ranks(selectable);
  const std::vector<double> centrality = normalised(pagerank(graph, EdgeWeight::overlap, textrank_min_overlap));
  const std::vector<double> keywords = normalised(luhn_scores(document));
  const std::vector<double> entities = normalised(entity_density(document));
  std::vector<std::size_t> titles;
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    if (document.sentences[s].kind == SentenceKind::title) titles.push_back(s);
  }
  const std::vector<double> title = overlap_with(document, weights, bag_of(document, weights, titles));

  std::vector<double> scores(document.sentences.size(), 0.0);
  for (std::size_t s = 0; s < scores.size(); ++s) {
    if (ranks[s] < 0) continue;
    const double position = 1.0 / std::sqrt(1.0 + ranks[s]);
    double score = 0.40 * position + 0.45 * centrality[s] + 0.05 * title[s] + 0.05 * keywords[s] + 0.05 * entities[s];
    // Very short sentences say little on their own; very long ones crowd out others.
    if (document.sentences[s].words < 6) score *= 0.5;
    if (document.sentences[s].words > 60) score *= 0.8;
    scores[s] = score;
  }
  return scores;
}

}  // namespace

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

std::vector<double> score_sentences(const Document& document, const TermWeights& weights, Algorithm algorithm,
                                    const std::vector<std::int32_t>& focus_terms) {
  const std::vector<bool> selectable = selectable_sentences(document);
  std::vector<double> scores;
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
        scores = automatic_scores(document, weights, graph, selectable);
      }
      break;
    }
  }
  for (std::size_t s = 0; s < scores.size(); ++s) {
    if (!selectable[s]) scores[s] = 0;
  }
  if (!focus_terms.empty()) {
    scores = normalised(std::move(scores));
    for (std::size_t s = 0; s < scores.size(); ++s) {
      std::size_t held = 0;
      for (const std::int32_t focus : focus_terms) {
        const auto& terms = document.sentences[s].terms;
        if (std::binary_search(terms.begin(), terms.end(), TermCount{focus, 0},
                               [](const TermCount& a, const TermCount& b) { return a.term < b.term; })) {
          ++held;
        }
      }
      // A sentence that scored 0 still rises a little, so focus can reach anywhere.
      const double coverage = static_cast<double>(held) / static_cast<double>(focus_terms.size());
      scores[s] = (scores[s] + 0.05 * coverage) * (1.0 + focus_boost * coverage);
      if (!selectable[s]) scores[s] = 0;
    }
  }
  return normalised(std::move(scores));
}

}  // namespace precis::detail

