#include "text/language_detection.h"

#include <array>
#include <cstddef>
#include <cstdint>

#include "text/language_data.h"
#include "text/text_folding.h"
#include "text/utf8.h"
#include "util/string_index.h"

namespace precis::detail {

namespace {

// Enough of any article to tell its language; reading further changes nothing but the time.
constexpr std::size_t sample_bytes = 64 * 1024;

constexpr std::array<std::string_view, 7> latin_languages = {"en", "de", "fr", "es", "it", "pt", "nl"};
constexpr std::array<std::string_view, 10> supported_languages = {"en", "de", "fr", "es", "it",
                                                                  "pt", "nl", "ru", "zh", "ja"};

struct ScriptCounts {
  std::array<std::size_t, static_cast<std::size_t>(Script::other) + 1> letters{};
  std::size_t total = 0;
  std::size_t of(Script script) const { return letters[static_cast<std::size_t>(script)]; }
};

// The Latin-script languages that have `folded` as a function word, as bits (bit i:
// latin_languages[i]): one lookup a word rather than a search of every language's list.
std::uint32_t function_word_languages(std::string_view folded) {
  static const WordLists languages = [] {
    WordLists result;
    for (std::size_t i = 0; i < latin_languages.size(); ++i) {
      for (const std::string_view word : stop_words(latin_languages[i])) result.add(word, static_cast<std::uint32_t>(i));
    }
    return result;
  }();
  return languages.of(folded);
}

// The language of Latin-script text: the one whose function words occur most often.
DetectedLanguage detect_latin_language(std::string_view sample) {
  std::array<std::size_t, latin_languages.size()> hits{};
  std::size_t words = 0;
  // A word is a run of letters (and apostrophes after its first letter) in the sample.
  std::size_t word_start = std::string_view::npos;
  const auto finish_word = [&](std::size_t word_end) {
    if (word_start == std::string_view::npos) return;
    ++words;
    const std::uint32_t languages = function_word_languages(fold(sample.substr(word_start, word_end - word_start)));
    for (std::size_t i = 0; i < latin_languages.size(); ++i) hits[i] += languages >> i & 1u;
    word_start = std::string_view::npos;
  };
  for (std::size_t i = 0; i < sample.size();) {
    const DecodedCodePoint decoded = decode_utf8(sample, i);
    // Apostrophes stay inside words: "it's" is English, "c'est" French.
    const bool apostrophe = decoded.code_point == '\'' || decoded.code_point == 0x2019;
    if (decoded.valid && (is_letter(decoded.code_point) || (apostrophe && word_start != std::string_view::npos))) {
      if (word_start == std::string_view::npos) word_start = i;
    } else {
      finish_word(i);
    }
    i += decoded.length;
  }
  finish_word(sample.size());

  std::size_t best = 0;
  for (std::size_t i = 1; i < hits.size(); ++i) {
    if (hits[i] > hits[best]) best = i;
  }
  // A couple of function words in a handful of words is chance, not evidence.
  const bool confident = hits[best] >= 3 && hits[best] * 10 >= words;
  return {std::string(latin_languages[best]), confident};
}

}  // namespace

DetectedLanguage detect_language(std::string_view text) {
  std::string_view sample = text.substr(0, sample_bytes);
  // Do not cut the sample inside a character.
  while (!sample.empty() && sample.size() < text.size() &&
         (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80) {
    sample.remove_suffix(1);
  }

  ScriptCounts counts;
  for (std::size_t i = 0; i < sample.size();) {
    // Most text is ASCII, whose letters are Latin: counted without a call to decode them.
    if (const auto byte = static_cast<unsigned char>(sample[i]); byte < 0x80) {
      if (is_letter(byte)) {
        ++counts.letters[static_cast<std::size_t>(Script::latin)];
        ++counts.total;
      }
      ++i;
      continue;
    }
    const DecodedCodePoint decoded = decode_utf8(sample, i);
    i += decoded.length;
    if (!decoded.valid || !is_letter(decoded.code_point)) continue;
    ++counts.letters[static_cast<std::size_t>(script_of(decoded.code_point))];
    ++counts.total;
  }
  if (counts.total == 0) return {"en", false};

  // Japanese mixes kanji with kana; kana hardly ever occur in Chinese.
  const std::size_t cjk = counts.of(Script::han) + counts.of(Script::hiragana_katakana);
  if (counts.of(Script::hiragana_katakana) * 20 >= counts.total && cjk * 2 >= counts.total) {
    return {"ja", true};
  }
  if (counts.of(Script::han) * 2 >= counts.total) return {"zh", true};

  struct ScriptLanguage {
    Script script;
    std::string_view code;
  };
  constexpr std::array<ScriptLanguage, 6> single_language_scripts = {{{Script::cyrillic, "ru"},
                                                                      {Script::greek, "el"},
                                                                      {Script::hangul, "ko"},
                                                                      {Script::arabic, "ar"},
                                                                      {Script::hebrew, "he"},
                                                                      {Script::thai, "th"}}};
  for (const ScriptLanguage& entry : single_language_scripts) {
    if (counts.of(entry.script) * 2 >= counts.total) return {std::string(entry.code), true};
  }
  if (counts.of(Script::latin) * 2 >= counts.total) return detect_latin_language(sample);
  return {"en", false};
}

bool is_supported_language(std::string_view code) {
  for (const std::string_view supported : supported_languages) {
    if (supported == code) return true;
  }
  return false;
}

}  // namespace precis::detail
