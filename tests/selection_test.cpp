// selection.h and Analysis::summarize: the chosen sentences fit the budget, come in document
// order, never repeat each other; invalid lengths are errors; selecting again from one
// analysis gives what a fresh summarize() gives; auto's short summaries keep the opening
// unless the lead gate lets its own choice stand.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "summary/scoring.h"
#include "test_support.h"

using precis::Algorithm;
using precis::Length;
using precis::SentenceKind;
using precis_test::check_invariants;
using precis_test::describe_sentences;
using precis_test::summarize_ok;

namespace {

std::string golden_article() { return precis_test::read_file(precis_test::test_data("golden-article.txt")); }

// Sentences a summary may use: body text and list items.
std::size_t candidates(const precis::Result& result) {
  std::size_t count = 0;
  for (const precis::Sentence& s : result.sentences) {
    count += (s.kind == SentenceKind::body || s.kind == SentenceKind::list_item) ? 1u : 0u;
  }
  return count;
}

std::size_t selected_words(const precis::Result& result) {
  std::size_t words = 0;
  for (const std::size_t i : result.summary) words += result.sentences[i].words;
  return words;
}

std::size_t selected_characters(const precis::Result& result) {
  std::size_t characters = 0;
  for (const std::size_t i : result.summary) characters += result.sentences[i].characters;
  return characters;
}

precis::Analysis analyse_ok(const std::string& text, Algorithm algorithm) {
  precis::AnalysisOptions options;
  options.algorithm = algorithm;
  precis::Expected<precis::Analysis> analysis = precis::analyze(text, options);
  if (!analysis) FAIL("analyze() failed: " << analysis.error().message);
  return *analysis;
}

precis::Result select_ok(const precis::Analysis& analysis, const Length& length) {
  precis::Expected<precis::Result> result = analysis.summarize(length);
  if (!result) FAIL("Analysis::summarize() failed: " << result.error().message);
  return std::move(*result);
}

std::string describe_length(const Length& length) {
  static const char* const units[] = {"automatic", "sentences", "ratio", "words", "characters"};
  return std::string(units[static_cast<std::size_t>(length.unit)]) + " " + std::to_string(length.value);
}

}  // namespace

TEST_CASE("Sentence and ratio budgets are never exceeded and never give an empty summary", "[selection]") {
  for (const std::string& text : {precis_test::news_article(), golden_article()}) {
    for (const Algorithm algorithm : precis::all_algorithms()) {
      const precis::Analysis analysis = analyse_ok(text, algorithm);
      for (int count = 1; count <= 25; ++count) {
        INFO(precis::algorithm_name(algorithm) << ", " << count << " sentences");
        const precis::Result result = select_ok(analysis, Length::sentences(count));
        CHECK(result.summary.size() <= static_cast<std::size_t>(count));
        CHECK_FALSE(result.summary.empty());
        check_invariants(text, result);
      }
      for (const double ratio : {0.01, 0.05, 0.1, 0.2, 1.0 / 3, 0.5, 0.75, 0.99, 1.0}) {
        INFO(precis::algorithm_name(algorithm) << ", ratio " << ratio);
        const precis::Result result = select_ok(analysis, Length::ratio(ratio));
        const double allowed = std::max(1.0, std::round(ratio * static_cast<double>(candidates(result))));
        CHECK(static_cast<double>(result.summary.size()) <= allowed);
        CHECK_FALSE(result.summary.empty());
        check_invariants(text, result);
      }
    }
  }
}

