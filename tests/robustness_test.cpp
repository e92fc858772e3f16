// Whatever the input — empty, huge, binary, repetitive, broken UTF-8 — summarize() returns
// a result that keeps every invariant, or an Error for a text over the size limit; and the
// same input always gives the same output.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "json/json_value.h"
#include "test_support.h"

using precis::Length;
using precis_test::check_invariants;
using precis_test::summarize_ok;

namespace {

bool has_warning_containing(const precis::Result& result, std::string_view part) {
  for (const std::string& warning : result.warnings) {
    if (warning.find(part) != std::string::npos) return true;
  }
  return false;
}

// Bytes from a fixed generator: std::mt19937's output is specified exactly, so these buffers
// are the same with every standard library (distributions are not, so none is used).
std::string random_bytes(std::uint32_t seed, std::size_t size) {
  std::mt19937 generator(seed);
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(generator() & 0xFFu);
  return bytes;
}

// Random bytes biased towards text: letters, spaces, full stops, line breaks, UTF-8 lead
// and continuation bytes, so that sentences, words and broken characters all occur.
std::string random_text_like(std::uint32_t seed, std::size_t size) {
  static const std::string pieces[] = {"a", "e", "t", "n", "S", "M", " ", " ", ". ", "\n", "\n\n", "\xC3\xA9", "\xC3",
                                       "\x80", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xE3\x80\x82", "\xFF", "- ",
                                       "1. ", "$5", "@", "http://", "\r\n", std::string(1, '\0'), "Mr. ", "in London"};
  std::mt19937 generator(seed);
  std::string text;
  while (text.size() < size) text += pieces[generator() % (sizeof pieces / sizeof pieces[0])];
  return text;
}

void check_json_round_trip(const precis::Result& result) {
  const std::string json = precis::to_json(result);
  CHECK(precis::detail::scan_utf8(json).invalid_sequences == 0);
  const precis::Expected<precis::detail::JsonValue> parsed = precis::detail::parse_json(json);
  if (!parsed) FAIL_CHECK("to_json gave invalid JSON: " << parsed.error().message);
}

}  // namespace

TEST_CASE("An empty or blank text gives an empty result with a warning", "[robustness]") {
  for (const std::string& text : {std::string(), std::string("   "), std::string("\n\n\t \r\n"), std::string("\xC2\xA0")}) {
    const precis::Result result = summarize_ok(text);
    CHECK(result.sentences.empty());
    CHECK(result.summary.empty());
    CHECK(result.entities.empty());
    CHECK(result.keywords.empty());
    CHECK_FALSE(result.warnings.empty());
    check_json_round_trip(result);
    for (const Length length : {Length::sentences(3), Length::ratio(0.5), Length::words(50), Length::characters(10)}) {
      CHECK(summarize_ok(text, precis_test::with_length(length)).summary.empty());
    }
  }
}

TEST_CASE("A single word is one sentence and the whole summary", "[robustness]") {
  for (const std::string text : {"hello", "Hello.", "  Zürich  ", "今天"}) {
    INFO(text);
    const precis::Result result = summarize_ok(text);
    check_invariants(text, result);
    REQUIRE(result.sentences.size() == 1);
    CHECK(result.summary == std::vector<std::size_t>{0});
    CHECK(result.sentences[0].words == 1);
  }
}

TEST_CASE("Text made only of punctuation, digits or symbols does not break anything", "[robustness]") {
  for (const std::string text : {"!!!???...", "... ... ...", "12345 67890", "$$$ %%% ###", "\xE3\x80\x82\xE3\x80\x82",
                                 "((((((((((", "- - - -", "1.\n2.\n3.\n"}) {
    INFO(text);
    const precis::Result result = summarize_ok(text);
    check_invariants(text, result);
    check_json_round_trip(result);
  }
}

TEST_CASE("A megabyte of text without a full stop completes", "[robustness]") {
  std::string text;
  text.reserve(1 << 20);
  for (std::size_t i = 0; text.size() < (1u << 20); ++i) text += "word" + std::to_string(i % 997) + " and more ";
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(3)));
  check_invariants(text, result);
  REQUIRE_FALSE(result.sentences.empty());
  CHECK_FALSE(result.summary.empty());
}

TEST_CASE("A megabyte on one line of one long word completes", "[robustness]") {
  const std::string text(1 << 20, 'a');
  const precis::Result result = summarize_ok(text);
  check_invariants(text, result);
  REQUIRE(result.sentences.size() == 1);
}

