#pragma once
// Exchange clustering (Kneser and Ney 1993; Martin, Liermann and Ney 1998) in its predictive,
// two-sided form (Uszkoreit and Brants 2008): units (words) go into a fixed number of classes so
// that each class predicts well which words stand before and after its members. Each pass moves
// every unit to the class that raises the likelihood most, until no unit moves.
//
// A unit's neighbours are given as (context, count) pairs: the contexts are any numbered words
// (the units themselves, rare words, the sentence edge), counted where they stand just before
// or just after the unit. Everything is integer counts and a fixed visiting order, so the same
// input gives the same classes.
#include <cstdint>
#include <utility>
#include <vector>

namespace precis::tools {

struct Neighbours {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> before;  // (context, count)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> after;
};

struct Clustering {
  std::vector<std::uint32_t> class_of;  // by unit
  // Per context, per class: how often the context stands just before / just after a member of
  // the class (contexts x classes, row by row): what a coarser clustering of the classes reads.
  std::vector<std::uint32_t> before_counts;
  std::vector<std::uint32_t> after_counts;
};

// `units` in the order they are visited (the most frequent first); unit i starts in class
// i % classes. `contexts`: one more than the largest context number.
Clustering exchange_clustering(const std::vector<Neighbours>& units, std::size_t contexts, std::size_t classes,
                               int max_passes);

}  // namespace precis::tools
