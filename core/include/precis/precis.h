// Precis — an extractive summariser that runs on the reader's own machine.
//
// Precis reads an article (UTF-8 text), finds its sentences, scores them, and picks the few that
// carry it best. It also marks named entities (people, organisations, places, dates, money, ...)
// and ranks key phrases. Nothing leaves the process: no network, no files, no global state
// beyond ICU's own data.
//
// Usage:
//
//   #include <precis/precis.h>
//
//   precis::Options options;
//   options.length = precis::Length::sentences(3);
//   precis::Expected<precis::Result> result = precis::summarize(article, options);
//   if (!result) { std::cerr << result.error().message << '\n'; return 1; }
//   for (std::size_t index : result->summary) {
//     const precis::Sentence& s = result->sentences[index];
//     std::cout << article.substr(s.start, s.end - s.start) << '\n';
//   }
//
// To offer several lengths of one article (a length slider), analyse it once and select
// again for each length; selection is cheap:
//
//   precis::Expected<precis::Analysis> analysis = precis::analyze(article, {});
//   precis::Expected<precis::Result> shorter = analysis->summarize(precis::Length::words(60));
//
// Offsets are UTF-8 byte offsets into the caller's text, `end` exclusive. Invalid UTF-8 is read
// as U+FFFD and reported in `warnings`; the offsets still point into the original bytes. The
// same input and options always give the same result, natively and in WebAssembly.
//
// Errors (bad options, input over the size limit) are returned as values, never thrown.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace precis {

// The version of the library, "MAJOR.MINOR.PATCH".
std::string_view version();

// The limits, one set for every surface (the README's "Limits" table), each checked before any
// work starts and refused with an Error that names it.
//
// The largest text, in UTF-8 bytes: natively about 1.4 GB of memory at most.
inline constexpr std::size_t max_input_bytes = 50 * 1024 * 1024;
// The longest line of the CLI's --jsonl batch mode: a text at the limit with room for its JSON
// escapes and options. A longer line is refused unread, rather than read into memory whole.
inline constexpr std::size_t max_request_line_bytes = 2 * max_input_bytes;
// Focus words that do not occur in the text are each named in a warning, up to this many;
// the rest are counted in one more, so that the result stays proportional to the text.
inline constexpr std::size_t max_named_focus_warnings = 10;

struct Error {
  std::string message;
};

