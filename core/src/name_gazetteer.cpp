#include "name_gazetteer.h"

#include <algorithm>

namespace precis::detail {

void NameGazetteer::add(const std::string& phrase, EntityType type) {
  const auto units = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
  if (units > max_units) return;
  std::uint8_t& marks = marks_[phrase];
  if ((marks & name_types) == 0) ++names_;
  marks = static_cast<std::uint8_t>(marks | 1u << static_cast<unsigned>(type));
  for (std::size_t space = phrase.find(' '); space != std::string::npos; space = phrase.find(' ', space + 1)) {
    mark(phrase.substr(0, space), name_start);
  }
  longest_units_ = std::max(longest_units_, units);
}

std::vector<std::pair<std::string, std::uint8_t>> NameGazetteer::sorted() const {
  std::vector<std::pair<std::string, std::uint8_t>> names;
  for (const auto& [key, marks] : marks_) {
    if ((marks & name_types) != 0) names.emplace_back(key, static_cast<std::uint8_t>(marks & name_types));
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> NameGazetteer::sorted_with(std::uint8_t mark) const {
  std::vector<std::string> words;
  for (const auto& [key, marks] : marks_) {
    if ((marks & mark) != 0) words.push_back(key);
  }
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace precis::detail
