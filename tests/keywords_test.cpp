// keywords.h: key phrases, ranked. No stop words, no bare numbers, at most ten, best first
// with a score of 1, multi-word phrases where the text repeats them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "summary/keywords.h"
#include "test_support.h"
#include "text/document.h"
#include "text/language_data.h"
#include "text/text_folding.h"

using precis_test::summarize_ok;

namespace {

std::vector<std::string> words_of(const std::string& phrase) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : phrase) {
    if (c == ' ' || c == '-') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

std::vector<std::string> folded_words(const std::string& phrase) {
  std::vector<std::string> words = words_of(phrase);
  for (std::string& word : words) word = precis::detail::fold(word);
  return words;
}

// Whether `inner` occurs in `outer` as a run of whole words.
bool contains_words(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
  if (inner.empty() || inner.size() > outer.size()) return false;
  for (std::size_t i = 0; i + inner.size() <= outer.size(); ++i) {
    if (std::equal(inner.begin(), inner.end(), outer.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

bool has_letter(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); i += precis::detail::decode_utf8(text, i).length) {
    if (precis::detail::is_letter(precis::detail::decode_utf8(text, i).code_point)) return true;
  }
  return false;
}

std::string describe(const std::vector<precis::Keyword>& keywords) {
  std::string out;
  for (const precis::Keyword& keyword : keywords) out += "  \"" + keyword.text + "\" " + std::to_string(keyword.score) + "\n";
  return out.empty() ? "  (none)\n" : out;
}

// What every list of key phrases must satisfy.
void check_keywords(const std::string& text, const precis::Result& result) {
  INFO("language " << result.language << ", keywords:\n" << describe(result.keywords));
  const std::vector<precis::Keyword>& keywords = result.keywords;
  CHECK(keywords.size() <= precis::detail::max_keywords);
  CHECK(precis::detail::max_keywords == 10);
  if (keywords.empty()) return;
  CHECK(keywords.front().score == 1.0);
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    const precis::Keyword& keyword = keywords[i];
    INFO("keyword \"" << keyword.text << "\"");
    CHECK(keyword.score >= 0.0);
    CHECK(keyword.score <= 1.0);
    if (i > 0) CHECK(keyword.score <= keywords[i - 1].score);
    // As written in the text.
    CHECK(text.find(keyword.text) != std::string::npos);
    CHECK(has_letter(keyword.text));
    const std::vector<std::string> words = words_of(keyword.text);
    CHECK(words.size() >= 1);
    CHECK(words.size() <= 3);
    for (const std::string& word : words) {
      INFO("word \"" << word << "\"");
      CHECK_FALSE(precis::detail::is_stop_word(result.language, precis::detail::fold(word)));
      CHECK(has_letter(word));  // no bare numbers inside a phrase either
    }
    // No phrase twice, none inside a better one and none holding a better one (as whole words).
    for (std::size_t j = 0; j < i; ++j) {
      INFO("better keyword \"" << keywords[j].text << "\"");
      CHECK_FALSE(contains_words(folded_words(keywords[j].text), folded_words(keyword.text)));
      CHECK_FALSE(contains_words(folded_words(keyword.text), folded_words(keywords[j].text)));
    }
  }
}

bool has_keyword(const precis::Result& result, const std::string& text) {
  for (const precis::Keyword& keyword : result.keywords) {
    if (precis::detail::fold(keyword.text) == precis::detail::fold(text)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Key phrases of a news article follow the rules", "[keywords]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text);
  REQUIRE_FALSE(result.keywords.empty());
  check_keywords(text, result);
}

TEST_CASE("Key phrases of the golden article follow the rules", "[keywords]") {
  const std::string text = precis_test::read_file(precis_test::test_data("golden-article.txt"));
  REQUIRE_FALSE(text.empty());
  const precis::Result result = summarize_ok(text);
  REQUIRE_FALSE(result.keywords.empty());
  check_keywords(text, result);
}

TEST_CASE("A phrase the text keeps repeating is a multi-word key phrase", "[keywords]") {
  const std::string text =
      "Climate change is reshaping farming across the region. Farmers say climate change has made the rains "
      "less reliable. The council has published a plan to help farms adapt to climate change. Some farmers "
      "have started planting crops that need less water. Others are selling their land.";
  const precis::Result result = summarize_ok(text);
  check_keywords(text, result);
  INFO(describe(result.keywords));
  CHECK(has_keyword(result, "climate change"));
  // The phrase counts once: "climate" and "change" are not listed on their own as well.
  CHECK_FALSE(has_keyword(result, "climate"));
  CHECK_FALSE(has_keyword(result, "change"));
}

TEST_CASE("Numbers, stop words and reporting verbs are never key phrases", "[keywords]") {
  const std::string text =
      "In 2024 there were 500 cases, he said. In 2023 there were 500 cases too, she said. The 500 cases were "
      "in 12 towns, officials said. The towns said that the cases were mild. There were 12 towns with cases.";
  const precis::Result result = summarize_ok(text);
  check_keywords(text, result);
  INFO(describe(result.keywords));
  CHECK_FALSE(has_keyword(result, "said"));
  CHECK_FALSE(has_keyword(result, "500"));
  CHECK_FALSE(has_keyword(result, "2024"));
  CHECK_FALSE(has_keyword(result, "there"));
  CHECK((has_keyword(result, "cases") || has_keyword(result, "towns")));
}

TEST_CASE("Key phrases in other languages follow the same rules", "[keywords]") {
  const std::vector<std::string> texts = {
      "Die Stadtbibliothek bleibt länger geöffnet. Die Stadtbibliothek hat neue Bücher gekauft. Viele Leser "
      "loben die Stadtbibliothek und die neuen Bücher. Der Gemeinderat zahlt für die Bücher.",
      "La bibliothèque municipale restera ouverte plus tard. La bibliothèque municipale a acheté des livres. Les "
      "lecteurs aiment la bibliothèque municipale et les livres.",
      "市图书馆将延长开放时间。市图书馆购买了新书。读者很喜欢市图书馆的新书。",
  };
  for (const std::string& text : texts) {
    const precis::Result result = summarize_ok(text);
    REQUIRE_FALSE(result.keywords.empty());
    check_keywords(text, result);
  }
}

// precis.h: Keyword::text is the phrase as first written in the body, away from the start of a
// sentence. A headline in title case writes "Plant"; the article writes "plant".
TEST_CASE("A key phrase is shown as the body writes it, not as the headline does", "[keywords]") {
  const std::string text =
      "Big Plant Wins Approval\n"
      "\n"
      "The plant was approved by the board on Monday. The board met in the spring to discuss it. "
      "The plant is big and the approval came quickly.\n";
  const precis::Result result = summarize_ok(text);
  INFO(describe(result.keywords));
  bool found = false;
  for (const precis::Keyword& keyword : result.keywords) {
    if (precis::detail::fold(keyword.text) == "plant") {
      found = true;
      CHECK(keyword.text == "plant");
    }
  }
  CHECK(found);
}

// In hard-wrapped text a line break inside a sentence is only a space; a phrase that the
// wrapping happens to break must still count as the phrase.
TEST_CASE("A phrase broken by a soft line break still counts as the phrase", "[keywords]") {
  const std::string text =
      "The regional board approved the tidal power station on Thursday after a long and difficult\n"
      "debate about its cost. Critics of the scheme argue that tidal\n"
      "power harms fish, and that the money should go to insulating homes across the region instead.\n";
  // Twice "tidal power": once on one line, once across a line break.
  const precis::Result result = summarize_ok(text);
  INFO(describe(result.keywords));
  CHECK(has_keyword(result, "tidal power"));
}

TEST_CASE("A text with nothing to repeat has no key phrases", "[keywords]") {
  CHECK(summarize_ok("").keywords.empty());
  CHECK(summarize_ok("It was there, and then it was not.").keywords.empty());
  // Words used once are not key phrases.
  CHECK(summarize_ok("Bright sunshine warmed the quiet valley.").keywords.empty());
}

TEST_CASE("A long text still gives at most ten key phrases", "[keywords]") {
  std::string text;
  const std::vector<std::string> topics = {"railway", "hospital", "school", "harbour", "library", "museum",
                                           "airport", "stadium", "market", "bridge", "theatre", "factory"};
  for (int round = 0; round < 3; ++round) {
    for (const std::string& topic : topics) text += "The new " + topic + " opened to the public this week. ";
  }
  const precis::Result result = summarize_ok(text);
  check_keywords(text, result);
  CHECK(result.keywords.size() == 10);
}

TEST_CASE("find_keywords works on a Document directly", "[keywords]") {
  const std::string text = "Electric trains are quiet. Electric trains are clean. Passengers like electric trains.";
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  const std::vector<precis::Keyword> keywords = precis::detail::find_keywords(document, text);
  INFO(describe(keywords));
  REQUIRE_FALSE(keywords.empty());
  CHECK(precis::detail::fold(keywords.front().text) == "electric trains");
  CHECK(keywords.front().score == 1.0);
}
