// The public API: the pipeline from text to result, and the names of its enums.
#include "precis/precis.h"

#include <unicode/uloc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_set>

// The stages, in the order the pipeline runs them (docs/architecture.md).
#include "text/utf8.h"
#include "text/language_detection.h"
#include "text/language_data.h"
#include "text/text_folding.h"
#include "text/document.h"
#include "entities/entities.h"
#include "entities/name_models.h"
#include "summary/similarity_graph.h"
#include "summary/scoring.h"
#include "summary/selection.h"
#include "summary/keywords.h"
#include "util/string_index.h"

namespace precis {

namespace detail {

struct AnalysedText {
  Document document;
  TermWeights weights;
};

}  // namespace detail

namespace {

using detail::AnalysedText;
using detail::Document;

constexpr std::array<std::pair<Algorithm, std::string_view>, 7> algorithm_names = {{
    {Algorithm::automatic, "auto"},
    {Algorithm::lead, "lead"},
    {Algorithm::textrank, "textrank"},
    {Algorithm::lexrank, "lexrank"},
    {Algorithm::luhn, "luhn"},
    {Algorithm::sumbasic, "sumbasic"},
    {Algorithm::centroid, "centroid"},
}};

// A language code ICU knows ("en", "pt", "zh"); ICU's list is compiled into the library, so
// this needs no locale data.
bool is_known_language_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return false;
  for (const char* const* known = uloc_getISOLanguages(); *known != nullptr; ++known) {
    if (code == *known) return true;
  }
  return false;
}

std::string language_problem(const std::string& language) {
  if (language == "auto" || is_known_language_code(language)) return {};
  return "unknown language \"" + language + "\": use auto or a two-letter ISO 639-1 code such as en";
}

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

// Focus words as term indices of the document. Words the text lacks are reported once each,
// and past max_named_focus_warnings of them only counted: a focus of one word repeated 40,000
// times gives one warning, not 40,000.
std::vector<std::int32_t> focus_terms(const Document& document, std::string_view focus,
                                      std::vector<std::string>& warnings) {
  constexpr std::string_view separators = " ,;\t\n";
  if (focus.find_first_not_of(separators) == std::string_view::npos) return {};  // no words: no index of the terms
  const detail::StringIndex index(document.terms);  // a term's number is its index: terms are distinct
  std::vector<std::int32_t> terms;
  std::unordered_set<std::string_view> missing;
  std::size_t start = 0;
  while (start < focus.size()) {
    std::size_t end = focus.find_first_of(separators, start);
    if (end == std::string_view::npos) end = focus.size();
    const std::string_view word = focus.substr(start, end - start);
    start = end + 1;
    if (word.empty() || missing.count(word) > 0) continue;
    const std::string folded = detail::fold(detail::sanitize_utf8(word));
    const std::uint32_t found = index.find(detail::stem(document.language, folded));
    if (found == detail::StringIndex::none) {
      missing.insert(word);
      if (missing.size() <= max_named_focus_warnings) {
        warnings.push_back("focus word \"" + detail::sanitize_utf8(word) + "\" does not occur in the text");
      }
    } else if (std::find(terms.begin(), terms.end(), static_cast<std::int32_t>(found)) == terms.end()) {
      terms.push_back(static_cast<std::int32_t>(found));
    }
  }
  if (missing.size() > max_named_focus_warnings) {
    warnings.push_back(plural(missing.size() - max_named_focus_warnings, "more focus word does", "more focus words do") +
                       " not occur in the text");
  }
  return terms;
}

// A length as its user wrote it: 3, 2.5, -1, nan.
std::string length_value(double value) {
  char written[32];
  std::snprintf(written, sizeof written, "%.10g", value);
  return written;
}

// The core's rule for a length, with the value that broke it: "sentences must be a whole
// number of at least 1, not 2.5".
std::string length_problem(const Length& length) {
  const std::string rule = detail::length_problem(length);
  return rule.empty() ? rule : rule + ", not " + length_value(length.value);
}

// The same warning twice says nothing more: each is kept once, in the order first given.
std::vector<std::string> without_repeats(std::vector<std::string> warnings) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> kept;
  for (std::string& warning : warnings) {
    if (seen.insert(warning).second) kept.push_back(std::move(warning));
  }
  return kept;
}

}  // namespace

std::string_view version() { return PRECIS_VERSION; }

std::string_view algorithm_name(Algorithm algorithm) {
  for (const auto& [value, name] : algorithm_names) {
    if (value == algorithm) return name;
  }
  return "auto";
}

std::optional<Algorithm> algorithm_from_name(std::string_view name) {
  for (const auto& [value, known] : algorithm_names) {
    if (known == name) return value;
  }
  return std::nullopt;
}

