#include "selection.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "scoring.h"

namespace precis::detail {

namespace {

// The default length: about a fifth of the sentences, at least one, at most seven for an
// article (up to 150 sentences); a book-length text gets up to the square root of its
// sentences less five, which meets seven at 150.
std::size_t automatic_sentence_count(std::size_t candidates) {
  const auto fifth = static_cast<std::size_t>(std::lround(0.2 * static_cast<double>(candidates)));
  const auto root = std::lround(std::sqrt(static_cast<double>(candidates)));
  const auto ceiling = static_cast<std::size_t>(std::max<long>(7, root - 5));
  return std::clamp<std::size_t>(fifth, 1, ceiling);
}

// The share of a candidate's squared tf-idf norm that its heaviest terms must cover for the
// redundancy check to look only at chosen sentences holding one of them. A sentence sharing
// none of those terms has a cosine of at most sqrt(1 - 0.6) = 0.63 with the candidate, below
// redundancy_threshold, so the check stays exact; and the heaviest terms are the rare ones,
// so it stays cheap however many sentences a long text's summary has.
constexpr double heavy_term_share = 0.6;
static_assert(heavy_term_share > 1 - redundancy_threshold * redundancy_threshold);

// Chosen sentences, indexed by term, so that a candidate is compared only with those that
// share one of its heaviest terms.
class ChosenSentences {
 public:
  ChosenSentences(const Document& document, const TermWeights& weights) : document_(document), weights_(weights) {}

  bool repeats(std::size_t candidate) const {
    if (fingerprints_.count(document_.sentences[candidate].fingerprint) > 0) return true;
    const double norm = weights_.norms[candidate];
    if (norm == 0) return false;
    const auto& terms = document_.sentences[candidate].terms;
    const auto& weights = weights_.weights[candidate];
    std::vector<std::size_t> heaviest(terms.size());
    for (std::size_t k = 0; k < heaviest.size(); ++k) heaviest[k] = k;
    std::sort(heaviest.begin(), heaviest.end(),
              [&](std::size_t a, std::size_t b) { return weights[a] != weights[b] ? weights[a] > weights[b] : a < b; });
    std::vector<std::size_t> others;
    double covered = 0;
    for (const std::size_t k : heaviest) {
      if (covered >= heavy_term_share * norm * norm) break;
      covered += weights[k] * weights[k];
      const auto found = postings_.find(terms[k].term);
      if (found != postings_.end()) others.insert(others.end(), found->second.begin(), found->second.end());
    }
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    for (const std::size_t other : others) {
      if (cosine(candidate, other) >= redundancy_threshold) return true;
    }
    return false;
  }

  void add(std::size_t sentence) {
    fingerprints_.insert(document_.sentences[sentence].fingerprint);
    for (const TermCount& term : document_.sentences[sentence].terms) postings_[term.term].push_back(sentence);
    chosen_.push_back(sentence);
  }

  std::vector<std::size_t> in_document_order() const {
    std::vector<std::size_t> sorted = chosen_;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
  }

 private:
  // tf-idf cosine of two sentences: their term lists are sorted, so one merge pass.
  double cosine(std::size_t a, std::size_t b) const {
    const auto& left = document_.sentences[a].terms;
    const auto& right = document_.sentences[b].terms;
    double dot = 0;
    for (std::size_t i = 0, j = 0; i < left.size() && j < right.size();) {
      if (left[i].term < right[j].term) {
        ++i;
      } else if (right[j].term < left[i].term) {
        ++j;
      } else {
        dot += weights_.weights[a][i++] * weights_.weights[b][j++];
      }
    }
    return dot / (weights_.norms[a] * weights_.norms[b]);
  }

