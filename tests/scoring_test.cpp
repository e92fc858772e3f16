// scoring.h: every algorithm scores every sentence in [0, 1], the best at 1, titles and
// headings at 0; `lead` follows the order of the text; focus terms lift their sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "document.h"
#include "scoring.h"
#include "similarity_graph.h"
#include "test_support.h"

using precis::Algorithm;
using precis::SentenceKind;
using precis_test::describe_sentences;
using precis_test::summarize_ok;

namespace {

precis::Options options_for(Algorithm algorithm, const std::string& focus = {}) {
  precis::Options options;
  options.algorithm = algorithm;
  options.focus = focus;
  return options;
}

// An article with a title, headings and a list, written for these tests.
const std::string& structured_article() {
  static const std::string text =
      "City Unveils Plan for Cleaner Air\n"
      "\n"
      "The city council unveiled a plan on Monday to cut air pollution in the centre by a third within five years. "
      "The plan bans the oldest diesel vans from the centre and expands the network of cycle lanes.\n"
      "\n"
      "What changes\n"
      "\n"
      "- Diesel vans older than ten years may not enter the centre.\n"
      "- Forty kilometres of new cycle lanes will be built.\n"
      "- Bus fares fall for children and students.\n"
      "\n"
      "Reactions\n"
      "\n"
      "Shop owners fear that the ban on old vans will raise delivery costs. Cycling groups welcomed the new lanes "
      "but said the plan should go further. Doctors said cleaner air would mean fewer children with asthma.\n";
  return text;
}

}  // namespace

TEST_CASE("Every algorithm scores every sentence in [0, 1] with the best at 1", "[scoring]") {
  for (const std::string& text : {precis_test::news_article(), structured_article()}) {
    for (const Algorithm algorithm : precis::all_algorithms()) {
      INFO("algorithm " << precis::algorithm_name(algorithm));
      const precis::Result result = summarize_ok(text, options_for(algorithm));
      INFO(describe_sentences(text, result));
      REQUIRE(result.sentences.size() >= 8);
      double best = 0;
      for (const precis::Sentence& sentence : result.sentences) {
        CHECK(sentence.score >= 0.0);
        CHECK(sentence.score <= 1.0);
        best = std::max(best, sentence.score);
      }
      CHECK(best == 1.0);
      // Not everything scores the same: the scores order the sentences.
      CHECK(std::any_of(result.sentences.begin(), result.sentences.end(), [](const precis::Sentence& s) {
        return s.kind == SentenceKind::body && s.score < 1.0;
      }));
    }
  }
}

TEST_CASE("Titles and headings score 0 with every algorithm", "[scoring]") {
  const std::string& text = structured_article();
  for (const Algorithm algorithm : precis::all_algorithms()) {
    INFO("algorithm " << precis::algorithm_name(algorithm));
    const precis::Result result = summarize_ok(text, options_for(algorithm));
    INFO(describe_sentences(text, result));
    std::size_t titles = 0, headings = 0, list_items = 0;
    for (const precis::Sentence& sentence : result.sentences) {
      if (sentence.kind == SentenceKind::title || sentence.kind == SentenceKind::heading) {
        CHECK(sentence.score == 0.0);
        CHECK_FALSE(sentence.selected);
      }
      titles += sentence.kind == SentenceKind::title ? 1u : 0u;
      headings += sentence.kind == SentenceKind::heading ? 1u : 0u;
      list_items += sentence.kind == SentenceKind::list_item ? 1u : 0u;
    }
    CHECK(titles == 1);
    CHECK(headings == 2);
    CHECK(list_items == 3);
  }
}

TEST_CASE("A text that is only a heading still has its one sentence scored and chosen", "[scoring]") {
  for (const Algorithm algorithm : precis::all_algorithms()) {
    INFO("algorithm " << precis::algorithm_name(algorithm));
    const precis::Result result = summarize_ok("Quarterly results", options_for(algorithm));
    REQUIRE(result.sentences.size() == 1);
    CHECK(result.summary == std::vector<std::size_t>{0});
  }
}

TEST_CASE("lead scores sentences in the order of the text", "[scoring]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text, options_for(Algorithm::lead));
  INFO(describe_sentences(text, result));
  REQUIRE(result.sentences.size() > 3);
  REQUIRE(result.sentences[0].kind == SentenceKind::title);
  CHECK(result.sentences[0].score == 0.0);
  CHECK(result.sentences[1].score == 1.0);
  for (std::size_t i = 2; i < result.sentences.size(); ++i) CHECK(result.sentences[i].score < result.sentences[i - 1].score);

  precis::Options one = options_for(Algorithm::lead);
  one.length = precis::Length::sentences(1);
  CHECK(summarize_ok(text, one).summary == std::vector<std::size_t>{1});  // the first sentence after the title
  one.length = precis::Length::sentences(3);
  CHECK(summarize_ok(text, one).summary == std::vector<std::size_t>{1, 2, 3});
}