const std::vector<Algorithm>& all_algorithms() {
  static const std::vector<Algorithm> all = [] {
    std::vector<Algorithm> list;
    for (const auto& entry : algorithm_names) list.push_back(entry.first);
    return list;
  }();
  return all;
}

std::string_view entity_type_name(EntityType type) {
  static constexpr std::array<std::string_view, 12> names = {"PER",     "ORG",      "LOC",    "MISC",
                                                             "DATE",    "TIME",     "MONEY",  "PERCENT",
                                                             "QUANTITY", "TICKER", "URL",    "EMAIL"};
  return names[static_cast<std::size_t>(type)];
}

std::string_view sentence_kind_name(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::body: return "body";
    case SentenceKind::title: return "title";
    case SentenceKind::heading: return "heading";
    case SentenceKind::list_item: return "list_item";
  }
  return "body";
}

std::string to_valid_utf8(std::string_view text) { return detail::sanitize_utf8(text); }

Analysis::Analysis(std::shared_ptr<const detail::AnalysedText> analysed) : analysed_(std::move(analysed)) {}

Expected<Analysis> analyze(std::string_view text, const AnalysisOptions& options) {
  if (text.size() > max_input_bytes) {
    return Error{"the text is " + std::to_string(text.size()) + " bytes; the limit is " +
                 std::to_string(max_input_bytes) + " bytes (50 MB)"};
  }
  if (const std::string problem = language_problem(options.language); !problem.empty()) return Error{problem};

  std::vector<std::string> warnings;
  const detail::Utf8Stats stats = detail::scan_utf8(text);
  if (stats.invalid_sequences > 0) {
    warnings.push_back(plural(stats.invalid_sequences, "byte", "bytes") +
                       " of invalid UTF-8 read as U+FFFD (replacement character)");
  }
  if (stats.nul_bytes > 0) warnings.push_back(plural(stats.nul_bytes, "NUL byte", "NUL bytes") + " read as spaces");

  std::string language = options.language;
  if (language == "auto") {
    const detail::DetectedLanguage detected = detail::detect_language(text);
    language = detected.code;
    if (!detected.confident && !text.empty()) {
      warnings.push_back("too little text to be sure of its language; analysed as \"" + language + "\"");
    }
  }
  if (!detail::is_supported_language(language)) {
    warnings.push_back("no word lists for \"" + language + "\": sentences are found, but scores are rougher");
  }

  auto analysed = std::make_shared<AnalysedText>();
  Document& document = analysed->document;
  document = detail::segment_document(text, language);
  if (document.sentences.empty()) {
    warnings.push_back(text.find_first_not_of(" \t\r\n") == std::string_view::npos ? "the text is empty"
                                                                                   : "the text has no sentences");
  }
  document.entities = detail::find_entities(document, text, *detail::name_tagger_for(language));
  analysed->weights = detail::weigh_terms(document);
  const std::vector<std::int32_t> focus = focus_terms(document, options.focus, warnings);
  document.scores = detail::score_sentences(document, analysed->weights, options.algorithm, focus);
  document.keywords = detail::find_keywords(document, text);
  document.warnings.insert(document.warnings.begin(), warnings.begin(), warnings.end());
  return Analysis(std::move(analysed));
}

Expected<Result> Analysis::summarize(const Length& length) const {
  if (const std::string problem = length_problem(length); !problem.empty()) return Error{problem};
  const Document& document = analysed_->document;
  const detail::Selection selection = detail::select_sentences(document, analysed_->weights, length);

  Result result;
  result.language = document.language;
  result.sentences.reserve(document.sentences.size());
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const detail::SentenceData& data = document.sentences[s];
    result.sentences.push_back(
        {data.start, data.end, selection.scores[s], false, data.paragraph, data.kind, data.words, data.characters});
  }
  for (const std::size_t s : selection.sentences) result.sentences[s].selected = true;
  result.summary = selection.sentences;
  result.entities = document.entities;
  result.keywords = document.keywords;
  std::vector<std::string> warnings = document.warnings;
  warnings.insert(warnings.end(), selection.warnings.begin(), selection.warnings.end());
  result.warnings = without_repeats(std::move(warnings));
  return result;
}

std::string analysis_language(std::string_view text, const AnalysisOptions& options) {
  return options.language == "auto" ? detail::detect_language(text).code : options.language;
}

std::optional<Error> check_options(const Options& options) {
  if (const std::string problem = length_problem(options.length); !problem.empty()) return Error{problem};
  if (const std::string problem = language_problem(options.language); !problem.empty()) return Error{problem};
  return std::nullopt;
}

Expected<Result> summarize(std::string_view text, const Options& options) {
  if (std::optional<Error> problem = check_options(options)) return *problem;
  Expected<Analysis> analysis = analyze(text, options);
  if (!analysis) return analysis.error();
  return analysis->summarize(options.length);
}

}  // namespace precis
