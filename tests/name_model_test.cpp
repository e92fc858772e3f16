// name_model.h and name_labels.h: the model file round-trips, damaged files are refused, and the
// decoder only ever spells well-formed names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "entities/name_labels.h"
#include "entities/name_model.h"
#include "entities/name_models.h"

using precis::EntityType;
using namespace precis::detail;

namespace {

const WordClusters tiny_clusters = WordClusters::of({{"mnchen", 2}, {"berlin", 2}, {"montag", 0}}, {1, 0, 1}, true);

// A model that knows two features: 7 votes "begin a person", 9 votes "continue a person".
std::string tiny_model() {
  TransitionWeights transitions{};
  const NameGazetteer gazetteer =
      NameGazetteer::of({{"ada lovelace", 1u << static_cast<unsigned>(EntityType::PER)}}, {"the"}, {"department"});
  LabelWeights begin{};
  begin[begin_label(EntityType::PER)] = 50;
  LabelWeights inside{};
  inside[inside_label(EntityType::PER)] = 60;
  return NameModel::serialize("xx", transitions, {{7, begin}, {9, inside}}, gazetteer, tiny_clusters, true);
}

SentenceFeatures sentence_of(const std::vector<std::vector<std::uint32_t>>& units) {
  SentenceFeatures sentence;
  for (const auto& features : units) {
    sentence.offsets.push_back(static_cast<std::uint32_t>(sentence.features.size()));
    sentence.features.insert(sentence.features.end(), features.begin(), features.end());
  }
  sentence.offsets.push_back(static_cast<std::uint32_t>(sentence.features.size()));
  return sentence;
}

}  // namespace

TEST_CASE("A serialised model parses back with its language, weights and gazetteer", "[name_model]") {
  const precis::Expected<NameModel> model = NameModel::parse(tiny_model());
  REQUIRE(model);
  CHECK(model->language() == "xx");
  CHECK(model->feature_count() == 2);
  CHECK(model->gazetteer().types_of("ada lovelace") == 1u << static_cast<unsigned>(EntityType::PER));
  CHECK(model->gazetteer().is_common_word("the"));
  CHECK(model->gazetteer().is_name_ending("department"));
  CHECK_FALSE(model->gazetteer().is_name_ending("rose"));
  CHECK(model->learnt_from_news());
  CHECK(model->clusters().ascii_only());
  CHECK(model->clusters().classes_of("berlin").fine == 2);
  CHECK(model->clusters().classes_of("berlin").coarse == 1);
  CHECK(model->clusters().classes_of("montag").coarse == 1);
  CHECK(model->clusters().classes_of("paris").fine == WordClusters::none);
  // Unit 0 begins a person, unit 1 continues it, unit 2 (no known feature) is outside.
  const std::vector<NameLabel> labels = model->label(sentence_of({{7}, {9}, {12345}}));
  CHECK(labels == std::vector<NameLabel>{begin_label(EntityType::PER), inside_label(EntityType::PER), outside_label});
}

TEST_CASE("Damaged or foreign model files are refused with a message", "[name_model]") {
  const std::string good = tiny_model();
  CHECK_FALSE(NameModel::parse(""));
  CHECK_FALSE(NameModel::parse("PRECIS-NER1"));
  CHECK_FALSE(NameModel::parse("\x89PNG\r\n\x1a\n not a model"));
  CHECK_FALSE(NameModel::parse(good.substr(0, good.size() - 1)));
  CHECK_FALSE(NameModel::parse(good + "x"));
  for (std::size_t cut = 0; cut < good.size(); cut += 3) {
    const precis::Expected<NameModel> truncated = NameModel::parse(good.substr(0, cut));
    REQUIRE_FALSE(truncated);
    CHECK_FALSE(truncated.error().message.empty());
  }
}

TEST_CASE("A gazetteer name with a type other than PER, ORG, LOC or MISC is refused", "[name_model]") {
  // Found by fuzz_name_model: a name typed with bit 6 was taken for entity type 6.
  for (const unsigned types : {0u, 1u << name_type_count, 0x40u}) {
    const NameGazetteer gazetteer = NameGazetteer::of({{"ada lovelace", static_cast<std::uint8_t>(types)}}, {}, {});
    CHECK_FALSE(NameModel::parse(NameModel::serialize("xx", TransitionWeights{}, {}, gazetteer)));
  }
  const NameGazetteer every_type = NameGazetteer::of({{"ada lovelace", (1u << name_type_count) - 1}}, {}, {});
  CHECK(NameModel::parse(NameModel::serialize("xx", TransitionWeights{}, {}, every_type)));
}

