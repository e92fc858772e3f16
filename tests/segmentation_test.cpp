// document.h: paragraphs, sentences and words. Sentences must be the trimmed byte ranges of
// the input, whatever its scripts and line breaks.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"
#include "text/document.h"

using precis::SentenceKind;
using precis_test::check_invariants;
using precis_test::describe_sentences;
using precis_test::sentence_texts;
using precis_test::summarize_ok;

namespace {

// Summarises `text` and checks that its sentences are exactly `expected`, as slices.
precis::Result expect_sentences(const std::string& text, const std::vector<std::string>& expected,
                                const precis::Options& options = {}) {
  const precis::Result result = summarize_ok(text, options);
  INFO("sentences found:\n" << describe_sentences(text, result));
  CHECK(sentence_texts(text, result) == expected);
  check_invariants(text, result);
  return result;
}

std::vector<SentenceKind> kinds(const precis::Result& result) {
  std::vector<SentenceKind> out;
  for (const precis::Sentence& s : result.sentences) out.push_back(s.kind);
  return out;
}

std::vector<std::size_t> paragraphs(const precis::Result& result) {
  std::vector<std::size_t> out;
  for (const precis::Sentence& s : result.sentences) out.push_back(s.paragraph);
  return out;
}

}  // namespace

TEST_CASE("Abbreviations such as Mr. and e.g. do not end a sentence", "[segmentation]") {
  expect_sentences("Mr. Smith met the delegation in the morning. They discussed fruit, e.g. apples and pears, at length.",
                   {"Mr. Smith met the delegation in the morning.",
                    "They discussed fruit, e.g. apples and pears, at length."});
  expect_sentences("Mrs. Patel and Ms. Chen arrived late. The meeting began at once.",
                   {"Mrs. Patel and Ms. Chen arrived late.", "The meeting began at once."});
}

// ICU's English suppression list (ICU 72) has "Mr." and "Mrs." but not "Dr." or "St.", so
// "Dr. Jones" is cut after "Dr." unless the core adds its own abbreviations.
TEST_CASE("The title Dr. does not end a sentence", "[segmentation]") {
  expect_sentences("Yesterday Dr. Jones examined the patient. She was fine.",
                   {"Yesterday Dr. Jones examined the patient.", "She was fine."});
  expect_sentences("Dr. Jones arrived at noon. The clinic was busy.",
                   {"Dr. Jones arrived at noon.", "The clinic was busy."});
}

TEST_CASE("Initials do not end a sentence, but the pronoun I and a closing numeral do", "[segmentation]") {
  expect_sentences("The prize went to J. K. Rowling. A. Smith came second.",
                   {"The prize went to J. K. Rowling.", "A. Smith came second."});
  expect_sentences("It ended with World War I. Then came peace.", {"It ended with World War I.", "Then came peace."});
}

TEST_CASE("Decimal numbers do not end a sentence", "[segmentation]") {
  expect_sentences("Prices rose 3.5 percent last year. Wages rose by 2.1 percent. He paid $3.50 for coffee.",
                   {"Prices rose 3.5 percent last year.", "Wages rose by 2.1 percent.", "He paid $3.50 for coffee."});
}

TEST_CASE("Dots inside URLs and domain names do not end a sentence", "[segmentation]") {
  expect_sentences("See www.example.com/page.html for details. Visit https://www.bbc.co.uk/news today. "
                   "The list is at example.org for everyone.",
                   {"See www.example.com/page.html for details.", "Visit https://www.bbc.co.uk/news today.",
                    "The list is at example.org for everyone."});
}

TEST_CASE("An ellipsis followed by a lower-case word does not end a sentence", "[segmentation]") {
  expect_sentences("Wait... what happened next? Nobody knew the answer.",
                   {"Wait... what happened next?", "Nobody knew the answer."});
}

TEST_CASE("A quoted exclamation followed by 'he said' is one sentence", "[segmentation]") {
  expect_sentences("\"Stop!\" he said. Then he left the room.", {"\"Stop!\" he said.", "Then he left the room."});
  expect_sentences("\u201CWhy?\u201D she asked. Nobody answered her.",
                   {"\u201CWhy?\u201D she asked.", "Nobody answered her."});
}

