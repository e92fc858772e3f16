#pragma once
// What a name model remembers of its training texts beyond feature weights:
// - the names, with the types they were given ("manchester united" ORG), matched against every
//   sentence, longest first, as a feature of the words they cover; the model learns how far to
//   trust a match, so an old name used for something new is still read from its context;
// - the words written in lower case there ("great", "subscribe"): capitalised at the start of
//   a sentence or in a shouted line, such a word is probably not a name;
// - the lower-case words names ended with ("department", "season"): a name ends with no other
//   ("Exports to Japan rose").
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "precis/precis.h"

namespace precis::detail {

class NameGazetteer {
 public:
  // Longer names are left out: they are rare, and matching them would cost every sentence.
  static constexpr std::size_t max_units = 6;

  // `phrase`: the folded units of a name joined by single spaces (see NameFeatures::phrase).
  void add(const std::string& phrase, EntityType type);
  // The types `phrase` was seen with, one bit per EntityType, or 0.
  std::uint8_t types_of(const std::string& phrase) const { return marks_of(phrase) & name_types; }
  // Whether `phrase` is a name or the first words of one: a match can only grow while it is.
  bool may_grow(const std::string& phrase) const { return (marks_of(phrase) & (name_types | name_start)) != 0; }
  std::size_t longest_units() const { return longest_units_; }
  std::size_t size() const { return names_; }

  void add_common_word(const std::string& folded) { mark(folded, common_word); }
  bool is_common_word(const std::string& folded) const { return (marks_of(folded) & common_word) != 0; }

  void add_name_ending(const std::string& folded) { mark(folded, name_ending); }
  bool is_name_ending(const std::string& folded) const { return (marks_of(folded) & name_ending) != 0; }

  // In a stable order, for writing a model file: the names with their types, the common words,
  // the name endings.
  std::vector<std::pair<std::string, std::uint8_t>> sorted() const;
  std::vector<std::string> sorted_common_words() const { return sorted_with(common_word); }
  std::vector<std::string> sorted_name_endings() const { return sorted_with(name_ending); }

 private:
  // What an entry is: bits 0-3 the types of a name (one per EntityType), then these.
  static constexpr std::uint8_t name_types = 0x0F;
  static constexpr std::uint8_t common_word = 0x10;
  static constexpr std::uint8_t name_ending = 0x20;
  static constexpr std::uint8_t name_start = 0x40;  // the first words of a longer name

  void mark(const std::string& key, std::uint8_t mark) { marks_[key] = static_cast<std::uint8_t>(marks_[key] | mark); }
  std::uint8_t marks_of(const std::string& key) const {
    const auto found = marks_.find(key);
    return found == marks_.end() ? 0 : found->second;
  }
  std::vector<std::string> sorted_with(std::uint8_t mark) const;

  std::unordered_map<std::string, std::uint8_t> marks_;
  std::size_t names_ = 0;
  std::size_t longest_units_ = 0;
};

}  // namespace precis::detail
