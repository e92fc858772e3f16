#pragma once
// The name tagger behind a trained model (see name_model.h), with what a sentence-by-sentence
// model cannot know added from the whole document:
// - a name keeps one type throughout: every mention of a name gets the type most of its
//   mentions were given ("Jordan" the person is not also a place three paragraphs later);
// - mentions the model missed, typically at the start of a sentence, are marked when the same
//   words were typed elsewhere, and "Blair" is a person once "Tony Blair" is;
// - in headlines and title-case lines, where capitals prove nothing, only names already known
//   from the body are marked (unless the text has no body at all).
// Nationality words ("British", "French") are MISC, which the training data do not mark.
#include <string_view>
#include <vector>

#include "entities.h"
#include "name_features.h"
#include "name_model.h"

namespace precis::detail {

class TrainedNameTagger final : public NameTagger {
 public:
  explicit TrainedNameTagger(NameModel model) : model_(std::move(model)) {}

  const NameModel& model() const { return model_; }

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
