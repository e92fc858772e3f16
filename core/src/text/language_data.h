#pragma once
// Per-language word lists and light stemmers, written by the team.
// All words are in the NFKC-casefolded form (ICU Normalizer2 "nfkc_cf"), UTF-8:
// e.g. German "daß"/"groß" are stored as "dass"/"gross", Greek final sigma folded, etc.
#include <string>
#include <string_view>
#include <vector>

namespace precis::detail {

// Function words of a language ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja"),
// sorted ascending by byte value with no duplicates; empty for any other code.
const std::vector<std::string_view>& stop_words(std::string_view language);

// True when `folded_word` is in stop_words(language) (binary search).
bool is_stop_word(std::string_view language, std::string_view folded_word);

// A light, deterministic suffix-stripping stem of a folded word so that inflected forms
// match ("companies"/"company" -> same stem; "gespräche"/"gespräch"; "économiques"/"économique").
// Never shorter than 3 code points; numbers and words of < 4 code points are returned as is;
// languages without inflection (zh, ja) or unknown codes return the word unchanged.
std::string stem(std::string_view language, std::string_view folded_word);

// The word without an elided article or preposition in front ("l'état" -> "état",
// "dell'anno" -> "anno") for French and Italian; any other word is returned whole.
std::string_view strip_elision(std::string_view language, std::string_view folded_word);

}  // namespace precis::detail
