#include "name_gazetteer.h"

#include <algorithm>

namespace precis::detail {

namespace {

std::size_t units_of(std::string_view phrase) {
  return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

void sort_unique(NameGazetteer::Words& words) {
  if (!std::is_sorted(words.begin(), words.end())) std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

bool contains(const NameGazetteer::Words& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

NameGazetteer::NameGazetteer(std::shared_ptr<const std::string> storage, Names names, Words common_words, Words name_endings,
                             Order order)
    : storage_(std::move(storage)), names_(std::move(names)), common_words_(std::move(common_words)), name_endings_(std::move(name_endings)) {
  // A model file holds them sorted and unique already (checked unless the file is known: it may
  // be damaged), and then nothing moves. Otherwise they are sorted, and a key given twice keeps
  // both its types.
  const bool sorted_unique = order == Order::sorted_unique || std::adjacent_find(names_.begin(), names_.end(), [](const auto& a, const auto& b) {
                               return a.first.compare(b.first) >= 0;
                             }) == names_.end();
  if (!sorted_unique) {
    std::sort(names_.begin(), names_.end());
    std::size_t kept = 0;
    for (const auto& [key, types] : names_) {
      if (kept > 0 && names_[kept - 1].first == key) {
        names_[kept - 1].second = static_cast<std::uint8_t>(names_[kept - 1].second | types);
      } else {
        names_[kept++] = {key, types};
      }
    }
    names_.resize(kept);
  }
  sort_unique(common_words_);
  sort_unique(name_endings_);
}

NameGazetteer NameGazetteer::of(const std::vector<std::pair<std::string, std::uint8_t>>& names,
                                const std::vector<std::string>& common_words, const std::vector<std::string>& name_endings) {
  auto storage = std::make_shared<std::string>();
  for (const auto& name : names) *storage += name.first;
  for (const std::string& word : common_words) *storage += word;
  for (const std::string& word : name_endings) *storage += word;
  std::size_t at = 0;
  auto view = [&](const std::string& text) {
    const std::string_view result = std::string_view(*storage).substr(at, text.size());
    at += text.size();
    return result;
  };
  Names name_views;
  for (const auto& [name, types] : names) {
    const std::string_view key = view(name);
    if (units_of(key) <= max_units) name_views.emplace_back(key, types);
  }
  Words common_views;
  for (const std::string& word : common_words) common_views.push_back(view(word));
  Words ending_views;
  for (const std::string& word : name_endings) ending_views.push_back(view(word));
  return NameGazetteer(std::move(storage), std::move(name_views), std::move(common_views), std::move(ending_views));
}

NameGazetteer::Match NameGazetteer::match(std::string_view phrase) const {
  const auto found = std::lower_bound(names_.begin(), names_.end(), phrase,
                                      [](const auto& name, std::string_view key) { return name.first < key; });
  if (found == names_.end()) return {};
  if (found->first == phrase) return {found->second, true};
  // Keys that go on from `phrase` sort right after it, a space sorting before the characters
  // of a unit.
  const std::string_view key = found->first;
  return {0, key.size() > phrase.size() && key.starts_with(phrase) && key[phrase.size()] == ' '};
}

bool NameGazetteer::is_common_word(std::string_view folded) const { return contains(common_words_, folded); }
bool NameGazetteer::is_name_ending(std::string_view folded) const { return contains(name_endings_, folded); }

}  // namespace precis::detail
