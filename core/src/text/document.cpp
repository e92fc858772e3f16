#include "text/document.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "text/language_data.h"
#include "text/text_folding.h"
#include "text/utf8.h"
#include "util/string_index.h"

namespace precis::detail {

namespace {

// Replaces invalid UTF-8 for ICU without moving any offset. SUB is the control character
// meant for "a character that could not be represented"; ICU treats it like U+FFFD
// (no letter, no word), which is all the analysis needs.
constexpr char invalid_byte_stand_in = '\x1A';

// Lines at least this long (in code points) are taken to be wrapped prose, so the break
// after them is a space; shorter lines (headings, addresses, verse) keep their breaks.
constexpr std::size_t wrapped_line_min_length = 50;

// A paragraph of one line, no longer than this and not ending like a sentence, is a heading.
constexpr std::size_t heading_max_words = 14;

struct Line {
  std::size_t start = 0;  // first byte of the line
  std::size_t end = 0;    // the line break (or the end of the text)
  std::size_t next = 0;   // first byte after the line break
  std::size_t length = 0; // code points, without the line break
  bool blank = false;
  bool list_item = false;  // starts with a bullet or an item number
  bool markdown_heading = false;
  bool indented = false;
};

bool is_horizontal_space(char c) { return c == ' ' || c == '\t'; }

// "- ", "* ", "• ", "1. ", "2) ", "a) ": markers that start a list item.
bool starts_list_item(std::string_view line) {
  static constexpr std::string_view bullets[] = {"- ", "* ", "+ ", "\u2022 ", "\u00B7 ", "\u2013 ", "\u2014 ", "\u25AA "};
  for (const std::string_view bullet : bullets) {
    if (line.substr(0, bullet.size()) == bullet) return true;
  }
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits == 0 && !line.empty() && line[0] >= 'a' && line[0] <= 'z' && line.size() > 1 && line[1] == ')') {
    digits = 1;
  }
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         is_horizontal_space(line[digits + 1]);
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    std::size_t next = end;
    if (next < text.size()) next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2u : 1u;

    Line line;
    line.start = start;
    line.end = end;
    line.next = next;
    const std::string_view content = text.substr(start, end - start);
    std::size_t first = 0;
    while (first < content.size()) {
      const DecodedCodePoint decoded = decode_utf8(content, first);
      if (!(decoded.valid && is_space(decoded.code_point))) break;
      first += decoded.length;
    }
    line.blank = first == content.size();
    line.indented = first > 0;
    const std::string_view trimmed = content.substr(first);
    line.list_item = !line.blank && starts_list_item(trimmed);
    line.markdown_heading = !line.blank && trimmed[0] == '#';
    line.length = count_code_points(content);
    lines.push_back(line);
    if (next == end) break;  // the last line had no line break
    start = next;
  }
  return lines;
}

std::size_t rough_word_count(std::string_view line) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool space = is_horizontal_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A block of consecutive lines that is one paragraph, heading or list item.
struct Block {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;
  SentenceKind kind = SentenceKind::body;
};

// Groups lines into blocks and, in `analysis`, turns the line breaks inside wrapped prose into
// spaces so that ICU does not end a sentence at each of them.
std::vector<Block> find_blocks(std::string_view text, std::string& analysis) {
  const std::vector<Line> lines = split_lines(text);
  std::vector<Block> blocks;
  std::size_t paragraph = 0;
  bool seen_content = false;
  bool title_possible = true;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].blank) {
      ++i;
      continue;
    }
    // A paragraph: the lines up to the next blank one.
    std::size_t last = i;
    while (last + 1 < lines.size() && !lines[last + 1].blank) ++last;
    const std::string_view first_line = text.substr(lines[i].start, lines[i].end - lines[i].start);

    const bool single_line = last == i;
    const bool heading_like = (single_line && !lines[i].list_item && !ends_like_sentence(first_line) &&
                               rough_word_count(first_line) <= heading_max_words) ||
                              lines[i].markdown_heading;
    std::size_t block_begin = i;
    for (std::size_t k = i; k <= last; ++k) {
      const bool block_ends =
          k == last || lines[k + 1].list_item || lines[k].markdown_heading ||
          (!lines[k].list_item && lines[k].length < wrapped_line_min_length) ||
          (lines[k].list_item && !lines[k + 1].indented && lines[k].length < wrapped_line_min_length);
      if (!block_ends) {
        // A soft break: the wrapped line continues. Same byte count, so offsets hold.
        for (std::size_t b = lines[k].end; b < lines[k].next; ++b) analysis[b] = ' ';
        continue;
      }
      Block block;
      block.start = lines[block_begin].start;
      block.end = lines[k].end;
      block.paragraph = paragraph;
      if (lines[block_begin].list_item) {
        block.kind = SentenceKind::list_item;
      } else if (heading_like && k == block_begin) {
        block.kind = (title_possible && !seen_content) ? SentenceKind::title : SentenceKind::heading;
      }
      blocks.push_back(block);
      block_begin = k + 1;
    }
    seen_content = true;
    title_possible = false;
    ++paragraph;
    i = last + 1;
  }
  return blocks;
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

