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
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  std::uint8_t types_of(const std::string& phrase) const;
  std::size_t longest_units() const { return longest_units_; }

  void add_common_word(const std::string& folded) { common_words_.insert(folded); }
  bool is_common_word(const std::string& folded) const { return common_words_.count(folded) > 0; }

  void add_name_ending(const std::string& folded) { name_endings_.insert(folded); }
  bool is_name_ending(const std::string& folded) const { return name_endings_.count(folded) > 0; }
  std::size_t size() const { return types_.size(); }

  // The names in a stable order, for writing a model file.
  std::vector<std::pair<std::string, std::uint8_t>> sorted() const;
  std::vector<std::string> sorted_common_words() const { return sorted_words(common_words_); }
  std::vector<std::string> sorted_name_endings() const { return sorted_words(name_endings_); }

 private:
  std::unordered_map<std::string, std::uint8_t> types_;
  std::size_t longest_units_ = 0;
  static std::vector<std::string> sorted_words(const std::unordered_set<std::string>& words);

  std::unordered_set<std::string> common_words_;
  std::unordered_set<std::string> name_endings_;
};

}  // namespace precis::detail
