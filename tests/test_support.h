// Helpers shared by the Precis tests: running the summariser, slicing results, and the
// invariants every result must satisfy whatever the input.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "precis/precis.h"
#include "text/utf8.h"

namespace precis_test {

// The options for a summary of `length`, everything else default.
inline precis::Options with_length(const precis::Length& length) {
  precis::Options options;
  options.length = length;
  return options;
}

// summarize(), failing the test (with the error message) when it returns an Error.
inline precis::Result summarize_ok(std::string_view text, const precis::Options& options = {}) {
  precis::Expected<precis::Result> result = precis::summarize(text, options);
  if (!result) FAIL("summarize() failed: " << result.error().message);
  return std::move(*result);
}

inline std::string slice(std::string_view text, std::size_t start, std::size_t end) {
  return std::string(text.substr(start, end - start));
}

inline std::string sentence_text(std::string_view text, const precis::Sentence& sentence) {
  return slice(text, sentence.start, sentence.end);
}

// Every sentence as its slice of the input, in document order.
inline std::vector<std::string> sentence_texts(std::string_view text, const precis::Result& result) {
  std::vector<std::string> out;
  for (const precis::Sentence& sentence : result.sentences) out.push_back(sentence_text(text, sentence));
  return out;
}

// The selected sentences as slices, in summary order.
inline std::vector<std::string> summary_texts(std::string_view text, const precis::Result& result) {
  std::vector<std::string> out;
  for (const std::size_t index : result.summary) out.push_back(sentence_text(text, result.sentences.at(index)));
  return out;
}

// The index of the first sentence whose slice contains `needle`, or -1.
inline long find_sentence(std::string_view text, const precis::Result& result, std::string_view needle) {
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    if (sentence_text(text, result.sentences[i]).find(needle) != std::string::npos) return static_cast<long>(i);
  }
  return -1;
}

// The entities whose text is exactly `text`.
inline std::vector<precis::Entity> entities_named(const precis::Result& result, std::string_view text) {
  std::vector<precis::Entity> out;
  for (const precis::Entity& entity : result.entities) {
    if (entity.text == text) out.push_back(entity);
  }
  return out;
}

inline std::string type_of(const precis::Entity& entity) { return std::string(precis::entity_type_name(entity.type)); }

// A readable list of entities for failure messages.
inline std::string describe_entities(const precis::Result& result) {
  std::string out;
  for (const precis::Entity& entity : result.entities) {
    out += "  " + type_of(entity) + " [" + std::to_string(entity.start) + "," + std::to_string(entity.end) + ") \"" +
           precis::to_valid_utf8(entity.text) + "\"\n";
  }
  return out.empty() ? "  (none)\n" : out;
}

// A readable list of sentences for failure messages.
inline std::string describe_sentences(std::string_view text, const precis::Result& result) {
  std::string out;
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    const precis::Sentence& s = result.sentences[i];
    out += "  " + std::to_string(i) + (s.selected ? "* " : "  ") + std::string(precis::sentence_kind_name(s.kind)) +
           " p" + std::to_string(s.paragraph) + " [" + std::to_string(s.start) + "," + std::to_string(s.end) + ") \"" +
           precis::to_valid_utf8(sentence_text(text, s)) + "\"\n";
  }
  return out.empty() ? "  (none)\n" : out;
}

// The byte offsets at which a code point starts, as the analysis decodes the text (every
// invalid byte is a code point of its own), plus the end of the text.
inline std::vector<bool> code_point_boundaries(std::string_view text) {
  std::vector<bool> boundary(text.size() + 1, false);
  for (std::size_t i = 0; i < text.size(); i += precis::detail::decode_utf8(text, i).length) boundary[i] = true;
  boundary[text.size()] = true;
  return boundary;
}

