// Light suffix-stripping stemmers (see language_data.h).
//
// The goal is recall between inflected forms of one word ("companies"/"company",
// "gespräche"/"gespräch") without merging unrelated words, so every rule is conservative:
// a suffix is removed only when enough of the word remains, and derivational suffixes that
// would merge different words are left alone. Stems are keys for comparison, not words to
// show ("company" -> "compani").
//
// All rules work on UTF-8 bytes. Suffixes and replacements are whole code points, so a byte
// match is a code-point match; lengths are counted in code points.
#include <array>
#include <cstddef>
#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "text/language_data.h"

namespace precis::detail {
namespace {

// No stem is shorter than this (in code points); shorter keys merge too many words.
constexpr std::size_t kMinStemLength = 3;
// Words shorter than this are returned as they are.
constexpr std::size_t kMinWordLength = 4;

constexpr std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (char byte : text) {
    // Continuation bytes look like 10xxxxxx; every other byte starts a code point.
    if ((static_cast<unsigned char>(byte) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

constexpr bool has_ascii_digit(std::string_view text) {
  for (char c : text) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Compared from the last byte, where almost every candidate suffix already fails; this is the
// innermost operation of the stemmer and an out-of-line memcmp per rule would dominate its cost.
constexpr bool has_suffix(std::string_view text, std::string_view suffix) {
  if (suffix.size() > text.size()) return false;
  const std::size_t offset = text.size() - suffix.size();
  for (std::size_t i = suffix.size(); i > 0; --i) {
    if (text[offset + i - 1] != suffix[i - 1]) return false;
  }
  return true;
}

// Removes `suffix_bytes` bytes from the end of `word` and appends `replacement`.
void replace_suffix(std::string& word, std::size_t suffix_bytes, std::string_view replacement) {
  word.resize(word.size() - suffix_bytes);
  word.append(replacement);
}

// ---------------------------------------------------------------------------------------------
// Table-driven stripping, used by every language except English.

struct SuffixRule {
  std::string_view suffix;
  std::string_view replacement;
  // Code points that must remain before the suffix for the rule to apply.
  std::size_t min_stem;
};

// Rules are tried in order and the first that matches with a long enough stem applies. A rule
// whose suffix ends with an earlier rule's suffix could never be the first to match, so such
// an ordering mistake is rejected at compile time.
template <std::size_t N>
constexpr bool no_rule_shadowed(const std::array<SuffixRule, N>& rules) {
  for (std::size_t earlier = 0; earlier < N; ++earlier) {
    for (std::size_t later = earlier + 1; later < N; ++later) {
      if (has_suffix(rules[later].suffix, rules[earlier].suffix)) return false;
    }
  }
  return true;
}

// Applies the first applicable rule; returns it, or nullptr when none applied.
const SuffixRule* apply_first_rule(std::string& word, std::span<const SuffixRule> rules) {
  const std::size_t word_length = code_point_count(word);
  for (const SuffixRule& rule : rules) {
    if (!has_suffix(word, rule.suffix)) continue;
    const std::size_t stem_length = word_length - code_point_count(rule.suffix);
    if (stem_length < rule.min_stem) continue;
    if (stem_length + code_point_count(rule.replacement) < kMinStemLength) continue;
    replace_suffix(word, rule.suffix.size(), rule.replacement);
    return &rule;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// English: a reduced Porter stemmer (plurals, -ed/-ing with Porter's restoring rules, y -> i,
// a few derivational suffixes, final -e). Porter's measure and *o conditions are what keep
// "care"/"car", "plane"/"plan" and "hoping"/"hopping" apart while joining "hoped"/"hope".

// Porter's consonant: any letter but a, e, i, o, u, and y when it follows a vowel or starts
// the word. Non-ASCII bytes count as consonants, which is harmless for the rare loanword.
bool is_consonant(std::string_view word, std::size_t index) {
  switch (word[index]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u': return false;
    case 'y': return index == 0 || !is_consonant(word, index - 1);
    default: return true;
  }
}

// Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V].
std::size_t measure(std::string_view stem) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < stem.size() && is_consonant(stem, i)) ++i;
  while (i < stem.size()) {
    while (i < stem.size() && !is_consonant(stem, i)) ++i;
    if (i == stem.size()) break;
    while (i < stem.size() && is_consonant(stem, i)) ++i;
    ++count;
  }
  return count;
}

bool contains_vowel(std::string_view stem) {
  for (std::size_t i = 0; i < stem.size(); ++i) {
    if (!is_consonant(stem, i)) return true;
  }
  return false;
}

// Porter's *o: consonant-vowel-consonant at the end, the last not w, x or y ("hop", not "bow").
bool ends_cvc(std::string_view stem) {
  const std::size_t n = stem.size();
  if (n < 3) return false;
  const char last = stem[n - 1];
  return is_consonant(stem, n - 3) && !is_consonant(stem, n - 2) && is_consonant(stem, n - 1) && last != 'w' &&
         last != 'x' && last != 'y';
}

bool ends_double_consonant(std::string_view stem) {
  const std::size_t n = stem.size();
  return n >= 2 && stem[n - 1] == stem[n - 2] && is_consonant(stem, n - 1);
}

// True when `word` ends with `suffix` and at least `min_stem` code points would remain.
bool strippable(std::string_view word, std::string_view suffix, std::size_t min_stem) {
  return has_suffix(word, suffix) && code_point_count(word) - code_point_count(suffix) >= min_stem;
}

void strip_english_possessive(std::string& word) {
  for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (strippable(word, mark, kMinStemLength)) {
      replace_suffix(word, mark.size(), "");
      return;
    }
  }
}

// Plural-looking words that are not plurals of their -s-less form.
bool is_english_plural_exception(std::string_view word) { return word == "news" || word == "goods"; }

void strip_english_plural(std::string& word) {
  const std::string_view view = word;
  // A possessive mark still present belongs to a contraction too short to strip ("it's").
  if (is_english_plural_exception(view) || has_suffix(view, "'s") || has_suffix(view, "\u2019s")) {
    return;
  }
  if (has_suffix(view, "sses")) {  // classes -> class
    replace_suffix(word, 2, "");
  } else if (has_suffix(view, "ies")) {  // companies -> compani (company -> compani in step 1c)
    if (strippable(view, "ies", kMinStemLength - 1)) {
      replace_suffix(word, 3, "i");
    } else {
      replace_suffix(word, 1, "");  // ties -> tie: "ti" would be too short
    }
  } else if (has_suffix(view, "ss") || has_suffix(view, "us") || has_suffix(view, "is")) {
    // class, status, analysis: the -s belongs to the singular.
  } else if ((has_suffix(view, "xes") || has_suffix(view, "ches") || has_suffix(view, "shes")) &&
             strippable(view, "es", kMinStemLength)) {
    replace_suffix(word, 2, "");  // boxes, matches, wishes; "-ses"/"-zes" keep their e (cases)
  } else if (strippable(view, "s", kMinStemLength)) {
    replace_suffix(word, 1, "");
  }
}

void strip_english_ed_ing(std::string& word) {
  const std::string_view view = word;
  if (has_suffix(view, "eed")) {
    // agreed -> agree, but need/speed (m = 0) stay, and so do succeed/proceed/exceed: the
    // -ed rule below turns "succeeded" into "succeed", which must then be left as it is.
    const std::string_view stem = view.substr(0, view.size() - 3);
    if (measure(stem) > 0 && !stem.ends_with('c')) replace_suffix(word, 1, "");
    return;
  }
  std::size_t suffix_bytes = 0;
  if (has_suffix(view, "ed")) {
    suffix_bytes = 2;
  } else if (has_suffix(view, "ing")) {
    suffix_bytes = 3;
  } else {
    return;
  }
  const std::string_view stem = view.substr(0, view.size() - suffix_bytes);
  if (!contains_vowel(stem)) return;  // bring, shed, sing
  const std::size_t stem_length = code_point_count(stem);
  // Porter's restoration, so that the stem equals the one of the bare verb:
  // created -> create, hoping -> hope (like "hope"), stopped -> stop.
  if (has_suffix(stem, "at") || has_suffix(stem, "bl") || has_suffix(stem, "iz") ||
      (measure(stem) == 1 && ends_cvc(stem))) {
    if (stem_length + 1 < kMinStemLength) return;
    replace_suffix(word, suffix_bytes, "e");
  } else if (ends_double_consonant(stem) && !stem.ends_with('l') && !stem.ends_with('s') && !stem.ends_with('z') &&
             stem_length - 1 >= kMinStemLength) {
    replace_suffix(word, suffix_bytes + 1, "");  // planned -> plan; called, passed keep theirs
  } else if (stem_length >= kMinStemLength) {
    replace_suffix(word, suffix_bytes, "");  // "added" -> "add", not the too-short "ad"
  }
}

// One derivational suffix. Requiring m > 1 leaves short words alone ("comment", "witness",
// "early", "business"); -ment is kept after "part" (department, apartment are not "depart").
void strip_english_derivation(std::string& word) {
  const std::string_view view = word;
  struct Derivation {
    std::string_view suffix;
    std::string_view replacement;
    std::size_t min_measure;
  };
  static constexpr auto kDerivations = std::to_array<Derivation>({
      {"isation", "ise", 1},  // organisation -> organise
      {"ization", "ize", 1},
      {"ation", "ate", 1},  // relation -> relate; nation, station have m = 0
      {"ness", "", 2},
      {"ment", "", 2},  // government -> govern
      {"ly", "", 2},    // recently -> recent
  });
  for (const Derivation& rule : kDerivations) {
    if (!has_suffix(view, rule.suffix)) continue;
    const std::string_view stem = view.substr(0, view.size() - rule.suffix.size());
    if (measure(stem) < rule.min_measure) return;
    if (rule.suffix == "ment" && has_suffix(stem, "part")) return;
    if (code_point_count(stem) + code_point_count(rule.replacement) < kMinStemLength) return;
    replace_suffix(word, rule.suffix.size(), rule.replacement);
    return;
  }
}

// company -> compani, to meet "companies" -> "compani"; play keeps its y (vowel before it).
void english_y_to_i(std::string& word) {
  const std::size_t n = word.size();
  if (n >= 3 && word[n - 1] == 'y' && is_consonant(word, n - 2)) word[n - 1] = 'i';
}

// Porter's step 5a: drop a final e unless the word is short and ends like "care" or "plane".
void strip_english_final_e(std::string& word) {
  const std::string_view view = word;
  if (!view.ends_with('e')) return;
  const std::string_view stem = view.substr(0, view.size() - 1);
  if (code_point_count(stem) < kMinStemLength) return;
  const std::size_t m = measure(stem);
  if (m > 1 || (m == 1 && !ends_cvc(stem))) word.pop_back();
}

void stem_english(std::string& word) {
  strip_english_possessive(word);
  strip_english_plural(word);
  strip_english_ed_ing(word);
  strip_english_derivation(word);
  english_y_to_i(word);
  strip_english_final_e(word);
}

// ---------------------------------------------------------------------------------------------
// German: plural and case endings. Umlaut plurals (haus/häuser) are out of reach for a
// suffix stripper and are left apart.

constexpr auto kGermanRules = std::to_array<SuffixRule>({
    {"nissen", "nis", 2},  // ergebnissen/ergebnisse/ergebnisses -> ergebnis
    {"nisse", "nis", 2},
    {"nisses", "nis", 2},
    {"innen", "in", 3},  // lehrerinnen -> lehrerin
    {"ern", "", 3},      // kindern -> kind
    {"eln", "el", 3},    // regeln -> regel (other -n endings are part of the stem: bahn)
    {"em", "", 3},
    {"en", "", 3},
    {"er", "", 3},
    {"es", "", 3},
    {"e", "", 3},
});
static_assert(no_rule_shadowed(kGermanRules));

// -s only after the consonants that take a genitive or plural -s (as in Snowball); "haus" and
// "prozess" keep their s.
void strip_german_s(std::string& word) {
  constexpr std::string_view kSEndingLetters = "bdfghklmnrt";
  const std::size_t n = word.size();
  if (n >= 2 && word[n - 1] == 's' && kSEndingLetters.find(word[n - 2]) != std::string_view::npos &&
      code_point_count(word) - 1 >= kMinStemLength) {
    word.pop_back();
  }
}

void stem_german(std::string& word) {
  // The -em of these frequent nouns is not the dative ending ("problem" like "probleme").
  if (has_suffix(word, "blem") || has_suffix(word, "ystem")) return;
  if (apply_first_rule(word, kGermanRules) == nullptr) strip_german_s(word);
}

// ---------------------------------------------------------------------------------------------
// French: plural, feminine and adverbial endings. Verb endings are not touched (they would merge
// nouns like "premier" with verb stems), nor are -ation and -ité: with verbs unstemmed they gain
// little and merge different words (publication/public, formation/forme, université/univers).

constexpr auto kFrenchRules = std::to_array<SuffixRule>({
    // Kept whole: département, appartement are not "départ", "appart".
    {"partements", "partement", 0},
    {"partement", "partement", 0},
    {"ements", "", 4},  // gouvernements/gouvernement -> gouvern; also adverbs: rapidement -> rapid
    {"ement", "", 4},
    {"euses", "eu", 3},  // heureuses/heureuse/heureux -> heureu; jeux -> jeu
    {"euse", "eu", 3},
    {"elles", "el", 3},  // naturelles/naturelle/naturels -> naturel
    {"elle", "el", 3},
    {"ennes", "en", 3},  // européennes/européenne/européens -> européen
    {"enne", "en", 3},
    {"ères", "er", 3},  // premières/première/premiers -> premier
    {"ère", "er", 3},
    {"ives", "if", 3},  // actives/active/actifs -> actif
    {"ive", "if", 3},
    {"eaux", "eau", 1},  // bureaux -> bureau, before the -aux -> -al rule
    {"aux", "al", 3},    // nationaux -> national
    {"ux", "u", 2},      // jeux, lieux, heureux; "prix" and "voix" keep their x
    {"es", "", 3},       // grandes -> grand, annoncées -> annoncé
    {"s", "", 4},        // 4, so that "mois", "fois", "bras" do not become "moi", "foi", "bra"
    {"e", "", 3},        // grande -> grand, annoncée -> annoncé
});
static_assert(no_rule_shadowed(kFrenchRules));

// ---------------------------------------------------------------------------------------------
// Spanish and Portuguese: first plural and adverb endings, then the gender vowel, so that
// nuevo/nueva/nuevos/nuevas and presidente/presidentes meet.

constexpr auto kSpanishRules = std::to_array<SuffixRule>({
    {"amente", "", 3},  // rápidamente -> rápid (like rápido)
    {"mente", "", 3},   // fácilmente -> fácil
    {"ones", "ón", 2},  // naciones -> nación, millones -> millón
    {"eses", "és", 3},  // ingleses -> inglés, intereses -> interés; "meses" is too short
    {"esas", "és", 3},  // inglesas/inglesa -> inglés
    {"esa", "és", 3},
    {"ces", "z", 2},  // veces -> vez, luces -> luz
    // A stressed vowel before the s marks a singular (país, inglés, autobús), kept as it is.
    {"ás", "ás", 0},
    {"és", "és", 0},
    {"ís", "ís", 0},
    {"ós", "ós", 0},
    {"ús", "ús", 0},
    {"s", "", 3},
});
static_assert(no_rule_shadowed(kSpanishRules));

constexpr auto kGenderVowelRules = std::to_array<SuffixRule>({
    {"a", "", 3},
    {"e", "", 3},
    {"o", "", 3},
});
static_assert(no_rule_shadowed(kGenderVowelRules));

constexpr auto kPortugueseRules = std::to_array<SuffixRule>({
    {"amente", "", 3},  // rapidamente -> rapid
    {"mente", "", 3},
    {"ões", "ão", 2},   // nações -> nação
    {"ães", "ão", 2},   // alemães -> alemão
    {"ãos", "ão", 2},   // mãos -> mão
    {"eses", "ês", 3},  // portugueses -> português
    {"esas", "ês", 3},
    {"esa", "ês", 3},
    {"ais", "al", 3},  // nacionais -> nacional
    {"éis", "el", 2},  // papéis -> papel
    {"eis", "el", 3},  // possíveis -> possível
    {"óis", "ol", 2},  // espanhóis -> espanhol
    {"ns", "m", 3},    // homens -> homem
    {"res", "r", 3},   // mulheres -> mulher
    {"zes", "z", 2},   // vezes -> vez
    {"ses", "s", 2},   // países -> país, meses -> mes
    // A stressed vowel before the s marks a singular (país, português), kept as it is.
    {"ás", "ás", 0},
    {"ês", "ês", 0},
    {"és", "és", 0},
    {"ís", "ís", 0},
    {"ós", "ós", 0},
    {"ús", "ús", 0},
    {"s", "", 3},
});
static_assert(no_rule_shadowed(kPortugueseRules));

void stem_spanish(std::string& word) {
  apply_first_rule(word, kSpanishRules);
  apply_first_rule(word, kGenderVowelRules);
}

void stem_portuguese(std::string& word) {
  apply_first_rule(word, kPortugueseRules);
  apply_first_rule(word, kGenderVowelRules);
}

// ---------------------------------------------------------------------------------------------
// Italian: the final vowel carries gender and number (economico/economica/economici/economiche),
// so it is removed; -che/-chi keep the hard c of the stem.

constexpr auto kItalianRules = std::to_array<SuffixRule>({
    {"amente", "", 3},  // rapidamente -> rapid (like rapido)
    {"mente", "", 3},   // facilmente -> facil (like facile)
    {"che", "c", 3},
    {"chi", "c", 3},
    {"ghe", "g", 3},
    {"ghi", "g", 3},
    {"io", "", 3},  // studio/studi -> stud
    {"a", "", 3},
    {"e", "", 3},
    {"i", "", 3},
    {"o", "", 3},
});
static_assert(no_rule_shadowed(kItalianRules));

// ---------------------------------------------------------------------------------------------
// Dutch: plurals (-en, -s after unstressed endings, -'s), diminutives and the adjective -e,
// followed by the spelling adjustments of an open syllable: mannen -> man, jaren -> jaar.

constexpr auto kDutchRules = std::to_array<SuffixRule>({
    {"heden", "heid", 3},  // mogelijkheden -> mogelijkheid
    {"tjes", "", 3},       // huisjes, autootjes
    {"tje", "", 3},
    {"jes", "", 3},
    {"je", "", 3},
    {"eren", "", 4},  // kinderen -> kind, liederen -> lied
    {"ën", "", 3},    // ideeën -> idee
    {"en", "", 3},
    {"'s", "", 3},  // auto's -> auto
    {"\u2019s", "", 3},
    // -s only after the unstressed endings that take it, and only with 4 code points left, so
    // that "huis", "mens", "kans" keep their s. -ens goes with -en: jongens/jongen -> jong.
    {"els", "el", 2},
    {"ers", "er", 2},
    {"ems", "em", 2},
    {"ens", "", 3},
    {"ies", "ie", 2},  // series -> serie
    {"e", "", 3},
});
static_assert(no_rule_shadowed(kDutchRules));

bool is_dutch_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::size_t dutch_vowel_groups(std::string_view word) {
  std::size_t groups = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (is_dutch_vowel(word[i]) && (i == 0 || !is_dutch_vowel(word[i - 1]))) ++groups;
  }
  return groups;
}

// After -en(s) or -e: a doubled consonant is undoubled (mannen -> man, dikke -> dik); a single
// vowel between consonants was long in the open syllable and is written double in the bare
// form (jaren -> jaar, grote -> groot, zaken -> zaak, while zakken -> zak). The exception is
// the unstressed e of a final -el, -en, -er in a longer word (andere -> ander, not "andeer").
void fix_dutch_syllable(std::string& word) {
  const std::size_t n = word.size();
  if (n < 3) return;
  const char last = word[n - 1];
  if (last == word[n - 2] && !is_dutch_vowel(last)) {
    if (code_point_count(word) - 1 >= kMinStemLength) word.pop_back();
    return;
  }
  const char vowel = word[n - 2];
  const bool single_vowel =
      (vowel == 'a' || vowel == 'e' || vowel == 'o' || vowel == 'u') && !is_dutch_vowel(word[n - 3]);
  if (!single_vowel || is_dutch_vowel(last) || last == 'w' || last == 'j') return;
  const bool unstressed_e = vowel == 'e' && (last == 'l' || last == 'n' || last == 'r') && dutch_vowel_groups(word) > 1;
  if (!unstressed_e) word.insert(n - 1, 1, vowel);
}

void stem_dutch(std::string& word) {
  // -e after a vowel belongs to the word (idee, zee); the table cannot express that.
  const std::size_t n = word.size();
  if (n >= 2 && word[n - 1] == 'e' && is_dutch_vowel(word[n - 2])) return;
  const SuffixRule* applied = apply_first_rule(word, kDutchRules);
  if (applied != nullptr && (applied->suffix == "en" || applied->suffix == "ens" || applied->suffix == "e")) {
    fix_dutch_syllable(word);
  }
}

// ---------------------------------------------------------------------------------------------
// Russian: noun and adjective case endings, longest first. Endings after и are removed with
// the и, so that nouns in -ие/-ия (здание, россия) keep one stem across their cases, and a soft
// sign left at the end is dropped (новость/новости, статья/статью). Verbs are left alone.

constexpr auto kRussianRules = std::to_array<SuffixRule>({
    {"иями", "", 3}, {"ями", "", 3}, {"ами", "", 3}, {"ыми", "", 3}, {"ими", "", 3},  //
    {"ого", "", 3},  {"его", "", 3}, {"ому", "", 3}, {"ему", "", 3}, {"иях", "", 3},  //
    {"иям", "", 3},  {"ием", "", 3}, {"ией", "", 3}, {"ах", "", 3},  {"ях", "", 3},   //
    {"ам", "", 3},   {"ям", "", 3},  {"ой", "", 3},  {"ей", "", 3},  {"ий", "", 3},   //
    {"ый", "", 3},   {"ом", "", 3},  {"ем", "", 3},  {"ём", "", 3},  {"ов", "", 3},   //
    {"ев", "", 3},   {"ую", "", 3},  {"юю", "", 3},  {"ию", "", 3},  {"ая", "", 3},   //
    {"яя", "", 3},   {"ия", "", 3},  {"ое", "", 3},  {"ее", "", 3},  {"ые", "", 3},   //
    {"ие", "", 3},   {"ии", "", 3},  {"ых", "", 3},  {"их", "", 3},  {"ым", "", 3},   //
    {"им", "", 3},   {"а", "", 3},   {"я", "", 3},   {"ы", "", 3},   {"и", "", 3},    //
    {"у", "", 3},    {"ю", "", 3},   {"е", "", 3},   {"о", "", 3},
});
static_assert(no_rule_shadowed(kRussianRules));

void stem_russian(std::string& word) {
  apply_first_rule(word, kRussianRules);
  constexpr std::string_view kSoftSign = "ь";
  if (strippable(word, kSoftSign, kMinStemLength)) replace_suffix(word, kSoftSign.size(), "");
}

}  // namespace

std::string stem(std::string_view language, std::string_view folded_word) {
  // No rule lengthens the word, so this is the only allocation.
  std::string word(folded_word);
  if (has_ascii_digit(folded_word) || code_point_count(folded_word) < kMinWordLength) {
    return word;
  }
  if (language == "en") {
    stem_english(word);
  } else if (language == "de") {
    stem_german(word);
  } else if (language == "fr") {
    apply_first_rule(word, kFrenchRules);
  } else if (language == "es") {
    stem_spanish(word);
  } else if (language == "pt") {
    stem_portuguese(word);
  } else if (language == "it") {
    apply_first_rule(word, kItalianRules);
  } else if (language == "nl") {
    stem_dutch(word);
  } else if (language == "ru") {
    stem_russian(word);
  }
  return word;
}

std::string_view strip_elision(std::string_view language, std::string_view folded_word) {
  static constexpr std::string_view french[] = {"c", "d", "j", "l", "m", "n", "qu", "s", "t", "jusqu", "lorsqu", "puisqu"};
  static constexpr std::string_view italian[] = {"l", "d", "c", "all", "dall", "dell", "nell", "sull", "un", "quell"};
  std::span<const std::string_view> elided;
  if (language == "fr") elided = french;
  else if (language == "it") elided = italian;
  else return folded_word;
  for (const std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = folded_word.find(apostrophe);
    if (at == std::string_view::npos || at + apostrophe.size() >= folded_word.size()) continue;
    const std::string_view before = folded_word.substr(0, at);
    if (std::find(elided.begin(), elided.end(), before) != elided.end()) return folded_word.substr(at + apostrophe.size());
  }
  return folded_word;
}

}  // namespace precis::detail
