// The result as JSON, in the shape DESIGN.md fixes, keys always in the same order.
#include "json_value.h"
#include "precis/precis.h"

namespace precis {

using detail::append_json_number;
using detail::append_json_string;

std::string to_json(const Result& result) {
  std::string out;
  out.reserve(128 + result.sentences.size() * 120 + result.entities.size() * 80);
  // Key names are plain ASCII words, so they need no escaping.
  const auto key = [&](std::string_view name) {
    out += '"';
    out += name;
    out += "\":";
  };
  const auto number = [&](double value) { append_json_number(out, value); };

  out += '{';
  key("language");
  append_json_string(out, result.language);

  out += ",";
  key("sentences");
  out += '[';
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    const Sentence& s = result.sentences[i];
    if (i > 0) out += ',';
    out += '{';
    key("start");
    number(static_cast<double>(s.start));
    out += ',';
    key("end");
    number(static_cast<double>(s.end));
    out += ',';
    key("score");
    number(s.score);
    out += ',';
    key("selected");
    out += s.selected ? "true" : "false";
    out += ',';
    key("paragraph");
    number(static_cast<double>(s.paragraph));
    out += ',';
    key("kind");
    append_json_string(out, sentence_kind_name(s.kind));
    out += ',';
    key("words");
    number(static_cast<double>(s.words));
    out += ',';
    key("characters");
    number(static_cast<double>(s.characters));
    out += '}';
  }
  out += "],";

  key("summary");
  out += '[';
  for (std::size_t i = 0; i < result.summary.size(); ++i) {
    if (i > 0) out += ',';
    number(static_cast<double>(result.summary[i]));
  }
  out += "],";

  key("entities");
  out += '[';
  for (std::size_t i = 0; i < result.entities.size(); ++i) {
    const Entity& e = result.entities[i];
    if (i > 0) out += ',';
    out += '{';
    key("start");
    number(static_cast<double>(e.start));
    out += ',';
    key("end");
    number(static_cast<double>(e.end));
    out += ',';
    key("type");
    append_json_string(out, entity_type_name(e.type));
    out += ',';
    key("text");
    append_json_string(out, e.text);
    out += '}';
  }
  out += "],";

  key("keywords");
  out += '[';
  for (std::size_t i = 0; i < result.keywords.size(); ++i) {
    if (i > 0) out += ',';
    out += '{';
    key("text");
    append_json_string(out, result.keywords[i].text);
    out += ',';
    key("score");
    number(result.keywords[i].score);
    out += '}';
  }
  out += "],";

  key("warnings");
  out += '[';
  for (std::size_t i = 0; i < result.warnings.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, result.warnings[i]);
  }
  out += "]}";
  return out;
}

}  // namespace precis