TEST_CASE("Bullet list items are sentences of their own, of kind list_item", "[segmentation]") {
  const std::string text =
      "The plan has three parts.\n"
      "\n"
      "- Funding for schools rises by ten percent\n"
      "- Road repairs get an extra two million pounds\n"
      "* Library hours are extended at weekends\n"
      "\u2022 Parks get new benches\n"
      "\n"
      "The vote passed easily.\n";
  const precis::Result result =
      expect_sentences(text, {"The plan has three parts.", "- Funding for schools rises by ten percent",
                              "- Road repairs get an extra two million pounds",
                              "* Library hours are extended at weekends", "\u2022 Parks get new benches",
                              "The vote passed easily."});
  CHECK(kinds(result) == std::vector<SentenceKind>{SentenceKind::body, SentenceKind::list_item, SentenceKind::list_item,
                                                   SentenceKind::list_item, SentenceKind::list_item, SentenceKind::body});
}

TEST_CASE("A list item with two sentences gives two list_item sentences", "[segmentation]") {
  const std::string text = "Notes from the meeting follow below.\n\n- Funding rises. Roads get more money.\n- Parks stay open.\n";
  const precis::Result result = expect_sentences(
      text, {"Notes from the meeting follow below.", "- Funding rises.", "Roads get more money.", "- Parks stay open."});
  CHECK(kinds(result) == std::vector<SentenceKind>{SentenceKind::body, SentenceKind::list_item, SentenceKind::list_item,
                                                   SentenceKind::list_item});
}

// ICU ends a sentence after "1." when a capital follows, so the item number becomes a
// sentence of its own unless the core keeps it with its item.
TEST_CASE("Numbered list items are one sentence each, number included", "[segmentation]") {
  const std::string text =
      "The board set out its priorities.\n\n1. Expand into new markets.\n2. Hire more engineers.\n3) Cut costs.\n";
  const precis::Result result = expect_sentences(
      text, {"The board set out its priorities.", "1. Expand into new markets.", "2. Hire more engineers.", "3) Cut costs."});
  CHECK(kinds(result) == std::vector<SentenceKind>{SentenceKind::body, SentenceKind::list_item, SentenceKind::list_item,
                                                   SentenceKind::list_item});
}

TEST_CASE("A short first line followed by a blank line is the title", "[segmentation]") {
  const std::string text = "Council Approves New Budget\n\nThe council approved the budget on Tuesday. The mayor was pleased.\n";
  const precis::Result result = expect_sentences(
      text, {"Council Approves New Budget", "The council approved the budget on Tuesday.", "The mayor was pleased."});
  CHECK(kinds(result) == std::vector<SentenceKind>{SentenceKind::title, SentenceKind::body, SentenceKind::body});
  // A title is never chosen while there is body text.
  CHECK_FALSE(result.sentences[0].selected);
}

TEST_CASE("A first line that ends like a sentence is body text, not a title", "[segmentation]") {
  const std::string text = "The council met today.\n\nIt approved the budget. The mayor was pleased.\n";
  const precis::Result result = summarize_ok(text);
  REQUIRE(result.sentences.size() == 3);
  CHECK(result.sentences[0].kind == SentenceKind::body);
}

TEST_CASE("Short lines after the first paragraph are headings, Markdown headings too", "[segmentation]") {
  const std::string text =
      "Annual Report\n"
      "\n"
      "Revenue grew strongly this year. Costs were flat.\n"
      "\n"
      "Outlook for next year\n"
      "\n"
      "The board expects further growth. It plans to hire.\n"
      "\n"
      "## Risks\n"
      "\n"
      "Energy prices remain a concern for the company.\n";
  const precis::Result result =
      expect_sentences(text, {"Annual Report", "Revenue grew strongly this year.", "Costs were flat.", "Outlook for next year",
                              "The board expects further growth.", "It plans to hire.", "## Risks",
                              "Energy prices remain a concern for the company."});
  CHECK(kinds(result) == std::vector<SentenceKind>{SentenceKind::title, SentenceKind::body, SentenceKind::body,
                                                   SentenceKind::heading, SentenceKind::body, SentenceKind::body,
                                                   SentenceKind::heading, SentenceKind::body});
  CHECK(paragraphs(result) == std::vector<std::size_t>{0, 1, 1, 2, 3, 3, 4, 5});
}

