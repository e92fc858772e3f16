// trained_name_tagger.h and name_models.h: the trained tagger behind precis::summarize, with the
// document-level pass that keeps a name's type and reads headlines with care.
#include <catch2/catch.hpp>

#include <string>

#include "entities/name_models.h"
#include "entities/trained_name_tagger.h"
#include "test_support.h"

using precis::EntityType;
using precis_test::describe_entities;
using precis_test::entities_named;
using precis_test::summarize_ok;

TEST_CASE("English, German, Spanish, French and Dutch texts are tagged by a trained model", "[trained_name_tagger]") {
  for (const char* language : {"en", "de", "es", "fr", "nl"}) {
    INFO(language);
    CHECK(dynamic_cast<const precis::detail::TrainedNameTagger*>(precis::detail::name_tagger_for(language).get()) != nullptr);
  }
  CHECK(dynamic_cast<const precis::detail::RuleBasedNameTagger*>(precis::detail::name_tagger_for("it").get()) != nullptr);
}

TEST_CASE("People, organisations and places in running English text", "[trained_name_tagger]") {
  const std::string text =
      "The chief executive of Northwind Power Ltd, Maria Okonkwo, flew to Lisbon on Monday. "
      "Okonkwo met officials from the European Commission and the mayor of Geneva. "
      "Northwind Power said the talks in Lisbon had gone well.";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  auto type_of = [&](const std::string& name) {
    const auto found = entities_named(result, name);
    REQUIRE_FALSE(found.empty());
    return found.front().type;
  };
  CHECK(type_of("Maria Okonkwo") == EntityType::PER);
  CHECK(type_of("Okonkwo") == EntityType::PER);
  CHECK(type_of("Northwind Power Ltd") == EntityType::ORG);
  CHECK(type_of("Lisbon") == EntityType::LOC);
  CHECK(type_of("Geneva") == EntityType::LOC);
  CHECK(entities_named(result, "Lisbon").size() == 2);
}

TEST_CASE("A name has one type throughout a document", "[trained_name_tagger]") {
  const std::string text =
      "Jordan Hale joined the club in 2019. Hale scored twice on Saturday. "
      "Coaches said Hale had trained harder than anyone. Hale will play again next week.";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  const auto hale = entities_named(result, "Hale");
  CHECK(hale.size() == 3);  // every mention after "Jordan Hale", including at the start of a sentence
  for (const precis::Entity& entity : hale) CHECK(entity.type == EntityType::PER);
}

TEST_CASE("A headline's capitals mark only the names its story has", "[trained_name_tagger]") {
  const std::string text =
      "Brightfield Energy Shares Fall As Merger Talks Collapse\n\n"
      "Shares in Brightfield Energy fell on Tuesday after merger talks broke down, the company said. "
      "Its chief executive said the offer had been too low.\n";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  CHECK(entities_named(result, "Brightfield Energy").size() == 2);
  for (const char* word : {"Shares", "Fall", "Merger", "Talks", "Collapse"}) CHECK(entities_named(result, word).empty());
  for (const precis::Entity& entity : result.entities) CHECK(entity.text.find("Shares") == std::string::npos);
}

TEST_CASE("Nationality words are MISC and sentence-initial common words are no names", "[trained_name_tagger]") {
  const std::string text = "British and French ministers met in Paris. Nobody expected a deal, officials said.";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  for (const char* word : {"British", "French"}) {
    const auto found = entities_named(result, word);
    REQUIRE(found.size() == 1);
    CHECK(found.front().type == EntityType::MISC);
  }
  CHECK(entities_named(result, "Nobody").empty());
}

TEST_CASE("The rules of running text apply to prose, not to a fragment", "[trained_name_tagger]") {
  // In prose the "The" opening a sentence opens no name; a list entry or caption with no
  // sentence ending as prose does keeps the names the model finds, as it learnt them.
  const precis::Result prose = summarize_ok("The Washington Post reported the story on Tuesday, citing officials.");
  INFO(describe_entities(prose));
  CHECK(entities_named(prose, "Washington Post").size() == 1);
  CHECK(entities_named(prose, "The Washington Post").empty());
  const precis::Result fragment = summarize_ok("The Washington Post");
  INFO(describe_entities(fragment));
  CHECK(entities_named(fragment, "The Washington Post").size() == 1);
}

