#pragma once
// What the trained name tagger reads: a sentence as a sequence of units (its words, and each
// punctuation mark between them, so that "(", "," and quotes can close or continue a name as
// they do in the training data) and, for each unit, sparse hashed features of it and its
// neighbours (forms, shapes such as "Xx" or "X.X.", affixes, spacing, word clusters) and of the
// word lists (given names, titles, legal forms, ICU's country and region names).
// The trainer (core/tools/precis_train_ner.cpp) and the tagger call the same code, so a model
// always sees the features it was trained on.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/name_gazetteer.h"
#include "entities/word_clusters.h"
#include "text/document.h"
#include "util/string_index.h"

namespace precis::detail {

// Unit i of a sentence has the features features[offsets[i] .. offsets[i + 1]), and, when
// of_sentence left them out (Include::context_only), those of the feature groups
// groups[group_offsets[i] .. group_offsets[i + 1]) (see NameFeatures::group_features).
struct SentenceFeatures {
  std::vector<std::uint32_t> features;
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> groups;
  std::vector<std::uint32_t> group_offsets;
  std::size_t units() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

// A word (a Document token) or a punctuation mark, as a name sees it.
struct NameUnit {
  std::uint32_t start = 0;
  std::uint32_t end = 0;  // before a possessive "'s"
  bool word = false;       // a Document token, not punctuation
  bool name_like = false;  // a word that is capitalised or in capitals
  bool capitalised = false;
  bool all_caps = false;
  bool lower_case = false;  // a word whose first letter is lower case ("rose", "eBay")
  bool stop_word = false;   // "and", "the", "am": inside a name as often as not
  bool joined = false;      // no space before it ("super" and "-" in "Weston-super-Mare")
  bool possessive = false;  // a word with a possessive ending ("Microsoft's")
};

// Reads a document once (units, folding, shapes, word lists, places that span several words),
// then gives the features of any of its sentences. The document must outlive it.
class NameFeatures {
 public:
  // `gazetteer`: the names the model was trained with; `clusters`: its word clusters (both must
  // outlive this, too).
  NameFeatures(const Document& document, const NameGazetteer& gazetteer, const WordClusters& clusters);

  // Units [first, last) of sentence `sentence`.
  std::pair<std::size_t, std::size_t> sentence_units(std::size_t sentence) const { return sentence_units_[sentence]; }
  const NameUnit& unit(std::size_t index) const { return units_[index]; }
  std::size_t unit_count() const { return units_.size(); }
  // The unit folded (see fold()), without a possessive ending.
  const std::string& folded(std::size_t index) const { return forms_of_units_[index]->folded; }
  // Most of a unit's features come from one word form each: its own form's, and those its
  // neighbours' forms give it (the word before, its shape, ...). Those are feature groups, one
  // for each form and role, numbered up to group_count(): a document repeats its words, so a
  // tagger may score each group once and ask of_sentence for the other features only.
  std::size_t group_count() const { return group_firsts_.size(); }
  std::span<const std::uint32_t> group_features(std::size_t group) const {
    return {group_features_.data() + group_firsts_[group], group_sizes_[group]};
  }

  enum class Include { all, context_only };
  void of_sentence(std::size_t sentence, SentenceFeatures& out, Include include = Include::all) const;

  // Units [first, last] as a gazetteer key: folded, joined by single spaces.
  std::string phrase(std::size_t first, std::size_t last) const;

 private:
  struct WordForm {
    std::string folded;
    std::uint64_t word = 0;  // hashes of the folded form, its shapes and its affixes
    std::uint64_t shape = 0;
    std::uint64_t short_shape = 0;
    std::uint64_t prefixes[3] = {};
    std::uint64_t suffixes[4] = {};
    WordClusters::Classes classes;
    std::uint32_t lists = 0;  // name_lists_of()
    std::uint8_t possessive = 0;
    std::uint8_t length = 0;  // code points, at most 255
    std::uint8_t kind = 0;    // the TokenKind, or 3 for punctuation
    bool common = false;      // a common word in lower case (NameGazetteer::is_common_word)
    bool known_place = false;                 // alone, a place ICU or the lists know
    NameGazetteer::Match gazetteer_match;     // alone, in the gazetteer
    bool lower_case = false;
    std::uint32_t index = 0;  // in the order read; its feature groups are index * roles + role
  };

  // A new form, read from its bytes.
  const WordForm& read_form(std::string_view surface, std::uint8_t kind);
  WordForm& new_form();
  void add_feature_groups(const WordForm& form);
  std::uint32_t group_of(const WordForm& form, std::size_t role) const;
  void add_punctuation(std::size_t from, std::size_t to);
  void mark_known_names();
  bool spaced_before(std::size_t index) const;

  const Document& document_;
  const NameGazetteer& gazetteer_;
  const WordClusters& clusters_;
  std::vector<std::unique_ptr<WordForm>> forms_;   // each where it stays put
  std::vector<const WordForm*> token_forms_;       // by Token::form, as met
  StringIndex punctuation_surfaces_;                   // the marks' bytes, numbered
  std::vector<const WordForm*> punctuation_forms_;    // by that number
  std::vector<NameUnit> units_;
  std::vector<const WordForm*> forms_of_units_;
  // Feature group g is group_features_[group_firsts_[g] ..][.. group_sizes_[g]].
  std::vector<std::uint32_t> group_features_;
  std::vector<std::uint32_t> group_firsts_;
  std::vector<std::uint8_t> group_sizes_;
  const WordForm* before_sentence_ = nullptr;  // stand-ins for the neighbours a sentence lacks
  const WordForm* after_sentence_ = nullptr;
  std::vector<std::pair<std::size_t, std::size_t>> sentence_units_;
  std::vector<std::uint8_t> place_marks_;  // per unit: 0, 1 first word of a known place, 2 a later one
  // Per unit: the types of the longest gazetteer name over it (bits), and where in it it lies.
  std::vector<std::uint8_t> gazetteer_types_;
  std::vector<std::uint8_t> gazetteer_positions_;
};

}  // namespace precis::detail