TEST_CASE("Hard-wrapped lines are joined into sentences that span the line breaks", "[segmentation]") {
  // Lines of about 70 characters, as in plain-text e-mail and Project Gutenberg books.
  const std::string text =
      "The regional planning board approved a tidal power station in the\n"
      "estuary on Thursday, ending a dispute over the cost of the project and\n"
      "its effect on wildlife. The plant is expected to supply electricity to\n"
      "about 120,000 homes when it opens. Construction will begin next spring\n"
      "and employ roughly 900 people at its peak.\n";
  const precis::Result result = expect_sentences(
      text,
      {"The regional planning board approved a tidal power station in the\n"
       "estuary on Thursday, ending a dispute over the cost of the project and\n"
       "its effect on wildlife.",
       "The plant is expected to supply electricity to\nabout 120,000 homes when it opens.",
       "Construction will begin next spring\nand employ roughly 900 people at its peak."});
  for (const precis::Sentence& s : result.sentences) {
    CHECK(s.kind == SentenceKind::body);
    CHECK(s.paragraph == 0);
  }
}

TEST_CASE("CRLF text gives the same sentences, with offsets into the CRLF bytes", "[segmentation]") {
  const std::string lf =
      "Short title\n\nFirst sentence here is fine. Second one follows it.\nThird line here.\n\n"
      "A wrapped paragraph that is long enough to count as prose, running on\n"
      "to the next line before it ends. Then another sentence.\n";
  std::string crlf;
  for (const char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const precis::Result lf_result = summarize_ok(lf);
  const precis::Result crlf_result = summarize_ok(crlf);
  check_invariants(crlf, crlf_result);
  INFO("LF:\n" << describe_sentences(lf, lf_result) << "CRLF:\n" << describe_sentences(crlf, crlf_result));
  REQUIRE(crlf_result.sentences.size() == lf_result.sentences.size());
  for (std::size_t i = 0; i < lf_result.sentences.size(); ++i) {
    std::string from_crlf = precis_test::sentence_text(crlf, crlf_result.sentences[i]);
    std::string without_cr;
    for (const char c : from_crlf) {
      if (c != '\r') without_cr += c;
    }
    CHECK(without_cr == precis_test::sentence_text(lf, lf_result.sentences[i]));
    CHECK(from_crlf.back() != '\r');
    CHECK(crlf_result.sentences[i].kind == lf_result.sentences[i].kind);
    CHECK(crlf_result.sentences[i].paragraph == lf_result.sentences[i].paragraph);
  }
  CHECK(crlf_result.sentences[0].kind == SentenceKind::title);
}

TEST_CASE("Paragraph indices count blocks separated by blank lines", "[segmentation]") {
  const std::string text =
      "One sentence here. Two sentences here.\n"
      "\n"
      "\n"
      "Third sentence here.\n"
      "   \n"  // a line of spaces is blank too
      "Fourth sentence here. Fifth sentence here.\n";
  const precis::Result result = summarize_ok(text);
  check_invariants(text, result);
  INFO(describe_sentences(text, result));
  CHECK(paragraphs(result) == std::vector<std::size_t>{0, 0, 1, 2, 2});
}

TEST_CASE("Offsets are exact byte ranges in German text with umlauts", "[segmentation]") {
  expect_sentences("Die Bürger in München waren überrascht. Der Bürgermeister äußerte sich am Montag dazu. "
                   "Das Ergebnis war größer als erwartet.",
                   {"Die Bürger in München waren überrascht.", "Der Bürgermeister äußerte sich am Montag dazu.",
                    "Das Ergebnis war größer als erwartet."});
}

TEST_CASE("Offsets are exact byte ranges around emoji", "[segmentation]") {
  const precis::Result result = expect_sentences(
      "We love pizza \U0001F355 a lot. Emoji \U0001F600 are fun too! Are they? Yes \U0001F44D\U0001F3FD.",
      {"We love pizza \U0001F355 a lot.", "Emoji \U0001F600 are fun too!", "Are they?", "Yes \U0001F44D\U0001F3FD."});
  CHECK(result.sentences[3].characters == 7);  // "Yes", a space, the thumb, its skin tone, the full stop
}

TEST_CASE("Chinese text is split into sentences at the ideographic full stop", "[segmentation]") {
  const std::string text = "今天天气很好。我们去公园散步了。公园里有很多人在锻炼身体。";
  const precis::Result result =
      expect_sentences(text, {"今天天气很好。", "我们去公园散步了。", "公园里有很多人在锻炼身体。"});
  CHECK(result.language == "zh");
  CHECK(result.sentences[0].characters == 7);
}

TEST_CASE("Japanese text is split into sentences at the ideographic full stop", "[segmentation]") {
  const std::string text = "今日は天気がとても良いです。私たちは公園を散歩しました。公園にはたくさんの人がいました。";
  const precis::Result result = expect_sentences(
      text, {"今日は天気がとても良いです。", "私たちは公園を散歩しました。", "公園にはたくさんの人がいました。"});
  CHECK(result.language == "ja");
}

TEST_CASE("Chinese and Japanese sentences are split into several words", "[segmentation]") {
  const auto check_words = [](const std::string& text, const char* language) {
    const precis::detail::Document document = precis::detail::segment_document(text, language);
    REQUIRE(document.sentences.size() == 3);
    for (const precis::detail::SentenceData& sentence : document.sentences) {
      const std::uint32_t tokens = sentence.last_token - sentence.first_token;
      INFO(language << " sentence [" << sentence.start << "," << sentence.end << ") has " << tokens << " tokens");
      CHECK(tokens >= 3);  // words, not one token for the whole sentence
      CHECK(sentence.words == tokens);
      for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
        const precis::detail::Token& token = document.tokens[t];
        CHECK(token.start >= sentence.start);
        CHECK(token.end <= sentence.end);
        CHECK(token.end - token.start < sentence.end - sentence.start);
      }
    }
    // Repeated words are one term: 公园 occurs in two sentences.
    std::size_t shared_terms = 0;
    for (const std::uint32_t frequency : document.sentence_frequency) shared_terms += frequency >= 2 ? 1u : 0u;
    CHECK(shared_terms >= 1);
  };
  check_words("今天天气很好。我们去公园散步了。公园里有很多人在锻炼身体。", "zh");
  check_words("今日は天気がとても良いです。私たちは公園を散歩しました。公園にはたくさんの人がいました。", "ja");
}