TEST_CASE("A gazetteer whose names are out of order or given twice is refused", "[name_model]") {
  const auto person = static_cast<std::uint8_t>(1u << static_cast<unsigned>(EntityType::PER));
  const std::string good = NameModel::serialize("xx", TransitionWeights{}, {}, NameGazetteer::of({{"ada", person}, {"bob", person}}, {}, {}));
  REQUIRE(NameModel::parse(good));
  // The two records ("\x01\x03ada", "\x01\x03bob") swapped, then the first written twice.
  std::string swapped = good;
  const std::size_t at = swapped.find("ada") - 2;
  swapped.replace(at, 10, good.substr(at + 5, 5) + good.substr(at, 5));
  CHECK_FALSE(NameModel::parse(swapped));
  std::string twice = good;
  twice.replace(at + 5, 5, good.substr(at, 5));
  CHECK_FALSE(NameModel::parse(twice));
}

TEST_CASE("Word clusters out of order or with a class beyond the coarse table are refused", "[name_model]") {
  const std::string good = tiny_model();
  REQUIRE(NameModel::parse(good));
  // The keys ("berlin", "mnchen", "montag") with "mnchen" and "montag" swapped.
  std::string swapped = good;
  const std::size_t at = swapped.find("mnchen");
  swapped.replace(at, 13, "montag\x06mnchen");
  CHECK_FALSE(NameModel::parse(swapped));
  const std::string no_coarse = NameModel::serialize("xx", TransitionWeights{}, {}, NameGazetteer(),
                                                     WordClusters::of({{"berlin", 3}}, {0, 0}, false));
  CHECK_FALSE(NameModel::parse(no_coarse));
  const precis::Expected<NameModel> plain = NameModel::parse(NameModel::serialize("xx", TransitionWeights{}, {}, NameGazetteer()));
  REQUIRE(plain);
  CHECK_FALSE(plain->learnt_from_news());
  CHECK(plain->clusters().empty());
}

TEST_CASE("A model read with tables prepared beforehand is the model its file gives", "[name_model]") {
  const std::string file = tiny_model();
  const precis::Expected<NameModel> read = NameModel::parse(file);
  REQUIRE(read);
  const std::string tables(read->tables());
  const precis::Expected<NameModel> prepared = NameModel::built_in(file, tables);
  REQUIRE(prepared);
  CHECK(prepared->language() == "xx");
  CHECK(prepared->gazetteer().types_of("ada lovelace") == 1u << static_cast<unsigned>(EntityType::PER));
  CHECK(prepared->gazetteer().is_name_ending("department"));
  CHECK(prepared->label(sentence_of({{7}, {9}, {12345}})) == read->label(sentence_of({{7}, {9}, {12345}})));
  // Tables of the wrong size, or pointing past the file, are refused rather than read (the
  // build's own tables are otherwise trusted).
  CHECK_FALSE(NameModel::built_in(file, tables.substr(0, tables.size() - 1)));
  CHECK_FALSE(NameModel::built_in(file, ""));
  CHECK_FALSE(NameModel::built_in(file.substr(0, 20), tables));
}

TEST_CASE("The models built into the library carry the tables their files give", "[name_model]") {
  // The build prepares them (core/tools/embed_name_models.cpp); reading the files now must give
  // the same bytes, or a built-in model would tag unlike the same file loaded in WebAssembly.
  const std::vector<BuiltinNameModel> models = builtin_name_models();
  CHECK(models.size() >= 4);
  for (const BuiltinNameModel& model : models) {
    const precis::Expected<NameModel> read = NameModel::parse(model.file);
    REQUIRE(read);
    INFO(read->language());
    const bool same_tables = read->tables() == model.tables;
    CHECK(same_tables);
    CHECK(NameModel::built_in(model.file, model.tables));
  }
}

TEST_CASE("The decoder never continues a name that was not begun", "[name_model]") {
  // Emissions favour "inside ORG" everywhere, which is only allowed after "begin ORG".
  const NameLabel inside = inside_label(EntityType::ORG);
  const std::vector<NameLabel> labels = best_labels<int>(
      4, [&](std::size_t, NameLabel label) { return label == inside ? 10 : 0; }, [](std::size_t, NameLabel) { return 0; });
  REQUIRE(labels.size() == 4);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!is_inside(labels[i])) continue;
    REQUIRE(i > 0);
    CHECK(label_type(labels[i - 1]) == EntityType::ORG);
    CHECK(labels[i - 1] != outside_label);
  }
  CHECK(best_labels<int>(0, [](std::size_t, NameLabel) { return 0; }, [](std::size_t, NameLabel) { return 0; }).empty());
}