TEST_CASE("Word and character budgets are never exceeded", "[selection]") {
  for (const std::string& text : {precis_test::news_article(), golden_article()}) {
    for (const Algorithm algorithm : precis::all_algorithms()) {
      const precis::Analysis analysis = analyse_ok(text, algorithm);
      for (const int words : {1, 4, 8, 15, 20, 25, 30, 45, 60, 80, 100, 150, 250, 400, 1000, 100000}) {
        INFO(precis::algorithm_name(algorithm) << ", " << words << " words");
        const precis::Result result = select_ok(analysis, Length::words(words));
        CHECK(selected_words(result) <= static_cast<std::size_t>(words));
        check_invariants(text, result);
      }
      for (const int characters : {1, 20, 50, 100, 150, 200, 300, 500, 800, 1200, 2000, 5000, 100000}) {
        INFO(precis::algorithm_name(algorithm) << ", " << characters << " characters");
        const precis::Result result = select_ok(analysis, Length::characters(characters));
        CHECK(selected_characters(result) <= static_cast<std::size_t>(characters));
        check_invariants(text, result);
      }
    }
  }
}

TEST_CASE("A generous word budget fills up rather than stopping early", "[selection]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::words(120)));
  INFO(describe_sentences(text, result));
  CHECK(result.summary.size() >= 3);
  // No sentence that was left out would still have fitted.
  const std::size_t used = selected_words(result);
  for (const precis::Sentence& s : result.sentences) {
    if (!s.selected && s.kind == SentenceKind::body && used + s.words <= 120) {
      // It may only be left out for repeating a chosen sentence; in this article nothing repeats.
      FAIL_CHECK("a sentence of " << s.words << " words would have fitted");
    }
  }
}

TEST_CASE("A budget smaller than every sentence gives an empty summary and a warning", "[selection]") {
  const std::string& text = precis_test::news_article();
  for (const Length length : {Length::words(1), Length::characters(5)}) {
    INFO(describe_length(length));
    const precis::Result result = summarize_ok(text, precis_test::with_length(length));
    CHECK(result.summary.empty());
    CHECK_FALSE(result.warnings.empty());
    check_invariants(text, result);
  }
}

// The lower-cased word trigrams of a sentence.
static std::vector<std::string> word_trigrams(const std::string& sentence) {
  std::vector<std::string> words(1);
  for (const char c : sentence) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  std::vector<std::string> trigrams;
  for (std::size_t i = 2; i < words.size(); ++i) trigrams.push_back(words[i - 2] + ' ' + words[i - 1] + ' ' + words[i]);
  return trigrams;
}

TEST_CASE("The summary is in document order and matches the selected flags", "[selection]") {
  const std::string& text = precis_test::news_article();
  for (const Algorithm algorithm : precis::all_algorithms()) {
    INFO(precis::algorithm_name(algorithm));
    precis::Options options;
    options.algorithm = algorithm;
    options.length = Length::sentences(5);
    const precis::Result result = summarize_ok(text, options);
    REQUIRE(result.summary.size() == 5);
    for (std::size_t i = 1; i < result.summary.size(); ++i) CHECK(result.summary[i - 1] < result.summary[i]);
    for (std::size_t i = 0; i < result.sentences.size(); ++i) {
      const bool in_summary = std::find(result.summary.begin(), result.summary.end(), i) != result.summary.end();
      CHECK(result.sentences[i].selected == in_summary);
    }
    // The summary holds the best-scored sentences: none left out scores above all chosen ones,
    // unless it repeats a word trigram of a chosen one (a short summary leaves those out).
    double lowest_chosen = 1.0;
    for (const std::size_t i : result.summary) lowest_chosen = std::min(lowest_chosen, result.sentences[i].score);
    std::set<std::string> chosen_trigrams;
    for (const std::size_t i : result.summary) {
      for (const std::string& t : word_trigrams(precis_test::sentence_text(text, result.sentences[i]))) chosen_trigrams.insert(t);
    }
    std::size_t better_left_out = 0;
    for (const precis::Sentence& s : result.sentences) {
      if (s.selected || s.score <= lowest_chosen) continue;
      const std::vector<std::string> own = word_trigrams(precis_test::sentence_text(text, s));
      const bool repeats = std::any_of(own.begin(), own.end(), [&](const std::string& t) { return chosen_trigrams.count(t) > 0; });
      if (!repeats) ++better_left_out;
    }
    CHECK(better_left_out == 0);
  }
}

