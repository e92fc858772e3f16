#include "text_report.h"

namespace precis::cli {

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string one_line(std::string_view sentence) {
  std::string out;
  bool pending_space = false;
  for (const char c : sentence) {
    if (is_space_byte(c) || c == '\0') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return to_valid_utf8(out);
}

std::string text_report(std::string_view text, const Result& result) {
  std::string out;
  for (const std::size_t index : result.summary) {
    const Sentence& sentence = result.sentences[index];
    out += one_line(text.substr(sentence.start, sentence.end - sentence.start));
    out += '\n';
  }
  return out;
}

}  // namespace precis::cli