TEST_CASE("add_name_model refuses what is not a model and replaces a language's model", "[trained_name_tagger]") {
  const precis::Expected<std::string> refused = precis::add_name_model("GIF89a...");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message.find("name model") != std::string::npos);

  // A model for a language nothing else uses, so other tests are not affected.
  precis::detail::NameGazetteer gazetteer;
  const std::string bytes = precis::detail::NameModel::serialize("tlh", {}, {}, gazetteer);
  const precis::Expected<std::string> added = precis::add_name_model(bytes);
  REQUIRE(added);
  CHECK(*added == "tlh");
  CHECK(dynamic_cast<const precis::detail::TrainedNameTagger*>(precis::detail::name_tagger_for("tlh").get()) != nullptr);
}

// tests/data/names-news-article.txt: a news article written for this test, with the words news
// prose puts around names (offices, possessives, initialisms, nationality words).
TEST_CASE("Offices, possessives, initialisms and nationality words in a news article", "[trained_name_tagger]") {
  const std::string text = precis_test::read_file(precis_test::test_data("names-news-article.txt"));
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  auto types_of = [&](const std::string& name) {
    std::vector<EntityType> types;
    for (const precis::Entity& entity : entities_named(result, name)) types.push_back(entity.type);
    return types;
  };
  // "Microsoft General Counsel Brad Smith": the company and the person, not the office.
  CHECK(types_of("Brad Smith") == std::vector<EntityType>{EntityType::PER});
  CHECK(types_of("Satya Nadella") == std::vector<EntityType>{EntityType::PER});
  for (const precis::Entity& entity : result.entities) {
    INFO(entity.text);
    for (const char* office : {"General", "Counsel", "Chief", "Executive"}) CHECK(entity.text.find(office) == std::string::npos);
  }
  // "Microsoft's Outlook.com": the possessor is a name of its own.
  const auto microsoft = types_of("Microsoft");
  CHECK(microsoft.size() >= 4);
  for (const EntityType type : microsoft) CHECK(type == EntityType::ORG);
  CHECK(types_of("Microsoft's Outlook.com").empty());
  // "U.S." is a place; "American Surveillance laws" names no organisation.
  const auto us = types_of("U.S.");
  REQUIRE(us.size() == 2);
  for (const EntityType type : us) CHECK(type == EntityType::LOC);
  CHECK(types_of("American Surveillance").empty());
  CHECK(types_of("Surveillance").empty());
  for (const char* place : {"Dublin", "Ireland", "Seattle", "Manhattan"}) CHECK(types_of(place) == std::vector<EntityType>{EntityType::LOC});
  CHECK(types_of("Electronic Frontier Foundation") == std::vector<EntityType>{EntityType::ORG});
  CHECK(types_of("Justice Department") == std::vector<EntityType>{EntityType::ORG});
}

TEST_CASE("An office before a person is cut out of names, a name that begins like an office is kept", "[trained_name_tagger]") {
  const std::string text =
      "Attorney General Janet Reno met Finance Minister Theo Waigel in Washington on Tuesday. "
      "Shares of General Motors rose after the meeting, traders in New York said.";
  const precis::Result result = summarize_ok(text);
  INFO(describe_entities(result));
  for (const char* person : {"Janet Reno", "Theo Waigel"}) {
    const auto found = entities_named(result, person);
    REQUIRE(found.size() == 1);
    CHECK(found.front().type == EntityType::PER);
  }
  const auto motors = entities_named(result, "General Motors");
  REQUIRE(motors.size() == 1);
  CHECK(motors.front().type == EntityType::ORG);
  for (const precis::Entity& entity : result.entities) {
    INFO(entity.text);
    for (const char* office : {"Attorney", "Minister", "Finance"}) CHECK(entity.text.find(office) == std::string::npos);
  }
}
