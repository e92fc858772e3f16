#include "entities/word_clusters.h"

#include <algorithm>


namespace precis::detail {

WordClusters::WordClusters(std::shared_ptr<const std::string> storage, std::vector<std::string_view> words,
                           std::vector<std::uint16_t> fine, std::vector<std::uint16_t> coarse_of_fine, bool ascii_only)
    : storage_(std::move(storage)),
      words_(std::move(words)),
      fine_(std::move(fine)),
      coarse_of_fine_(std::move(coarse_of_fine)),
      ascii_only_(ascii_only),
      index_(words_) {}

WordClusters WordClusters::of(std::vector<std::pair<std::string, std::uint16_t>> words,
                              std::vector<std::uint16_t> coarse_of_fine, bool ascii_only) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), words.end());
  auto storage = std::make_shared<std::string>();
  for (const auto& [word, fine] : words) *storage += word;
  std::vector<std::string_view> views;
  std::vector<std::uint16_t> fine;
  std::size_t at = 0;
  for (const auto& [word, fine_class] : words) {
    views.emplace_back(storage->data() + at, word.size());
    fine.push_back(fine_class);
    at += word.size();
  }
  return WordClusters(std::move(storage), std::move(views), std::move(fine), std::move(coarse_of_fine), ascii_only);
}

WordClusters::Classes WordClusters::classes_of(std::string_view key) const {
  const std::uint32_t number = index_.find(key);
  if (number == StringIndex::none) return {};
  const std::uint16_t fine = fine_[number];
  return {fine, fine < coarse_of_fine_.size() ? coarse_of_fine_[fine] : none};
}

}  // namespace precis::detail
