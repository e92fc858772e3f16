// The rule-based name tagger and the merge of names with pattern entities.
//
// It works in two passes. The first reads the body of the text for capitalised word runs
// that carry evidence of their type (a title such as "Mr" before a person, "Inc" or "Bank" in an
// organisation, "in" before a place, a country's name, a given name) and votes a type for each
// name. The second marks every mention of every typed name, including those at the start of a
// sentence or in a headline, where capitals prove nothing, so a name keeps one type throughout.
#include <algorithm>
#include <array>
#include <map>
#include <iterator>

#include "entities/entities.h"
#include "entities/name_lists.h"
#include "text/text_folding.h"
#include "text/utf8.h"
#include "util/string_index.h"

namespace precis::detail {

namespace {

// Longest name, in words, that the tagger considers ("Organisation for Economic Co-operation
// and Development" is longer, but such names are rare and usually abbreviated).
constexpr std::size_t max_name_words = 6;

// A token as the name tagger sees it: without a possessive ending, folded.
struct NameToken {
  std::size_t start = 0;
  std::size_t end = 0;  // before any "'s"
  std::string_view folded;  // into RuleBasedTagging::folded_forms_
  bool name_like = false;  // capitalised or all capitals, not inside a pattern entity
  bool all_caps = false;
  bool sentence_initial = false;
};

// What may stand between two words of one name: a space, a hyphen, " & ", or ". " after an
// initial ("J. K. Rowling").
bool joins_name(std::string_view gap, const NameToken& previous) {
  if (gap == " " || gap == "-" || gap == " & " || gap == "\u00A0") return true;
  return (gap == ". " || gap == ".") && previous.end - previous.start == 1;
}

struct TypeVotes {
  std::array<std::size_t, 4> votes{};  // PER, ORG, LOC, MISC
  bool all_caps = false;

  EntityType winner() const {
    std::size_t best = 0;
    for (std::size_t i = 1; i < votes.size(); ++i) {
      if (votes[i] > votes[best]) best = i;
    }
    return static_cast<EntityType>(best);
  }
};

class RuleBasedTagging {
 public:
  RuleBasedTagging(const Document& document, std::string_view text, const std::vector<Span>& taken)
      : document_(document), text_(text) {
    prepare_tokens(taken);
  }

  std::vector<Span> run() {
    for (const SentenceData& sentence : document_.sentences) {
      if (sentence.kind == SentenceKind::body || sentence.kind == SentenceKind::list_item) discover(sentence);
    }
    // After "in": a place, unless the words have a type of their own or begin a typed name
    // ("in Brightfield" when "Brightfield Energy Ltd" is an organisation).
    for (const auto& [first, last] : placed_) {
      const std::string name = phrase(first, last);
      if (names_.count(name) > 0) continue;
      const auto longer = names_.lower_bound(name + " ");
      const bool begins_name = longer != names_.end() && longer->first.rfind(name + " ", 0) == 0;
      vote(first, last, begins_name ? longer->second.winner() : EntityType::LOC);
    }
    // Runs without evidence of their own: "Gareth Thomas" is a person once another
    // "Thomas" is; the rest are names of some other kind.
    for (const auto& [first, last] : unexplained_) {
      const auto surname = names_.find(tokens_[last].folded);
      const bool person = surname != names_.end() && surname->second.winner() == EntityType::PER;
      vote(first, last, person ? EntityType::PER : EntityType::MISC);
    }
    return mark_mentions();
  }

 private:
  void prepare_tokens(const std::vector<Span>& taken) {
    tokens_.resize(document_.tokens.size());
    folded_forms_.resize(document_.form_count);
    std::size_t next_taken = 0;
    for (const SentenceData& sentence : document_.sentences) {
      for (std::uint32_t i = sentence.first_token; i < sentence.last_token; ++i) {
        const Token& token = document_.tokens[i];
        NameToken& name = tokens_[i];
        name.start = token.start;
        name.end = token.end - possessive_length(text_.substr(token.start, token.end - token.start));
        // A token's bytes are the same in the text and in its analysis (the stand-ins for bad
        // bytes break words), so one form has one folding.
        std::string& folded = folded_forms_[token.form];
        if (folded.empty()) folded = fold(sanitize_utf8(text_.substr(name.start, name.end - name.start)));
        name.folded = folded;
        while (next_taken < taken.size() && taken[next_taken].end <= token.start) ++next_taken;
        const bool inside_pattern = next_taken < taken.size() && taken[next_taken].start < token.end;
        name.name_like = token.kind == TokenKind::word && (token.capitalised || token.all_caps) && !inside_pattern;
        name.all_caps = token.all_caps;
        name.sentence_initial = i == sentence.first_token;
        if (token.kind == TokenKind::word && !token.capitalised && !token.all_caps) lowercase_words_.add(name.folded);
      }
    }
  }

