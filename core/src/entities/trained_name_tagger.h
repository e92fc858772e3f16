#pragma once
// The name tagger behind a trained model (see name_model.h), with what a sentence-by-sentence
// model cannot know added from the whole document and the team's word lists:
// - a name keeps one type throughout: every mention of a name gets the type most of its
//   mentions were given ("Jordan" the person is not also a place three paragraphs later), a
//   name the model was trained with under one type only keeps it ("Microsoft"), and no
//   person's name ends like an organisation's ("Asahi Breweries");
// - mentions the model missed, typically at the start of a sentence, are marked when the same
//   words were typed elsewhere; "Blair" is a person once "Tony Blair" is, "Brightfield" an
//   organisation once "Brightfield Energy" is;
// - in running text a name begins with a capitalised word, not a title ("Ms Okonkwo" is
//   "Okonkwo", and a person) or the "The" that opens the sentence, and in English, German and
//   Dutch ends with a word in lower case only if names in the training data did ("Loire
//   department", not "Exports to Japan rose"); a short line may be a name of its own
//   ("Bicyclus golo"). People and organisations the rule-based tagger finds on evidence the
//   training data seldom show ("Mr. Tobias Reyn") are added where the model found nothing;
// - in headlines and title-case lines, where capitals prove nothing, the model's names are kept
//   only if none of their words is a common word ("By Maren Holt", not "Shares Fall"), besides
//   the names known from the body (unless the text has no body at all).
// - offices, possessives and nationality words are cut out of names (name_span_rules.h):
//   "Microsoft General Counsel Brad Smith" is "Microsoft" and "Brad Smith".
// Nationality words ("British", "French") are MISC, as CoNLL marks them.
#include <string_view>
#include <vector>

#include "entities/entities.h"
#include "entities/name_features.h"
#include "entities/name_model.h"

namespace precis::detail {

class TrainedNameTagger final : public NameTagger {
 public:
  explicit TrainedNameTagger(NameModel model) : model_(std::move(model)) {}

  std::vector<Span> tag(const Document& document, std::string_view text,
                        const std::vector<Span>& taken) const override;

 private:
  NameModel model_;
};

// A name found in one sentence: tokens [first, last] of the document.
struct TokenSpan {
  std::size_t first;
  std::size_t last;
  EntityType type;
};

// The names a label sequence spells for the sentence whose first token is `first_token`.
std::vector<TokenSpan> spans_of_labels(const std::vector<NameLabel>& labels, std::size_t first_token);

}  // namespace precis::detail
