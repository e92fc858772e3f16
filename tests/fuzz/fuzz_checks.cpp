#include "fuzz_checks.h"

#include <cstdio>
#include <cstdlib>

#include <vector>

#include "json/json_value.h"
#include "text/utf8.h"

namespace fuzz {

namespace {

// Where characters start, as the core reads the bytes (an invalid byte is a character of its
// own): no offset may split one.
std::vector<bool> character_starts(std::string_view text) {
  std::vector<bool> starts(text.size() + 1, false);
  for (std::size_t i = 0; i < text.size(); i += precis::detail::decode_utf8(text, i).length) starts[i] = true;
  starts[text.size()] = true;
  return starts;
}

}  // namespace

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

void check_result(std::string_view text, const precis::Result& result) {
  const std::vector<bool> starts = character_starts(text);
  const auto on_boundary = [&](std::size_t offset) { return offset <= text.size() && starts[offset]; };
  std::size_t previous_end = 0;
  for (const precis::Sentence& s : result.sentences) {
    require(s.start < s.end && s.end <= text.size(), "sentence offsets out of bounds or empty");
    require(s.start >= previous_end, "sentences overlap or are out of order");
    require(on_boundary(s.start) && on_boundary(s.end), "sentence offset inside a character");
    require(s.score >= 0 && s.score <= 1, "score outside [0, 1]");
    previous_end = s.end;
  }
  std::size_t selected = 0;
  for (std::size_t i = 0; i < result.summary.size(); ++i) {
    require(result.summary[i] < result.sentences.size(), "summary index out of range");
    require(i == 0 || result.summary[i - 1] < result.summary[i], "summary not ascending");
    require(result.sentences[result.summary[i]].selected, "summary sentence not marked selected");
  }
  for (const precis::Sentence& s : result.sentences) selected += s.selected ? 1 : 0;
  require(selected == result.summary.size(), "selected flags disagree with the summary");
  previous_end = 0;
  for (const precis::Entity& e : result.entities) {
    require(e.start < e.end && e.end <= text.size(), "entity offsets out of bounds or empty");
    require(e.start >= previous_end, "entities overlap or are out of order");
    require(on_boundary(e.start) && on_boundary(e.end), "entity offset inside a character");
    require(e.text == precis::to_valid_utf8(text.substr(e.start, e.end - e.start)), "entity text is not its slice");
    previous_end = e.end;
  }
  for (const precis::Keyword& k : result.keywords) require(k.score > 0 && k.score <= 1, "keyword score outside (0, 1]");
  check_json_object(precis::to_json(result));
}

void check_json_object(std::string_view json) {
  const precis::Expected<precis::detail::JsonValue> parsed = precis::detail::parse_json(json);
  require(parsed.has_value(), "output is not valid JSON");
  require(parsed->kind == precis::detail::JsonValue::Kind::object, "output is not a JSON object");
}

}  // namespace fuzz