TEST_CASE("Focus terms lift the sentences that contain them, with every algorithm", "[scoring]") {
  const std::string& text = precis_test::news_article();
  // "shops" occurs only in the last sentence of the last paragraph.
  REQUIRE(text.find("shops") == text.rfind("shops"));
  for (const Algorithm algorithm : precis::all_algorithms()) {
    INFO("algorithm " << precis::algorithm_name(algorithm));
    const precis::Result plain = summarize_ok(text, options_for(algorithm));
    const precis::Result focused = summarize_ok(text, options_for(algorithm, "shops"));
    const long target = precis_test::find_sentence(text, focused, "shops");
    REQUIRE(target >= 0);
    const auto index = static_cast<std::size_t>(target);
    REQUIRE(focused.sentences.size() == plain.sentences.size());
    CHECK(focused.sentences[index].score > plain.sentences[index].score);
    // Relative to the others: no sentence without the focus word rises.
    for (std::size_t i = 0; i < plain.sentences.size(); ++i) {
      if (i != index) CHECK(focused.sentences[i].score <= plain.sentences[i].score + 1e-12);
    }
  }
}

TEST_CASE("With focus on a word only in the last paragraph, that sentence is selected", "[scoring]") {
  const std::string& text = precis_test::news_article();
  for (const precis::Length length : {precis::Length::sentences(3), precis::Length::automatic()}) {
    INFO((length.unit == precis::Length::Unit::automatic ? "default length" : "3 sentences"));
    precis::Options options = options_for(Algorithm::automatic, "shops");
    options.length = length;
    const precis::Result result = summarize_ok(text, options);
    INFO(describe_sentences(text, result));
    const long target = precis_test::find_sentence(text, result, "shops");
    REQUIRE(target >= 0);
    CHECK(result.sentences[static_cast<std::size_t>(target)].selected);
    CHECK(result.sentences[static_cast<std::size_t>(target)].paragraph == result.sentences.back().paragraph);

    options.focus.clear();
    CHECK_FALSE(summarize_ok(text, options).sentences[static_cast<std::size_t>(target)].selected);
  }
}

TEST_CASE("Focus words are matched in any inflection and case, separated by spaces or commas", "[scoring]") {
  const std::string& text = precis_test::news_article();
  precis::Options options = options_for(Algorithm::automatic, "SHOP, Workers");
  options.length = precis::Length::sentences(2);
  const precis::Result result = summarize_ok(text, options);
  const long target = precis_test::find_sentence(text, result, "shops");
  REQUIRE(target >= 0);
  CHECK(result.sentences[static_cast<std::size_t>(target)].selected);
  CHECK(result.warnings.empty());
}

TEST_CASE("A focus word missing from the text is reported and changes nothing", "[scoring]") {
  const std::string& text = precis_test::news_article();
  const precis::Result plain = summarize_ok(text);
  const precis::Result focused = summarize_ok(text, options_for(Algorithm::automatic, "zeppelin"));
  bool warned = false;
  for (const std::string& warning : focused.warnings) warned = warned || warning.find("zeppelin") != std::string::npos;
  CHECK(warned);
  REQUIRE(focused.sentences.size() == plain.sentences.size());
  for (std::size_t i = 0; i < plain.sentences.size(); ++i) CHECK(focused.sentences[i].score == plain.sentences[i].score);
  CHECK(focused.summary == plain.summary);
}

TEST_CASE("score_sentences gives one score per sentence and nothing for an empty document", "[scoring]") {
  const precis::detail::Document empty = precis::detail::segment_document("", "en");
  const precis::detail::TermWeights no_weights = precis::detail::weigh_terms(empty);
  for (const Algorithm algorithm : precis::all_algorithms()) {
    CHECK(precis::detail::score_sentences(empty, no_weights, algorithm, {}).empty());
  }

  const std::string& text = structured_article();
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  const precis::detail::TermWeights weights = precis::detail::weigh_terms(document);
  const std::vector<bool> selectable = precis::detail::selectable_sentences(document);
  for (const Algorithm algorithm : precis::all_algorithms()) {
    INFO("algorithm " << precis::algorithm_name(algorithm));
    const std::vector<double> scores = precis::detail::score_sentences(document, weights, algorithm, {});
    REQUIRE(scores.size() == document.sentences.size());
    for (std::size_t s = 0; s < scores.size(); ++s) {
      if (!selectable[s]) CHECK(scores[s] == 0.0);
    }
  }
}

TEST_CASE("PageRank over the similarity graph sums to 1", "[scoring]") {
  const std::string& text = precis_test::news_article();
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  const precis::detail::TermWeights weights = precis::detail::weigh_terms(document);
  const precis::detail::SimilarityGraph graph = precis::detail::build_similarity_graph(document, weights);
  REQUIRE(graph.neighbours.size() == document.sentences.size());
  for (std::size_t s = 0; s < graph.neighbours.size(); ++s) {
    for (const precis::detail::Neighbour& neighbour : graph.neighbours[s]) {
      CHECK(neighbour.sentence != s);
      CHECK(neighbour.cosine >= 0.0);
      CHECK(neighbour.cosine <= 1.0 + 1e-9);
    }
  }
  for (const auto weight : {precis::detail::EdgeWeight::cosine, precis::detail::EdgeWeight::overlap}) {
    const std::vector<double> rank = precis::detail::pagerank(graph, weight, 0.1);
    REQUIRE(rank.size() == document.sentences.size());
    CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == Approx(1.0).epsilon(1e-6));
    for (const double r : rank) CHECK(r > 0.0);
  }
  CHECK(precis::detail::pagerank(precis::detail::SimilarityGraph{}, precis::detail::EdgeWeight::cosine, 0.1).empty());
}
