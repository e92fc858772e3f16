#include "entities/trained_name_tagger.h"

#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <string>

#include "entities/name_lists.h"
#include "entities/name_span_rules.h"
#include "util/string_index.h"

namespace precis::detail {

namespace {

// Sentences of fewer words may be a name of their own, such as a species or a title.
constexpr std::size_t running_text_words = 6;

bool name_like(const Token& token) { return token.kind == TokenKind::word && (token.capitalised || token.all_caps); }

// A headline or a line in title case ("Brightfield Energy Shares Fall After Merger Talks"):
// every longer word capitalised (two are enough in a title or heading, four elsewhere), or
// everything in capitals.
bool in_title_case(const Document& document, const SentenceData& sentence) {
  const bool heading = sentence.kind == SentenceKind::title || sentence.kind == SentenceKind::heading;
  std::size_t longer_words = 0;
  std::size_t all_caps = 0;
  std::size_t words = 0;
  for (std::size_t t = sentence.first_token; t < sentence.last_token; ++t) {
    const Token& token = document.tokens[t];
    if (token.kind != TokenKind::word) continue;
    ++words;
    if (token.all_caps) ++all_caps;
    if (token.end - token.start < 4) continue;
    if (!name_like(token)) return false;
    ++longer_words;
  }
  return longer_words >= (heading ? 2 : 4) || (words >= 3 && all_caps == words);
}

// Votes for the type of each name, by its folded words.
class NameTypes {
 public:
  void vote(const std::string& name, EntityType type) {
    std::uint32_t number = names_.find(name);
    if (number == StringIndex::none) {
      number = names_.add(*storage_.emplace_back(std::make_unique<std::string>(name))).first;
      votes_.emplace_back();
    }
    ++votes_[number][static_cast<std::size_t>(type)];
  }

  // The type most mentions were given; on a tie, the earliest type in PER, ORG, LOC, MISC.
  std::optional<EntityType> type_of(std::string_view name) const {
    const std::uint32_t number = names_.find(name);
    if (number == StringIndex::none) return std::nullopt;
    const auto& counts = votes_[number];
    return static_cast<EntityType>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  }

  std::size_t longest_words() const {
    std::size_t longest = 0;
    for (const std::string_view name : names_.strings()) {
      longest = std::max(longest, static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1);
    }
    return longest;
  }

  // The words names begin with (views into this, valid while it lives).
  StringIndex first_words() const {
    StringIndex words;
    for (const std::string_view name : names_.strings()) words.add(name.substr(0, name.find(' ')));
    return words;
  }

 private:
  std::vector<std::unique_ptr<std::string>> storage_;  // the names, each where it stays put
  StringIndex names_;                // views into storage_
  std::vector<std::array<std::size_t, name_type_count>> votes_;  // by the name's number
};

class DocumentTagging {
 public:
  DocumentTagging(const NameModel& model, const Document& document)
      : model_(model), document_(document), features_(document, model.gazetteer(), model.clusters()) {}