TEST_CASE("Invalid UTF-8 is counted in a warning and offsets stay in the original bytes", "[robustness]") {
  const std::string text = "Caf\xE9 au lait is nice.\xFF\xFE The second sentence is \xC3 here. "
                           "Gr\xC3\xBC\xC3\x9F" "e aus M\xC3\xBCnchen \xE2\x82 und \xF0\x9F\x98\x80.";
  const precis::Result result = summarize_ok(text);
  check_invariants(text, result);
  check_json_round_trip(result);
  // \xE9, \xFF, \xFE, \xC3 and the two bytes of the truncated \xE2\x82: six bytes.
  CHECK(has_warning_containing(result, "6 bytes"));
  REQUIRE(result.sentences.size() == 3);
  const std::string first = precis_test::sentence_text(text, result.sentences[0]);
  CHECK(first == "Caf\xE9 au lait is nice.");  // the original bytes, invalid one included
  CHECK(precis::to_valid_utf8(first) == "Caf\xEF\xBF\xBD au lait is nice.");
  CHECK(result.sentences[0].characters == 21);
  // The valid multi-byte characters are never split.
  const std::string last = precis_test::sentence_text(text, result.sentences[2]);
  CHECK(last.find("M\xC3\xBCnchen") != std::string::npos);
}

TEST_CASE("NUL bytes are read as spaces and reported", "[robustness]") {
  const std::string text = std::string("First sentence here.") + '\0' + "Second" + '\0' + '\0' +
                           "sentence here. Third one" + '\0' + ".";
  const precis::Result result = summarize_ok(text);
  check_invariants(text, result);
  check_json_round_trip(result);
  CHECK(has_warning_containing(result, "NUL"));
  REQUIRE(result.sentences.size() >= 2);
  CHECK(precis_test::sentence_text(text, result.sentences[0]) == "First sentence here.");
}

TEST_CASE("Ten thousand identical sentences complete and only one is chosen", "[robustness]") {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "The committee met again to discuss the budget. ";
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(3)));
  REQUIRE(result.sentences.size() == 10000);
  CHECK(result.summary.size() == 1);  // the others repeat it
  check_invariants(text, result);
}

TEST_CASE("Repetitive text with a few different sentences chooses no duplicates", "[robustness]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "The committee met again to discuss the budget. ";
    if (i % 500 == 0) text += "Sentence number " + std::to_string(i) + " talks about rivers, boats and bridges. ";
  }
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(10)));
  check_invariants(text, result);
  std::vector<std::string> chosen = precis_test::summary_texts(text, result);
  std::sort(chosen.begin(), chosen.end());
  CHECK(std::adjacent_find(chosen.begin(), chosen.end()) == chosen.end());
  CHECK(result.summary.size() >= 2);
}

TEST_CASE("Random binary bytes give a valid result", "[robustness]") {
  for (const std::uint32_t seed : {1u, 2u, 3u, 42u, 20240312u}) {
    for (const std::size_t size : {1u, 7u, 100u, 4096u, 65536u}) {
      INFO("seed " << seed << ", " << size << " bytes");
      const std::string bytes = random_bytes(seed, size);
      const precis::Result result = summarize_ok(bytes);
      check_invariants(bytes, result);
      check_json_round_trip(result);
    }
  }
}

TEST_CASE("Random text-like bytes give a valid result with every algorithm and length", "[robustness]") {
  for (const std::uint32_t seed : {7u, 99u, 123456u}) {
    const std::string text = random_text_like(seed, 20000);
    for (const precis::Algorithm algorithm : precis::all_algorithms()) {
      INFO("seed " << seed << ", algorithm " << precis::algorithm_name(algorithm));
      precis::AnalysisOptions options;
      options.algorithm = algorithm;
      options.focus = "London, a";
      const precis::Expected<precis::Analysis> analysis = precis::analyze(text, options);
      REQUIRE(analysis.has_value());
      for (const Length length : {Length::automatic(), Length::sentences(5), Length::ratio(0.5), Length::words(40),
                                  Length::characters(300)}) {
        const precis::Expected<precis::Result> result = analysis->summarize(length);
        REQUIRE(result.has_value());
        check_invariants(text, *result);
      }
    }
  }
}

TEST_CASE("A text over max_input_bytes is refused with an Error", "[robustness]") {
  std::string text(precis::max_input_bytes + 1, 'a');
  for (std::size_t i = 80; i < text.size(); i += 81) text[i] = ' ';
  const precis::Expected<precis::Result> result = precis::summarize(text, {});
  REQUIRE_FALSE(result.has_value());
  CHECK_THAT(result.error().message, Catch::Contains("limit"));
  CHECK_FALSE(precis::analyze(text, {}).has_value());
}

TEST_CASE("The same input twice gives byte-identical JSON", "[robustness]") {
  const std::vector<std::string> texts = {precis_test::news_article(), random_text_like(5, 30000),
                                          random_bytes(11, 5000),
                                          "今天天气很好。我们去公园散步了。公园里有很多人在锻炼身体。"};
  for (const std::string& text : texts) {
    for (const precis::Algorithm algorithm : precis::all_algorithms()) {
      precis::Options options;
      options.algorithm = algorithm;
      options.focus = "trains";
      CHECK(precis::to_json(summarize_ok(text, options)) == precis::to_json(summarize_ok(text, options)));
    }
  }
}

