#pragma once
// The analysed form of one text: its sentences, words and terms, built once and then read by
// the scorers, the entity finders, the keyword ranker and the selection.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/precis.h"

namespace precis::detail {

enum class TokenKind : std::uint8_t { word, number, ideographic };

struct Token {
  std::uint32_t start = 0;  // byte offsets into the input
  std::uint32_t end = 0;
  std::uint32_t form = 0;   // tokens with the same bytes have the same form, < Document::form_count
  std::int32_t term = -1;   // index into Document::terms, or -1 for words that are not terms
  TokenKind kind = TokenKind::word;
  bool stop_word = false;
  bool capitalised = false;  // first letter upper case, the rest not all upper ("Paris")
  bool all_caps = false;     // two or more letters, none lower ("NATO")
};

// A term's occurrences in one sentence.
struct TermCount {
  std::int32_t term;
  std::uint32_t count;
};

struct SentenceData {
  std::size_t start = 0;  // trimmed byte range in the input
  std::size_t end = 0;
  std::size_t paragraph = 0;
  std::size_t index_in_paragraph = 0;
  SentenceKind kind = SentenceKind::body;
  std::uint32_t first_token = 0;  // tokens [first_token, last_token) lie in this sentence
  std::uint32_t last_token = 0;
  std::size_t words = 0;
  std::size_t characters = 0;
  std::vector<TermCount> terms;  // content terms (no stop words, no numbers), by term index
  std::uint64_t fingerprint = 0;  // hash of the folded words, equal for repeated sentences
};

// The heads of the learned model of `auto` (summary_model.h) over the sentences of one text:
// for each sentence that can be chosen, the chance that a long summary holds it (extract), the
// share of the text's gist, what a short news summary holds, it carries (gist, summing to 1 over
// the text), the news trees' logit (what a short summary of a news story holds; the short blend
// reweighs it by the summary's length) and the short-summary length term's
// (short_length_weights . x). For the others: 0, and a logit of -infinity (no share however it
// is reweighed).
struct ModelHeads {
  std::vector<double> extract;
  std::vector<double> gist;
  std::vector<double> news_logit;
  std::vector<double> length;
};

// Sentence scores, one per sentence, in [0, 1]. Most algorithms score a sentence the same for
// summaries of every length; `auto` ranks the sentences of a short summary by a second blend
// of its model, made for the summary's count of sentences when it is chosen
// (short_summary_scores in scoring.h): a few sentences should carry the gist, while a long
// summary should cover the text more broadly.
struct SentenceScores {
  std::vector<double> general;  // for every summary, or for those short_summary does not serve
  ModelHeads short_summary;     // for summaries of at most short_summary_share of the selectable
                                // sentences; empty if none
  std::vector<std::int32_t> focus_terms;  // the focus, for the short-summary scores
  double short_summary_share = 0;
};

struct Document {
  std::string language;
  // The text as ICU reads it (see analysis_text): same offsets as the input, with soft line
  // breaks as spaces, so the gap between two words of a wrapped line reads " ".
  std::string analysis;
  std::vector<std::string> warnings;
  std::vector<Token> tokens;
  std::vector<SentenceData> sentences;
  std::vector<std::string> terms;           // folded, stemmed form of each term
  std::vector<std::uint32_t> sentence_frequency;  // sentences containing each term
  std::size_t form_count = 0;  // distinct words (Token::form)
  std::size_t paragraphs = 0;

  // Filled in after segmentation.
  SentenceScores scores;
  std::vector<Entity> entities;
  std::vector<Keyword> keywords;
};

// Splits `text` into paragraphs, sentences and words and counts terms. `language` decides the
// ICU break rules, the stop words and the stemmer.
Document segment_document(std::string_view text, std::string_view language);

// `text` with invalid bytes and NULs made harmless, same length and offsets (find_blocks then
// turns the line breaks of wrapped paragraphs into spaces).
std::string analysis_text(std::string_view text);

// Whether a line or sentence ends as prose does (with a full stop, a question mark, a comma, ...
// before any closing quotes or brackets), not as a heading or a fragment does.
bool ends_like_sentence(std::string_view line);

}  // namespace precis::detail