TEST_CASE("Repeated and near-duplicate sentences are never both chosen", "[selection]") {
  const std::string repeated = "The council approved the new budget for schools on Monday evening.";
  const std::string near_duplicate = "The council approved the new budget for schools on Tuesday evening.";
  const std::string text = repeated + " Teachers welcomed the extra money for books. " + repeated + " " + near_duplicate +
                           " Parents asked when the new classrooms would open. " + repeated +
                           " The mayor thanked the staff who prepared the plan. " + near_duplicate;
  for (const Algorithm algorithm : precis::all_algorithms()) {
    const precis::Analysis analysis = analyse_ok(text, algorithm);
    for (int count = 1; count <= 9; ++count) {
      INFO(precis::algorithm_name(algorithm) << ", " << count << " sentences");
      const precis::Result result = select_ok(analysis, Length::sentences(count));
      INFO(describe_sentences(text, result));
      std::size_t budget_family = 0;  // chosen sentences that say "the council approved the budget"
      for (const std::size_t i : result.summary) {
        const std::string sentence = precis_test::sentence_text(text, result.sentences[i]);
        budget_family += (sentence == repeated || sentence == near_duplicate) ? 1u : 0u;
      }
      CHECK(budget_family <= 1);
      CHECK_FALSE(result.summary.empty());
      // Four different things are said, so a large budget still gives at most four sentences.
      CHECK(result.summary.size() <= 4);
    }
  }
}

TEST_CASE("A sentence budget that cannot be filled for repetition says so", "[selection]") {
  const std::string text = "The council met again today. The council met again today. The council met again today.";
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(3)));
  CHECK(result.summary.size() == 1);
  CHECK_FALSE(result.warnings.empty());
}

TEST_CASE("Invalid lengths are errors from summarize, check_options and Analysis::summarize", "[selection]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double infinity = std::numeric_limits<double>::infinity();
  const std::vector<Length> invalid = {
      Length::sentences(0),  Length::sentences(-1),  Length::sentences(2.5),  Length::sentences(nan),
      Length::sentences(infinity), Length::ratio(0),  Length::ratio(-0.2),  Length::ratio(1.5),
      Length::ratio(nan),    Length::ratio(infinity), Length::words(0),      Length::words(-3),
      Length::words(12.5),   Length::words(nan),     Length::characters(0), Length::characters(-100),
      Length::characters(0.5), Length::characters(nan)};
  const precis::Analysis analysis = analyse_ok(precis_test::news_article(), Algorithm::automatic);
  for (const Length& length : invalid) {
    INFO(describe_length(length));
    const precis::Options options = precis_test::with_length(length);
    const precis::Expected<precis::Result> result = precis::summarize(precis_test::news_article(), options);
    REQUIRE_FALSE(result.has_value());
    CHECK_FALSE(result.error().message.empty());
    const std::optional<precis::Error> problem = precis::check_options(options);
    REQUIRE(problem.has_value());
    CHECK(problem->message == result.error().message);
    CHECK_FALSE(analysis.summarize(length).has_value());
  }
  for (const Length& length : {Length::automatic(), Length::sentences(1), Length::ratio(1), Length::ratio(0.001),
                               Length::words(1), Length::characters(1), Length::sentences(1000)}) {
    INFO(describe_length(length));
    CHECK_FALSE(precis::check_options(precis_test::with_length(length)).has_value());
    CHECK(analysis.summarize(length).has_value());
  }
}

