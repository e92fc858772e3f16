#pragma once
// News prose puts words around names that a model trained sentence by sentence often swallows
// into them. These rules cut them out of the names one sentence's model found:
// - an office between an organisation or a place and a person: "Microsoft General Counsel Brad
//   Smith" is the organisation "Microsoft" and the person "Brad Smith", "Chief Executive Satya
//   Nadella" the person "Satya Nadella";
// - a possessive inside a name: "Microsoft's Outlook.com" is "Microsoft" and "Outlook.com"
//   (but "McDonald's Corp" stays one organisation);
// - a comma inside a place: "Redmond, Washington" is two places;
// - a nationality word before common words: "American Surveillance laws" has the MISC
//   "American" and no other name.
#include <vector>

#include "entities/name_features.h"
#include "entities/name_gazetteer.h"
#include "entities/trained_name_tagger.h"

namespace precis::detail {

// `spans`: the names of the sentence whose units are `units`, in order, not overlapping.
// Returns them with the offices around people cut out (and people added after an office that
// the model left unmarked).
std::vector<TokenSpan> without_offices(const std::vector<TokenSpan>& spans, std::pair<std::size_t, std::size_t> units,
                                       const NameFeatures& features, const NameGazetteer& gazetteer);

// `spans` with every name cut after a possessive word inside it, unless what follows ends like
// an organisation's name ("McDonald's Corp") or the gazetteer knows the whole.
std::vector<TokenSpan> split_at_possessives(const std::vector<TokenSpan>& spans, const NameFeatures& features,
                                            const NameGazetteer& gazetteer);

// `spans` with every place cut at its commas: "Redmond, Washington" is two places.
std::vector<TokenSpan> split_at_commas(const std::vector<TokenSpan>& spans, const NameFeatures& features);

// `spans` with a name made of a nationality word and common words ("American Surveillance")
// reduced to the nationality word, a MISC; and "British and French", two nationality words, as two.
std::vector<TokenSpan> split_nationalities(const std::vector<TokenSpan>& spans, const NameFeatures& features,
                                           const NameGazetteer& gazetteer);

}  // namespace precis::detail
