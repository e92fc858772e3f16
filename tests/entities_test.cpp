// entities.h: pattern entities (dates, money, URLs, ...) with exact spans, and names
// (people, organisations, places) typed consistently through a document.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "entities/entities.h"
#include "test_support.h"
#include "text/document.h"

using precis::EntityType;
using precis::detail::find_pattern_entities;
using precis::detail::Span;
using precis_test::describe_entities;
using precis_test::entities_named;
using precis_test::summarize_ok;

namespace {

std::string describe_spans(const std::string& text, const std::vector<Span>& spans) {
  std::string out;
  for (const Span& span : spans) {
    out += "  " + std::string(precis::entity_type_name(span.type)) + " \"" + text.substr(span.start, span.end - span.start) +
           "\"\n";
  }
  return out.empty() ? "  (none)\n" : out;
}

// The pattern finder marks exactly `mention` (its first occurrence in `text`) as `type`.
void expect_pattern(const std::string& text, const std::string& mention, EntityType type) {
  const std::size_t start = text.find(mention);
  REQUIRE(start != std::string::npos);
  const std::vector<Span> spans = find_pattern_entities(text);
  INFO("text: " << text << "\nexpected " << precis::entity_type_name(type) << " \"" << mention << "\"; found:\n"
                << describe_spans(text, spans));
  bool found = false;
  for (const Span& span : spans) {
    if (span.start == start && span.end == start + mention.size() && span.type == type) found = true;
  }
  CHECK(found);
}

// No pattern entity covers any part of `mention`.
void expect_no_pattern(const std::string& text, const std::string& mention) {
  const std::size_t start = text.find(mention);
  REQUIRE(start != std::string::npos);
  const std::vector<Span> spans = find_pattern_entities(text);
  INFO("text: " << text << "\nexpected nothing in \"" << mention << "\"; found:\n" << describe_spans(text, spans));
  for (const Span& span : spans) CHECK((span.end <= start || span.start >= start + mention.size()));
}

// The summariser's entities include exactly `mention` as `type`, at every occurrence.
void expect_name(const std::string& text, const precis::Result& result, const std::string& mention, EntityType type) {
  INFO("expected " << precis::entity_type_name(type) << " \"" << mention << "\" at each occurrence; found:\n"
                   << describe_entities(result));
  std::size_t occurrences = 0;
  for (std::size_t at = text.find(mention); at != std::string::npos; at = text.find(mention, at + 1)) {
    ++occurrences;
    bool found = false;
    for (const precis::Entity& entity : result.entities) {
      if (entity.start == at && entity.end == at + mention.size() && entity.type == type) found = true;
    }
    CHECK(found);
  }
  CHECK(occurrences > 0);
}

}  // namespace

TEST_CASE("Dates in day-month-year, month-day-year and ISO form", "[entities]") {
  expect_pattern("The deal was signed on 12 March 2024 in the capital.", "12 March 2024", EntityType::DATE);
  expect_pattern("It was announced on March 12, 2024, after a long delay.", "March 12, 2024", EntityType::DATE);
  expect_pattern("Payment is due 2024-03-12 at the latest.", "2024-03-12", EntityType::DATE);
  expect_pattern("The form was dated 12/03/2024 by the clerk.", "12/03/2024", EntityType::DATE);
  expect_pattern("Talks resume on Monday in Geneva.", "Monday", EntityType::DATE);
  expect_pattern("Sales have grown since 2019 across the region.", "2019", EntityType::DATE);
  expect_pattern("Der Vertrag wurde am 3. März 2024 unterzeichnet.", "3. März 2024", EntityType::DATE);
}

TEST_CASE("Words that only look like dates are not dates", "[entities]") {
  expect_no_pattern("May I ask a question about the plan?", "May I");
  expect_no_pattern("The 1,500 people waited outside.", "1,500 people");
  expect_no_pattern("He scored 2019 points in his career.", "2019 points");
}

TEST_CASE("Times with a colon or am/pm", "[entities]") {
  expect_pattern("The meeting starts at 10:30 and ends at noon.", "10:30", EntityType::TIME);
  expect_pattern("The meeting ends at 3pm on most days.", "3pm", EntityType::TIME);
  expect_pattern("We left at 10 a.m. and came back later.", "10 a.m.", EntityType::TIME);
  expect_pattern("Polls close at 22:00 GMT tonight.", "22:00 GMT", EntityType::TIME);
  expect_no_pattern("At 10.30 the doors opened.", "10.30");
}

TEST_CASE("Money with a currency sign, a scale word or a currency name", "[entities]") {
  expect_pattern("Brightfield paid $1.13bn for the site.", "$1.13bn", EntityType::MONEY);
  expect_pattern("A rival offered £600m for the same land.", "£600m", EntityType::MONEY);
  expect_pattern("A third bid was 5 million euros in cash.", "5 million euros", EntityType::MONEY);
  expect_pattern("The fee rose to €3,50 per ticket.", "€3,50", EntityType::MONEY);
  expect_pattern("It costs 40 EUR to enter.", "40 EUR", EntityType::MONEY);
  expect_pattern("The company raised US$ 2bn from investors.", "US$ 2bn", EntityType::MONEY);
}

