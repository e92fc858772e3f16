#pragma once
// What a name model remembers of its training texts beyond feature weights:
// - the names, with the types they were given ("manchester united" ORG), matched against every
//   sentence, longest first, as a feature of the words they cover; the model learns how far to
//   trust a match, so an old name used for something new is still read from its context;
// - the words written in lower case there ("great", "subscribe"): capitalised at the start of
//   a sentence or in a shouted line, such a word is probably not a name;
// - the lower-case words names ended with ("department", "season"): a name ends with no other
//   ("Exports to Japan rose").
// The names are kept as the model file writes them (records of a types byte, a varint length and
// the key's bytes, sorted by key) with the offset of each (a 32-bit number in this machine's
// byte order): a model built into the library has both ready at start-up (name_model.h). The
// word lists are sorted views into the same storage. All are searched by halving but the common
// words, which are hashed when the gazetteer is made (every capitalised word is looked up).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/string_index.h"

namespace precis::detail {

class NameGazetteer {
 public:
  // Longer names are left out (the trainer writes none; a name grows no longer in a match):
  // they are rare, and matching them would cost every sentence.
  static constexpr std::size_t max_units = 6;

  using Words = std::vector<std::string_view>;

  NameGazetteer() = default;
  // `records`: the names as a model file holds them (see above), sorted by key with no key
  // twice, starting at `offsets` (4 bytes each); every view points into `storage`, which the
  // gazetteer keeps (or, when it is null, into memory that outlives the gazetteer). The reader
  // checks them.
  NameGazetteer(std::shared_ptr<const std::string> storage, std::string_view records, std::string_view offsets,
                Words common_words, Words name_endings);
  // From strings of its own (for the trainer): `names` are gazetteer keys (the folded units of a
  // name joined by single spaces, see NameFeatures::phrase) with their types, one bit per
  // EntityType, in any order (a key given twice has the types of both); those of more than
  // max_units units are left out.
  static NameGazetteer of(const std::vector<std::pair<std::string, std::uint8_t>>& names,
                          const std::vector<std::string>& common_words, const std::vector<std::string>& name_endings);
  // One name record at the start of `bytes` (its key, types and length in bytes), or nothing
  // when `bytes` does not begin with a whole record.
  struct Record {
    std::string_view key;
    std::uint8_t types = 0;
    std::size_t size = 0;
  };
  static std::optional<Record> record_at(std::string_view bytes);
  static void append_record(std::string& out, std::string_view key, std::uint8_t types);

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

  // Sorted, for writing a model file: the names' records, and the word lists.
  std::size_t name_count() const { return offsets_.size() / sizeof(std::uint32_t); }
  std::string_view records() const { return records_; }
  const Words& common_words() const { return common_words_; }
  const Words& name_endings() const { return name_endings_; }

 private:
  std::size_t offset_at(std::size_t index) const;
  std::string_view key_at(std::size_t index) const;

  std::shared_ptr<const std::string> storage_;
  std::string_view records_;
  std::string_view offsets_;  // of each name's record in records_, in key order
  Words common_words_;
  Words name_endings_;
  StringIndex common_index_;  // common_words_ by their bytes: every capitalised word is looked up
};

}  // namespace precis::detail
