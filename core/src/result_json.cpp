// The result as JSON, in the shape DESIGN.md fixes, keys always in the same order.
#include <algorithm>
#include <string>
#include <string_view>

#include "json_value.h"
#include "precis/precis.h"

namespace precis {

namespace {

// The JSON text, written through a pointer into a string grown ahead of the writing: a result
// has hundreds of thousands of pieces, and std::string's own appends cost most of to_json in
// WebAssembly.
class JsonText {
 public:
  explicit JsonText(std::size_t expected_size) : text_(expected_size, '\0'), end_(text_.data()) {}

  void literal(std::string_view piece) {
    std::char_traits<char>::copy(room(piece.size()), piece.data(), piece.size());
    end_ += piece.size();
  }
  void string(std::string_view text) { end_ = detail::write_json_string(room(detail::max_json_string_length(text.size())), text); }
  void number(double value) { end_ = detail::write_json_number(room(detail::max_json_number_length), value); }
  void key(std::string_view name) {  // names are plain ASCII words: nothing to escape
    literal("\"");
    literal(name);
    literal("\":");
  }

  std::string take() && {
    text_.resize(used());
    return std::move(text_);
  }

 private:
  std::size_t used() const { return static_cast<std::size_t>(end_ - text_.data()); }

  // Where `bytes` more can be written.
  char* room(std::size_t bytes) {
    if (text_.size() - used() < bytes) {
      const std::size_t at = used();
      text_.resize(std::max(2 * text_.size(), at + bytes));
      end_ = text_.data() + at;
    }
    return end_;
  }

  std::string text_;
  char* end_;
};

}  // namespace

std::string to_json(const Result& result) {
  JsonText out(128 + result.sentences.size() * 120 + result.entities.size() * 80);
  out.literal("{");
  out.key("language");
  out.string(result.language);

  out.literal(",");
  out.key("sentences");
  out.literal("[");
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    const Sentence& s = result.sentences[i];
    if (i > 0) out.literal(",");
    out.literal("{");
    out.key("start");
    out.number(static_cast<double>(s.start));
    out.literal(",");
    out.key("end");
    out.number(static_cast<double>(s.end));
    out.literal(",");
    out.key("score");
    out.number(s.score);
    out.literal(",");
    out.key("selected");
    out.literal(s.selected ? "true" : "false");
    out.literal(",");
    out.key("paragraph");
    out.number(static_cast<double>(s.paragraph));
    out.literal(",");
    out.key("kind");
    out.string(sentence_kind_name(s.kind));
    out.literal(",");
    out.key("words");
    out.number(static_cast<double>(s.words));
    out.literal(",");
    out.key("characters");
    out.number(static_cast<double>(s.characters));
    out.literal("}");
  }
  out.literal("],");

  out.key("summary");
  out.literal("[");
  for (std::size_t i = 0; i < result.summary.size(); ++i) {
    if (i > 0) out.literal(",");
    out.number(static_cast<double>(result.summary[i]));
  }
  out.literal("],");

  out.key("entities");
  out.literal("[");
  for (std::size_t i = 0; i < result.entities.size(); ++i) {
    const Entity& e = result.entities[i];
    if (i > 0) out.literal(",");
    out.literal("{");
    out.key("start");
    out.number(static_cast<double>(e.start));
    out.literal(",");
    out.key("end");
    out.number(static_cast<double>(e.end));
    out.literal(",");
    out.key("type");
    out.string(entity_type_name(e.type));
    out.literal(",");
    out.key("text");
    out.string(e.text);
    out.literal("}");
  }
  out.literal("],");

  out.key("keywords");
  out.literal("[");
  for (std::size_t i = 0; i < result.keywords.size(); ++i) {
    if (i > 0) out.literal(",");
    out.literal("{");
    out.key("text");
    out.string(result.keywords[i].text);
    out.literal(",");
    out.key("score");
    out.number(result.keywords[i].score);
    out.literal("}");
  }
  out.literal("],");

  out.key("warnings");
  out.literal("[");
  for (std::size_t i = 0; i < result.warnings.size(); ++i) {
    if (i > 0) out.literal(",");
    out.string(result.warnings[i]);
  }
  out.literal("]}");
  return std::move(out).take();
}

}  // namespace precis