TEST_CASE("Percentages with a sign or in words", "[entities]") {
  expect_pattern("Turnout was 76% in the city.", "76%", EntityType::PERCENT);
  expect_pattern("Costs fell 15 per cent last year.", "15 per cent", EntityType::PERCENT);
  expect_pattern("Prices rose 3.5 percent in March.", "3.5 percent", EntityType::PERCENT);
  expect_pattern("Die Preise stiegen um 4,2 Prozent.", "4,2 Prozent", EntityType::PERCENT);
}

TEST_CASE("Quantities with a unit", "[entities]") {
  expect_pattern("The pipeline is 5 km long.", "5 km", EntityType::QUANTITY);
  expect_pattern("The port handles 40,000 tonnes a year.", "40,000 tonnes", EntityType::QUANTITY);
  expect_pattern("The limit is 50 mph on this road.", "50 mph", EntityType::QUANTITY);
  expect_pattern("It reached 38°C in the shade.", "38°C", EntityType::QUANTITY);
}

TEST_CASE("Stock tickers with an exchange prefix", "[entities]") {
  expect_pattern("Shares of NASDAQ:MSFT rose in early trading.", "NASDAQ:MSFT", EntityType::TICKER);
  expect_pattern("IBM (NYSE: IBM) reported results.", "NYSE: IBM", EntityType::TICKER);
  expect_no_pattern("The note said: MSFT was up.", "MSFT");
}

TEST_CASE("URLs end before trailing punctuation", "[entities]") {
  expect_pattern("Read more at https://example.com/news/item?id=5.", "https://example.com/news/item?id=5",
                 EntityType::URL);
  expect_pattern("Visit www.example.org/page, then return.", "www.example.org/page", EntityType::URL);
  expect_pattern("The details (see https://example.com/a) are online.", "https://example.com/a", EntityType::URL);
  expect_pattern("See http://example.com/path/to/page.html for the report.", "http://example.com/path/to/page.html",
                 EntityType::URL);
}

// A closing parenthesis ends the URL when the URL has more ')' than '('; the core keeps the
// one that closes the surrounding parenthesis because the URL contains a '(' at all.
TEST_CASE("A URL with balanced parentheses inside parentheses ends at the URL's own parenthesis",
          "[entities]") {
  expect_pattern("The planet (see https://en.wikipedia.org/wiki/Mercury_(planet)) is small.",
                 "https://en.wikipedia.org/wiki/Mercury_(planet)", EntityType::URL);
}

TEST_CASE("E-mail addresses end before a trailing full stop", "[entities]") {
  expect_pattern("Write to press@example.org.", "press@example.org", EntityType::EMAIL);
  expect_pattern("Questions go to consultation@brightfield-energy.co.uk. Answers follow.",
                 "consultation@brightfield-energy.co.uk", EntityType::EMAIL);
  expect_pattern("Contact first.last+news@mail.example.com for details.", "first.last+news@mail.example.com",
                 EntityType::EMAIL);
  expect_no_pattern("Meet me @ the station at noon.", "@ the");
}

TEST_CASE("Pattern spans are sorted and never overlap", "[entities]") {
  const std::string text =
      "On 12 March 2024 at 10:30, Brightfield (NYSE: BRF) paid $1.13bn, up 15 per cent, for 40,000 tonnes; see "
      "https://example.com/a.b or write to a@b.co.uk. 2024-03-12 3pm 76% 5 km £600m.";
  const std::vector<Span> spans = find_pattern_entities(text);
  INFO(describe_spans(text, spans));
  CHECK(spans.size() >= 12);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].start < spans[i].end);
    CHECK(spans[i].end <= text.size());
    if (i > 0) CHECK(spans[i].start >= spans[i - 1].end);
  }
}

TEST_CASE("Pattern entities reach the result with the same spans", "[entities]") {
  const std::string text =
      "The deal was signed on 12 March 2024 and Brightfield paid $1.13bn for the site. Shares rose 6% and more "
      "news is at https://example.com/news. Write to press@example.org.";
  const precis::Result result = summarize_ok(text);
  precis_test::check_invariants(text, result);
  expect_name(text, result, "12 March 2024", EntityType::DATE);
  expect_name(text, result, "$1.13bn", EntityType::MONEY);
  expect_name(text, result, "6%", EntityType::PERCENT);
  expect_name(text, result, "https://example.com/news", EntityType::URL);
  expect_name(text, result, "press@example.org", EntityType::EMAIL);
}

namespace {

const std::string& company_story() {
  static const std::string text =
      "Mr. Daniel Okafor, the chief executive of Brightfield Energy Ltd, said the company would open an office in "
      "London next year. Okafor said France and Germany were the next markets after that. Brightfield Energy "
      "expects its sales to double. Analysts in Paris said Brightfield Energy had grown quickly since Okafor "
      "took charge.";
  return text;
}

}  // namespace

TEST_CASE("A person after a title is PER, without the title", "[entities]") {
  const std::string& text = company_story();
  const precis::Result result = summarize_ok(text);
  expect_name(text, result, "Daniel Okafor", EntityType::PER);
  CHECK(entities_named(result, "Mr. Daniel Okafor").empty());
  CHECK(entities_named(result, "Mr").empty());
}

