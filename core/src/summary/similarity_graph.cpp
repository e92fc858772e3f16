#include "summary/similarity_graph.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace precis::detail {

namespace {

// Neighbours kept per sentence: enough for PageRank to see the structure of the text.
constexpr std::size_t max_neighbours = 20;

// For texts of many sentences, terms in more sentences than this are not paired on.
std::size_t pairing_frequency_cap(std::size_t sentences) { return std::max<std::size_t>(64, 40000 / std::max<std::size_t>(sentences, 1)); }

constexpr double damping = 0.85;
// Scores are reported to six decimals; iterating past this changes none of them.
// PageRank's error shrinks by the damping factor each round: 50 rounds leave it near 3e-4 of
// where it started, far below what changes a ranking of sentences.
constexpr int max_iterations = 50;
constexpr double convergence = 1e-9;  // total change of a distribution that sums to 1

}  // namespace

TermWeights weigh_terms(const Document& document) {
  TermWeights result;
  const auto sentences = static_cast<double>(document.sentences.size());
  result.idf.resize(document.terms.size());
  for (std::size_t t = 0; t < document.terms.size(); ++t) {
    result.idf[t] = std::log(1.0 + sentences / static_cast<double>(document.sentence_frequency[t]));
  }
  result.weights.resize(document.sentences.size());
  result.norms.resize(document.sentences.size());
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    double squares = 0;
    result.weights[s].reserve(document.sentences[s].terms.size());
    for (const TermCount& term : document.sentences[s].terms) {
      const double weight = (1.0 + std::log(static_cast<double>(term.count))) * result.idf[static_cast<std::size_t>(term.term)];
      result.weights[s].push_back(weight);
      squares += weight * weight;
    }
    result.norms[s] = std::sqrt(squares);
  }
  return result;
}

SimilarityGraph build_similarity_graph(const Document& document, const TermWeights& weights) {
  const std::size_t count = document.sentences.size();
  struct Posting {
    std::uint32_t sentence;
    double weight;
  };
  // The sentences of each term, in one array: a term's sentences are as many as its sentence
  // frequency, so each term's place is known before they are filled in, in sentence order.
  std::vector<std::size_t> first_posting(document.terms.size() + 1, 0);
  for (std::size_t t = 0; t < document.terms.size(); ++t) first_posting[t + 1] = first_posting[t] + document.sentence_frequency[t];
  std::vector<Posting> postings(first_posting.back());
  std::vector<std::size_t> filled(first_posting.begin(), first_posting.end() - 1);  // per term, its next free posting
  for (std::size_t s = 0; s < count; ++s) {
    const auto& terms = document.sentences[s].terms;
    for (std::size_t k = 0; k < terms.size(); ++k) {
      postings[filled[static_cast<std::size_t>(terms[k].term)]++] = {static_cast<std::uint32_t>(s), weights.weights[s][k]};
    }
  }
  const std::size_t cap = pairing_frequency_cap(count);

  // TextRank's length normaliser, log(1 + words), once a sentence rather than once a pair.
  std::vector<double> log_lengths(count);
  for (std::size_t s = 0; s < count; ++s) log_lengths[s] = std::log(1.0 + static_cast<double>(document.sentences[s].words));

  SimilarityGraph graph;
  graph.neighbours.resize(count);
  std::vector<double> dot(count, 0.0);
  std::vector<std::uint32_t> shared(count, 0);
  std::vector<std::uint32_t> touched;
  // Every sentence sharing a term is a candidate; only the strongest stay, copied out at their
  // size (a long text has thousands of sentences, each with hundreds of candidates).
  std::vector<Neighbour> candidates;
  for (std::size_t s = 0; s < count; ++s) {
    const SentenceData& sentence = document.sentences[s];
    for (std::size_t k = 0; k < sentence.terms.size(); ++k) {
      const auto term = static_cast<std::size_t>(sentence.terms[k].term);
      const std::span<const Posting> posting(postings.data() + first_posting[term], first_posting[term + 1] - first_posting[term]);
      if (posting.size() > cap) continue;
      const double weight = weights.weights[s][k];
      for (const Posting& other : posting) {
        if (other.sentence == s) continue;
        if (shared[other.sentence] == 0) touched.push_back(other.sentence);
        dot[other.sentence] += weight * other.weight;
        ++shared[other.sentence];
      }
    }
    candidates.clear();
    const double norm = weights.norms[s];
    const double log_length = log_lengths[s];
    for (const std::uint32_t other : touched) {
      const double norms = norm * weights.norms[other];
      const double cosine = norms > 0 ? dot[other] / norms : 0.0;
      const double lengths = log_length + log_lengths[other];
      const double overlap = lengths > 0 ? shared[other] / lengths : 0.0;
      candidates.push_back({other, cosine, overlap});
      dot[other] = 0;
      shared[other] = 0;
    }
    touched.clear();
    const auto stronger = [](const Neighbour& a, const Neighbour& b) {
      return a.cosine != b.cosine ? a.cosine > b.cosine : a.sentence < b.sentence;
    };
    if (candidates.size() > max_neighbours) {
      std::nth_element(candidates.begin(), candidates.begin() + max_neighbours, candidates.end(), stronger);
      candidates.resize(max_neighbours);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Neighbour& a, const Neighbour& b) { return a.sentence < b.sentence; });
    graph.neighbours[s].assign(candidates.begin(), candidates.end());
  }
  return graph;
}

