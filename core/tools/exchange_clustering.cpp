#include "exchange_clustering.h"

#include <algorithm>
#include <cmath>
#include <iostream>

namespace precis::tools {

namespace {

// n log n, the term each count adds to the likelihood; looked up for the small counts that
// make up nearly all of them.
class CountTerms {
 public:
  CountTerms() : table_(table_size) {
    for (std::size_t n = 1; n < table_size; ++n) table_[n] = static_cast<double>(n) * std::log(static_cast<double>(n));
  }
  double operator()(std::uint64_t n) const {
    return n < table_size ? table_[n] : static_cast<double>(n) * std::log(static_cast<double>(n));
  }

 private:
  static constexpr std::size_t table_size = std::size_t{1} << 20;
  std::vector<double> table_;
};

// One side of the model: per context and class the counts, and per class their total.
struct Side {
  std::vector<std::uint32_t> counts;  // contexts x classes
  std::vector<std::uint64_t> totals;  // by class
};

std::uint64_t total_of(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& neighbours) {
  std::uint64_t total = 0;
  for (const auto& [context, count] : neighbours) total += count;
  return total;
}

// Adds a unit's counts to class `to`, or takes them out of it.
enum class Change { add, take_out };
void move_unit(Side& side, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& neighbours, std::uint64_t total,
               std::size_t classes, std::uint32_t to, Change change) {
  for (const auto& [context, count] : neighbours) {
    std::uint32_t& cell = side.counts[context * classes + to];
    cell = change == Change::add ? cell + count : cell - count;
  }
  side.totals[to] = change == Change::add ? side.totals[to] + total : side.totals[to] - total;
}

// What joining each class would add to the likelihood of one side, into `gains`.
void add_gains(const Side& side, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& neighbours,
               std::uint64_t total, std::size_t classes, const CountTerms& term, std::vector<double>& gains) {
  for (const auto& [context, count] : neighbours) {
    const std::uint32_t* row = side.counts.data() + std::size_t{context} * classes;
    for (std::size_t c = 0; c < classes; ++c) gains[c] += term(row[c] + count) - term(row[c]);
  }
  for (std::size_t c = 0; c < classes; ++c) gains[c] -= term(side.totals[c] + total) - term(side.totals[c]);
}

}  // namespace

Clustering exchange_clustering(const std::vector<Neighbours>& units, std::size_t contexts, std::size_t classes,
                               int max_passes) {
  const CountTerms term;
  Clustering result;
  result.class_of.resize(units.size());
  Side before{std::vector<std::uint32_t>(contexts * classes, 0), std::vector<std::uint64_t>(classes, 0)};
  Side after = before;
  std::vector<std::uint64_t> before_totals(units.size());
  std::vector<std::uint64_t> after_totals(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    result.class_of[u] = static_cast<std::uint32_t>(u % classes);
    before_totals[u] = total_of(units[u].before);
    after_totals[u] = total_of(units[u].after);
    move_unit(before, units[u].before, before_totals[u], classes, result.class_of[u], Change::add);
    move_unit(after, units[u].after, after_totals[u], classes, result.class_of[u], Change::add);
  }
  std::vector<double> gains(classes);
  for (int pass = 1; pass <= max_passes; ++pass) {
    std::size_t moved = 0;
    for (std::size_t u = 0; u < units.size(); ++u) {
      const std::uint32_t current = result.class_of[u];
      // Out of its class first, so that every class, its own too, is weighed the same way.
      move_unit(before, units[u].before, before_totals[u], classes, current, Change::take_out);
      move_unit(after, units[u].after, after_totals[u], classes, current, Change::take_out);
      std::fill(gains.begin(), gains.end(), 0.0);
      add_gains(before, units[u].before, before_totals[u], classes, term, gains);
      add_gains(after, units[u].after, after_totals[u], classes, term, gains);
      std::uint32_t best = current;
      for (std::size_t c = 0; c < classes; ++c) {
        // Only a clear gain moves a unit: rounding alone must not make it wander.
        if (gains[c] > gains[best] + 1e-9) best = static_cast<std::uint32_t>(c);
      }
      move_unit(before, units[u].before, before_totals[u], classes, best, Change::add);
      move_unit(after, units[u].after, after_totals[u], classes, best, Change::add);
      if (best != current) {
        result.class_of[u] = best;
        ++moved;
      }
    }
    std::cerr << "exchange clustering: pass " << pass << ", " << moved << " of " << units.size() << " moved\n";
    if (moved == 0) break;
  }
  result.before_counts = std::move(before.counts);
  result.after_counts = std::move(after.counts);
  return result;
}

}  // namespace precis::tools
