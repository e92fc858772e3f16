#pragma once
// Choosing the summary: the best sentences that fit the length budget, never two that say
// the same thing, returned in document order.
#include <string>
#include <vector>

#include "summary/similarity_graph.h"
#include "text/document.h"

namespace precis::detail {

// Sentences at least this similar (tf-idf cosine) to a chosen one are not chosen.
inline constexpr double redundancy_threshold = 0.65;

struct Selection {
  std::vector<std::size_t> sentences;  // ascending
  std::vector<std::string> warnings;
  // The scores the sentences were ranked by (the document's own, for this summary's length).
  std::vector<double> scores;
};

// Checks a length before any work is done: counts must be positive whole numbers and a
// ratio must lie in (0, 1]. Returns the problem, or an empty string.
std::string length_problem(const Length& length);

// The summary of `length`, ranked by the document's general scores; when those choose a small
// enough share of the sentences for its short-summary scores to serve, chosen again by those.
Selection select_sentences(const Document& document, const TermWeights& weights, const Length& length);

}  // namespace precis::detail
