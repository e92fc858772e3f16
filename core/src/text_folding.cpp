#include "text_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <cstdlib>

#include "utf8.h"

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

}  // namespace

std::string fold(std::string_view utf8_word) {
  // Fast path: printable ASCII folds by lower-casing alone.
  bool ascii = true;
  for (const char c : utf8_word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || byte < 0x20) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    std::string out(utf8_word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  static const icu::Normalizer2& normalizer = nfkc_casefold();
  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8_word.data(), static_cast<int32_t>(utf8_word.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = normalizer.normalize(source, status);
  std::string out;
  if (U_FAILURE(status)) return std::string(utf8_word);
  folded.toUTF8String(out);
  return out;
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

bool is_letter(char32_t code_point) { return u_isalpha(static_cast<UChar32>(code_point)); }
bool is_digit(char32_t code_point) { return u_isdigit(static_cast<UChar32>(code_point)); }
bool is_space(char32_t code_point) { return u_isUWhiteSpace(static_cast<UChar32>(code_point)); }
bool is_lower(char32_t code_point) { return u_islower(static_cast<UChar32>(code_point)); }

Script script_of(char32_t code_point) {
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
