#include "summary/keywords.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "entities/name_lists.h"
#include "text/text_folding.h"
#include "text/utf8.h"

namespace precis::detail {

namespace {

constexpr std::size_t max_phrase_words = 3;

struct Candidate {
  // The phrase's terms, held in place: a text has a candidate for most of its word pairs and
  // triples, and a vector of terms cost each of them an allocation.
  std::array<std::int32_t, max_phrase_words> terms{};
  std::uint32_t length = 0;
  std::size_t count = 0;
  std::size_t first_sentence = 0;
  // How it is shown: as first written in the body and not at the start of a sentence, where
  // capitals say nothing (nor in a title, whose words are all capitalised).
  std::size_t shown_start = 0;
  std::size_t shown_end = 0;
  int shown_rank = -1;  // how telling that use's letter case is, from 0 (not at all) to 2
};

// Up to three term indices in one integer, so phrases hash cheaply; never 0.
std::uint64_t phrase_key(const Token* tokens, std::uint32_t length) {
  std::uint64_t key = 0;
  for (std::uint32_t i = 0; i < length; ++i) key = (key << 21) | (static_cast<std::uint64_t>(tokens[i].term) + 1);
  return key;
}

// The candidates by their phrase keys, in the order first seen: open addressing over a flat
// array, since a text has a candidate for most of its word pairs and triples, and a node-based
// map cost each of them an allocation.
class CandidateTable {
 public:
  Candidate& operator[](std::uint64_t key) {
    if (2 * (candidates_.size() + 1) > slots_.size()) grow();
    Slot& slot = slots_[slot_of(key)];
    if (slot.key == 0) {
      slot = {key, static_cast<std::uint32_t>(candidates_.size())};
      candidates_.emplace_back();
    }
    return candidates_[slot.candidate];
  }

  const std::vector<Candidate>& all() const { return candidates_; }

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint32_t candidate = 0;
  };

  // The slot that holds `key`, or the empty one where it would go. Multiplying by 2^64 / the
  // golden ratio spreads the keys' bits into the top ones, which pick the slot.
  std::size_t slot_of(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    for (auto slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);; slot = (slot + 1) & mask) {
      if (slots_[slot].key == 0 || slots_[slot].key == key) return slot;
    }
  }

  void grow() {
    const std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(std::max<std::size_t>(1024, 2 * slots_.size())));
    shift_ = 64;
    for (std::size_t size = slots_.size(); size > 1; size /= 2) --shift_;
    for (const Slot& slot : old) {
      if (slot.key != 0) slots_[slot_of(slot.key)] = slot;
    }
  }

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  int shift_ = 64;           // 64 - log2(slots_.size())
  std::vector<Candidate> candidates_;
};

// Runs of adjacent content words inside one sentence, with only a space or hyphen between them
// (or nothing, between Chinese or Japanese words).
template <class Visit>
void for_each_run(const Document& document, Visit visit) {
  // Reporting verbs ("said", "told") are everywhere in news and key to nothing. Looked up once
  // per term rather than once per word.
  std::vector<bool> speech_verb(document.terms.size());
  for (std::size_t term = 0; term < document.terms.size(); ++term) speech_verb[term] = is_speech_verb(document.terms[term]);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const SentenceData& sentence = document.sentences[s];
    std::uint32_t run_start = sentence.first_token;
    for (std::uint32_t t = sentence.first_token; t <= sentence.last_token; ++t) {
      const bool continues = t < sentence.last_token && document.tokens[t].term >= 0 &&
                             document.tokens[t].kind != TokenKind::number &&
                             !speech_verb[static_cast<std::size_t>(document.tokens[t].term)];
      if (continues && t > run_start) {
        const std::string_view gap = std::string_view(document.analysis)
                                         .substr(document.tokens[t - 1].end, document.tokens[t].start - document.tokens[t - 1].end);
        // Chinese and Japanese write a phrase without spaces.
        const bool unspaced = gap.empty() && document.tokens[t].kind == TokenKind::ideographic &&
                              document.tokens[t - 1].kind == TokenKind::ideographic;
        if (gap != " " && gap != "-" && !unspaced) {
          visit(s, run_start, t);
          run_start = t;
        }
      }
      if (!continues) {
        if (t > run_start) visit(s, run_start, t);
        run_start = t + 1;
      }
    }
  }
}

