#include "entities/name_gazetteer.h"

#include <algorithm>

#include "util/unaligned.h"
#include "util/varint.h"

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

std::optional<NameGazetteer::Record> NameGazetteer::record_at(std::string_view bytes) {
  std::size_t position = 1;
  const std::optional<std::uint64_t> length = bytes.empty() ? std::nullopt : read_varint(bytes, position);
  if (!length || *length > bytes.size() - position) return std::nullopt;
  return Record{bytes.substr(position, static_cast<std::size_t>(*length)), static_cast<std::uint8_t>(bytes[0]),
                position + static_cast<std::size_t>(*length)};
}

void NameGazetteer::append_record(std::string& out, std::string_view key, std::uint8_t types) {
  out += static_cast<char>(types);
  put_varint(out, key.size());
  out += key;
}

NameGazetteer::NameGazetteer(std::shared_ptr<const std::string> storage, std::string_view records,
                             std::string_view offsets, Words common_words, Words name_endings)
    : storage_(std::move(storage)), records_(records), offsets_(offsets),
      common_words_(std::move(common_words)), name_endings_(std::move(name_endings)) {
  sort_unique(common_words_);
  sort_unique(name_endings_);
  common_index_ = StringIndex(common_words_);
}

NameGazetteer NameGazetteer::of(const std::vector<std::pair<std::string, std::uint8_t>>& names,
                                const std::vector<std::string>& common_words, const std::vector<std::string>& name_endings) {
  std::vector<std::pair<std::string_view, std::uint8_t>> sorted;
  for (const auto& [name, types] : names) {
    if (units_of(name) <= max_units) sorted.emplace_back(name, types);
  }
  std::sort(sorted.begin(), sorted.end());
  auto storage = std::make_shared<std::string>();
  std::string offsets;
  for (std::size_t i = 0; i < sorted.size();) {
    std::uint8_t types = 0;
    std::size_t same = i;
    for (; same < sorted.size() && sorted[same].first == sorted[i].first; ++same) types = static_cast<std::uint8_t>(types | sorted[same].second);
    append_unaligned(offsets, static_cast<std::uint32_t>(storage->size()));
    append_record(*storage, sorted[i].first, types);
    i = same;
  }
  const std::size_t records_size = storage->size();
  *storage += offsets;
  for (const std::string& word : common_words) *storage += word;
  for (const std::string& word : name_endings) *storage += word;
  std::size_t at = records_size + offsets.size();
  auto view = [&](const std::string& text) {
    const std::string_view result = std::string_view(*storage).substr(at, text.size());
    at += text.size();
    return result;
  };
  Words common_views;
  for (const std::string& word : common_words) common_views.push_back(view(word));
  Words ending_views;
  for (const std::string& word : name_endings) ending_views.push_back(view(word));
  const std::string_view records = std::string_view(*storage).substr(0, records_size);
  const std::string_view offset_view = std::string_view(*storage).substr(records_size, offsets.size());
  return NameGazetteer(std::move(storage), records, offset_view, std::move(common_views), std::move(ending_views));
}

std::size_t NameGazetteer::offset_at(std::size_t index) const {
  return load_unaligned<std::uint32_t>(offsets_.data() + index * sizeof(std::uint32_t));
}

std::string_view NameGazetteer::key_at(std::size_t index) const {
  // Every offset was checked when its model file was read (at build time, for a built-in one).
  return record_at(records_.substr(offset_at(index)))->key;
}

NameGazetteer::Match NameGazetteer::match(std::string_view phrase) const {
  std::size_t low = 0;
  std::size_t high = name_count();
  while (low < high) {  // the first key not less than `phrase`
    const std::size_t middle = low + (high - low) / 2;
    if (key_at(middle) < phrase) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  if (low == name_count()) return {};
  const Record found = *record_at(records_.substr(offset_at(low)));
  if (found.key == phrase) return {found.types, true};
  // Keys that go on from `phrase` sort right after it, a space sorting before the characters
  // of a unit.
  return {0, found.key.size() > phrase.size() && found.key.starts_with(phrase) && found.key[phrase.size()] == ' '};
}

bool NameGazetteer::is_common_word(std::string_view folded) const { return common_index_.contains(folded); }
bool NameGazetteer::is_name_ending(std::string_view folded) const { return contains(name_endings_, folded); }

}  // namespace precis::detail
