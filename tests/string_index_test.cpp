// string_index.h: numbers in the order strings are added, found again however the index grew.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "util/string_index.h"

using precis::detail::StringIndex;

namespace {

std::vector<std::string> numbered_words(std::size_t count) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < count; ++i) words.push_back("word" + std::to_string(i));
  return words;
}

}  // namespace

TEST_CASE("StringIndex numbers strings in the order they are first added", "[string_index]") {
  StringIndex index;
  CHECK(index.find("paris") == StringIndex::none);
  CHECK(index.add("paris") == std::pair<std::uint32_t, bool>{0, true});
  CHECK(index.add("rome") == std::pair<std::uint32_t, bool>{1, true});
  CHECK(index.add("paris") == std::pair<std::uint32_t, bool>{0, false});
  CHECK(index.find("rome") == 1);
  CHECK(index.find("") == StringIndex::none);
  CHECK(index.size() == 2);
}

TEST_CASE("StringIndex finds every string after growing many times", "[string_index]") {
  const std::vector<std::string> words = numbered_words(20'000);
  StringIndex index;
  for (const std::string& word : words) index.add(word);
  REQUIRE(index.size() == words.size());
  for (std::uint32_t number = 0; number < words.size(); ++number) {
    REQUIRE(index.find(words[number]) == number);
    REQUIRE(index[number] == words[number]);
  }
  CHECK(index.find("word20000") == StringIndex::none);
}

TEST_CASE("StringIndex gives the same numbers whether it reserved room or grew", "[string_index]") {
  const std::vector<std::string> words = numbered_words(5'000);
  const StringIndex built(words);  // reserves room for all of them first
  StringIndex grown;
  grown.add("before");
  grown.reserve(10);  // less than it will hold: it still grows later
  for (const std::string& word : words) grown.add(word);
  for (std::uint32_t number = 0; number < words.size(); ++number) {
    REQUIRE(built.find(words[number]) == number);
    REQUIRE(grown.find(words[number]) == number + 1);
  }
  CHECK(grown.find("before") == 0);
}
