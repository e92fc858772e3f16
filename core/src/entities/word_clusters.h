#pragma once
// Word clusters: classes of words that stand in like contexts, learnt from unlabelled text by
// core/tools/precis_word_clusters.cpp (exchange clustering). A name model carries them so that a
// word the annotated texts never showed still tells the tagger something: "Wolfsburg" shares a
// class with the towns the training data did name, "Kuznetsov" with the surnames.
// Each word has a fine class and a coarse one (a class of fine classes).
//
// Clusters may read words without their letters beyond ASCII (ascii_only): text that has lost
// them in a wrong encoding ("Mnchen" for "München") then finds the same class as the intact
// word, and so does the intact word the clusters were learnt from.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/string_index.h"

namespace precis::detail {

class WordClusters {
 public:
  static constexpr std::uint16_t none = 0xFFFF;  // a word the clusters do not know
  struct Classes {
    std::uint16_t fine = none;
    std::uint16_t coarse = none;
  };

  WordClusters() = default;
  // `words` sorted, each once, with the fine class of each; `coarse_of_fine` gives each fine
  // class its coarse one. The views point into `storage` (kept here), or, when it is null, into
  // memory that outlives the clusters.
  WordClusters(std::shared_ptr<const std::string> storage, std::vector<std::string_view> words,
               std::vector<std::uint16_t> fine, std::vector<std::uint16_t> coarse_of_fine, bool ascii_only);
  // From strings of its own (for the trainer): (key, fine class) in any order.
  static WordClusters of(std::vector<std::pair<std::string, std::uint16_t>> words,
                         std::vector<std::uint16_t> coarse_of_fine, bool ascii_only);

  // The classes of a word by its key (word_cluster_key.h), or none.
  Classes classes_of(std::string_view key) const;

  bool empty() const { return words_.empty(); }
  bool ascii_only() const { return ascii_only_; }
  const std::vector<std::string_view>& words() const { return words_; }  // sorted
  const std::vector<std::uint16_t>& fine() const { return fine_; }         // by word
  const std::vector<std::uint16_t>& coarse_of_fine() const { return coarse_of_fine_; }

 private:
  std::shared_ptr<const std::string> storage_;
  std::vector<std::string_view> words_;
  std::vector<std::uint16_t> fine_;
  std::vector<std::uint16_t> coarse_of_fine_;
  bool ascii_only_ = false;
  // The words by their bytes, numbered as words_ orders them: every word form of a text is
  // looked up, and a hash finds it in a probe or two where halving the sorted list takes
  // sixteen comparisons.
  StringIndex index_;
};

}  // namespace precis::detail