// The analysis text as the break iterators read it: in UTF-16, ICU's own form, converted once.
// Over UTF-8, ICU converts the text into UTF-16 a chunk of 32 code units at a time, and again
// for each iterator; that conversion cost a third of the iterators' time.
class BreakText {
 public:
  explicit BreakText(std::string_view analysis)
      : utf16_(icu::UnicodeString::fromUTF8(icu::StringPiece(analysis.data(), static_cast<int32_t>(analysis.size())))) {
    UErrorCode status = U_ZERO_ERROR;
    utext_.reset(utext_openConstUnicodeString(nullptr, &utf16_, &status));
    if (U_FAILURE(status)) std::abort();  // only fails out of memory
  }

  BreakText(const BreakText&) = delete;  // the UText points into utf16_
  BreakText& operator=(const BreakText&) = delete;

  UText* utext() const { return utext_.get(); }

 private:
  icu::UnicodeString utf16_;
  std::unique_ptr<UText, UTextCloser> utext_;
};

// Byte offsets into the analysis text of the UTF-16 offsets a break iterator returns, asked for
// in increasing order (as an iterator moves forward), so each byte is stepped over once. The
// analysis text is valid UTF-8 (analysis_text replaced every invalid byte), so a lead byte gives
// a code point's length: four bytes are two UTF-16 units, fewer are one.
class Utf8Offsets {
 public:
  explicit Utf8Offsets(std::string_view utf8) : utf8_(utf8) {}

  std::size_t of(int32_t utf16_offset) {
    while (utf16_ < utf16_offset) {
      const auto lead = static_cast<unsigned char>(utf8_[byte_]);
      const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      byte_ += length;
      utf16_ += length == 4 ? 2 : 1;
    }
    return byte_;
  }

 private:
  std::string_view utf8_;
  std::size_t byte_ = 0;
  int32_t utf16_ = 0;
};

enum class BreakKind { sentence, word };

// Abbreviations after which ICU's own lists ("ss=standard") still end a sentence, by language.
// Only those that seldom end one: "Inc." and "etc." often do, so they are not here.
std::vector<std::string_view> extra_abbreviations(std::string_view language) {
  if (language == "en") {
    return {"Dr.", "St.", "Gen.", "Sen.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.", "Rep.", "Rev.",
            "Jr.", "Sr.", "Prof.", "No.", "Nos.", "Mt.", "Ft.", "approx.", "Fig.", "Vol."};
  }
  if (language == "de") return {"Dr.", "Prof.", "Nr.", "ca.", "bzw.", "z.B.", "d.h.", "u.a.", "St.", "Str."};
  if (language == "fr") return {"M.", "MM.", "Mme.", "Dr.", "Pr.", "St.", "Ste.", "p.ex.", "cf."};
  if (language == "es" || language == "pt" || language == "it") return {"Dr.", "Dra.", "Sr.", "Sra.", "Sto.", "Prof."};
  if (language == "nl") return {"Dr.", "Prof.", "dhr.", "mevr.", "mr.", "ir.", "nr.", "bv."};
  return {};
}

std::unique_ptr<icu::BreakIterator> build_sentence_iterator(std::string_view language) {
  // ICU's per-language abbreviation lists (the "ss=standard" data), extended with ours.
  const icu::Locale locale(std::string(language).c_str());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status) || !builder) {
    status = U_ZERO_ERROR;
    builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  }
  for (const std::string_view abbreviation : extra_abbreviations(language)) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(icu::StringPiece(abbreviation.data(), static_cast<int32_t>(abbreviation.size()))), status);
  }
  std::unique_ptr<icu::BreakIterator> iterator(
      builder->wrapIteratorWithFilter(icu::BreakIterator::createSentenceInstance(locale, status), status));
  if (U_FAILURE(status) || !iterator) std::abort();  // break rules are part of the ICU data we ship
  return iterator;
}

