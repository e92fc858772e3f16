// word_clusters.h and word_cluster_key.h: the keys words are clustered and looked up by, and
// what a model with ASCII-only clusters makes of a word that lost its umlauts.
#include <catch2/catch.hpp>

#include <string>

#include "entities/name_features.h"
#include "entities/word_cluster_key.h"
#include "entities/word_clusters.h"
#include "text/document.h"

using namespace precis::detail;

TEST_CASE("A word's cluster key is its folded form, without its letters beyond ASCII when asked", "[word_clusters]") {
  CHECK(word_cluster_key("München", false) == "münchen");
  CHECK(word_cluster_key("München", true) == "mnchen");
  CHECK(word_cluster_key("Mnchen", true) == "mnchen");
  // Dropped before folding: "ß" would fold to "ss", which a text that lost it does not have.
  CHECK(word_cluster_key("Straße", true) == "strae");
  CHECK(word_cluster_key("Straße", false) == "strasse");
}

TEST_CASE("Clusters find their words' classes, and nothing for a word they do not know", "[word_clusters]") {
  const WordClusters clusters = WordClusters::of({{"rome", 1}, {"paris", 1}, {"monday", 0}}, {0, 1}, false);
  CHECK(clusters.words() == std::vector<std::string_view>{"monday", "paris", "rome"});
  CHECK(clusters.classes_of("paris").fine == 1);
  CHECK(clusters.classes_of("paris").coarse == 1);
  CHECK(clusters.classes_of("monday").coarse == 0);
  CHECK(clusters.classes_of("lyon").fine == WordClusters::none);
  CHECK(clusters.classes_of("lyon").coarse == WordClusters::none);
}

TEST_CASE("With ASCII-only clusters a word that lost its umlauts reads as the intact word", "[word_clusters]") {
  // (A word the team's lists or ICU's place names hold is looked up there intact, and so would
  // differ: those lists have no damaged forms.)
  const WordClusters clusters = WordClusters::of({{"mhlbacher", 0}}, {0}, true);
  const NameGazetteer no_names;
  const Document intact = segment_document("Er wohnt bei Mühlbacher.", "de");
  const Document damaged = segment_document("Er wohnt bei Mhlbacher.", "de");
  const NameFeatures intact_features(intact, no_names, clusters);
  const NameFeatures damaged_features(damaged, no_names, clusters);
  REQUIRE(intact_features.unit_count() == damaged_features.unit_count());
  CHECK(intact_features.folded(3) == "mhlbacher");
  SentenceFeatures intact_sentence;
  SentenceFeatures damaged_sentence;
  intact_features.of_sentence(0, intact_sentence);
  damaged_features.of_sentence(0, damaged_sentence);
  CHECK(intact_sentence.features == damaged_sentence.features);
}