// A value or the Error that explains why there is none.
template <class T>
class Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Expected(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() { return std::get<0>(state_); }
  const T& value() const { return std::get<0>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// How sentences are scored.
enum class Algorithm {
  automatic,  // a learned model over position, centrality, keyword and entity density, title
              // overlap and more (core/src/summary/summary_model.h, scripts/train-summary-model);
              // a short summary keeps the text's opening where the model's choice is not clearly better
  lead,       // the first sentences first
  textrank,   // PageRank over word-overlap similarity (Mihalcea and Tarau, 2004)
  lexrank,    // PageRank over tf-idf cosine similarity (Erkan and Radev, 2004)
  luhn,       // clusters of significant words (Luhn, 1958)
  sumbasic,   // average word probability (Nenkova and Vanderwende, 2005)
  centroid,   // similarity to the document's tf-idf centroid (Radev et al., 2004)
};

// Command-line and JSON names: "auto", "lead", "textrank", "lexrank", "luhn", "sumbasic", "centroid".
std::string_view algorithm_name(Algorithm algorithm);
std::optional<Algorithm> algorithm_from_name(std::string_view name);
const std::vector<Algorithm>& all_algorithms();

// How long the summary may be. The budget is hard: a summary never exceeds it.
struct Length {
  enum class Unit { automatic, sentences, ratio, words, characters };
  Unit unit = Unit::automatic;
  double value = 0;  // a count, or a fraction of the sentences for `ratio`

  // About a fifth of the sentences, at least 1, at most 7 for an article of up to 150
  // sentences (longer texts, such as books, get up to the square root of their sentences, less 5).
  static Length automatic() { return {}; }
  static Length sentences(double count) { return {Unit::sentences, count}; }
  // A fraction of the sentences that can be chosen (the body: not the title or headings).
  static Length ratio(double fraction) { return {Unit::ratio, fraction}; }
  static Length words(double count) { return {Unit::words, count}; }
  // Characters are Unicode code points, spaces between sentences not counted.
  static Length characters(double count) { return {Unit::characters, count}; }
};

// What the expensive pass over a text depends on.
struct AnalysisOptions {
  std::string language = "auto";  // "auto" or an ISO 639-1 code such as "en", "de", "zh"
  Algorithm algorithm = Algorithm::automatic;
  std::string focus;  // words the summary should favour, separated by spaces or commas
};

struct Options : AnalysisOptions {
  Length length;
};

enum class EntityType { PER, ORG, LOC, MISC, DATE, TIME, MONEY, PERCENT, QUANTITY, TICKER, URL, EMAIL };
std::string_view entity_type_name(EntityType type);  // "PER", "ORG", ...

// What part of the document a sentence is. Titles and headings are scored 0 and are chosen
// only when the text has nothing else.
enum class SentenceKind { body, title, heading, list_item };
std::string_view sentence_kind_name(SentenceKind kind);  // "body", "title", "heading", "list_item"

struct Sentence {
  std::size_t start = 0;  // byte offsets into the input; [start, end) is the sentence, trimmed
  std::size_t end = 0;
  double score = 0;       // in [0, 1]: how the summary of this length ranks the sentence (auto
                          // ranks for a summary of few of the sentences by what carries the gist)
  bool selected = false;
  std::size_t paragraph = 0;  // index of the paragraph (blocks separated by blank lines)
  SentenceKind kind = SentenceKind::body;
  std::size_t words = 0;       // word count, as the `words` budget counts it
  std::size_t characters = 0;  // code points, as the `characters` budget counts them
};

struct Entity {
  std::size_t start = 0;
  std::size_t end = 0;
  EntityType type = EntityType::MISC;
  std::string text;  // the mention as written (invalid UTF-8 shown as U+FFFD)
};

struct Keyword {
  std::string text;  // as first written in the body, away from the start of a sentence
  double score = 0;  // in [0, 1], the best is 1
};

struct Result {
  std::string language;             // the language analysed, e.g. "en"
  std::vector<Sentence> sentences;  // every sentence, in document order
  std::vector<std::size_t> summary; // indices into `sentences`, ascending
  std::vector<Entity> entities;     // in document order, never overlapping
  std::vector<Keyword> keywords;    // best first
  std::vector<std::string> warnings;
};

namespace detail {
struct AnalysedText;
}

// The result of the expensive pass over one text: sentences, scores, entities, keywords.
// Summaries of any length are then selected from it cheaply. Copies share the analysis.
class Analysis {
 public:
  explicit Analysis(std::shared_ptr<const detail::AnalysedText> analysed);

  // The summary of the given length. Fails only for an invalid length (such as a negative
  // count or a ratio above 1).
  Expected<Result> summarize(const Length& length) const;

 private:
  std::shared_ptr<const detail::AnalysedText> analysed_;
};

// Analyses `text` (UTF-8; invalid bytes are tolerated and reported). Fails for an unknown
// language code or a text over max_input_bytes.
Expected<Analysis> analyze(std::string_view text, const AnalysisOptions& options);

// The problem with `options`, if any: a length that is not a positive whole count (or a ratio
// outside (0, 1]), or an unknown language code. summarize() checks the same before any work.
std::optional<Error> check_options(const Options& options);

// analyze() followed by Analysis::summarize().
Expected<Result> summarize(std::string_view text, const Options& options);

// The language `text` is analysed in: options.language, or the detected one for "auto".
std::string analysis_language(std::string_view text, const AnalysisOptions& options);

// Named entities: people, organisations and places are found by a trained model for the text's
// language (en, de, es, fr and nl are built into the native library) and by rules for the others.
// A WebAssembly build has no models built in: it hands each model file (core/models/ner-*.bin,
// written by scripts/train-ner) to this function, which answers the model's language. A later
// model for the same language replaces the earlier one; analyses in progress are not affected.
Expected<std::string> add_name_model(std::string_view model_bytes);

// `text` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD, as the
// analysis reads it (for showing slices of the input).
std::string to_valid_utf8(std::string_view text);

// The result as the JSON object described in DESIGN.md (UTF-8, one line, keys in a fixed order).
std::string to_json(const Result& result);

}  // namespace precis
