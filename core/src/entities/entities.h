#pragma once
// Entity mentions: patterns (dates, money, URLs, ...) and names (people, organisations, places).
#include <string_view>
#include <vector>

#include "text/document.h"

namespace precis::detail {

struct Span {
  std::size_t start;
  std::size_t end;
  EntityType type;
};

// DATE, TIME, MONEY, PERCENT, QUANTITY, TICKER, URL, EMAIL in `analysis` (see analysis_text),
// in document order, not overlapping.
std::vector<Span> find_pattern_entities(std::string_view analysis);

// Finds PER / ORG / LOC / MISC mentions. A trained sequence tagger and the rule-based one
// share this interface, so either can sit behind find_entities().
class NameTagger {
 public:
  virtual ~NameTagger() = default;
  // Name spans in document order, not overlapping each other nor any of `taken`.
  virtual std::vector<Span> tag(const Document& document, std::string_view text,
                                const std::vector<Span>& taken) const = 0;
};

// Capitalisation, cue words ("Mr", "Inc", "in"), word lists and document-level consistency.
class RuleBasedNameTagger final : public NameTagger {
 public:
  std::vector<Span> tag(const Document& document, std::string_view text,
                        const std::vector<Span>& taken) const override;
};

// Pattern entities and the tagger's names merged, in document order, never overlapping.
std::vector<Entity> find_entities(const Document& document, std::string_view text, const NameTagger& tagger);

}  // namespace precis::detail
