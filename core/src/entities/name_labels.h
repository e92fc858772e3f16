#pragma once
// The labels of the trained name tagger and its decoder. A word is outside any name, begins a
// name of a type, or continues one (BIO); the best label sequence of a sentence under the
// model's scores is found with Viterbi. The trainer and the tagger share this decoder, so a
// model is trained with exactly the search it is used with.
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
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

// Which label may follow which (rows as in may_follow), as a table.
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
  // A forbidden move scores so low that no path through it can win while an allowed one
  // exists (and "outside" may always follow): the loops need no test of what is allowed.
  // Integer scores widen to 64 bits, far from overflow however long the sentence.
  using Wide = std::conditional_t<std::is_integral_v<Score>, std::int64_t, Score>;
  constexpr Wide forbidden = std::is_integral_v<Score> ? Wide(-(std::int64_t{1} << 60)) : -std::numeric_limits<Wide>::infinity();
  std::array<std::array<Wide, name_label_count>, name_label_count + 1> moves{};
  for (std::size_t row = 0; row <= name_label_count; ++row) {
    for (NameLabel label = 0; label < name_label_count; ++label) {
      moves[row][label] = allowed_transitions[row][label] ? Wide(transition(row, label)) : forbidden;
    }
  }
  std::vector<std::array<NameLabel, name_label_count>> back(length);
  std::array<Wide, name_label_count> best{};
  for (NameLabel label = 0; label < name_label_count; ++label) {
    best[label] = moves[sentence_start_row][label] + Wide(emission(0, label));
  }
  for (std::size_t i = 1; i < length; ++i) {
    std::array<Wide, name_label_count> next{};
    for (NameLabel label = 0; label < name_label_count; ++label) {
      Wide top = best[0] + moves[0][label];
      NameLabel from = 0;
      for (NameLabel previous = 1; previous < name_label_count; ++previous) {
        const Wide score = best[previous] + moves[previous][label];
        if (score > top) {  // ties go to the lower label
          top = score;
          from = previous;
        }
      }
      next[label] = top + Wide(emission(i, label));
      back[i][label] = from;
    }
    best = next;
  }
  NameLabel last = outside_label;
  for (NameLabel label = 1; label < name_label_count; ++label) {
    if (best[label] > best[last]) last = label;
  }
  for (std::size_t i = length; i-- > 0;) {
    labels[i] = last;
    last = back[i][last];
  }
  return labels;
}

}  // namespace precis::detail
