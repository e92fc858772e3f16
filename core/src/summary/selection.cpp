#include "summary/selection.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "summary/scoring.h"

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
// share one of its heaviest terms. A long text's candidate is compared with dozens of them, so
// the comparison is kept lean: their terms and weights are copied one after another into two
// arrays as they are chosen (reading each from its own sentence's vectors cost cache misses), and
// the candidate's weights are spread out by term (a merge of two term lists cost a
// mispredicted branch per term). On 10 MB this took select_sentences from 0.22 to 0.07 s.
class ChosenSentences {
 public:
  ChosenSentences(const Document& document, const TermWeights& weights)
      : document_(document), weights_(weights), candidate_weights_(document.terms.size(), 0.0) {}

  bool repeats(std::size_t candidate) {
    if (fingerprints_.count(document_.sentences[candidate].fingerprint) > 0) return true;
    const double norm = weights_.norms[candidate];
    if (norm == 0) return false;
    const auto& terms = document_.sentences[candidate].terms;
    const auto& weights = weights_.weights[candidate];
    heaviest_.resize(terms.size());
    for (std::size_t k = 0; k < heaviest_.size(); ++k) heaviest_[k] = k;
    std::sort(heaviest_.begin(), heaviest_.end(),
              [&](std::size_t a, std::size_t b) { return weights[a] != weights[b] ? weights[a] > weights[b] : a < b; });
    others_.clear();
    double covered = 0;
    for (const std::size_t k : heaviest_) {
      if (covered >= heavy_term_share * norm * norm) break;
      covered += weights[k] * weights[k];
      const auto found = postings_.find(terms[k].term);
      if (found != postings_.end()) others_.insert(others_.end(), found->second.begin(), found->second.end());
    }
    std::sort(others_.begin(), others_.end());
    others_.erase(std::unique(others_.begin(), others_.end()), others_.end());
    if (others_.empty()) return false;
    // The candidate's weights, spread out by term for the cosines below.
    for (std::size_t k = 0; k < terms.size(); ++k) candidate_weights_[static_cast<std::size_t>(terms[k].term)] = weights[k];
    bool repeated = false;
    for (const std::size_t other : others_) {
      if (cosine(norm, other) >= redundancy_threshold) {
        repeated = true;
        break;
      }
    }
    for (const TermCount& term : terms) candidate_weights_[static_cast<std::size_t>(term.term)] = 0;
    return repeated;
  }

  void add(std::size_t sentence) {
    fingerprints_.insert(document_.sentences[sentence].fingerprint);
    const std::size_t slot = chosen_.size();
    const auto& terms = document_.sentences[sentence].terms;
    for (std::size_t k = 0; k < terms.size(); ++k) {
      postings_[terms[k].term].push_back(slot);
      chosen_terms_.push_back(terms[k].term);
      chosen_weights_.push_back(weights_.weights[sentence][k]);
    }
    chosen_terms_end_.push_back(chosen_terms_.size());
    chosen_norms_.push_back(weights_.norms[sentence]);
    chosen_.push_back(sentence);
  }

  std::vector<std::size_t> in_document_order() const {
    std::vector<std::size_t> sorted = chosen_;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
  }

 private:
  // tf-idf cosine of the candidate (its weights in candidate_weights_) and the chosen sentence
  // in `slot`. Terms the candidate lacks add nothing, and the products are summed in term
  // order, as a merge of the two term lists would: the same value, without a branch per term.
  double cosine(double candidate_norm, std::size_t slot) const {
    double dot = 0;
    for (std::size_t k = slot == 0 ? 0 : chosen_terms_end_[slot - 1]; k < chosen_terms_end_[slot]; ++k) {
      dot += candidate_weights_[static_cast<std::size_t>(chosen_terms_[k])] * chosen_weights_[k];
    }
    return dot / (candidate_norm * chosen_norms_[slot]);
  }

  const Document& document_;
  const TermWeights& weights_;
  std::unordered_set<std::uint64_t> fingerprints_;
  std::unordered_map<std::int32_t, std::vector<std::size_t>> postings_;  // term -> slots of chosen sentences
  std::vector<std::size_t> chosen_;            // sentence indices, in the order chosen (their slots)
  std::vector<std::int32_t> chosen_terms_;     // the chosen sentences' terms, one after another,
  std::vector<double> chosen_weights_;         // and their weights
  std::vector<std::size_t> chosen_terms_end_;  // per slot, where its terms end in chosen_terms_
  std::vector<double> chosen_norms_;           // per slot
  std::vector<std::size_t> heaviest_;          // repeats()'s working lists, kept to spare
  std::vector<std::size_t> others_;            // two allocations per candidate
  std::vector<double> candidate_weights_;      // by term: the candidate's, else 0
};

// The word trigrams of the chosen sentences. A short summary leaves out a candidate that
// repeats one ("trigram blocking"): its few sentences should each say something new, and a
// repeated trigram is the usual sign that two say the same thing. (Long summaries do not: BBC
// references, extracts of 40% of a text, repeat trigrams in three summaries of four.)
class ChosenTrigrams {
 public:
  explicit ChosenTrigrams(const Document& document) : document_(document) {}