TEST_CASE("An analysis stays usable after the text and the original object are gone", "[robustness]") {
  std::vector<precis::Analysis> kept;
  {
    std::string text = precis_test::news_article();
    precis::Expected<precis::Analysis> analysis = precis::analyze(text, {});
    REQUIRE(analysis.has_value());
    kept.push_back(*analysis);
    text.assign(text.size(), 'x');  // the analysis must not read the caller's buffer later
  }
  const precis::Expected<precis::Result> result = kept.front().summarize(Length::sentences(2));
  REQUIRE(result.has_value());
  CHECK(result->summary.size() == 2);
  CHECK(precis::to_json(*result) ==
        precis::to_json(summarize_ok(precis_test::news_article(), precis_test::with_length(Length::sentences(2)))));
}

TEST_CASE("Old Mac line endings, combining marks and odd spaces keep exact offsets", "[robustness]") {
  const std::string text = "Caf\x65\xCC\x81 owners met.\rThey agreed\xC2\xA0quickly.\r\rA new\xE2\x80\xA8line here. "
                           "Zero\xE2\x80\x8Bwidth space too.";
  const precis::Result result = summarize_ok(text);
  check_invariants(text, result);
  CHECK(result.sentences.size() >= 3);
}

TEST_CASE("A five megabyte generated text completes", "[robustness]") {
  // Sentences from a small vocabulary in a fixed pseudo-random order, in paragraphs.
  static const char* const words[] = {"council", "budget", "school",  "road",   "river", "market", "energy", "price",
                                      "water",   "city",   "plan",    "people", "report", "growth", "bank",  "rate",
                                      "policy",  "minister", "court", "trade",  "health", "data",  "police", "Leeds"};
  std::mt19937 generator(2024);
  std::string text;
  text.reserve(5u << 20);
  while (text.size() < (5u << 20)) {
    const std::size_t length = 6 + generator() % 18;
    std::string sentence = "The";
    for (std::size_t w = 0; w < length; ++w) {
      sentence += ' ';
      sentence += words[generator() % (sizeof words / sizeof words[0])];
    }
    text += sentence + ". ";
    if (generator() % 8 == 0) text += "\n\n";
  }
  const precis::Result result = summarize_ok(text);
  CHECK(result.sentences.size() > 10000);
  CHECK_FALSE(result.summary.empty());
  CHECK(result.language == "en");
}

TEST_CASE("A focus word repeated 40,000 times gives one warning, not 40,000", "[robustness]") {
  const std::string text = precis_test::news_article();
  std::string focus;
  for (int i = 0; i < 40000; ++i) focus += "zebra ";
  precis::Options options;
  options.focus = focus;
  const precis::Result result = summarize_ok(text, options);
  std::size_t naming_zebra = 0;
  for (const std::string& warning : result.warnings) naming_zebra += warning.find("zebra") != std::string::npos;
  CHECK(naming_zebra == 1);
  // The result stays about the size of the text's own, whatever the focus's size.
  CHECK(precis::to_json(result).size() < precis::to_json(summarize_ok(text)).size() + 1000);
}

TEST_CASE("Many different missing focus words are named up to a limit, the rest counted", "[robustness]") {
  std::string focus;
  for (int i = 0; i < 500; ++i) focus += "absentword" + std::to_string(i) + " ";
  precis::Options options;
  options.focus = focus;
  const precis::Result result = summarize_ok(precis_test::news_article(), options);
  std::size_t named = 0;
  for (const std::string& warning : result.warnings) named += warning.rfind("focus word \"absentword", 0) == 0;
  CHECK(named == precis::max_named_focus_warnings);
  CHECK(has_warning_containing(result, std::to_string(500 - precis::max_named_focus_warnings) + " more focus words do not occur"));
}

TEST_CASE("A bad length is refused with its value and the rule", "[robustness]") {
  const std::string text = precis_test::news_article();
  const auto problem = [&](Length length) {
    const precis::Expected<precis::Result> result = precis::summarize(text, precis_test::with_length(length));
    REQUIRE_FALSE(result.has_value());
    return result.error().message;
  };
  CHECK(problem(Length::sentences(2.5)) == "sentences must be a whole number of at least 1, not 2.5");
  CHECK(problem(Length::sentences(-1)) == "sentences must be a whole number of at least 1, not -1");
  CHECK_THAT(problem(Length::words(std::nan(""))), Catch::Contains("words must be") && Catch::Contains("not nan"));
  CHECK_THAT(problem(Length::ratio(1.5)), Catch::Contains("ratio must be") && Catch::Contains("not 1.5"));
  const precis::Expected<precis::Analysis> analysis = precis::analyze(text, {});
  REQUIRE(analysis.has_value());
  CHECK_THAT(analysis->summarize(Length::characters(0)).error().message, Catch::Contains("not 0"));
}