  std::vector<Span> run(const std::vector<Span>& taken) {
    std::vector<bool> title_case(document_.sentences.size());
    bool has_body = false;
    bool has_prose = false;
    for (std::size_t s = 0; s < document_.sentences.size(); ++s) {
      const SentenceData& sentence = document_.sentences[s];
      title_case[s] = in_title_case(document_, sentence);
      has_body = has_body || (!title_case[s] && sentence.last_token > sentence.first_token);
      has_prose = has_prose || ends_like_sentence(std::string_view(document_.analysis).substr(sentence.start, sentence.end - sentence.start));
    }
    // A form's features score the same wherever it stands: each feature group once a document.
    std::vector<LabelScores> group_scores(features_.group_count());
    for (std::size_t group = 0; group < group_scores.size(); ++group) group_scores[group] = model_.scores(features_.group_features(group));
    SentenceFeatures sentence_features;
    std::vector<std::vector<TokenSpan>> found(document_.sentences.size());
    const std::vector<TokenSpan> rule_names = names_by_rules(taken);
    auto next_rule_name = rule_names.begin();
    for (std::size_t s = 0; s < document_.sentences.size(); ++s) {
      features_.of_sentence(s, sentence_features, NameFeatures::Include::context_only);
      found[s] = spans_of_labels(model_.label(sentence_features, &group_scores), features_.sentence_units(s).first);
      if (has_body && title_case[s]) {
        // Capitals prove nothing here: keep what is made of words that are not common ones
        // ("By Maren Holt", not "Shares Fall"); known names are found again below.
        std::erase_if(found[s], [&](const TokenSpan& span) { return has_common_word(span); });
        continue;
      }
      // The conventions of running text hold in prose; a text that is a fragment with no
      // sentence ending as prose does ("Paul E. Patton, Lieutenant Governor of Kentucky", a
      // list entry, a caption) names things as the model learnt from such fragments.
      const SentenceData& sentence = document_.sentences[s];
      if (has_prose && sentence.last_token - sentence.first_token >= running_text_words) {
        const auto units = features_.sentence_units(s);
        found[s] = with_rule_evidence(in_running_text(found[s], s), units, rule_names, next_rule_name);
        found[s] = split_at_possessives(without_offices(found[s], units, features_, model_.gazetteer()), features_, model_.gazetteer());
        found[s] = split_at_commas(found[s], features_);
      }
      found[s] = split_nationalities(found[s], features_, model_.gazetteer());
      for (TokenSpan& span : found[s]) {
        span.type = evident_type(span).value_or(span.type);
      }
      for (const TokenSpan& span : found[s]) {
        types_.vote(features_.phrase(span.first, span.last), span.type);
        if (span.last == span.first) continue;
        // "Tony Blair" makes a later "Blair" a person; "Brightfield Energy" makes a later
        // "Brightfield" an organisation.
        if (span.type == EntityType::PER) surnames_.vote(features_.folded(span.last), EntityType::PER);
        first_words_.vote(features_.folded(span.first), span.type);
      }
    }
    longest_ = types_.longest_words();
    name_starts_ = types_.first_words();

    std::vector<Span> spans;
    std::size_t next_taken = 0;
    for (std::size_t s = 0; s < document_.sentences.size(); ++s) {
      for (const TokenSpan& span : with_known_mentions(s, found[s])) {
        const std::size_t start = features_.unit(span.first).start;
        const std::size_t end = features_.unit(span.last).end;
        while (next_taken < taken.size() && taken[next_taken].end <= start) ++next_taken;
        if (next_taken < taken.size() && taken[next_taken].start < end) continue;  // a date, an amount, ...
        spans.push_back({start, end, span.type});
      }
    }
    return spans;
  }

 private:
  // The sentence's names as the model found them, each with its document-wide type, plus the
  // mentions of known names (and nationality words) the model did not mark.
  std::vector<TokenSpan> with_known_mentions(std::size_t sentence, const std::vector<TokenSpan>& found) const {
    const auto [first, last] = features_.sentence_units(sentence);
    std::vector<TokenSpan> spans;
    auto next_found = found.begin();
    for (std::size_t t = first; t < last;) {
      if (next_found != found.end() && next_found->first == t) {
        TokenSpan span = *next_found++;
        span.type = document_type(span);
        spans.push_back(span);
        t = span.last + 1;
        continue;
      }
      const std::size_t limit = next_found != found.end() ? next_found->first : last;
      if (const std::optional<TokenSpan> known = known_mention(t, limit)) {
        spans.push_back(*known);
        t = known->last + 1;
      } else {
        ++t;
      }
    }
    return spans;
  }

