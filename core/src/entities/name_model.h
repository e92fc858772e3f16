#pragma once
// A trained name model: for every feature it knows, a weight per label, and the scores of one
// label following another. Scores are integers, so decoding gives the same labels on every
// platform, natively and in WebAssembly.
//
// File format (written by core/tools/precis_train_ner.cpp, all integers little-endian):
//   "PRECIS-NER2"                       magic and format version
//   u8 n, n bytes                       language code ("en")
//   u8 flags                            1: learnt from news prose; 2: the clusters' keys are ASCII only
//   u32 F                               number of features
//   i8 x (labels + 1) x labels          transitions; the last row scores a sentence's first label
//   F x varint                          feature ids, ascending, each as the gap from the previous
//   F x (u16 label mask, i8 x bits)     the non-zero weights of each feature, in label order
//   u32 G, G x (u8 types, varint n, n bytes)   the gazetteer's names (name_gazetteer.h), sorted, each once
//   u32 C, C x (varint n, n bytes)              its common lower-case words, sorted
//   u32 E, E x (varint n, n bytes)              the lower-case words names may end with, sorted
//   u32 W, W x (varint n, n bytes), W x u16     the word clusters' keys, sorted, then each one's fine class
//   u16 K, K x u16                              each fine class's coarse class (word_clusters.h)
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/name_features.h"
#include "entities/name_gazetteer.h"
#include "entities/name_labels.h"
#include "entities/word_clusters.h"
#include "precis/precis.h"

namespace precis::detail {

// Weights are 8-bit: the model's precision is in how many features it has, not in each weight,
// and the English model ships in the web page.
using LabelWeights = std::array<std::int8_t, name_label_count>;
using TransitionWeights = std::array<LabelWeights, name_label_count + 1>;
using LabelScores = std::array<std::int32_t, name_label_count>;

class NameModel {
 public:
  // A model file, checked throughout and copied (`bytes` need not outlive the model).
  static Expected<NameModel> parse(std::string_view bytes);
  // A model built into the library (core/tools/embed_name_models.cpp): its file and the lookup
  // tables parse() builds from it, as tables() gave them at build time, so that a process
  // starts with nothing to build. Both stay where they are and are trusted: the build checked
  // them.
  static Expected<NameModel> built_in(std::string_view bytes, std::string_view tables);
  // The language of a model file from its header alone (empty if it is not one): parsing a
  // whole model takes a while, and a process needs only the languages it meets.
  static std::string language_of(std::string_view bytes);
  // `features` sorted by id, ids never 0. `learnt_from_news`: whether the training texts were
  // news prose, whose conventions the tagger may then rely on (see trained_name_tagger.cpp).
  static std::string serialize(std::string_view language, const TransitionWeights& transitions,
                               const std::vector<std::pair<std::uint32_t, LabelWeights>>& features,
                               const NameGazetteer& gazetteer, const WordClusters& clusters = WordClusters(),
                               bool learnt_from_news = false);

  const std::string& language() const { return language_; }
  std::size_t feature_count() const { return feature_count_; }
  const NameGazetteer& gazetteer() const { return gazetteer_; }
  const WordClusters& clusters() const { return clusters_; }
  bool learnt_from_news() const { return learnt_from_news_; }
  // What parse() built besides the file: the features' hash table, their Bloom filter and the
  // gazetteer's offsets, in this machine's byte order (see name_model.cpp).
  std::string_view tables() const { return tables_; }

  // What `features` add up to, for each label.
  LabelScores scores(std::span<const std::uint32_t> features) const;
  // The best labels for the words of one sentence. `group_scores` (the scores of each of the
  // document's feature groups) when the sentence names its units' groups rather than list
  // their features (NameFeatures::Include::context_only).
  std::vector<NameLabel> label(const SentenceFeatures& sentence, const std::vector<LabelScores>* group_scores = nullptr) const;

 private:
  // A model file and the tables parse() built from it, both copied into storage the model keeps.
  static Expected<NameModel> prepared(std::string_view bytes, std::string_view tables);
  // A model from a file and its tables; `storage` holds both unless they outlive the model.
  static Expected<NameModel> assemble(std::string_view bytes, std::string_view tables, std::shared_ptr<const std::string> storage);
  // The weights of `feature` (name_label_count bytes, each an int8), or null.
  const char* find(std::uint32_t feature) const;
  bool may_know(std::uint32_t feature) const;

  std::string language_;
  TransitionWeights transitions_{};
  std::size_t feature_count_ = 0;
  NameGazetteer gazetteer_;
  WordClusters clusters_;
  bool learnt_from_news_ = false;
  std::shared_ptr<const std::string> storage_;
  std::string_view tables_;
  // Open addressing, a power of two of slots: a feature and its weights side by side, one
  // cache line read a lookup.
  std::string_view slots_;
  // A Bloom filter of the features the model knows, small enough to stay in the cache: most
  // features of a text (rare word pairs) are not in the model, and it answers for them
  // without a trip to the table in memory.
  std::string_view known_;
};

}  // namespace precis::detail