TEST_CASE("Words are counted per sentence, numbers included, punctuation not", "[segmentation]") {
  const std::string text = "The cat sat on the mat. It paid $3.50, twice!";
  const precis::Result result = summarize_ok(text);
  REQUIRE(result.sentences.size() == 2);
  CHECK(result.sentences[0].words == 6);
  CHECK(result.sentences[1].words == 4);  // It, paid, 3.50, twice
}

TEST_CASE("segment_document gives tokens in order and inside their sentences", "[segmentation]") {
  const std::string text = precis_test::news_article();
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  REQUIRE_FALSE(document.sentences.empty());
  CHECK(document.paragraphs == 9);
  std::uint32_t expected_first = 0;
  for (const precis::detail::SentenceData& sentence : document.sentences) {
    CHECK(sentence.first_token == expected_first);
    CHECK(sentence.last_token >= sentence.first_token);
    expected_first = sentence.last_token;
    for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
      CHECK(document.tokens[t].start >= sentence.start);
      CHECK(document.tokens[t].end <= sentence.end);
      if (t > 0) CHECK(document.tokens[t].start >= document.tokens[t - 1].end);
    }
    CHECK(std::is_sorted(sentence.terms.begin(), sentence.terms.end(),
                         [](const precis::detail::TermCount& a, const precis::detail::TermCount& b) { return a.term < b.term; }));
  }
  CHECK(expected_first == document.tokens.size());
}

TEST_CASE("Repeated sentences share a fingerprint and different ones do not", "[segmentation]") {
  const std::string text = "The committee met again. The weather was cold. The committee met again.";
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  REQUIRE(document.sentences.size() == 3);
  CHECK(document.sentences[0].fingerprint == document.sentences[2].fingerprint);
  CHECK(document.sentences[0].fingerprint != document.sentences[1].fingerprint);
}

TEST_CASE("analysis_text keeps every offset and neutralises invalid bytes and NULs", "[segmentation]") {
  const std::string text = std::string("Caf\xE9 au lait") + '\0' + " here.\nNext";
  const std::string analysis = precis::detail::analysis_text(text);
  REQUIRE(analysis.size() == text.size());
  CHECK(precis::detail::scan_utf8(analysis).invalid_sequences == 0);
  CHECK(analysis.find('\0') == std::string::npos);
  CHECK(analysis.substr(0, 3) == "Caf");
  CHECK(analysis.substr(5, 7) == "au lait");
}
