// scoring.h: every algorithm scores every sentence in [0, 1], the best at 1, titles and
// headings at 0; `lead` follows the order of the text; focus terms lift their sentences.
// sentence_features.h, summary_model.h and tree_ensemble.h: the features and the learned model
// of `auto`.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "entities/entities.h"
#include "summary/scoring.h"
#include "summary/sentence_features.h"
#include "summary/similarity_graph.h"
#include "summary/summary_model.h"
#include "summary/tree_ensemble.h"
#include "test_support.h"
#include "text/document.h"

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
    const precis::detail::SentenceScores scores = precis::detail::score_sentences(empty, no_weights, algorithm, {});
    CHECK(scores.general.empty());
    CHECK(scores.short_summary.extract.empty());
  }

  const std::string& text = structured_article();
  const precis::detail::Document document = precis::detail::segment_document(text, "en");
  const precis::detail::TermWeights weights = precis::detail::weigh_terms(document);
  const std::vector<bool> selectable = precis::detail::selectable_sentences(document);
  for (const Algorithm algorithm : precis::all_algorithms()) {
    INFO("algorithm " << precis::algorithm_name(algorithm));
    const precis::detail::SentenceScores scores = precis::detail::score_sentences(document, weights, algorithm, {});
    REQUIRE(scores.general.size() == document.sentences.size());
    for (std::size_t s = 0; s < scores.general.size(); ++s) {
      if (!selectable[s]) CHECK(scores.general[s] == 0.0);
    }
    // Only auto ranks short summaries by scores of their own, made for their count of sentences.
    REQUIRE(scores.short_summary.extract.size() == (algorithm == Algorithm::automatic ? document.sentences.size() : 0));
    if (algorithm != Algorithm::automatic) continue;
    precis::detail::Document scored = document;
    scored.scores = scores;
    for (const std::size_t count : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{5}}) {
      const std::vector<double> ranking = precis::detail::short_summary_scores(scored, selectable, count);
      REQUIRE(ranking.size() == document.sentences.size());
      for (std::size_t s = 0; s < ranking.size(); ++s) {
        if (!selectable[s]) CHECK(ranking[s] == 0.0);
        CHECK(ranking[s] >= 0.0);
        CHECK(ranking[s] <= 1.0);
      }
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

// The default (`auto`): a learned model (summary_model.h) over sentence features
// (sentence_features.h), written by scripts/train-summary-model.

namespace {

// The news article as a CNN/DailyMail or OrangeSum text arrives: no title, one paragraph.
std::string flat_untitled(const std::string& text) {
  std::string body = text.substr(text.find("\n\n") + 2);
  std::string flat;
  bool space = false;
  for (const char c : body) {
    if (c == '\n') {
      space = true;
      continue;
    }
    if (space && !flat.empty()) flat += ' ';
    space = false;
    flat += c;
  }
  return flat;
}

struct Analysed {
  precis::detail::Document document;
  precis::detail::TermWeights weights;
  std::vector<bool> selectable;
  std::vector<precis::detail::FeatureRow> features;
};

Analysed analyse(const std::string& text) {
  Analysed a;
  a.document = precis::detail::segment_document(text, "en");
  a.document.entities = precis::detail::find_entities(a.document, text, precis::detail::RuleBasedNameTagger{});
  a.weights = precis::detail::weigh_terms(a.document);
  a.selectable = precis::detail::selectable_sentences(a.document);
  const precis::detail::SimilarityGraph graph = precis::detail::build_similarity_graph(a.document, a.weights);
  a.features = precis::detail::sentence_features(a.document, a.weights, graph, a.selectable);
  return a;
}

double feature(const precis::detail::FeatureRow& row, precis::detail::Feature f) {
  return row[static_cast<std::size_t>(f)];
}

}  // namespace

TEST_CASE("The auto model reads features the library computes, with sound standardisation", "[scoring][model]") {
  namespace model = precis::detail::summary_model;
  REQUIRE(model::features.size() > 0);
  for (std::size_t m = 0; m < model::features.size(); ++m) {
    INFO("model feature " << model::features[m]);
    CHECK(std::find(precis::detail::feature_names.begin(), precis::detail::feature_names.end(), model::features[m]) !=
          precis::detail::feature_names.end());
    CHECK(std::isfinite(model::mean[m]));
    CHECK(model::scale[m] > 0.0);
    CHECK(std::isfinite(model::extract_weights[m]));
    CHECK(std::isfinite(model::gist_weights[m]));
  }
  CHECK(std::isfinite(model::extract_bias));
  CHECK(model::gist_weight >= 0.0);
  // Names are unique, in the features and in the model.
  std::vector<std::string_view> names(precis::detail::feature_names.begin(), precis::detail::feature_names.end());
  std::sort(names.begin(), names.end());
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
}

TEST_CASE("Sentence features: one row a sentence, zero for titles and headings, finite", "[scoring][model]") {
  using precis::detail::Feature;
  const Analysed a = analyse(structured_article());
  REQUIRE(a.features.size() == a.document.sentences.size());
  bool first_seen = false;
  for (std::size_t s = 0; s < a.features.size(); ++s) {
    INFO("sentence " << s);
    for (const double value : a.features[s]) CHECK(std::isfinite(value));
    if (!a.selectable[s]) {
      for (const double value : a.features[s]) CHECK(value == 0.0);
      continue;
    }
    CHECK(feature(a.features[s], Feature::has_title) == 1.0);
    CHECK(feature(a.features[s], Feature::flat) == 0.0);
    if (!first_seen) {
      first_seen = true;
      CHECK(feature(a.features[s], Feature::first) == 1.0);
      CHECK(feature(a.features[s], Feature::position_root) == 1.0);
      CHECK(feature(a.features[s], Feature::position_share) == 0.0);
      CHECK(feature(a.features[s], Feature::title_cosine) > 0.0);  // "plan", "air" are in the title
    } else {
      CHECK(feature(a.features[s], Feature::first) == 0.0);
    }
    CHECK(feature(a.features[s], Feature::title_cosine) <= 1.0);
    CHECK(feature(a.features[s], Feature::lead_cosine) <= 1.0);
    CHECK(feature(a.features[s], Feature::first_cosine) <= 1.0);
  }
  CHECK(first_seen);

  // Without a title and paragraphs: no title overlap, one flat paragraph.
  const Analysed flat = analyse(flat_untitled(precis_test::news_article()));
  REQUIRE(!flat.features.empty());
  for (std::size_t s = 0; s < flat.features.size(); ++s) {
    CHECK(feature(flat.features[s], Feature::has_title) == 0.0);
    CHECK(feature(flat.features[s], Feature::title_cosine) == 0.0);
    CHECK(feature(flat.features[s], Feature::flat) == 1.0);
  }
}

TEST_CASE("Sentence features see quotes, questions and numbers", "[scoring][model]") {
  using precis::detail::Feature;
  const Analysed a = analyse(
      "The mayor opened the new bridge on Monday. \"It is a great day for the town,\" she said. "
      "Will the tolls stay? The bridge cost 12 million pounds and took three years to build.");
  REQUIRE(a.features.size() == 4);
  CHECK(feature(a.features[0], Feature::quote) == 0.0);
  CHECK(feature(a.features[1], Feature::quote) == 1.0);
  CHECK(feature(a.features[1], Feature::opens_with_quote) == 1.0);
  CHECK(feature(a.features[2], Feature::question) == 1.0);
  CHECK(feature(a.features[0], Feature::question) == 0.0);
  CHECK(feature(a.features[3], Feature::numbers) == 1.0);
  CHECK(feature(a.features[0], Feature::date) == 1.0);  // "Monday"
}

TEST_CASE("auto scores are deterministic and in [0, 1]", "[scoring][model]") {
  for (const std::string& text : {precis_test::news_article(), flat_untitled(precis_test::news_article()), structured_article()}) {
    const precis::Options first_options = options_for(Algorithm::automatic);
    const precis::Result first = summarize_ok(text, first_options);
    const precis::Result second = summarize_ok(text, first_options);
    REQUIRE(first.sentences.size() == second.sentences.size());
    for (std::size_t s = 0; s < first.sentences.size(); ++s) {
      CHECK(first.sentences[s].score == second.sentences[s].score);  // bit for bit
      CHECK(first.sentences[s].score >= 0.0);
      CHECK(first.sentences[s].score <= 1.0);
    }
    CHECK(first.summary == second.summary);
    // Analysing once and selecting again gives the same scores as a fresh analysis.
    const precis::Expected<precis::Analysis> analysis = precis::analyze(text, {});
    REQUIRE(analysis);
    const precis::Expected<precis::Result> again = analysis->summarize(first_options.length);
    REQUIRE(again);
    for (std::size_t s = 0; s < first.sentences.size(); ++s) CHECK(again->sentences[s].score == first.sentences[s].score);
    CHECK(again->summary == first.summary);
  }
}

TEST_CASE("auto opens a short summary of a news story with its lead sentence", "[scoring][model]") {
  // The lead states the story; the model's gist head (what a short news summary holds) puts it
  // first, with or without a title.
  for (const std::string& text : {precis_test::news_article(), flat_untitled(precis_test::news_article())}) {
    precis::Options one = options_for(Algorithm::automatic);
    one.length = precis::Length::sentences(1);
    const precis::Result result = summarize_ok(text, one);
    INFO(describe_sentences(text, result));
    REQUIRE(result.summary.size() == 1);
    CHECK(precis_test::sentence_text(text, result.sentences[result.summary[0]]).rfind("Northline Rail has ordered", 0) == 0);
  }
}

TEST_CASE("The model's heads score only the sentences that can be chosen", "[scoring][model]") {
  const Analysed a = analyse(structured_article());
  const precis::detail::ModelHeads heads = precis::detail::model_heads(a.features, a.selectable);
  REQUIRE(heads.extract.size() == a.features.size());
  REQUIRE(heads.gist.size() == a.features.size());
  double gist_total = 0;
  for (std::size_t s = 0; s < a.features.size(); ++s) {
    if (a.selectable[s]) {
      CHECK(heads.extract[s] > 0.0);
      CHECK(heads.gist[s] > 0.0);
    } else {
      CHECK(heads.extract[s] == 0.0);
      CHECK(heads.gist[s] == 0.0);
      CHECK(heads.news_logit[s] == -HUGE_VAL);
    }
    gist_total += heads.gist[s];
  }
  CHECK(gist_total == Approx(1.0));  // the gist is a share of the text's
  const std::vector<double> scores = precis::detail::model_scores(heads, 2.0);
  for (std::size_t s = 0; s < scores.size(); ++s) CHECK(scores[s] == heads.extract[s] + 2.0 * heads.gist[s]);
  CHECK(precis::detail::model_heads({}, {}).extract.empty());
}

TEST_CASE("Trees send a row left at or below a threshold and add up the leaves they reach", "[scoring][model]") {
  using precis::detail::TreeNode;
  // Tree 1 splits on feature 0 at 0.5, then its right child on feature 1 at 2; tree 2 is one leaf.
  const std::vector<TreeNode> nodes = {
      {0, 0.5, 1, 2, 0.0}, {-1, 0.0, 0, 0, -1.0}, {1, 2.0, 3, 4, 0.0}, {-1, 0.0, 0, 0, 0.25},
      {-1, 0.0, 0, 0, 4.0}, {-1, 0.0, 0, 0, 0.125}};
  const std::vector<std::uint32_t> roots = {0, 5};
  const auto logit = [&](double first, double second) {
    const double row[] = {first, second};
    return precis::detail::tree_logit(nodes, roots, 10.0, [&](std::size_t f) { return row[f]; });
  };
  CHECK(logit(0.5, 9.0) == 10.0 - 1.0 + 0.125);   // at the threshold: left
  CHECK(logit(0.75, 2.0) == 10.0 + 0.25 + 0.125);
  CHECK(logit(0.75, 2.5) == 10.0 + 4.0 + 0.125);
}

TEST_CASE("The news trees read only features the model names, and reach a leaf from every root", "[scoring][model]") {
  namespace model = precis::detail::summary_model;
  REQUIRE(!model::news_roots.empty());
  for (const precis::detail::TreeNode& node : model::news_nodes) {
    if (node.feature < 0) continue;
    CHECK(static_cast<std::size_t>(node.feature) < model::features.size());
    CHECK(node.left < model::news_nodes.size());
    CHECK(node.right < model::news_nodes.size());
  }
  for (const std::uint32_t root : model::news_roots) CHECK(root < model::news_nodes.size());
}

TEST_CASE("The news trees read no feature built on names (they learnt from lower-cased stories)", "[scoring][model]") {
  namespace model = precis::detail::summary_model;
  for (const precis::detail::TreeNode& node : model::news_nodes) {
    if (node.feature < 0) continue;
    const std::string_view name = model::features[static_cast<std::size_t>(node.feature)];
    INFO(name);
    CHECK(name != "entity_density");
    CHECK(name != "name_salience");
    CHECK(name != "person");
    CHECK(name != "place");
  }
}
