#pragma once
// Word lists, written by the team, that the rule-based name tagger consults. Every lookup
// takes a folded word (see fold()) and answers for all supported languages at once.
#include <cstdint>
#include <string_view>

namespace precis::detail {

bool is_person_title(std::string_view folded);      // "mr", "dr", "president", "frau"
bool is_honorific(std::string_view folded);         // "mr", "ms", "sir", "frau": only ever before a person
bool is_first_name(std::string_view folded);        // common given names
bool is_organisation_word(std::string_view folded); // "inc", "bank", "university", "gmbh"
bool is_legal_form(std::string_view folded);       // "inc", "ltd", "gmbh": the end of a company name
bool is_location_word(std::string_view folded);     // "river", "street", "county", "mountains"
bool is_place_cue(std::string_view folded);         // "in", "near", "across": a place follows
bool is_speech_verb(std::string_view folded);       // "said", "says", "told": a person precedes
bool is_demonym(std::string_view folded);           // "british", "french", "chinese": MISC
bool is_known_place(std::string_view folded_name);  // countries (ICU's names), capitals, regions
bool is_name_connector(std::string_view folded);    // "of", "de", "van", "von", "al": inside names
// Capitalised words that are not names even mid-sentence ("I", "TV", "CEO", "OK", "Internet").
bool is_never_a_name(std::string_view folded);

// The lists above that hold `folded`, all in one lookup: bit (1 << list) for each. The trained
// name tagger's features number the lists so: never reorder, only add.
enum class NameList : std::uint32_t {
  first_name, person_title, organisation_word, legal_form, location_word,
  place_cue, demonym, never_a_name, name_connector, speech_verb,
};
std::uint32_t name_lists_of(std::string_view folded);

}  // namespace precis::detail
