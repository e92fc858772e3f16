#pragma once
// Gradient-boosted trees as a flat table of nodes, the form scripts/train-summary-model writes
// them in (summary_model.h), and the walk that turns a row of features into the trees' logit.
// Only comparisons and a sum of leaf values in a fixed order: the same logit natively and in
// WebAssembly for the same features.
#include <cstddef>
#include <cstdint>
#include <span>

namespace precis::detail {

struct TreeNode {
  std::int32_t feature;  // the feature an inner node compares (its index in the model's list); -1 for a leaf
  double threshold;      // an inner node sends a row to `left` when its feature is at most this
  std::uint32_t left, right;  // indices into the table
  double value;          // what a leaf adds to the logit
};

// bias + the value of the leaf each tree (starting at `roots`) sends the row to. `feature_at(m)`
// gives the row's value of the model's feature m.
template <class FeatureAt>
double tree_logit(std::span<const TreeNode> nodes, std::span<const std::uint32_t> roots, double bias,
                  const FeatureAt& feature_at) {
  double logit = bias;
  for (const std::uint32_t root : roots) {
    std::uint32_t at = root;
    while (nodes[at].feature >= 0) {
      const TreeNode& node = nodes[at];
      at = feature_at(static_cast<std::size_t>(node.feature)) <= node.threshold ? node.left : node.right;
    }
    logit += nodes[at].value;
  }
  return logit;
}

}  // namespace precis::detail
