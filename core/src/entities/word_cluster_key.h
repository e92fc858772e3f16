#pragma once
// The form a word is looked up by in the word clusters (word_clusters.h), and counted by when
// they are learnt (core/tools/precis_word_clusters.cpp): the same function on both sides.
#include <string>
#include <string_view>

namespace precis::detail {

// `word` (without a possessive ending) folded as text_folding.h folds it; with `ascii_only`,
// its bytes beyond ASCII are dropped first, as text that lost its umlauts to a wrong encoding
// has them dropped ("München" and "Mnchen" are both "mnchen").
std::string word_cluster_key(std::string_view word, bool ascii_only);

}  // namespace precis::detail