  // The names of a sentence of running text (not a short line, which may be a name of its own:
  // "Bicyclus golo", "Sir Peter Morrison"). There a name begins with a capitalised word (or a
  // number), not with a word in lower case ("elle a parlé de Paris"), a person's title ("Ms
  // Okonkwo") or the "The" that opens the sentence; and in English, German and Dutch it ends
  // with a word in lower case only if names in the training data ended with it ("Loire
  // department", not "Exports to Japan rose"). A title alone is no one.
  std::vector<TokenSpan> in_running_text(const std::vector<TokenSpan>& spans, std::size_t sentence) const {
    std::size_t opening_word = features_.sentence_units(sentence).first;
    while (opening_word < features_.sentence_units(sentence).second && !features_.unit(opening_word).word) ++opening_word;
    auto may_begin = [&](const TokenSpan& span, std::size_t u) {
      const NameUnit& unit = features_.unit(u);
      return unit.word && !unit.lower_case && !(u == opening_word && unit.stop_word) &&
             !(span.type == EntityType::PER && is_person_title(features_.folded(u)));
    };
    // French, Spanish, Italian and Portuguese names end in lower case as often as not ("Parti
    // socialiste"); English, German and Dutch ones seldom do.
    const bool title_case_names = document_.language == "en" || document_.language == "de" || document_.language == "nl";
    auto may_end = [&](std::size_t u) {
      const NameUnit& unit = features_.unit(u);
      if (!unit.word || !title_case_names) return true;  // "Inc.", "Parodius (series)"
      return !unit.lower_case || model_.gazetteer().is_name_ending(features_.folded(u));
    };
    std::vector<TokenSpan> names;
    for (TokenSpan span : spans) {
      // "Ms Okonkwo" is a person, whatever the model thought.
      if (span.first < span.last && is_honorific(features_.folded(span.first))) span.type = EntityType::PER;
      while (span.first <= span.last && !may_begin(span, span.first)) ++span.first;
      while (span.last > span.first && !may_end(span.last)) --span.last;
      if (span.first <= span.last) names.push_back(span);
    }
    return names;
  }

  // The people and organisations the rule-based tagger finds on evidence the training data
  // seldom shows ("Mr. Tobias Reyn", "Asahi Breweries"), as units.
  std::vector<TokenSpan> names_by_rules(const std::vector<Span>& taken) const {
    std::vector<TokenSpan> names;
    std::size_t u = 0;
    for (const Span& name : RuleBasedNameTagger().tag(document_, document_.analysis, taken)) {
      if (name.type != EntityType::PER && name.type != EntityType::ORG) continue;
      while (u < features_.unit_count() && features_.unit(u).start < name.start) ++u;
      std::size_t last = u;
      while (last + 1 < features_.unit_count() && features_.unit(last + 1).end <= name.end) ++last;
      if (u < features_.unit_count() && features_.unit(u).start == name.start) names.push_back({u, last, name.type});
    }
    return names;
  }

  // `found` (the names of the sentence with `units`) with the rule-based names of the sentence
  // that overlap none of them, in order. `next` walks `rule_names` sentence by sentence.
  std::vector<TokenSpan> with_rule_evidence(std::vector<TokenSpan> found, std::pair<std::size_t, std::size_t> units,
                                            const std::vector<TokenSpan>& rule_names,
                                            std::vector<TokenSpan>::const_iterator& next) const {
    while (next != rule_names.end() && next->first < units.first) ++next;
    for (; next != rule_names.end() && next->last < units.second; ++next) {
      const TokenSpan& rule_name = *next;
      const bool overlaps = std::any_of(found.begin(), found.end(), [&](const TokenSpan& name) {
        return name.first <= rule_name.last && rule_name.first <= name.last;
      });
      if (!overlaps) found.push_back(rule_name);
    }
    std::sort(found.begin(), found.end(), [](const TokenSpan& a, const TokenSpan& b) { return a.first < b.first; });
    return found;
  }

  bool has_common_word(const TokenSpan& span) const {
    for (std::size_t u = span.first; u <= span.last; ++u) {
      if (features_.unit(u).word && model_.gazetteer().is_common_word(features_.folded(u))) return true;
    }
    return false;
  }