bool contains_all(const Candidate& outer, const Candidate& inner) {
  if (inner.length > outer.length) return false;
  for (std::uint32_t i = 0; i + inner.length <= outer.length; ++i) {
    if (std::equal(inner.terms.begin(), inner.terms.begin() + inner.length, outer.terms.begin() + i)) return true;
  }
  return false;
}

}  // namespace

std::vector<Keyword> find_keywords(const Document& document, std::string_view text) {
  std::vector<double> term_count(document.terms.size(), 0.0);
  for (const SentenceData& sentence : document.sentences) {
    for (const TermCount& term : sentence.terms) term_count[static_cast<std::size_t>(term.term)] += term.count;
  }

  CandidateTable candidates;
  for_each_run(document, [&](std::size_t sentence, std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t start = first; start < end; ++start) {
      for (std::uint32_t length = 1; length <= max_phrase_words && start + length <= end; ++length) {
        Candidate& candidate = candidates[phrase_key(&document.tokens[start], length)];
        const bool in_body = document.sentences[sentence].kind == SentenceKind::body ||
                             document.sentences[sentence].kind == SentenceKind::list_item;
        const int rank = in_body ? (start != document.sentences[sentence].first_token ? 2 : 1) : 0;
        if (rank > candidate.shown_rank) {
          const Token& last = document.tokens[start + length - 1];
          candidate.shown_start = document.tokens[start].start;
          candidate.shown_end = last.end - possessive_length(text.substr(last.start, last.end - last.start));
          candidate.shown_rank = rank;
        }
        if (candidate.count == 0) {
          for (std::uint32_t t = 0; t < length; ++t) candidate.terms[t] = document.tokens[start + t].term;
          candidate.length = length;
          candidate.first_sentence = sentence;
        }
        ++candidate.count;
      }
    }
  });

  const double sentences = static_cast<double>(std::max<std::size_t>(document.sentences.size(), 1));
  struct Ranked {
    const Candidate* candidate;
    double score;
  };
  std::vector<Ranked> ranked;
  for (const Candidate& candidate : candidates.all()) {
    // A phrase must recur to count as one; a word alone must also be longer than a character.
    if (candidate.count < 2) continue;
    if (candidate.length == 1 &&
        count_code_points(document.terms[static_cast<std::size_t>(candidate.terms[0])]) < 2) {
      continue;
    }
    double word_weight = 0;
    for (std::uint32_t t = 0; t < candidate.length; ++t) {
      word_weight += std::log(1.0 + term_count[static_cast<std::size_t>(candidate.terms[t])]);
    }
    word_weight /= static_cast<double>(candidate.length);
    const double early = 1.0 + 0.5 * (1.0 - static_cast<double>(candidate.first_sentence) / sentences);
    const double length_bonus = static_cast<double>(candidate.length);
    ranked.push_back({&candidate, std::log(1.0 + static_cast<double>(candidate.count)) * word_weight * early * length_bonus});
  }
  // Ties go to the earlier phrase, whatever order the hash table kept.
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.candidate->shown_start != b.candidate->shown_start ? a.candidate->shown_start < b.candidate->shown_start
                                                                : a.candidate->length < b.candidate->length;
  });

  std::vector<Keyword> keywords;
  std::vector<const Candidate*> kept;
  for (const Ranked& entry : ranked) {
    if (keywords.size() == max_keywords) break;
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate* other) {
      return contains_all(*other, *entry.candidate) || contains_all(*entry.candidate, *other);
    });
    if (overlaps) continue;
    kept.push_back(entry.candidate);
    const Candidate& shown = *entry.candidate;
    keywords.push_back({sanitize_utf8(text.substr(shown.shown_start, shown.shown_end - shown.shown_start)), entry.score});
  }
  const double top = keywords.empty() ? 1.0 : keywords.front().score;
  for (Keyword& keyword : keywords) keyword.score = keyword.score / top;
  return keywords;
}

}  // namespace precis::detail
