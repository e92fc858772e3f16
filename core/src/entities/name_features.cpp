#include "entities/name_features.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "entities/name_lists.h"
#include "entities/word_cluster_key.h"
#include "text/text_folding.h"
#include "text/utf8.h"

namespace precis::detail {

namespace {

// Feature templates. The numbers are part of every model file: never renumber, only add.
enum Template : std::uint64_t {
  bias = 1,
  word,
  previous_word,
  next_word,
  second_previous_word,
  second_next_word,
  previous_and_word,
  word_and_next,
  shape,
  shapes_around,
  short_shape,
  previous_shape,
  next_shape,
  prefix,                // + length - 1 (3 templates)
  suffix = prefix + 3,   // + length - 1 (4 templates)
  spacing = suffix + 4,
  sentence_initial_shape,
  word_lists,
  previous_word_lists,
  next_word_lists,
  known_place,
  possessive,
  token_kind,
  word_length,
  previous_and_shape,
  shape_and_next,
  words_around,
  sentence_style,
  last_in_sentence_shape,
  gazetteer_name,
  previous_suffix,
  next_suffix,
  previous_two_words,
  next_two_words,
  second_shapes,
  common_word,
  word_cluster,
  word_coarse_cluster,
  previous_cluster,
  next_cluster,
};

// The roles in which a form gives a unit features (NameFeatures::group_features): as the unit
// itself, as the word before it, ... The lists of the words around count only for a unit that
// is a word.
enum Role : std::size_t {
  own,
  as_previous,
  as_previous_lists,
  as_second_previous,
  as_next,
  as_next_lists,
  as_second_next,
  roles,
};

constexpr std::uint8_t punctuation_kind = 3;  // after the TokenKinds
constexpr std::uint64_t sentence_start_word = 0x5354415254ULL;  // stands in for a word before the first
constexpr std::uint64_t sentence_end_word = 0x454e44ULL;

std::uint64_t hash_bytes(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finaliser
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Feature ids are 32-bit and never 0 (the model's empty slot).
std::uint32_t feature_id(std::uint64_t template_id, std::uint64_t a, std::uint64_t b = 0) {
  const auto id = static_cast<std::uint32_t>(mix(mix(template_id * 0x100000001b3ULL ^ a) ^ b));
  return id == 0 ? 1 : id;
}

char shape_class(char32_t c) {
  const auto code = static_cast<UChar32>(c);
  if (u_isupper(code) || u_istitle(code)) return 'X';
  if (u_islower(code)) return 'x';
  if (u_isdigit(code)) return 'd';
  if (u_isalpha(code)) return 'L';  // letters without case (CJK, Arabic, ...)
  if (c < 0x80) return static_cast<char>(c);
  return 'p';
}

// "McDonald" -> "XxXxxxx" (runs of one class capped at four), and the short shape "XxXx"
// (one of each run); "U.S." -> "X.X.".
void shapes_of(std::string_view surface, std::string& full, std::string& brief) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < surface.size();) {
    const DecodedCodePoint decoded = decode_utf8(surface, i);
    i += decoded.length;
    const char c = shape_class(decoded.code_point);
    run = !full.empty() && full.back() == c ? run + 1 : 1;
    if (run <= 4) full += c;
    if (run == 1) brief += c;
  }
}

// Longest known place, in words ("Bosnia and Herzegovina", "Saint Vincent and the Grenadines").
constexpr std::size_t max_place_words = 5;

}  // namespace

NameFeatures::NameFeatures(const Document& document, const NameGazetteer& gazetteer, const WordClusters& clusters)
    : document_(document), gazetteer_(gazetteer), clusters_(clusters), token_forms_(document.form_count, nullptr) {
  // What a unit sees before a sentence's first word and after its last: a word and a shape of
  // their own, and nothing else.
  for (const std::uint64_t edge : {sentence_start_word, sentence_end_word}) {
    WordForm& form = new_form();
    form.kind = punctuation_kind;
    form.word = form.short_shape = edge;
    add_feature_groups(form);
    (edge == sentence_start_word ? before_sentence_ : after_sentence_) = &form;
  }
  const std::string_view analysis = document.analysis;
  for (const SentenceData& sentence : document.sentences) {
    const std::size_t first_unit = units_.size();
    std::size_t position = sentence.start;
    for (std::size_t t = sentence.first_token; t < sentence.last_token; ++t) {
      const Token& token = document.tokens[t];
      add_punctuation(position, token.start);
      const WordForm*& known = token_forms_[token.form];
      if (known == nullptr) known = &read_form(analysis.substr(token.start, token.end - token.start), static_cast<std::uint8_t>(token.kind));
      const WordForm& form = *known;
      NameUnit unit;
      unit.start = token.start;
      unit.end = token.end - form.possessive;
      unit.possessive = form.possessive != 0;
      unit.word = true;
      unit.capitalised = token.capitalised;
      unit.all_caps = token.all_caps;
      unit.name_like = token.kind == TokenKind::word && (token.capitalised || token.all_caps);
      unit.lower_case = token.kind == TokenKind::word && form.lower_case;
      unit.stop_word = token.stop_word;
      units_.push_back(unit);
      forms_of_units_.push_back(&form);
      position = token.end;
    }
    add_punctuation(position, std::max(position, sentence.end));
    sentence_units_.emplace_back(first_unit, units_.size());
  }
  for (std::size_t u = 1; u < units_.size(); ++u) units_[u].joined = !spaced_before(u);
  mark_known_names();
}

// Each mark between `from` and `to` is a unit; a run of one mark ("''", "...") is one unit.
void NameFeatures::add_punctuation(std::size_t from, std::size_t to) {
  const std::string_view analysis = document_.analysis;
  for (std::size_t i = from; i < to;) {
    const DecodedCodePoint decoded = decode_utf8(analysis, i);
    if (is_space(decoded.code_point)) {
      i += decoded.length;
      continue;
    }
    std::size_t end = i + decoded.length;
    while (end < to && analysis.compare(end, decoded.length, analysis, i, decoded.length) == 0) end += decoded.length;
    NameUnit unit;
    unit.start = static_cast<std::uint32_t>(i);
    unit.end = static_cast<std::uint32_t>(end);
    units_.push_back(unit);
    const std::string_view surface = analysis.substr(i, end - i);
    const auto [number, inserted] = punctuation_surfaces_.add(surface);
    if (inserted) punctuation_forms_.push_back(&read_form(surface, punctuation_kind));
    forms_of_units_.push_back(punctuation_forms_[number]);
    i = end;
  }
}

NameFeatures::WordForm& NameFeatures::new_form() {
  WordForm& form = *forms_.emplace_back(std::make_unique<WordForm>());
  form.index = static_cast<std::uint32_t>(forms_.size() - 1);
  return form;
}

const NameFeatures::WordForm& NameFeatures::read_form(std::string_view surface, std::uint8_t kind) {
  WordForm& form = new_form();
  form.kind = kind;
  form.possessive = static_cast<std::uint8_t>(kind == punctuation_kind ? 0 : possessive_length(surface));
  const std::string_view name = surface.substr(0, surface.size() - form.possessive);
  // A model whose clusters read words without their letters beyond ASCII reads every word so
  // (word_clusters.h): then "Mnchen" is "München" throughout, its gazetteer entry included.
  const std::string full_folded = fold(sanitize_utf8(name));
  form.folded = kind != punctuation_kind && clusters_.ascii_only() ? word_cluster_key(name, true) : full_folded;
  if (form.folded.empty()) form.folded = full_folded;
  form.word = hash_bytes(form.folded);
  std::string full;
  std::string brief;
  shapes_of(name, full, brief);
  form.shape = hash_bytes(full);
  form.short_shape = hash_bytes(brief);
  std::vector<std::size_t> boundaries;  // code point starts in the folded form, and its end
  for (std::size_t i = 0; i < form.folded.size(); i += decode_utf8(form.folded, i).length) boundaries.push_back(i);
  const std::size_t length = boundaries.size();
  boundaries.push_back(form.folded.size());
  form.length = static_cast<std::uint8_t>(std::min<std::size_t>(length, 255));
  for (std::size_t n = 1; n <= 4 && n <= length; ++n) {
    if (n <= 3) form.prefixes[n - 1] = hash_bytes(std::string_view(form.folded).substr(0, boundaries[n]));
    form.suffixes[n - 1] = hash_bytes(std::string_view(form.folded).substr(boundaries[length - n]));
  }
  form.lists = kind == punctuation_kind ? 0 : name_lists_of(full_folded);
  form.common = kind != punctuation_kind && gazetteer_.is_common_word(form.folded);
  if (kind != punctuation_kind) form.classes = clusters_.classes_of(form.folded);
  const WordCase letter_case = kind == punctuation_kind ? WordCase::other : word_case(name);
  form.lower_case = letter_case == WordCase::lower;
  // Known names begin at capitalised words (NameUnit::name_like): looked up once a form.
  if (letter_case == WordCase::capitalised || letter_case == WordCase::upper) {
    form.known_place = is_known_place(full_folded);
    form.gazetteer_match = gazetteer_.match(form.folded);
  }
  add_feature_groups(form);
  return form;
}

void NameFeatures::add_feature_groups(const WordForm& form) {
  const bool word_form = form.kind != punctuation_kind;
  for (std::size_t role = 0; role < roles; ++role) {
    const std::size_t first = group_features_.size();
    auto add = [&](std::uint64_t template_id, std::uint64_t a) { group_features_.push_back(feature_id(template_id, a)); };
    auto add_lists = [&](std::uint64_t template_id) {
      for (std::uint32_t bit = 0, lists = form.lists; lists != 0; ++bit, lists >>= 1) {
        if ((lists & 1u) != 0) add(template_id, bit);
      }
    };
    // What a neighbour gives: its word, its brief shape and its last three letters' hash.
    const bool clustered = word_form && !clusters_.empty();
    auto add_as_neighbour = [&](std::uint64_t word_template, std::uint64_t shape_template, std::uint64_t suffix_template,
                                std::uint64_t cluster_template) {
      add(word_template, form.word);
      add(shape_template, form.short_shape);
      if (form.length >= 3) add(suffix_template, form.suffixes[2]);
      if (clustered) add(cluster_template, form.classes.fine);
    };
    switch (static_cast<Role>(role)) {
      case own:
        add(bias, 0);
        add(word, form.word);
        add(shape, form.shape);
        add(short_shape, form.short_shape);
        add(token_kind, form.kind);
        if (!word_form) break;
        for (std::size_t n = 0; n < 3 && n < form.length; ++n) add(prefix + n, form.prefixes[n]);
        for (std::size_t n = 0; n < 4 && n < form.length; ++n) add(suffix + n, form.suffixes[n]);
        add_lists(word_lists);
        if (form.possessive != 0) add(possessive, 1);
        add(word_length, std::min<std::uint64_t>(form.length, 12));
        if (clustered) {
          add(word_cluster, form.classes.fine);
          add(word_coarse_cluster, form.classes.coarse);
        }
        break;
      case as_previous: add_as_neighbour(previous_word, previous_shape, previous_suffix, previous_cluster); break;
      case as_previous_lists: add_lists(previous_word_lists); break;
      case as_second_previous: add(second_previous_word, form.word); break;
      case as_next: add_as_neighbour(next_word, next_shape, next_suffix, next_cluster); break;
      case as_next_lists: add_lists(next_word_lists); break;
      case as_second_next: add(second_next_word, form.word); break;
      case roles: break;
    }
    group_firsts_.push_back(static_cast<std::uint32_t>(first));
    group_sizes_.push_back(static_cast<std::uint8_t>(group_features_.size() - first));
  }
}

std::uint32_t NameFeatures::group_of(const WordForm& form, std::size_t role) const {
  return static_cast<std::uint32_t>(form.index * roles + role);
}

bool NameFeatures::spaced_before(std::size_t index) const {
  if (index == 0) return true;
  const std::size_t previous_end = units_[index - 1].end + forms_of_units_[index - 1]->possessive;
  return previous_end < units_[index].start;
}

std::string NameFeatures::phrase(std::size_t first, std::size_t last) const {
  std::string key = folded(first);
  for (std::size_t u = first + 1; u <= last; ++u) {
    key += ' ';
    key += folded(u);
  }
  return key;
}

// Known places (ICU's names, written as they are: "Guinea-Bissau" is three units) and the
// gazetteer's names, longest first.
void NameFeatures::mark_known_names() {
  const NameGazetteer& gazetteer = gazetteer_;
  place_marks_.assign(units_.size(), 0);
  gazetteer_types_.assign(units_.size(), 0);
  gazetteer_positions_.assign(units_.size(), 0);
  for (const auto& [sentence_first, sentence_last] : sentence_units_) {
    for (std::size_t first = sentence_first; first < sentence_last; ++first) {
      if (!units_[first].name_like || place_marks_[first] != 0) continue;
      std::string place = folded(first);
      std::size_t place_units = 0;
      for (std::size_t last = first, words = 1;;) {
        const bool known = last == first ? forms_of_units_[first]->known_place : is_known_place(place);
        if (units_[last].name_like && known) place_units = last - first + 1;
        if (++last >= sentence_last || words == max_place_words) break;
        // A place's name runs on over capitals, the small words that join them ("Bosnia and
        // Herzegovina", "Rio de Janeiro") and hyphens; any other word ends it.
        const NameUnit& next = units_[last];
        if (next.word && !next.name_like && !next.stop_word && !next.joined && !is_name_connector(folded(last))) break;
        if (spaced_before(last)) place += ' ';
        place += folded(last);
        words += units_[last].word;
      }
      for (std::size_t i = 0; i < place_units; ++i) place_marks_[first + i] = i == 0 ? 1 : 2;
    }
    for (std::size_t first = sentence_first; first < sentence_last;) {
      if (!units_[first].name_like) {
        ++first;
        continue;
      }
      std::string key = folded(first);
      std::size_t matched = 0;
      std::uint8_t types = 0;
      for (std::size_t last = first;;) {
        const NameGazetteer::Match found = last == first ? forms_of_units_[first]->gazetteer_match : gazetteer.match(key);
        if (found.types != 0 && units_[last].word) {
          matched = last - first + 1;
          types = found.types;
        }
        if (++last >= sentence_last || last - first >= NameGazetteer::max_units || !found.may_grow) break;
        key += ' ';
        key += folded(last);
      }
      if (matched == 0) {
        ++first;
        continue;
      }
      for (std::size_t i = 0; i < matched; ++i) {
        gazetteer_types_[first + i] = types;
        gazetteer_positions_[first + i] = matched == 1 ? 3 : i == 0 ? 0 : i + 1 == matched ? 2 : 1;
      }
      first += matched;
    }
  }
}

void NameFeatures::of_sentence(std::size_t sentence, SentenceFeatures& out, Include include) const {
  out.features.clear();
  out.offsets.clear();
  out.groups.clear();
  out.group_offsets.clear();
  const std::size_t first = sentence_units_[sentence].first;
  const std::size_t last = sentence_units_[sentence].second;
  auto form_at = [&](std::ptrdiff_t i) -> const WordForm& {
    if (i < static_cast<std::ptrdiff_t>(first)) return *before_sentence_;
    if (i >= static_cast<std::ptrdiff_t>(last)) return *after_sentence_;
    return *forms_of_units_[static_cast<std::size_t>(i)];
  };
  auto word_at = [&](std::ptrdiff_t i) { return form_at(i).word; };
  auto shape_at = [&](std::ptrdiff_t i) { return form_at(i).short_shape; };
  auto add = [&](std::uint64_t template_id, std::uint64_t a, std::uint64_t b = 0) {
    out.features.push_back(feature_id(template_id, a, b));
  };
  auto add_group = [&](const WordForm& form, Role role) {
    const std::uint32_t group = group_of(form, role);
    if (include == Include::context_only) {
      out.groups.push_back(group);
    } else {
      const std::span<const std::uint32_t> features = group_features(group);
      out.features.insert(out.features.end(), features.begin(), features.end());
    }
  };

  // A fragment or a headline ("Sioux Falls Arena", "Ice Cube, Dr. Dre") reads differently from
  // running text: how long the sentence is and how much of it is capitalised.
  std::size_t words = 0;
  std::size_t capitalised = 0;
  for (std::size_t u = first; u < last; ++u) {
    words += units_[u].word;
    capitalised += units_[u].name_like;
  }
  const std::uint64_t style = (words <= 3 ? 0 : words <= 8 ? 1 : 2) * 4 + (words == 0 ? 0 : (capitalised * 3 + words - 1) / words);

  for (std::size_t u = first; u < last; ++u) {
    out.offsets.push_back(static_cast<std::uint32_t>(out.features.size()));
    out.group_offsets.push_back(static_cast<std::uint32_t>(out.groups.size()));
    const auto i = static_cast<std::ptrdiff_t>(u);
    const WordForm& form = *forms_of_units_[u];
    add_group(form, own);
    add_group(form_at(i - 1), as_previous);
    add_group(form_at(i - 2), as_second_previous);
    add_group(form_at(i + 1), as_next);
    add_group(form_at(i + 2), as_second_next);
    add(previous_and_word, word_at(i - 1), form.word);
    add(word_and_next, form.word, word_at(i + 1));
    add(words_around, word_at(i - 1), word_at(i + 1));
    add(shapes_around, mix(shape_at(i - 1) ^ (form.short_shape << 1)), shape_at(i + 1));
    add(previous_and_shape, word_at(i - 1), form.short_shape);
    add(shape_and_next, form.short_shape, word_at(i + 1));
    add(sentence_style, style, form.short_shape);
    add(previous_two_words, word_at(i - 2), word_at(i - 1));
    add(next_two_words, word_at(i + 1), word_at(i + 2));
    add(second_shapes, mix(shape_at(i - 2) ^ (shape_at(i - 1) << 1)), mix(form.short_shape ^ (shape_at(i + 1) << 1)) ^ shape_at(i + 2));
    if (u == first) add(sentence_initial_shape, form.short_shape);
    if (u + 1 == last) add(last_in_sentence_shape, form.short_shape);
    add(spacing, (spaced_before(u) ? 1u : 0u) + (u + 1 < last && spaced_before(u + 1) ? 2u : 0u));
    if (form.kind == punctuation_kind) continue;
    add_group(form_at(i - 1), as_previous_lists);
    add_group(form_at(i + 1), as_next_lists);
    if (place_marks_[u] != 0) add(known_place, place_marks_[u]);
    for (std::uint64_t type = 0; type < 4; ++type) {
      if ((static_cast<unsigned>(gazetteer_types_[u]) >> type & 1u) != 0) add(gazetteer_name, type * 4 + gazetteer_positions_[u]);
    }
    if (form.common) add(common_word, (u == first ? 1u : 0u) + (units_[u].name_like ? 2u : 0u) + (units_[u].all_caps ? 4u : 0u));
  }
  out.offsets.push_back(static_cast<std::uint32_t>(out.features.size()));
  out.group_offsets.push_back(static_cast<std::uint32_t>(out.groups.size()));
}

}  // namespace precis::detail
