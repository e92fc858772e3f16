#pragma once
// Matching forms of words and the character classes the analysis asks about, from ICU.
#include <string>
#include <string_view>

namespace precis::detail {

// NFKC with Unicode case folding ("Straße" -> "strasse", "Ｉｎｃ" -> "inc"): the form in
// which words are compared, counted and looked up in word lists.
std::string fold(std::string_view utf8_word);
// The same for a UTF-16 word (ICU's own strings), without a detour through UTF-8.
std::string fold(std::u16string_view utf16_word);

// Bytes of a possessive ending ("'s", "’s") at the end of a word, or 0: "Microsoft's" is
// "Microsoft" for names, terms and key phrases.
std::size_t possessive_length(std::string_view utf8_word);

// Letter case of the first letter of a word.
enum class WordCase { lower, capitalised, upper, other };
// `capitalised`: first letter upper or title case, some later letter lower ("Paris", "McDonald");
// `upper`: at least two letters and none lower ("NATO"); `other`: no cased letter first.
WordCase word_case(std::string_view utf8_word);

bool is_letter(char32_t code_point);
bool is_digit(char32_t code_point);
bool is_space(char32_t code_point);  // white space, including NBSP and line separators
bool is_lower(char32_t code_point);

// Broad script families the language detector distinguishes.
enum class Script { latin, cyrillic, greek, han, hiragana_katakana, hangul, arabic, hebrew, thai, other };
Script script_of(char32_t code_point);

}  // namespace precis::detail