  const Document& document_;
  const TermWeights& weights_;
  std::unordered_set<std::uint64_t> fingerprints_;
  std::unordered_map<std::int32_t, std::vector<std::size_t>> postings_;  // term -> chosen sentences
  std::vector<std::size_t> chosen_;
};

// How much a summary may hold: a number of sentences, or words or characters.
struct Budget {
  std::size_t max_sentences = SIZE_MAX;
  double amount = HUGE_VAL;  // in words or characters
};

Budget budget_for(const Length& length, std::size_t candidates) {
  Budget budget;
  switch (length.unit) {
    case Length::Unit::automatic: budget.max_sentences = automatic_sentence_count(candidates); break;
    case Length::Unit::sentences: budget.max_sentences = static_cast<std::size_t>(length.value); break;
    case Length::Unit::ratio:
      budget.max_sentences =
          std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(length.value * static_cast<double>(candidates))));
      break;
    case Length::Unit::words:
    case Length::Unit::characters: budget.amount = length.value; break;
  }
  return budget;
}

// The best-scored candidates that fit the budget and do not repeat one another, in document order.
std::vector<std::size_t> choose(const Document& document, const TermWeights& weights, std::vector<std::size_t> candidates,
                                const std::vector<double>& scores, const Length& length) {
  Budget budget = budget_for(length, candidates.size());
  std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const auto size_of = [&](std::size_t s) {
    return static_cast<double>(length.unit == Length::Unit::words ? document.sentences[s].words : document.sentences[s].characters);
  };
  ChosenSentences chosen(document, weights);
  std::size_t count = 0;
  for (const std::size_t s : candidates) {
    if (count == budget.max_sentences || budget.amount <= 0) break;
    if (size_of(s) > budget.amount || chosen.repeats(s)) continue;
    chosen.add(s);
    ++count;
    budget.amount -= size_of(s);
  }
  return chosen.in_document_order();
}

}  // namespace

std::string length_problem(const Length& length) {
  const double value = length.value;
  const auto whole = [&](const char* what) -> std::string {
    if (!std::isfinite(value) || value < 1 || value != std::floor(value) || value > 1e9) {
      return std::string(what) + " must be a whole number of at least 1";
    }
    return {};
  };
  switch (length.unit) {
    case Length::Unit::automatic: return {};
    case Length::Unit::sentences: return whole("sentences");
    case Length::Unit::words: return whole("words");
    case Length::Unit::characters: return whole("characters");
    case Length::Unit::ratio:
      if (!std::isfinite(value) || value <= 0 || value > 1) return "ratio must be greater than 0 and at most 1";
      return {};
  }
  return {};
}

Selection select_sentences(const Document& document, const TermWeights& weights, const Length& length) {
  Selection selection;
  const SentenceScores& scores = document.scores;
  selection.scores = &scores.general;
  const std::vector<bool> selectable = selectable_sentences(document);
  std::vector<std::size_t> candidates;
  for (std::size_t s = 0; s < selectable.size(); ++s) {
    if (selectable[s]) candidates.push_back(s);
  }
  if (candidates.empty()) return selection;

  selection.sentences = choose(document, weights, candidates, scores.general, length);
  // Whatever the unit of the length, the general scores' choice tells how many sentences it comes to.
  // (The comparison is the one scripts/train-summary-model makes, so that boundaries fall alike.)
  const double short_summary_sentences = scores.short_summary_share * static_cast<double>(candidates.size());
  if (!scores.short_summary.empty() && static_cast<double>(selection.sentences.size()) <= short_summary_sentences) {
    selection.scores = &scores.short_summary;
    selection.sentences = choose(document, weights, candidates, scores.short_summary, length);
  }

  const std::size_t count = selection.sentences.size();
  const std::size_t max_sentences = budget_for(length, candidates.size()).max_sentences;
  if (selection.sentences.empty()) {
    const char* unit = length.unit == Length::Unit::words ? "words" : "characters";
    selection.warnings.push_back("no sentence fits within " + std::to_string(static_cast<long long>(length.value)) + " " +
                                 unit + "; the summary is empty");
  } else if (length.unit == Length::Unit::sentences && count < max_sentences && count < candidates.size()) {
    selection.warnings.push_back("only " + std::to_string(count) + " of the requested " + std::to_string(max_sentences) +
                                 " sentences were chosen: the others repeat what is already in the summary");
  }
  return selection;
}

}  // namespace precis::detail
