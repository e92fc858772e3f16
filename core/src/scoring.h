#pragma once
// Sentence scores, one algorithm at a time.
#include <string_view>
#include <vector>

#include "document.h"
#include "similarity_graph.h"

namespace precis::detail {

// A score in [0, 1] for every sentence (the best scores 1); titles and headings score 0.
// `focus` terms (already folded and stemmed, as term indices) lift the sentences that hold them.
std::vector<double> score_sentences(const Document& document, const TermWeights& weights, Algorithm algorithm,
                                    const std::vector<std::int32_t>& focus_terms);

// Whether a sentence may be chosen for a summary: body text and list items, or anything when
// the text has nothing else.
std::vector<bool> selectable_sentences(const Document& document);

}  // namespace precis::detail