  // The type the words themselves give a name: a name the model was trained with that had one
  // type only ("Microsoft"), a place ICU or the team's lists know; and a person's or a place's
  // name does not end like an organisation's ("Asahi Breweries", "Westgate Securities").
  std::optional<EntityType> evident_type(const TokenSpan& span) const {
    const std::string name = features_.phrase(span.first, span.last);
    const std::uint8_t known = model_.gazetteer().types_of(name);
    if (known != 0 && (known & (known - 1)) == 0) return static_cast<EntityType>(std::countr_zero(known));
    // A known place that a model learnt from news prose took for an organisation is a team or
    // a government, as news writes them ("Barcelona won", "Washington said"): the model read
    // the context. A model learnt from other text (the French one, from Wikipedia fragments:
    // its file says so) saw places tagged as organisations mostly as label noise ("la maire de
    // Paris"): there the place wins.
    if (is_known_place(name) && (span.type != EntityType::ORG || !model_.learnt_from_news())) return EntityType::LOC;
    if (span.type != EntityType::MISC && span.last > span.first && is_organisation_word(features_.folded(span.last))) {
      return EntityType::ORG;
    }
    return std::nullopt;
  }

  // The type a name has throughout the document. A single word takes the type of the longer
  // name it begins or ends (but "Manchester" stays a place after "Manchester United"), and a
  // nationality word ("French") is MISC, never a place.
  EntityType document_type(const TokenSpan& span) const {
    if (span.first == span.last) {
      const std::string& word = features_.folded(span.first);
      if (is_demonym(word)) return EntityType::MISC;
      if (const std::optional<EntityType> type = first_words_.type_of(word); type && !is_known_place(word)) return *type;
      if (surnames_.type_of(word)) return EntityType::PER;
    }
    return types_.type_of(features_.phrase(span.first, span.last)).value_or(span.type);
  }

  // The longest typed name that starts at unit `first` and ends before `limit`, written in
  // capitals as a name is.
  std::optional<TokenSpan> known_mention(std::size_t first, std::size_t limit) const {
    if (!features_.unit(first).name_like) return std::nullopt;
    const std::size_t last_possible = std::min(limit, first + std::max<std::size_t>(longest_, 1)) - 1;
    const bool begins_a_name = name_starts_.contains(features_.folded(first));
    for (std::size_t last = last_possible + 1; begins_a_name && last-- > first;) {
      if (!features_.unit(last).name_like) continue;
      if (const std::optional<EntityType> type = types_.type_of(features_.phrase(first, last))) {
        const TokenSpan span{first, last, *type};
        return TokenSpan{first, last, document_type(span)};
      }
    }
    const std::string& word = features_.folded(first);
    if (surnames_.type_of(word) || (features_.unit(first).capitalised && is_demonym(word))) {
      const TokenSpan span{first, first, EntityType::MISC};
      return TokenSpan{first, first, document_type(span)};
    }
    return std::nullopt;
  }

  const NameModel& model_;
  const Document& document_;
  NameFeatures features_;
  NameTypes types_;
  NameTypes surnames_;
  NameTypes first_words_;
  std::size_t longest_ = 0;
  StringIndex name_starts_;  // the first words of types_'s names
};

}  // namespace

std::vector<TokenSpan> spans_of_labels(const std::vector<NameLabel>& labels, std::size_t first_token) {
  std::vector<TokenSpan> spans;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (!is_begin(labels[i])) continue;
    std::size_t last = i;
    while (last + 1 < labels.size() && labels[last + 1] == labels[i] + 1) ++last;
    spans.push_back({first_token + i, first_token + last, label_type(labels[i])});
    i = last;
  }
  return spans;
}

std::vector<Span> TrainedNameTagger::tag(const Document& document, std::string_view /*text*/,
                                         const std::vector<Span>& taken) const {
  return DocumentTagging(model_, document).run(taken);
}

}  // namespace precis::detail
