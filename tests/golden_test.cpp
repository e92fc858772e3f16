// The golden test: the full result for one article, byte for byte.
//
// tests/data/golden-article.txt is a news article written by the team for this test (a title,
// people, organisations, places, dates, money). tests/data/golden-article.json is what
//
//     precis --format json --sentences 3 tests/data/golden-article.txt
//
// printed when the result was last checked by a person. Any change to segmentation, scoring,
// selection, entities, keywords or the JSON writer shows up here. When a change is intended,
// read the new output, make sure it is still sensible, and regenerate the file from the
// repository root:
//
//     build/native/precis --format json --sentences 3 tests/data/golden-article.txt > tests/data/golden-article.json
//
// (any build directory's precis will do, e.g. build/tests-helper/precis).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "json/json_value.h"
#include "test_support.h"

namespace {

const char* const regenerate =
    "If the change is intended, check the new output and regenerate the golden file from the repository root:\n"
    "  build/native/precis --format json --sentences 3 tests/data/golden-article.txt > tests/data/golden-article.json";

precis::Options golden_options() { return precis_test::with_length(precis::Length::sentences(3)); }

// The JSON one member a line, so that `diff` shows which member changed.
std::string one_member_a_line(const std::string& json) {
  std::string out;
  for (const char c : json) {
    out += c;
    if (c == ',' || c == '[' || c == '{') out += '\n';
  }
  return out;
}

std::string context(const std::string& text, std::size_t at) {
  const std::size_t from = at > 80 ? at - 80 : 0;
  return text.substr(from, 160);
}

// Compares byte for byte; on a difference, says where, shows both sides there, writes both
// one member a line for `diff`, and says how to regenerate the golden file.
void compare_with_golden(const std::string& actual, const std::string& what, const std::string& tag) {
  const std::string expected = precis_test::read_file(precis_test::test_data("golden-article.json"));
  REQUIRE_FALSE(expected.empty());
  if (actual == expected) {
    SUCCEED(what << " matches tests/data/golden-article.json");
    return;
  }
  std::size_t at = 0;
  while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
  const std::filesystem::path directory = std::filesystem::temp_directory_path();
  const std::string expected_path = (directory / ("precis-golden-expected-" + tag + ".txt")).string();
  const std::string actual_path = (directory / ("precis-golden-actual-" + tag + ".txt")).string();
  std::ofstream(expected_path, std::ios::binary) << one_member_a_line(expected);
  std::ofstream(actual_path, std::ios::binary) << one_member_a_line(actual);
  FAIL_CHECK(what << " differs from tests/data/golden-article.json at byte " << at << " (expected " << expected.size()
                  << " bytes, got " << actual.size() << ")\n"
                  << "expected: ..." << context(expected, at) << "...\n"
                  << "actual:   ..." << context(actual, at) << "...\n"
                  << "To see every difference:\n  diff " << expected_path << " " << actual_path << "\n"
                  << regenerate);
}

}  // namespace

TEST_CASE("The golden article's result matches the golden JSON byte for byte", "[golden]") {
  const std::string text = precis_test::read_file(precis_test::test_data("golden-article.txt"));
  REQUIRE_FALSE(text.empty());
  const precis::Result result = precis_test::summarize_ok(text, golden_options());
  compare_with_golden(precis::to_json(result) + "\n", "to_json()", "library");
}

TEST_CASE("The CLI's output for the golden article matches the golden JSON", "[golden]") {
  // The regeneration command above must give the same bytes as the library.
  const std::filesystem::path directory = std::filesystem::temp_directory_path();
  const std::string output = (directory / ("precis-golden-cli-" + std::to_string(::getpid()) + ".json")).string();
  const std::string command = std::string("'") + PRECIS_CLI + "' --format json --sentences 3 '" +
                              precis_test::test_data("golden-article.txt") + "' > '" + output + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string actual = precis_test::read_file(output);
  std::filesystem::remove(output);
  compare_with_golden(actual, "the CLI's output", "cli");
}

TEST_CASE("The golden JSON itself is well formed and sensible", "[golden]") {
  const std::string text = precis_test::read_file(precis_test::test_data("golden-article.txt"));
  const std::string golden = precis_test::read_file(precis_test::test_data("golden-article.json"));
  REQUIRE_FALSE(golden.empty());
  CHECK(golden.back() == '\n');
  const precis::Expected<precis::detail::JsonValue> parsed = precis::detail::parse_json(golden);
  REQUIRE(parsed.has_value());
  const precis::detail::JsonValue& root = *parsed;
  CHECK(root.find("language")->string == "en");
  CHECK(root.find("summary")->items.size() == 3);
  const auto& sentences = root.find("sentences")->items;
  REQUIRE(sentences.size() > 10);
  CHECK(sentences.front().find("kind")->string == "title");
  for (const auto& index : root.find("summary")->items) {
    const auto& sentence = sentences.at(static_cast<std::size_t>(index.number));
    CHECK(sentence.find("selected")->boolean);
    CHECK(sentence.find("kind")->string == "body");
  }
  // Every entity's text is its slice of the article.
  for (const auto& entity : root.find("entities")->items) {
    const auto start = static_cast<std::size_t>(entity.find("start")->number);
    const auto end = static_cast<std::size_t>(entity.find("end")->number);
    CHECK(entity.find("text")->string == text.substr(start, end - start));
  }
}