std::vector<double> pagerank(const SimilarityGraph& graph, EdgeWeight weight, double min_weight) {
  const std::size_t count = graph.neighbours.size();
  if (count == 0) return {};
  // An edge's weight, or 0 for an edge PageRank leaves out.
  const auto kept_weight = [&](const Neighbour& n) {
    const double w = weight == EdgeWeight::cosine ? n.cosine : n.overlap;
    return w > 0 && w >= min_weight ? w : 0.0;
  };
  // Each sentence's out-edges share its rank in proportion to their weights. Sentences with no
  // edge out are "dangling" and jump anywhere.
  std::vector<double> out_weight(count, 0.0);
  std::vector<std::size_t> first_in(count + 1, 0);  // in-edges per sentence, then where each begins
  std::vector<std::uint32_t> dangling;
  for (std::size_t s = 0; s < count; ++s) {
    for (const Neighbour& n : graph.neighbours[s]) {
      const double w = kept_weight(n);
      if (w == 0) continue;
      out_weight[s] += w;
      ++first_in[n.sentence + 1];
    }
    if (out_weight[s] == 0) dangling.push_back(static_cast<std::uint32_t>(s));
  }
  for (std::size_t s = 0; s < count; ++s) first_in[s + 1] += first_in[s];
  // The transition matrix by its columns, flattened: for each sentence, the edges into it (their
  // sources, in increasing order, and the shares they send), in two arrays that the rounds stream
  // through. A round then sums what flows into a sentence in one go rather than scattering each
  // sentence's rank over its targets, and in the same order, so to the same last bit.
  std::vector<std::uint32_t> sources(first_in[count]);
  std::vector<double> shares(first_in[count]);
  std::vector<std::size_t> filled(first_in.begin(), first_in.end() - 1);  // per sentence, its next free in-edge
  for (std::size_t s = 0; s < count; ++s) {
    for (const Neighbour& n : graph.neighbours[s]) {
      const double w = kept_weight(n);
      if (w == 0) continue;
      const std::size_t e = filled[n.sentence]++;
      sources[e] = static_cast<std::uint32_t>(s);
      shares[e] = w / out_weight[s];
    }
  }

  const double uniform = 1.0 / static_cast<double>(count);
  std::vector<double> rank(count, uniform);
  std::vector<double> sent(count);  // what each sentence sends, before its shares
  std::vector<double> next(count);
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling_rank = 0;
    for (const std::uint32_t s : dangling) dangling_rank += rank[s];
    const double base = (1.0 - damping) * uniform + damping * dangling_rank * uniform;
    for (std::size_t s = 0; s < count; ++s) sent[s] = damping * rank[s];
    double change = 0;
    for (std::size_t s = 0; s < count; ++s) {
      double received = base;
      for (std::size_t e = first_in[s]; e < first_in[s + 1]; ++e) received += sent[sources[e]] * shares[e];
      next[s] = received;
      change += std::fabs(received - rank[s]);
    }
    rank.swap(next);
    if (change < convergence) break;
  }
  return rank;
}

}  // namespace precis::detail
