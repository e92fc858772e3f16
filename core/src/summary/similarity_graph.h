#pragma once
// Sentence-to-sentence similarity as a sparse graph, built through an inverted index so that
// its cost grows with the text, not with the square of its sentences.
#include <cstdint>
#include <vector>

#include "text/document.h"

namespace precis::detail {

// tf-idf weights of each sentence's terms, and the vector norms, shared by the scorers and
// the redundancy check.
struct TermWeights {
  std::vector<double> idf;                  // per term
  std::vector<std::vector<double>> weights; // per sentence, parallel to SentenceData::terms
  std::vector<double> norms;                // per sentence
};
TermWeights weigh_terms(const Document& document);

struct Neighbour {
  std::uint32_t sentence;
  double cosine;   // tf-idf cosine similarity
  double overlap;  // TextRank's shared words / (log |a| + log |b|)
};

struct SimilarityGraph {
  std::vector<std::vector<Neighbour>> neighbours;  // per sentence, by sentence index
};

// Each sentence keeps its most similar neighbours. Terms found in very many sentences are
// skipped when pairing long texts: they would pair almost everything with everything, and
// their idf makes them nearly worthless to the similarity anyway.
SimilarityGraph build_similarity_graph(const Document& document, const TermWeights& weights);

enum class EdgeWeight { cosine, overlap };

// PageRank over the graph (damping 0.85), sentences without neighbours sharing the
// random jump. The result sums to 1.
std::vector<double> pagerank(const SimilarityGraph& graph, EdgeWeight weight, double min_weight);

}  // namespace precis::detail
