#pragma once
// The labels of the trained name tagger and its decoder. A word is outside any name, begins a
// name of a type, or continues one (BIO); the best label sequence of a sentence under the
// model's scores is found with Viterbi. The trainer and the tagger share this decoder, so a
// model is trained with exactly the search it is used with.
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "precis/precis.h"

namespace precis::detail {

// 0 = outside; then begin/inside for PER, ORG, LOC and MISC, in EntityType's order.
using NameLabel = std::uint8_t;
inline constexpr NameLabel outside_label = 0;
inline constexpr std::size_t name_label_count = 9;
inline constexpr std::size_t name_type_count = 4;
// The row of the transition table that holds the scores of a sentence's first label.
inline constexpr std::size_t sentence_start_row = name_label_count;

constexpr NameLabel begin_label(EntityType type) { return static_cast<NameLabel>(1 + 2 * static_cast<int>(type)); }
constexpr NameLabel inside_label(EntityType type) { return static_cast<NameLabel>(2 + 2 * static_cast<int>(type)); }
constexpr bool is_begin(NameLabel label) { return label % 2 == 1; }
constexpr bool is_inside(NameLabel label) { return label != outside_label && label % 2 == 0; }
constexpr EntityType label_type(NameLabel label) { return static_cast<EntityType>((label - 1) / 2); }

// "Inside" may only follow "begin" or "inside" of the same type.
constexpr bool may_follow(std::size_t previous_row, NameLabel next) {
  if (!is_inside(next)) return true;
  return previous_row != sentence_start_row && previous_row != outside_label &&
         label_type(static_cast<NameLabel>(previous_row)) == label_type(next);
}

// Which label may follow which (rows as in may_follow), as a table: the decoder asks 90 times a word.
inline constexpr std::array<std::array<bool, name_label_count>, name_label_count + 1> allowed_transitions = [] {
  std::array<std::array<bool, name_label_count>, name_label_count + 1> table{};
  for (std::size_t row = 0; row <= name_label_count; ++row) {
    for (std::size_t label = 0; label < name_label_count; ++label) table[row][label] = may_follow(row, static_cast<NameLabel>(label));
  }
  return table;
}();

// The highest-scoring allowed label sequence for `length` words. `emission(i, label)` and
// `transition(row, label)` (row: the previous label, or sentence_start_row) give the scores.
// Ties go to the lower label, so the result is deterministic.
template <class Score, class Emission, class Transition>
std::vector<NameLabel> best_labels(std::size_t length, Emission emission, Transition transition) {
  std::vector<NameLabel> labels(length, outside_label);
  if (length == 0) return labels;
  // The transition scores once, with the forbidden ones out of the running.
  std::array<std::array<Score, name_label_count>, name_label_count + 1> moves{};
  for (std::size_t row = 0; row <= name_label_count; ++row) {
    for (NameLabel label = 0; label < name_label_count; ++label) moves[row][label] = transition(row, label);
  }
  std::vector<std::array<NameLabel, name_label_count>> back(length);
  std::array<Score, name_label_count> best{};
  std::array<bool, name_label_count> reachable{};
  for (NameLabel label = 0; label < name_label_count; ++label) {
    reachable[label] = allowed_transitions[sentence_start_row][label];
    best[label] = reachable[label] ? moves[sentence_start_row][label] + emission(0, label) : Score{};
  }
  for (std::size_t i = 1; i < length; ++i) {
    std::array<Score, name_label_count> next{};
    std::array<bool, name_label_count> next_reachable{};
    for (NameLabel label = 0; label < name_label_count; ++label) {
      for (NameLabel previous = 0; previous < name_label_count; ++previous) {
        if (!reachable[previous] || !allowed_transitions[previous][label]) continue;
        const Score score = best[previous] + moves[previous][label];
        if (!next_reachable[label] || score > next[label]) {
          next[label] = score;
          back[i][label] = previous;
          next_reachable[label] = true;
        }
      }
      if (next_reachable[label]) next[label] += emission(i, label);
    }
    best = next;
    reachable = next_reachable;
  }
  NameLabel last = outside_label;
  for (NameLabel label = 1; label < name_label_count; ++label) {
    if (reachable[label] && best[label] > best[last]) last = label;
  }
  for (std::size_t i = length; i-- > 0;) {
    labels[i] = last;
    last = back[i][last];
  }
  return labels;
}

}  // namespace precis::detail