  bool repeats(std::size_t sentence) {
    const std::vector<std::uint64_t>& trigrams = trigrams_of(sentence);
    return std::any_of(trigrams.begin(), trigrams.end(), [&](std::uint64_t t) { return seen_.count(t) > 0; });
  }

  void add(std::size_t sentence) {
    for (const std::uint64_t t : trigrams_of(sentence)) seen_.insert(t);
  }

 private:
  // A word by its term (folded and stemmed) when it has one, else by its form, so that
  // "Said" and "said" match as ROUGE's lower-cased tokens do wherever the text has a term.
  std::uint64_t word_of(const Token& token) const {
    return token.term >= 0 ? static_cast<std::uint64_t>(token.term) : document_.terms.size() + token.form;
  }

  // The sentence's trigrams, in trigrams_ (kept to spare an allocation per candidate).
  const std::vector<std::uint64_t>& trigrams_of(std::size_t sentence) {
    const SentenceData& data = document_.sentences[sentence];
    trigrams_.clear();
    std::uint64_t before = 0, last = 0;
    std::size_t words = 0;
    for (std::uint32_t t = data.first_token; t < data.last_token; ++t) {
      const std::uint64_t word = word_of(document_.tokens[t]);
      // The three words mixed into one 64-bit key: a collision, vanishingly rare, would only
      // leave a sentence out.
      if (++words >= 3) trigrams_.push_back(((before * 0x9E3779B97F4A7C15ULL) ^ last) * 0xBF58476D1CE4E5B9ULL ^ word);
      before = last;
      last = word;
    }
    return trigrams_;
  }

  const Document& document_;
  std::unordered_set<std::uint64_t> seen_;
  std::vector<std::uint64_t> trigrams_;
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
                                const std::vector<double>& scores, const Length& length, bool block_trigrams) {
  Budget budget = budget_for(length, candidates.size());
  std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const auto size_of = [&](std::size_t s) {
    return static_cast<double>(length.unit == Length::Unit::words ? document.sentences[s].words : document.sentences[s].characters);
  };
  ChosenSentences chosen(document, weights);
  ChosenTrigrams trigrams(document);
  std::size_t count = 0;
  for (const std::size_t s : candidates) {
    if (count == budget.max_sentences || budget.amount <= 0) break;
    if (size_of(s) > budget.amount || chosen.repeats(s) || (block_trigrams && trigrams.repeats(s))) continue;
    chosen.add(s);
    if (block_trigrams) trigrams.add(s);
    ++count;
    budget.amount -= size_of(s);
  }
  return chosen.in_document_order();
}

// Whether a short summary should be the text's opening rather than the model's choice (the
// lead gate, summary_model.h). In news the opening is a strong summary, and where the choice
// outscores it only narrowly (often because trigram blocking passed over an opening sentence)
// the choice more often reads worse; the gate, fitted on CNN/DailyMail stories, weighs the
// margin and the text's length.
bool keeps_opening(const std::vector<double>& scores, const std::vector<std::size_t>& chosen,
                   const std::vector<std::size_t>& opening, std::size_t candidates) {
  if (chosen.empty()) return false;
  double margin = 0;
  for (const std::size_t s : chosen) margin += scores[s];
  for (const std::size_t s : opening) margin -= scores[s];
  return lead_gate(candidates, margin / static_cast<double>(chosen.size())) < 0;
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
  selection.scores = scores.general;
  const std::vector<bool> selectable = selectable_sentences(document);
  std::vector<std::size_t> candidates;
  for (std::size_t s = 0; s < selectable.size(); ++s) {
    if (selectable[s]) candidates.push_back(s);
  }
  if (candidates.empty()) return selection;

  selection.sentences = choose(document, weights, candidates, scores.general, length, false);
  // Whatever the unit of the length, the general scores' choice tells how many sentences it comes
  // to, and so which scores rank it and for how many sentences the short-summary ones are made.
  // (The comparison is the one scripts/train-summary-model makes, so that boundaries fall alike.)
  const double short_summary_sentences = scores.short_summary_share * static_cast<double>(candidates.size());
  if (!scores.short_summary.extract.empty() && static_cast<double>(selection.sentences.size()) <= short_summary_sentences) {
    selection.scores = short_summary_scores(document, selectable, selection.sentences.size());
    selection.sentences = choose(document, weights, candidates, selection.scores, length, true);
    // A focused summary goes where its focus is, however far from the opening.
    if (scores.focus_terms.empty()) {
      // The opening as `--algorithm lead` chooses it: without trigram blocking, which can leave
      // out an opening sentence that repeats only a name and an age ("Maria Lopez, 34,").
      std::vector<std::size_t> lead = choose(document, weights, candidates, lead_scores(selectable), length, false);
      if (keeps_opening(selection.scores, selection.sentences, lead, candidates.size())) selection.sentences = std::move(lead);
    }
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
