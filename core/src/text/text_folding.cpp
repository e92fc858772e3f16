#include "text/text_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <cstdlib>
#include <type_traits>

#include "text/utf8.h"

namespace precis::detail {

namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
  // Without this data nothing can be analysed; ICU data is part of the build, so this is a
  // packaging fault, not an input error.
  if (U_FAILURE(status) || normalizer == nullptr) std::abort();
  return *normalizer;
}

// Printable ASCII folds by lower-casing alone: most words, and no call into ICU.
template <class Char>
bool is_printable_ascii(std::basic_string_view<Char> word) {
  for (const Char c : word) {
    const auto unit = static_cast<std::make_unsigned_t<Char>>(c);
    if (unit >= 0x80 || unit < 0x20) return false;
  }
  return true;
}

template <class Char>
std::string lower_ascii(std::basic_string_view<Char> word) {
  std::string out(word.size(), '\0');
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<char>(word[i]);
    out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string folded_utf8(const icu::UnicodeString& word) {
  static const icu::Normalizer2& normalizer = nfkc_casefold();
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = normalizer.normalize(word, status);
  std::string out;
  (U_FAILURE(status) ? word : folded).toUTF8String(out);
  return out;
}

}  // namespace

std::string fold(std::string_view utf8_word) {
  if (is_printable_ascii(utf8_word)) return lower_ascii(utf8_word);
  return folded_utf8(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8_word.data(), static_cast<int32_t>(utf8_word.size()))));
}

std::string fold(std::u16string_view utf16_word) {
  if (is_printable_ascii(utf16_word)) return lower_ascii(utf16_word);
  return folded_utf8(icu::UnicodeString(false, utf16_word.data(), static_cast<int32_t>(utf16_word.size())));
}

std::size_t possessive_length(std::string_view utf8_word) {
  for (const std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s"), std::string_view("'S"),
                                        std::string_view("\u2019S")}) {
    if (utf8_word.size() > ending.size() && utf8_word.substr(utf8_word.size() - ending.size()) == ending) {
      return ending.size();
    }
  }
  return 0;
}

WordCase word_case(std::string_view utf8_word) {
  bool first = true;
  bool first_upper = false;
  std::size_t letters = 0;
  bool any_lower_after_first = false;
  for (std::size_t i = 0; i < utf8_word.size();) {
    const DecodedCodePoint decoded = decode_utf8(utf8_word, i);
    i += decoded.length;
    const auto c = static_cast<UChar32>(decoded.code_point);
    if (!u_isalpha(c)) continue;
    ++letters;
    if (first) {
      first = false;
      first_upper = u_isupper(c) || u_istitle(c);
      if (!first_upper) return u_islower(c) ? WordCase::lower : WordCase::other;
      continue;
    }
    if (u_islower(c)) any_lower_after_first = true;
  }
  if (!first_upper) return WordCase::other;
  if (any_lower_after_first) return WordCase::capitalised;
  return letters >= 2 ? WordCase::upper : WordCase::capitalised;
}

// ASCII, most of what is asked about, is answered without ICU's property lookup: in ASCII the
// letters are A-Z and a-z, the digits 0-9, the white space tab to carriage return and the space,
// as Unicode's properties say.
bool is_letter(char32_t code_point) {
  if (code_point < 0x80) return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z');
  return u_isalpha(static_cast<UChar32>(code_point));
}
bool is_digit(char32_t code_point) {
  if (code_point < 0x80) return code_point >= '0' && code_point <= '9';
  return u_isdigit(static_cast<UChar32>(code_point));
}
bool is_space(char32_t code_point) {
  if (code_point < 0x80) return code_point == ' ' || (code_point >= '\t' && code_point <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(code_point));
}
bool is_lower(char32_t code_point) {
  if (code_point < 0x80) return code_point >= 'a' && code_point <= 'z';
  return u_islower(static_cast<UChar32>(code_point));
}

Script script_of(char32_t code_point) {
  // In ASCII only the letters have a script of their own, Latin; the rest are Common.
  if (code_point < 0x80) return is_letter(code_point) ? Script::latin : Script::other;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(code_point), &status);
  if (U_FAILURE(status)) return Script::other;
  switch (script) {
    case USCRIPT_LATIN: return Script::latin;
    case USCRIPT_CYRILLIC: return Script::cyrillic;
    case USCRIPT_GREEK: return Script::greek;
    case USCRIPT_HAN: return Script::han;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA: return Script::hiragana_katakana;
    case USCRIPT_HANGUL: return Script::hangul;
    case USCRIPT_ARABIC: return Script::arabic;
    case USCRIPT_HEBREW: return Script::hebrew;
    case USCRIPT_THAI: return Script::thai;
    default: return Script::other;
  }
}

}  // namespace precis::detail