std::unique_ptr<icu::BreakIterator> build_word_iterator(std::string_view language) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale(std::string(language).c_str()), status));
  if (U_FAILURE(status) || !iterator) std::abort();  // break rules are part of the ICU data we ship
  return iterator;
}

// A new break iterator over `text`. Building one from ICU's rules and abbreviation lists costs
// more than analysing a short article, so each kind and language is built once and cloned.
std::unique_ptr<icu::BreakIterator> make_break_iterator(BreakKind kind, std::string_view language, UText* text) {
  static std::mutex mutex;
  static std::map<std::pair<BreakKind, std::string>, std::unique_ptr<icu::BreakIterator>> prototypes;
  std::unique_ptr<icu::BreakIterator> iterator;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    auto& prototype = prototypes[{kind, std::string(language)}];
    if (!prototype) {
      prototype = kind == BreakKind::sentence ? build_sentence_iterator(language) : build_word_iterator(language);
    }
    iterator.reset(prototype->clone());
  }
  if (!iterator) std::abort();  // out of memory
  UErrorCode status = U_ZERO_ERROR;
  iterator->setText(text, status);
  return iterator;
}

// Shrinks [start, end) past white space (and the stand-ins for NUL and invalid bytes).
std::pair<std::size_t, std::size_t> trim(std::string_view text, std::size_t start, std::size_t end) {
  while (start < end) {
    const DecodedCodePoint decoded = decode_utf8(text, start);
    if (!(is_space(decoded.code_point) || decoded.code_point == 0x1A)) break;
    start += decoded.length;
  }
  while (end > start) {
    std::size_t back = end - 1;
    while (back > start && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
    const DecodedCodePoint decoded = decode_utf8(text, back);
    if (decoded.length != end - back || !(is_space(decoded.code_point) || decoded.code_point == 0x1A)) break;
    end = back;
  }
  return {start, end};
}

// "J." or "... George W.": the piece ends with an initial, a capital letter alone before a
// full stop. ICU ends a sentence there; its abbreviation lists cannot say otherwise for letters
// that begin a longer abbreviation ("J.D."), so initials are joined here instead. "I" is left
// out: "World War I." and the pronoun end sentences.
bool ends_with_initial(std::string_view text, std::size_t start, std::size_t end) {
  if (end - start < 2 || text[end - 1] != '.') return false;
  std::size_t letter = end - 2;
  while (letter > start && (static_cast<unsigned char>(text[letter]) & 0xC0) == 0x80) --letter;
  const DecodedCodePoint decoded = decode_utf8(text, letter);
  if (letter + decoded.length != end - 1 || !is_letter(decoded.code_point) || is_lower(decoded.code_point) ||
      decoded.code_point == U'I') {
    return false;
  }
  return letter == start || is_space(decode_utf8(text, letter - 1).code_point);
}

bool starts_lowercase(std::string_view text, std::size_t start, std::size_t end) {
  for (std::size_t i = start; i < end;) {
    const DecodedCodePoint decoded = decode_utf8(text, i);
    if (is_letter(decoded.code_point)) return is_lower(decoded.code_point);
    if (is_digit(decoded.code_point)) return false;
    i += decoded.length;
  }
  return false;
}

std::vector<SentenceData> find_sentences(std::string_view analysis, const BreakText& break_text,
                                         const std::vector<Block>& blocks, std::string_view language) {
  std::vector<SentenceData> sentences;
  auto iterator = make_break_iterator(BreakKind::sentence, language, break_text.utext());
  Utf8Offsets offsets(analysis);
  std::size_t block = 0;
  std::size_t paragraph_of_previous = SIZE_MAX;
  std::size_t index_in_paragraph = 0;
  std::size_t block_of_previous = SIZE_MAX;
  for (int32_t start = iterator->first(), end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    std::size_t piece_start = offsets.of(start);
    const std::size_t piece_end = offsets.of(end);
    // A segment may span the end of a block (a heading line with no full stop before a
    // paragraph); cut it at every block end it crosses.
    while (piece_start < piece_end) {
      while (block < blocks.size() && blocks[block].end <= piece_start) ++block;
      if (block == blocks.size()) break;
      const std::size_t cut = std::min(piece_end, blocks[block].end);
      const auto [s, e] = trim(analysis, std::max(piece_start, blocks[block].start), cut);
      piece_start = cut;
      if (s >= e) continue;
      const Block& owner = blocks[block];
      // ICU ends a sentence at "!" or "?" even when a lower-case word follows
      // ("'Stop!' he said."); such a piece continues the sentence before it.
      if (!sentences.empty() && block_of_previous == block && owner.kind == SentenceKind::body &&
          starts_lowercase(analysis, s, e)) {
        sentences.back().end = e;
        continue;
      }
      if (!sentences.empty() && block_of_previous == block && ends_with_initial(analysis, sentences.back().start, sentences.back().end)) {
        sentences.back().end = e;
        continue;
      }
      // "1. Expand into new markets.": ICU ends a sentence after the item number; the item
      // is one sentence with its number.
      if (!sentences.empty() && block_of_previous == block && owner.kind == SentenceKind::list_item &&
          starts_list_item(analysis.substr(sentences.back().start, e - sentences.back().start)) &&
          sentences.back().end - sentences.back().start <= 4) {
        sentences.back().end = e;
        continue;
      }
      SentenceData sentence;
      sentence.start = s;
      sentence.end = e;
      sentence.paragraph = owner.paragraph;
      sentence.kind = owner.kind;
      index_in_paragraph = owner.paragraph == paragraph_of_previous ? index_in_paragraph + 1 : 0;
      sentence.index_in_paragraph = index_in_paragraph;
      paragraph_of_previous = owner.paragraph;
      block_of_previous = block;
      sentences.push_back(sentence);
    }
  }
  return sentences;
}

struct WordForm {
  std::int32_t term = -1;
  std::string folded;
  bool stop_word = false;
  // Read from the form's bytes in the analysis text, which has the input's letters: it differs
  // from the input only where that has a NUL, an invalid byte or a line break, none a letter.
  WordCase letter_case = WordCase::other;
};

// FNV-1a, a fixed function so fingerprints agree on every platform.
void hash_into(std::uint64_t& hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  hash ^= 0xFF;  // separates words: "ab c" and "a bc" differ
  hash *= 0x100000001b3ULL;
}

void find_words(std::string_view analysis, const BreakText& break_text, std::string_view language,
                Document& document) {
  auto iterator = make_break_iterator(BreakKind::word, language, break_text.utext());
  Utf8Offsets offsets(analysis);
  // Surface form (its bytes in the analysis text) -> its analysis; an article repeats most of
  // its words, and folding through ICU is the costly part.
  StringIndex form_index;  // of the words' bytes in `analysis`
  std::vector<WordForm> forms;  // by their number
  std::unordered_map<std::string, std::int32_t> term_index;

  std::size_t sentence = 0;
  std::vector<std::uint32_t> term_counts;  // per term, within the current sentence
  std::vector<std::int32_t> terms_in_sentence;
  auto close_sentence = [&](SentenceData& data) {
    std::sort(terms_in_sentence.begin(), terms_in_sentence.end());
    data.terms.reserve(terms_in_sentence.size());
    for (const std::int32_t term : terms_in_sentence) {
      data.terms.push_back({term, term_counts[static_cast<std::size_t>(term)]});
      term_counts[static_cast<std::size_t>(term)] = 0;
      ++document.sentence_frequency[static_cast<std::size_t>(term)];
    }
    terms_in_sentence.clear();
  };
  auto& sentences = document.sentences;
  std::uint64_t fingerprint = 0xcbf29ce484222325ULL;

  for (int32_t start = iterator->first(), end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    const int32_t status = iterator->getRuleStatus();
    if (status < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
    const std::size_t token_start = offsets.of(start);
    const std::size_t token_end = offsets.of(end);
    while (sentence < sentences.size() && sentences[sentence].end <= token_start) {
      sentences[sentence].last_token = static_cast<std::uint32_t>(document.tokens.size());
      sentences[sentence].fingerprint = fingerprint;
      fingerprint = 0xcbf29ce484222325ULL;
      close_sentence(sentences[sentence]);
      ++sentence;
      if (sentence < sentences.size()) sentences[sentence].first_token = static_cast<std::uint32_t>(document.tokens.size());
    }
    if (sentence == sentences.size() || token_end <= sentences[sentence].start) continue;

    Token token;
    token.start = static_cast<std::uint32_t>(token_start);
    token.end = static_cast<std::uint32_t>(token_end);
    token.kind = status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::number
                 : status < UBRK_WORD_LETTER_LIMIT ? TokenKind::word
                                                   : TokenKind::ideographic;
    const std::string_view form_surface = analysis.substr(token_start, token_end - token_start);
    const auto [form_number, inserted] = form_index.add(form_surface);
    if (inserted) forms.emplace_back();
    WordForm& form = forms[form_number];
    if (inserted) {
      form.folded = fold(form_surface);
      form.folded.resize(form.folded.size() - possessive_length(form.folded));
      form.folded = std::string(strip_elision(language, form.folded));
      form.stop_word = is_stop_word(language, form.folded);
      form.letter_case = word_case(form_surface);
      const bool long_enough = token.kind == TokenKind::ideographic || count_code_points(form.folded) >= 2;
      if (token.kind != TokenKind::number && !form.stop_word && long_enough) {
        const std::string key = stem(language, form.folded);
        auto [term, new_term] = term_index.try_emplace(key, static_cast<std::int32_t>(document.terms.size()));
        if (new_term) {
          document.terms.push_back(key);
          document.sentence_frequency.push_back(0);
          term_counts.push_back(0);
        }
        form.term = term->second;
      }
    }
    token.form = form_number;
    token.term = form.term;
    token.stop_word = form.stop_word;
    token.capitalised = form.letter_case == WordCase::capitalised;
    token.all_caps = form.letter_case == WordCase::upper;
    hash_into(fingerprint, form.folded);
    if (form.term >= 0) {
      const auto term = static_cast<std::size_t>(form.term);
      if (term_counts[term]++ == 0) terms_in_sentence.push_back(form.term);
    }
    ++sentences[sentence].words;
    document.tokens.push_back(token);
  }
  for (; sentence < sentences.size(); ++sentence) {
    sentences[sentence].last_token = static_cast<std::uint32_t>(document.tokens.size());
    sentences[sentence].fingerprint = fingerprint;
    fingerprint = 0xcbf29ce484222325ULL;
    close_sentence(sentences[sentence]);
    if (sentence + 1 < sentences.size()) sentences[sentence + 1].first_token = static_cast<std::uint32_t>(document.tokens.size());
  }
  document.form_count = forms.size();
}

}  // namespace

bool ends_like_sentence(std::string_view line) {
  while (!line.empty() && (is_horizontal_space(line.back()) || line.back() == '"' || line.back() == '\'' ||
                           line.back() == ')')) {
    line.remove_suffix(1);
  }
  if (line.empty()) return false;
  static constexpr std::string_view terminals[] = {".", "!", "?", ":", ";", ",", "\u2026", "\u201D", "\u3002", "\uFF01", "\uFF1F"};
  for (const std::string_view terminal : terminals) {
    if (line.size() >= terminal.size() && line.substr(line.size() - terminal.size()) == terminal) return true;
  }
  return false;
}

std::string analysis_text(std::string_view text) {
  std::string analysis(text);
  for (std::size_t i = 0; i < text.size();) {
    // Most bytes are ASCII other than NUL, left as they are without a call to decode them.
    if (const auto byte = static_cast<unsigned char>(text[i]); byte != 0 && byte < 0x80) {
      ++i;
      continue;
    }
    const DecodedCodePoint decoded = decode_utf8(text, i);
    if (!decoded.valid) {
      analysis[i] = invalid_byte_stand_in;
    } else if (decoded.code_point == 0) {
      analysis[i] = ' ';
    }
    i += decoded.length;
  }
  return analysis;
}

Document segment_document(std::string_view text, std::string_view language) {
  Document document;
  document.language = std::string(language);
  document.analysis = analysis_text(text);
  const std::vector<Block> blocks = find_blocks(text, document.analysis);
  document.paragraphs = blocks.empty() ? 0 : blocks.back().paragraph + 1;
  const BreakText break_text(document.analysis);
  document.sentences = find_sentences(document.analysis, break_text, blocks, language);
  find_words(document.analysis, break_text, language, document);
  for (SentenceData& sentence : document.sentences) {
    sentence.characters = count_code_points(text.substr(sentence.start, sentence.end - sentence.start));
  }
  return document;
}

}  // namespace precis::detail
