#pragma once
// What a name model remembers of its training texts beyond feature weights:
// - the names, with the types they were given ("manchester united" ORG), matched against every
//   sentence, longest first, as a feature of the words they cover; the model learns how far to
//   trust a match, so an old name used for something new is still read from its context;
// - the words written in lower case there ("great", "subscribe"): capitalised at the start of
//   a sentence or in a shouted line, such a word is probably not a name;
// - the lower-case words names ended with ("department", "season"): a name ends with no other
//   ("Exports to Japan rose").
// Sorted lists of views into the model's bytes, searched by halving: reading a model (every
// process that meets the language does) is then little more than reading its file.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::detail {

class NameGazetteer {
 public:
  // Longer names are left out (the trainer writes none; a name grows no longer in a match):
  // they are rare, and matching them would cost every sentence.
  static constexpr std::size_t max_units = 6;

  using Names = std::vector<std::pair<std::string_view, std::uint8_t>>;
  using Words = std::vector<std::string_view>;

  NameGazetteer() = default;
  // `names`: gazetteer keys (the folded units of a name joined by single spaces, see
  // NameFeatures::phrase) with their types, one bit per EntityType, in any order (a key given
  // twice has the types of both); every view points into `storage`, which the gazetteer keeps
  // (or, when it is null, into memory that outlives the gazetteer). Order::sorted_unique: the
  // names are known to be sorted and unique already (a file the trainer wrote).
  enum class Order { any, sorted_unique };
  NameGazetteer(std::shared_ptr<const std::string> storage, Names names, Words common_words, Words name_endings,
                Order order = Order::any);
  // The same from strings of its own (for the trainer).
  static NameGazetteer of(const std::vector<std::pair<std::string, std::uint8_t>>& names,
                          const std::vector<std::string>& common_words, const std::vector<std::string>& name_endings);

  // The types `phrase` was seen with (one bit per EntityType, or 0), and whether it is a name
  // or the first units of one: a match can only grow while it is.
  struct Match {
    std::uint8_t types = 0;
    bool may_grow = false;
  };
  Match match(std::string_view phrase) const;
  std::uint8_t types_of(std::string_view phrase) const { return match(phrase).types; }

  bool is_common_word(std::string_view folded) const;
  bool is_name_ending(std::string_view folded) const;

  // Sorted, for writing a model file.
  const Names& names() const { return names_; }
  const Words& common_words() const { return common_words_; }
  const Words& name_endings() const { return name_endings_; }

 private:
  std::shared_ptr<const std::string> storage_;
  Names names_;
  Words common_words_;
  Words name_endings_;
};

}  // namespace precis::detail
