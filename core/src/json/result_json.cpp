// The result as JSON, in the shape DESIGN.md fixes, keys always in the same order.
#include <algorithm>
#include <string>
#include <string_view>

#include "json/json_value.h"
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
  void number(std::size_t value) { end_ = detail::write_json_whole_number(room(detail::max_json_whole_number_length), value); }
  void key(std::string_view name) {  // names are plain ASCII words: nothing to escape
    char* out = room(name.size() + 3);
    *out++ = '"';
    std::char_traits<char>::copy(out, name.data(), name.size());
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    end_ = out;
  }

  // The members of a flat object, each after a comma but the first.
  void open_object() {
    literal("{");
    first_member_ = true;
  }
  void close_object() { literal("}"); }
  void member(std::string_view name, double value) {
    next_member(name);
    number(value);
  }
  void member(std::string_view name, std::size_t value) {
    next_member(name);
    number(value);
  }
  void member(std::string_view name, std::string_view text) {
    next_member(name);
    string(text);
  }
  void member(std::string_view, const char*) = delete;  // would read as a bool
  void member(std::string_view name, bool value) {
    next_member(name);
    literal(value ? "true" : "false");
  }

  std::string take() && {
    text_.resize(used());
    return std::move(text_);
  }

 private:
  std::size_t used() const { return static_cast<std::size_t>(end_ - text_.data()); }

  // Where `bytes` more can be written. Called for every piece, so kept small enough to inline;
  // the text seldom grows.
  char* room(std::size_t bytes) {
    if (text_.size() - used() < bytes) grow(bytes);
    return end_;
  }

  void grow(std::size_t bytes) {
    const std::size_t at = used();
    text_.resize(std::max(2 * text_.size(), at + bytes));
    end_ = text_.data() + at;
  }

  void next_member(std::string_view name) {
    if (!first_member_) literal(",");
    first_member_ = false;
    key(name);
  }

  std::string text_;
  char* end_;
  bool first_member_ = true;
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
    out.open_object();
    out.member("start", s.start);
    out.member("end", s.end);
    out.member("score", s.score);
    out.member("selected", s.selected);
    out.member("paragraph", s.paragraph);
    out.member("kind", sentence_kind_name(s.kind));
    out.member("words", s.words);
    out.member("characters", s.characters);
    out.close_object();
  }
  out.literal("],");

  out.key("summary");
  out.literal("[");
  for (std::size_t i = 0; i < result.summary.size(); ++i) {
    if (i > 0) out.literal(",");
    out.number(result.summary[i]);
  }
  out.literal("],");

  out.key("entities");
  out.literal("[");
  for (std::size_t i = 0; i < result.entities.size(); ++i) {
    const Entity& e = result.entities[i];
    if (i > 0) out.literal(",");
    out.open_object();
    out.member("start", e.start);
    out.member("end", e.end);
    out.member("type", entity_type_name(e.type));
    out.member("text", std::string_view(e.text));
    out.close_object();
  }
  out.literal("],");

  out.key("keywords");
  out.literal("[");
  for (std::size_t i = 0; i < result.keywords.size(); ++i) {
    if (i > 0) out.literal(",");
    out.open_object();
    out.member("text", std::string_view(result.keywords[i].text));
    out.member("score", result.keywords[i].score);
    out.close_object();
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