TEST_CASE("Selecting from one analysis gives the same as summarize() from scratch", "[selection]") {
  const std::string text = golden_article();
  const std::vector<Length> lengths = {Length::automatic(), Length::sentences(1), Length::sentences(4),
                                       Length::ratio(0.3),  Length::words(60),    Length::characters(400),
                                       Length::sentences(2)};
  for (const Algorithm algorithm : {Algorithm::automatic, Algorithm::textrank, Algorithm::lead}) {
    precis::AnalysisOptions analysis_options;
    analysis_options.algorithm = algorithm;
    analysis_options.focus = "turbines";
    const precis::Expected<precis::Analysis> analysis = precis::analyze(text, analysis_options);
    REQUIRE(analysis.has_value());
    const precis::Analysis copy = *analysis;  // copies share the analysis
    // Twice over, in a different order the second time: selecting leaves the analysis unchanged.
    for (int pass = 0; pass < 2; ++pass) {
      for (std::size_t k = 0; k < lengths.size(); ++k) {
        const Length& length = lengths[pass == 0 ? k : lengths.size() - 1 - k];
        INFO(precis::algorithm_name(algorithm) << ", " << describe_length(length) << ", pass " << pass);
        precis::Options options;
        static_cast<precis::AnalysisOptions&>(options) = analysis_options;
        options.length = length;
        const std::string fresh = precis::to_json(summarize_ok(text, options));
        CHECK(precis::to_json(select_ok(*analysis, length)) == fresh);
        CHECK(precis::to_json(select_ok(copy, length)) == fresh);
      }
    }
  }
}

TEST_CASE("The default length is about a fifth of the sentences, from 1 to 7 for an article", "[selection]") {
  const auto check_default = [](const std::string& text) {
    const precis::Result result = summarize_ok(text);
    const double fifth = 0.2 * static_cast<double>(candidates(result));
    const double expected = std::clamp(fifth, 1.0, 7.0);
    INFO(candidates(result) << " candidate sentences, " << result.summary.size() << " chosen");
    CHECK(result.summary.size() >= 1);
    CHECK(result.summary.size() <= 7);
    CHECK(std::fabs(static_cast<double>(result.summary.size()) - expected) <= 1.0);
    return result.summary.size();
  };
  check_default(golden_article());
  check_default(precis_test::news_article());
  // A short text still gets one sentence.
  CHECK(check_default("The library opens later from Monday. Staff asked for the change. Readers are pleased.") == 1);
  CHECK(check_default("One sentence only.") == 1);
  // A long news article (two of them, about 40 sentences) is capped at 7.
  CHECK(check_default(precis_test::news_article() + "\n" + golden_article()) == 7);
}

TEST_CASE("Asking for more sentences than there are gives every non-repeating body sentence", "[selection]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(1000)));
  CHECK(result.summary.size() == candidates(result));
  for (const precis::Sentence& s : result.sentences) CHECK(s.selected == (s.kind != SentenceKind::title));
  const precis::Result all = summarize_ok(text, precis_test::with_length(Length::ratio(1)));
  CHECK(all.summary == result.summary);
}

TEST_CASE("auto ranks a short summary by scores of its own, whatever the unit of its length", "[selection][model]") {
  const std::string text = golden_article();
  const precis::Analysis analysis = analyse_ok(text, Algorithm::automatic);
  const precis::Result whole = select_ok(analysis, Length::ratio(1.0));
  const precis::Result one = select_ok(analysis, Length::sentences(1));
  REQUIRE(one.summary.size() == 1);
  INFO(describe_sentences(text, one));
  // Every sentence is no short summary; one sentence of the golden article's 19 is.
  bool differ = false;
  for (std::size_t s = 0; s < one.sentences.size(); ++s) {
    CHECK(one.sentences[s].score >= 0.0);
    CHECK(one.sentences[s].score <= 1.0);
    differ = differ || one.sentences[s].score != whole.sentences[s].score;
  }
  CHECK(differ);
  // The one sentence is the best by the scores the result shows.
  CHECK(one.sentences[one.summary[0]].score == 1.0);
  // A budget in words that fits that sentence alone ranks by the same scores.
  const precis::Result in_words = select_ok(analysis, Length::words(static_cast<double>(selected_words(one))));
  REQUIRE(in_words.sentences.size() == one.sentences.size());
  for (std::size_t s = 0; s < one.sentences.size(); ++s) CHECK(in_words.sentences[s].score == one.sentences[s].score);

  // The other algorithms rank alike for every length.
  const precis::Analysis textrank = analyse_ok(text, Algorithm::textrank);
  const precis::Result textrank_whole = select_ok(textrank, Length::ratio(1.0));
  const precis::Result textrank_one = select_ok(textrank, Length::sentences(1));
  for (std::size_t s = 0; s < textrank_one.sentences.size(); ++s) CHECK(textrank_one.sentences[s].score == textrank_whole.sentences[s].score);
}

