#pragma once
// StringIndex numbers distinct strings 0, 1, 2, ... in the order they are added and finds a
// string's number by its bytes. It keeps views: the strings must outlive it, where they are.
//
// It is the one lookup structure for words throughout the core: open addressing over a flat
// array, because every word of a text is looked up (a node-based std::unordered_map costs a
// cache miss or two a lookup), and one small class rather than a standard container for each
// key and value type, because each of those adds its code to the WebAssembly module.
//
//   StringIndex words;
//   words.add("paris");                  // {0, true}
//   words.add("paris");                  // {0, false}
//   words.find("paris");                 // 0
//   words.find("rome");                  // StringIndex::none
#include <cstdint>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

namespace precis::detail {

class StringIndex {
 public:
  static constexpr std::uint32_t none = UINT32_MAX;

  StringIndex() = default;
  template <class Strings>
  explicit StringIndex(const Strings& strings) {
    reserve(std::size(strings));
    for (const std::string_view text : strings) add(text);
  }

  // Room for `count` strings in all without growing (a name model's 40,000 words are indexed
  // as it loads, on the way to a reader's first highlights).
  void reserve(std::size_t count);

  // The number of `text`, and whether it was added by this call.
  std::pair<std::uint32_t, bool> add(std::string_view text);
  // The number of `text`, or none.
  std::uint32_t find(std::string_view text) const;
  bool contains(std::string_view text) const { return find(text) != none; }

  std::size_t size() const { return strings_.size(); }
  std::string_view operator[](std::uint32_t number) const { return strings_[number]; }
  const std::vector<std::string_view>& strings() const { return strings_; }  // by number

 private:
  struct Slot {
    std::uint32_t hash = 0;  // the low bits of the string's hash, compared before its bytes
    std::uint32_t number = none;
  };

  std::size_t slot_of(std::string_view text, std::size_t hash) const;
  void rehash(std::size_t slot_count);

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::vector<std::string_view> strings_;
};

// Words and which of up to 32 lists each is in, as bits: one lookup answers for every list
// (the function words of each language, the name tagger's word lists). Views, as StringIndex.
class WordLists {
 public:
  void add(std::string_view word, std::uint32_t list) {
    const std::uint32_t number = words_.add(word).first;
    bits_.resize(words_.size());
    bits_[number] |= 1u << list;
  }
  // Bit (1 << list) for each list that holds `word`.
  std::uint32_t of(std::string_view word) const {
    const std::uint32_t number = words_.find(word);
    return number == StringIndex::none ? 0 : bits_[number];
  }

 private:
  StringIndex words_;
  std::vector<std::uint32_t> bits_;  // by the word's number
};

}  // namespace precis::detail
