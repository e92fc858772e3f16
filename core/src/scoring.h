#pragma once
// Sentence scores, one algorithm at a time.
#include <string_view>
#include <vector>

#include "document.h"
#include "sentence_features.h"
#include "similarity_graph.h"

namespace precis::detail {

// Edges PageRank keeps: TextRank every overlap, LexRank cosines from Erkan and Radev's threshold.
inline constexpr double textrank_min_overlap = 0.0;
inline constexpr double lexrank_min_cosine = 0.1;

// A score in [0, 1] for every sentence (the best scores 1); titles and headings score 0.
// `focus` terms (already folded and stemmed, as term indices) lift the sentences that hold them.
SentenceScores score_sentences(const Document& document, const TermWeights& weights, Algorithm algorithm,
                               const std::vector<std::int32_t>& focus_terms);

// The classic scorers, raw (not normalised), for the algorithms and as features of `auto`.
std::vector<double> luhn_scores(const Document& document);      // densest cluster of frequent words
std::vector<double> sumbasic_scores(const Document& document);  // mean word probability
std::vector<double> centroid_scores(const Document& document, const TermWeights& weights);  // cosine with the centroid

// The two heads of the learned model of `auto` (summary_model.h) over the sentence features of
// one text: for each sentence that can be chosen, the chance that a long summary holds it
// (extract) and the share of the text's gist, what a short news summary holds, it carries
// (gist, summing to 1 over the text); 0 for the others.
struct ModelHeads {
  std::vector<double> extract;
  std::vector<double> gist;
};
ModelHeads model_heads(const std::vector<FeatureRow>& features, const std::vector<bool>& selectable);

// The heads blended into one score a sentence: extract + gist_weight * gist.
std::vector<double> model_scores(const ModelHeads& heads, double gist_weight);

// Whether a sentence may be chosen for a summary: body text and list items, or anything when
// the text has nothing else.
std::vector<bool> selectable_sentences(const Document& document);

}  // namespace precis::detail
