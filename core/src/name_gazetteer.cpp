#include "name_gazetteer.h"

#include <algorithm>

namespace precis::detail {

void NameGazetteer::add(const std::string& phrase, EntityType type) {
  const auto units = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
  if (units > max_units) return;
  types_[phrase] = static_cast<std::uint8_t>(types_[phrase] | 1u << static_cast<unsigned>(type));
  longest_units_ = std::max(longest_units_, units);
}

std::uint8_t NameGazetteer::types_of(const std::string& phrase) const {
  const auto found = types_.find(phrase);
  return found == types_.end() ? 0 : found->second;
}

std::vector<std::pair<std::string, std::uint8_t>> NameGazetteer::sorted() const {
  std::vector<std::pair<std::string, std::uint8_t>> names(types_.begin(), types_.end());
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> NameGazetteer::sorted_words(const std::unordered_set<std::string>& set) {
  std::vector<std::string> words(set.begin(), set.end());
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace precis::detail