namespace {

// A short news story, written for these tests, whose second sentence repeats the first's name
// and age ("Maria Lopez, 34,"), so that trigram blocking passes over it.
const char* const repeated_name_story =
    "Maria Lopez, 34, was arrested on Monday after police found stolen paintings in the garage of her house in "
    "Leeds. Maria Lopez, 34, a teacher at a primary school in the city, had been questioned twice last year about "
    "works of art missing from a gallery. Officers said the paintings, worth about £2m, had been taken from the "
    "Harbour Gallery in York in March. The gallery had reported the theft the next morning, when staff found a "
    "window forced open. Detectives spent months examining recordings from cameras along the roads between York "
    "and Leeds. A neighbour said she had seen a van parked outside the house late at night several times this "
    "spring. The school said it had suspended the teacher while the police investigation continued. Lopez is due "
    "to appear before magistrates in Leeds on Thursday. The gallery's director said she was delighted that the "
    "paintings had been found and thanked the police. She said the works would be examined by experts before "
    "they went back on display. The gallery has since spent £40,000 on new alarms and cameras.";

}  // namespace

TEST_CASE("auto's short summary is the text's opening unless its own choice clearly outscores it", "[selection][model]") {
  const std::vector<std::string> texts = {golden_article(), precis_test::news_article(),
                                          precis_test::read_file(precis_test::test_data("names-news-article.txt")),
                                          repeated_name_story};
  for (const std::string& text : texts) {
    const precis::Analysis analysis = analyse_ok(text, Algorithm::automatic);
    for (std::size_t k = 1; k <= 3; ++k) {
      const precis::Result result = select_ok(analysis, Length::sentences(static_cast<double>(k)));
      precis::Options lead_options = precis_test::with_length(Length::sentences(static_cast<double>(k)));
      lead_options.algorithm = Algorithm::lead;
      const std::vector<std::size_t> opening = summarize_ok(text, lead_options).summary;
      INFO(k << " sentences of\n" << describe_sentences(text, result));
      if (result.summary == opening) continue;
      // A summary other than the opening is one the lead gate lets stand.
      double margin = 0;
      for (const std::size_t s : result.summary) margin += result.sentences[s].score;
      for (const std::size_t s : opening) margin -= result.sentences[s].score;
      CHECK(precis::detail::lead_gate(candidates(result), margin / static_cast<double>(k)) >= 0);
    }
  }
}

TEST_CASE("A name and age the second sentence repeats do not push it out of a short summary", "[selection][model]") {
  // Trigram blocking passes over the second sentence, which repeats "Maria Lopez, 34,"; the
  // sentences that the scores rank next are no clearly better summary than the opening, so the
  // lead gate keeps it.
  const precis::Analysis analysis = analyse_ok(repeated_name_story, Algorithm::automatic);
  for (std::size_t k = 2; k <= 3; ++k) {
    const precis::Result result = select_ok(analysis, Length::sentences(static_cast<double>(k)));
    INFO(k << " sentences of\n" << describe_sentences(repeated_name_story, result));
    std::vector<std::size_t> first_k(k);
    for (std::size_t s = 0; s < k; ++s) first_k[s] = s;
    CHECK(result.summary == first_k);
  }
  // A focused summary goes where its focus is.
  precis::Options focused = precis_test::with_length(Length::sentences(1));
  focused.focus = "alarms";
  const precis::Result alarms = summarize_ok(repeated_name_story, focused);
  REQUIRE(alarms.summary.size() == 1);
  CHECK(alarms.summary[0] == alarms.sentences.size() - 1);
}