  // Read in the analysis text, where the line break inside a wrapped name is a space.
  std::string_view gap(std::size_t left, std::size_t right) const {
    return std::string_view(document_.analysis).substr(tokens_[left].end, tokens_[right].start - tokens_[left].end);
  }

  std::string phrase(std::size_t first, std::size_t last) const {
    std::string key(tokens_[first].folded);
    for (std::size_t i = first + 1; i <= last; ++i) {
      key += ' ';
      key += tokens_[i].folded;
    }
    return key;
  }

  // The end (inclusive) of the capitalised run that starts at `first`.
  std::size_t run_end(std::size_t first, std::size_t limit) const {
    std::size_t last = first;
    while (last + 1 < limit && last + 1 - first < max_name_words) {
      const std::size_t next = last + 1;
      if (tokens_[next].name_like && joins_name(gap(last, next), tokens_[last])) {
        last = next;
        continue;
      }
      // "Bank of England", "Ludwig van Beethoven": a lower-case connector between two capitals;
      // "Weston-super-Mare": a lower-case word between hyphens.
      if (next + 1 < limit && !tokens_[next].name_like && tokens_[next + 1].name_like) {
        const bool connector = is_name_connector(tokens_[next].folded) && gap(last, next) == " " &&
                               gap(next, next + 1) == " ";
        const bool hyphenated = gap(last, next) == "-" && gap(next, next + 1) == "-";
        if (connector || hyphenated) {
          last = next + 1;
          continue;
        }
      }
      break;
    }
    return last;
  }

  void vote(std::size_t first, std::size_t last, EntityType type) {
    TypeVotes& votes = names_[phrase(first, last)];
    if (votes.votes == std::array<std::size_t, 4>{}) votes.all_caps = tokens_[first].all_caps;
    ++votes.votes[static_cast<std::size_t>(type)];
    // "Brightfield Energy Ltd" is often just "Brightfield Energy" later.
    if (type == EntityType::ORG && last > first && is_legal_form(tokens_[last].folded)) {
      ++names_[phrase(first, last - 1)].votes[static_cast<std::size_t>(EntityType::ORG)];
    }
    // "Tony Blair" makes a later "Blair" a person too.
    if (type == EntityType::PER && last > first) {
      TypeVotes& surname = names_[std::string(tokens_[last].folded)];
      ++surname.votes[static_cast<std::size_t>(EntityType::PER)];
    }
  }

  void discover(const SentenceData& sentence) {
    const std::size_t limit = sentence.last_token;
    for (std::size_t i = sentence.first_token; i < limit;) {
      if (!tokens_[i].name_like) {
        ++i;
        continue;
      }
      const std::size_t end = run_end(i, limit);
      classify(i, end);
      i = end + 1;
    }
  }

