#include "entities/name_span_rules.h"

#include <algorithm>
#include <cstdint>

#include "entities/name_lists.h"

namespace precis::detail {

namespace {

constexpr std::size_t no_span = SIZE_MAX;
// The most words a person's name after an office has when the model marked none ("Satya
// Nadella", "Brad Smith", "Mary Jo White").
constexpr std::size_t max_words_after_office = 3;

// A capitalised title or office word: "General", "Counsel", "Chief", "Minister".
bool is_office_word(const NameFeatures& features, std::size_t u) {
  const NameUnit& unit = features.unit(u);
  return unit.word && unit.name_like && is_person_title(features.folded(u));
}

bool is_name_word(const NameFeatures& features, std::size_t u) {
  const NameUnit& unit = features.unit(u);
  return unit.word && unit.name_like;
}

bool known_name(const NameFeatures& features, const NameGazetteer& gazetteer, std::size_t first, std::size_t last) {
  const std::string name = features.phrase(first, last);
  return gazetteer.types_of(name) != 0 || is_known_place(name);
}

bool only_common_words(const NameFeatures& features, const NameGazetteer& gazetteer, std::size_t first, std::size_t last) {
  for (std::size_t u = first; u <= last; ++u) {
    if (features.unit(u).word && !gazetteer.is_common_word(features.folded(u))) return false;
  }
  return true;
}

// The offices of a sentence that stand before a person: runs of office words followed by a
// capitalised word, where two words make the office ("General Counsel"), or the model took what
// follows for a person, or it begins with a given name.
struct Offices {
  std::vector<bool> office;          // per unit of the sentence: a word of such an office
  std::vector<bool> person_begins;   // per unit: the first word after one
  bool any = false;
};

Offices offices_before_people(const std::vector<TokenSpan>& spans, std::pair<std::size_t, std::size_t> units,
                              const std::vector<std::size_t>& span_of, const NameFeatures& features,
                              const NameGazetteer& gazetteer) {
  // Named, not a structured binding: clang 14 (Emscripten's) cannot capture one in a lambda.
  const std::size_t first_unit = units.first;
  const std::size_t end_unit = units.second;
  Offices offices{std::vector<bool>(end_unit - first_unit), std::vector<bool>(end_unit - first_unit), false};
  // An office and a name in one span the gazetteer knows whole ("General Motors") are one name.
  auto one_known_name = [&](std::size_t office, std::size_t next) {
    const std::size_t s = span_of[office - first_unit];
    return s != no_span && s == span_of[next - first_unit] && known_name(features, gazetteer, spans[s].first, spans[s].last);
  };
  for (std::size_t u = first_unit; u < end_unit;) {
    if (!is_office_word(features, u)) {
      ++u;
      continue;
    }
    std::size_t last = u;
    while (last + 1 < end_unit && is_office_word(features, last + 1)) ++last;
    const std::size_t next = last + 1;
    const bool name_follows = next < end_unit && is_name_word(features, next) && !features.unit(last).possessive;
    if (name_follows && !one_known_name(u, next)) {
      const std::size_t covering = span_of[next - first_unit];
      const bool person = last > u || (covering != no_span && spans[covering].type == EntityType::PER) ||
                          is_first_name(features.folded(next));
      if (person) {
        for (std::size_t o = u; o <= last; ++o) offices.office[o - first_unit] = true;
        offices.person_begins[next - first_unit] = true;
        offices.any = true;
      }
    }
    u = last + 1;
  }
  return offices;
}

}  // namespace

std::vector<TokenSpan> without_offices(const std::vector<TokenSpan>& spans, std::pair<std::size_t, std::size_t> units,
                                       const NameFeatures& features, const NameGazetteer& gazetteer) {
  const auto [first_unit, end_unit] = units;
  std::vector<std::size_t> span_of(end_unit - first_unit, no_span);
  for (std::size_t s = 0; s < spans.size(); ++s) {
    for (std::size_t u = spans[s].first; u <= spans[s].last; ++u) span_of[u - first_unit] = s;
  }
  const Offices offices = offices_before_people(spans, units, span_of, features, gazetteer);
  if (!offices.any) return spans;

  std::vector<TokenSpan> out;
  auto keep = [&](std::size_t first, std::size_t last, EntityType type) {
    // "Finance" of "Finance Minister Theo Waigel" is no name of its own.
    if (type != EntityType::PER && only_common_words(features, gazetteer, first, last)) return;
    out.push_back({first, last, type});
  };
  for (const TokenSpan& span : spans) {
    bool has_office = false;
    for (std::size_t u = span.first; u <= span.last; ++u) has_office = has_office || offices.office[u - first_unit];
    // What stands before the office is whose office it is: an organisation, or a place.
    const EntityType owner = span.type != EntityType::PER ? span.type
                             : is_known_place(features.phrase(span.first, span.first)) ? EntityType::LOC
                                                                                        : EntityType::ORG;
    std::size_t piece = no_span;
    EntityType piece_type = has_office ? owner : span.type;
    for (std::size_t u = span.first; u <= span.last + 1; ++u) {
      const bool ends = u > span.last || offices.office[u - first_unit] || offices.person_begins[u - first_unit];
      if (ends && piece != no_span) keep(piece, u - 1, piece_type);
      if (ends) piece = no_span;
      if (u > span.last || offices.office[u - first_unit]) continue;
      if (offices.person_begins[u - first_unit]) piece_type = EntityType::PER;
      if (piece == no_span) piece = u;
    }
  }
  // A person after an office the model did not mark: the capitalised words that follow it.
  for (std::size_t u = first_unit; u < end_unit; ++u) {
    if (!offices.person_begins[u - first_unit] || span_of[u - first_unit] != no_span) continue;
    std::size_t last = u;
    while (last + 1 < end_unit && last + 1 - u < max_words_after_office && !features.unit(last).possessive &&
           is_name_word(features, last + 1) && !is_office_word(features, last + 1) && span_of[last + 1 - first_unit] == no_span) {
      ++last;
    }
    out.push_back({u, last, EntityType::PER});
  }
  std::sort(out.begin(), out.end(), [](const TokenSpan& a, const TokenSpan& b) { return a.first < b.first; });
  return out;
}

std::vector<TokenSpan> split_at_possessives(const std::vector<TokenSpan>& spans, const NameFeatures& features,
                                            const NameGazetteer& gazetteer) {
  std::vector<TokenSpan> out;
  for (const TokenSpan& span : spans) {
    const bool whole = is_organisation_word(features.folded(span.last)) || known_name(features, gazetteer, span.first, span.last);
    std::size_t first = span.first;
    for (std::size_t u = span.first; u < span.last && !whole; ++u) {
      if (!features.unit(u).possessive) continue;
      out.push_back({first, u, span.type});
      first = u + 1;
    }
    out.push_back({first, span.last, span.type});
  }
  return out;
}

std::vector<TokenSpan> split_at_commas(const std::vector<TokenSpan>& spans, const NameFeatures& features) {
  std::vector<TokenSpan> out;
  for (const TokenSpan& span : spans) {
    std::size_t first = span.first;
    for (std::size_t u = span.first; u < span.last && span.type == EntityType::LOC; ++u) {
      if (features.unit(u).word || features.folded(u) != ",") continue;
      if (u > first) out.push_back({first, u - 1, span.type});
      first = u + 1;
    }
    out.push_back({first, span.last, span.type});
  }
  return out;
}

std::vector<TokenSpan> split_nationalities(const std::vector<TokenSpan>& spans, const NameFeatures& features,
                                           const NameGazetteer& gazetteer) {
  std::vector<TokenSpan> split;
  for (const TokenSpan& span : spans) {
    bool only_nationalities = span.last > span.first;
    for (std::size_t u = span.first; u <= span.last && only_nationalities; ++u) {
      only_nationalities = !features.unit(u).name_like || is_demonym(features.folded(u));
    }
    if (only_nationalities) {
      for (std::size_t u = span.first; u <= span.last; ++u) {
        if (features.unit(u).name_like) split.push_back({u, u, EntityType::MISC});
      }
      continue;
    }
    // "American Surveillance laws": a nationality and common words, no name the gazetteer knows.
    if (span.last > span.first && is_demonym(features.folded(span.first)) &&
        only_common_words(features, gazetteer, span.first + 1, span.last) &&
        !known_name(features, gazetteer, span.first, span.last)) {
      split.push_back({span.first, span.first, EntityType::MISC});
      continue;
    }
    split.push_back(span);
  }
  return split;
}

}  // namespace precis::detail