TEST_CASE("A company with a legal form is ORG, and so is its short name", "[entities]") {
  const std::string& text = company_story();
  const precis::Result result = summarize_ok(text);
  expect_name(text, result, "Brightfield Energy Ltd", EntityType::ORG);
  // "Brightfield Energy" alone, also at the start of a sentence.
  const std::size_t full = text.find("Brightfield Energy Ltd");
  INFO(describe_entities(result));
  std::size_t short_mentions = 0;
  for (const precis::Entity& entity : entities_named(result, "Brightfield Energy")) {
    CHECK(entity.type == EntityType::ORG);
    CHECK(entity.start != full);
    ++short_mentions;
  }
  CHECK(short_mentions == 2);
}

TEST_CASE("A place after 'in' and country names are LOC", "[entities]") {
  const std::string& text = company_story();
  const precis::Result result = summarize_ok(text);
  expect_name(text, result, "London", EntityType::LOC);
  expect_name(text, result, "Paris", EntityType::LOC);
  expect_name(text, result, "France", EntityType::LOC);
  expect_name(text, result, "Germany", EntityType::LOC);

  const std::string countries = "Exports to Japan rose, while Brazil and Canada bought less. Kenya signed a new deal.";
  const precis::Result countries_result = summarize_ok(countries);
  expect_name(countries, countries_result, "Japan", EntityType::LOC);
  expect_name(countries, countries_result, "Brazil", EntityType::LOC);
  expect_name(countries, countries_result, "Canada", EntityType::LOC);
  expect_name(countries, countries_result, "Kenya", EntityType::LOC);  // at the start of a sentence
}

TEST_CASE("A name keeps its type at every mention, including at the start of a sentence", "[entities]") {
  const std::string& text = company_story();
  const precis::Result result = summarize_ok(text);
  // "Okafor" alone: at the start of a sentence and inside one, a person like "Daniel Okafor".
  const std::vector<precis::Entity> okafor = entities_named(result, "Okafor");
  INFO(describe_entities(result));
  REQUIRE(okafor.size() == 2);
  CHECK(okafor[0].start == text.find("Okafor said"));
  for (const precis::Entity& entity : okafor) CHECK(entity.type == EntityType::PER);
}

TEST_CASE("A capitalised common word at the start of a sentence is not a name", "[entities]") {
  const std::string text =
      "Analysts expect growth. The market rose sharply in the morning. Growth was strong, analysts said. "
      "Markets in Asia were calm.";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  CHECK(entities_named(result, "Analysts").empty());
  CHECK(entities_named(result, "Growth").empty());
  CHECK(entities_named(result, "The").empty());
  expect_name(text, result, "Asia", EntityType::LOC);
}

TEST_CASE("Entity spans never overlap, are sorted and equal their slices", "[entities]") {
  const std::string text = precis_test::read_file(precis_test::test_data("golden-article.txt")) + "\n\n" +
                           company_story() + "\n\n" + precis_test::news_article();
  const precis::Result result = summarize_ok(text);
  CHECK(result.entities.size() >= 30);
  precis_test::check_invariants(text, result);  // sorted, disjoint, text == slice
}

TEST_CASE("Names are never found inside pattern entities", "[entities]") {
  // "March" and "Monday" are capitalised, but they belong to dates.
  const std::string text = "On Monday 12 March 2024 the board met in Leeds. It met again on March 19, 2024.";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  CHECK(entities_named(result, "March").empty());
  expect_name(text, result, "12 March 2024", EntityType::DATE);
  expect_name(text, result, "March 19, 2024", EntityType::DATE);
}

// In hard-wrapped text a line break inside a name is a space: the name must not be cut in two.
TEST_CASE("A name across a soft line break is one entity", "[entities]") {
  const std::string text =
      "Helen Marsh, who leads the conservation charity known as the Severn Wildlife\n"
      "Trust, said the turbines could harm migrating fish in the estuary near the town.\n";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  expect_name(text, result, "Severn Wildlife\nTrust", EntityType::ORG);
}

TEST_CASE("The rule-based tagger returns spans that avoid the pattern spans it is given", "[entities]") {
  const std::string text = "Mr. Daniel Okafor met Helen Marsh in London on 12 March 2024.";
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  const std::vector<Span> patterns = find_pattern_entities(precis::detail::analysis_text(text));
  const std::vector<Span> names = precis::detail::RuleBasedNameTagger{}.tag(document, text, patterns);
  INFO("patterns:\n" << describe_spans(text, patterns) << "names:\n" << describe_spans(text, names));
  REQUIRE_FALSE(names.empty());
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) CHECK(names[i].start >= names[i - 1].end);
    for (const Span& pattern : patterns) CHECK((names[i].end <= pattern.start || names[i].start >= pattern.end));
  }
  const std::vector<precis::Entity> merged =
      precis::detail::find_entities(document, text, precis::detail::RuleBasedNameTagger{});
  CHECK(merged.size() == names.size() + patterns.size());
}
