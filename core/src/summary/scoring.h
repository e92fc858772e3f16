#pragma once
// Sentence scores, one algorithm at a time.
#include <string_view>
#include <vector>

#include "summary/sentence_features.h"
#include "summary/similarity_graph.h"
#include "text/document.h"

namespace precis::detail {

// Edges PageRank keeps: TextRank every overlap, LexRank cosines from Erkan and Radev's threshold.
inline constexpr double textrank_min_overlap = 0.0;
inline constexpr double lexrank_min_cosine = 0.1;

// A score in [0, 1] for every sentence (the best scores 1); titles and headings score 0.
// `focus` terms (already folded and stemmed, as term indices) lift the sentences that hold them.
SentenceScores score_sentences(const Document& document, const TermWeights& weights, Algorithm algorithm,
                               const std::vector<std::int32_t>& focus_terms);

// `lead`: the first selectable sentence 1, falling evenly to the last (`selectable` as
// selectable_sentences gives). Also the opening that auto's short summaries are weighed against.
std::vector<double> lead_scores(const std::vector<bool>& selectable);

// The classic scorers, raw (not normalised), for the algorithms and as features of `auto`.
std::vector<double> luhn_scores(const Document& document);      // densest cluster of frequent words
std::vector<double> sumbasic_scores(const Document& document);  // mean word probability
std::vector<double> centroid_scores(const Document& document, const TermWeights& weights);  // cosine with the centroid

// The heads of the learned model of `auto` (ModelHeads, document.h) over the sentence features of
// one text.
ModelHeads model_heads(const std::vector<FeatureRow>& features, const std::vector<bool>& selectable);

// The heads blended into one score a sentence: extract + gist_weight * gist.
std::vector<double> model_scores(const ModelHeads& heads, double gist_weight);

// The scores of `auto` for a short summary of `sentences` sentences (document.scores must hold
// short-summary heads; `selectable` as selectable_sentences gives): extract + short_gist_weight
// * a softmax over the news trees' logits with log(sentences) times the length term added,
// finished like every score (focus applied, the best at 1).
std::vector<double> short_summary_scores(const Document& document, const std::vector<bool>& selectable, std::size_t sentences);

// The lead gate of `auto`'s short summaries: below 0 when a short summary should be the text's
// opening rather than the short-summary scores' choice, from the number of selectable sentences
// and the margin, per chosen sentence, by which the choice's scores (as short_summary_scores
// gives them) exceed the opening's.
double lead_gate(std::size_t selectable, double margin);

// Whether a sentence may be chosen for a summary: body text and list items, or anything when
// the text has nothing else.
std::vector<bool> selectable_sentences(const Document& document);

}  // namespace precis::detail