inline bool is_white_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// What every result must satisfy, whatever the input: offsets inside the text and on
// character boundaries, sentences trimmed and in order, scores in [0, 1], the summary
// ascending and matching the `selected` flags, entities sorted, disjoint and equal to their
// slices, keywords at most 10 with scores in [0, 1].
inline void check_invariants(std::string_view text, const precis::Result& result) {
  const std::vector<bool> boundary = code_point_boundaries(text);
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    const precis::Sentence& s = result.sentences[i];
    INFO("sentence " << i << " [" << s.start << "," << s.end << ")");
    REQUIRE(s.start < s.end);
    REQUIRE(s.end <= text.size());
    CHECK(s.start >= previous_end);
    CHECK(boundary[s.start]);
    CHECK(boundary[s.end]);
    CHECK_FALSE(is_white_space_byte(text[s.start]));
    CHECK_FALSE(is_white_space_byte(text[s.end - 1]));
    CHECK(s.score >= 0.0);
    CHECK(s.score <= 1.0);
    CHECK(s.characters == precis::detail::count_code_points(text.substr(s.start, s.end - s.start)));
    if (i > 0) CHECK(s.paragraph >= result.sentences[i - 1].paragraph);
    previous_end = s.end;
  }

  CHECK(std::is_sorted(result.summary.begin(), result.summary.end()));
  CHECK(std::adjacent_find(result.summary.begin(), result.summary.end()) == result.summary.end());
  std::vector<std::size_t> flagged;
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    if (result.sentences[i].selected) flagged.push_back(i);
  }
  CHECK(flagged == result.summary);

  std::size_t covered = 0;
  for (std::size_t i = 0; i < result.entities.size(); ++i) {
    const precis::Entity& e = result.entities[i];
    INFO("entity " << i << " " << type_of(e) << " [" << e.start << "," << e.end << ") \"" << e.text << "\"");
    REQUIRE(e.start < e.end);
    REQUIRE(e.end <= text.size());
    CHECK(e.start >= covered);  // sorted, never overlapping
    CHECK(boundary[e.start]);
    CHECK(boundary[e.end]);
    CHECK(e.text == precis::to_valid_utf8(text.substr(e.start, e.end - e.start)));
    covered = e.end;
  }

  CHECK(result.keywords.size() <= 10);
  for (const precis::Keyword& keyword : result.keywords) {
    INFO("keyword \"" << keyword.text << "\"");
    CHECK_FALSE(keyword.text.empty());
    CHECK(keyword.score >= 0.0);
    CHECK(keyword.score <= 1.0);
  }
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string test_data(const std::string& name) { return std::string(PRECIS_TEST_DATA) + "/" + name; }

// A news-style article of several paragraphs, written for these tests: a title, people,
// organisations, places, dates and money. Shared by the scoring and selection tests.
inline const std::string& news_article() {
  static const std::string article =
      "Rail Operator Orders New Trains for Northern Routes\n"
      "\n"
      "Northline Rail has ordered 48 electric trains from the manufacturer Kestrel Rolling Stock in a deal "
      "worth £820m, the company announced on Wednesday. The new trains will replace diesel units on the busiest "
      "routes between Leeds, York and Newcastle from 2027.\n"
      "\n"
      "Passengers have complained for years about overcrowded carriages and frequent breakdowns on the northern "
      "network. Northline Rail said the electric trains would carry 30% more passengers and cut journey times "
      "by up to ten minutes.\n"
      "\n"
      "Ms. Priya Raman, the managing director of Northline Rail, said the order was the largest in the company's "
      "history. She told a news conference in York that the first trains would be tested on the line to "
      "Scarborough next spring.\n"
      "\n"
      "Kestrel Rolling Stock will build the trains at its factory in Derby, where it employs 2,100 people. The "
      "factory had been at risk of closure after a previous contract ended last year. Union leaders welcomed "
      "the order and said it would secure jobs for at least five years.\n"
      "\n"
      "Not everyone is convinced. A campaign group for rail users said the money would be better spent on "
      "repairing signals and stations. The group argued that old signals cause more delays than old trains.\n"
      "\n"
      "The Department for Transport said it supported the order and would contribute £150m towards the cost of "
      "new depots. Electric trains produce far less pollution than diesel trains, and the government wants "
      "diesel trains off the network by 2040.\n"
      "\n"
      "Northline Rail expects ticket prices to stay the same when the new trains arrive. The company will "
      "publish a timetable for the introduction of the electric trains in the autumn.\n"
      "\n"
      "Residents near the Derby factory said the contract was a relief. Many families in the town depend on "
      "the plant, and local shops rely on its workers.\n";
  return article;
}

}  // namespace precis_test