  void classify(std::size_t first, std::size_t last) {
    // "President Joe Biden", "Prime Minister Blair": titles go, and what follows is a person.
    bool titled = first > 0 && !tokens_[first].sentence_initial && is_person_title(tokens_[first - 1].folded);
    while (first <= last && is_person_title(tokens_[first].folded)) {
      titled = true;
      ++first;
    }
    // A capital at the start of a sentence proves nothing; drop common words there.
    if (first <= last && tokens_[first].sentence_initial &&
        (lowercase_words_.contains(tokens_[first].folded) || is_never_a_name(tokens_[first].folded))) {
      ++first;
    }
    while (first <= last && is_never_a_name(tokens_[first].folded)) ++first;
    while (last >= first && last > 0 && is_never_a_name(tokens_[last].folded)) --last;
    while (last > first && !tokens_[last].name_like) --last;  // never end on a connector
    if (first > last || first >= tokens_.size()) return;

    const std::string name = phrase(first, last);
    const std::size_t words = last - first + 1;
    const bool initial_only = tokens_[first].sentence_initial && words == 1;
    const std::string_view before = first > 0 && !tokens_[first].sentence_initial ? std::string_view(tokens_[first - 1].folded) : std::string_view();

    if (words == 1 && is_demonym(name)) return vote(first, last, EntityType::MISC);
    if (is_known_place(name)) return vote(first, last, EntityType::LOC);
    if (is_organisation_word(tokens_[last].folded) ||
        (words > 2 && is_organisation_word(tokens_[first].folded) && is_name_connector(tokens_[first + 1].folded))) {
      return vote(first, last, EntityType::ORG);
    }
    if (words > 1 && is_location_word(tokens_[last].folded)) return vote(first, last, EntityType::LOC);
    if (titled) return vote(first, last, EntityType::PER);
    if (words > 1 && is_first_name(tokens_[first].folded) && !is_name_connector(tokens_[first + 1].folded)) {
      return vote(first, last, EntityType::PER);
    }
    if (words == 1 && tokens_[first].all_caps && name.size() <= 6 && name.size() >= 2) {
      return vote(first, last, EntityType::ORG);
    }
    if (initial_only) return;
    // "in X" is weak evidence ("shares in Brightfield"): it is weighed after everything else.
    if (!before.empty() && is_place_cue(before) && words <= 3) {
      placed_.emplace_back(first, last);
      return;
    }
    // "J. Smith", "KP Robertson": initials before a capitalised word.
    const std::size_t initial_bytes = tokens_[first].end - tokens_[first].start;
    if (words == 2 && tokens_[first].all_caps == (initial_bytes == 2) && initial_bytes <= 2 && tokens_[last].name_like) {
      return vote(first, last, EntityType::PER);
    }
    // An unexplained run of two or more capitalised words is a name of some kind; German
    // capitalises every noun, so there it needs the evidence above.
    if (words >= 2 && document_.language == "en" && !tokens_[first].sentence_initial) unexplained_.emplace_back(first, last);
  }

  std::vector<Span> mark_mentions() {
    std::vector<Span> spans;
    std::size_t longest = 1;
    for (const auto& [name, votes] : names_) {
      longest = std::max(longest, static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1);
      first_words_.add(std::string_view(name).substr(0, name.find(' ')));
    }
    for (const SentenceData& sentence : document_.sentences) {
      const std::size_t limit = sentence.last_token;
      for (std::size_t i = sentence.first_token; i < limit;) {
        if (!tokens_[i].name_like) {
          ++i;
          continue;
        }
        if (!first_words_.contains(tokens_[i].folded)) {
          ++i;
          continue;
        }
        const std::size_t run_last = std::min(run_end(i, limit), i + longest - 1);
        bool matched = false;
        for (std::size_t last = run_last + 1; last-- > i;) {
          if (!tokens_[last].name_like) continue;
          const auto found = names_.find(phrase(i, last));
          if (found == names_.end() || found->second.all_caps != tokens_[i].all_caps) continue;
          spans.push_back({tokens_[i].start, tokens_[last].end, found->second.winner()});
          i = last + 1;
          matched = true;
          break;
        }
        if (!matched) ++i;
      }
    }
    return spans;
  }

  const Document& document_;
  std::string_view text_;
  // Each distinct word of the text folded once, by Token::form; tokens_ and the sets below view
  // these strings (and names_'s keys) rather than copy them.
  std::vector<std::string> folded_forms_;
  std::vector<NameToken> tokens_;
  StringIndex lowercase_words_;
  StringIndex first_words_;
  std::vector<std::pair<std::size_t, std::size_t>> unexplained_;  // token ranges of untyped runs
  std::vector<std::pair<std::size_t, std::size_t>> placed_;       // ... and of runs after "in"  // of the typed names, to skip other words fast
  // Ordered so that nothing about the result depends on hashing.
  std::map<std::string, TypeVotes, std::less<>> names_;
};

}  // namespace

std::vector<Span> RuleBasedNameTagger::tag(const Document& document, std::string_view text,
                                           const std::vector<Span>& taken) const {
  return RuleBasedTagging(document, text, taken).run();
}

std::vector<Entity> find_entities(const Document& document, std::string_view text, const NameTagger& tagger) {
  const std::vector<Span> patterns = find_pattern_entities(document.analysis);
  const std::vector<Span> names = tagger.tag(document, text, patterns);

  std::vector<Span> spans;
  spans.reserve(patterns.size() + names.size());
  std::merge(patterns.begin(), patterns.end(), names.begin(), names.end(), std::back_inserter(spans),
             [](const Span& a, const Span& b) { return a.start < b.start; });
  std::vector<Entity> entities;
  std::size_t covered_until = 0;
  for (const Span& span : spans) {
    if (span.start < covered_until || span.end <= span.start) continue;  // never overlap
    entities.push_back({span.start, span.end, span.type, sanitize_utf8(text.substr(span.start, span.end - span.start))});
    covered_until = span.end;
  }
  return entities;
}

}  // namespace precis::detail
