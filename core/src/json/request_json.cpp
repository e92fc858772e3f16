#include <cmath>

#include "json/json_value.h"
#include "precis/json.h"

namespace precis {

namespace {

using detail::JsonValue;
using Kind = detail::JsonValue::Kind;

constexpr std::pair<std::string_view, Length::Unit> length_members[] = {
    {"sentences", Length::Unit::sentences},
    {"ratio", Length::Unit::ratio},
    {"words", Length::Unit::words},
    {"characters", Length::Unit::characters},
};

std::string quoted(std::string_view name) {
  std::string out(1, '"');
  out += name;
  out += '"';
  return out;
}

// Reads an optional string member into `target`.
std::string read_string(const JsonValue& object, std::string_view name, std::string& target) {
  const JsonValue* found = object.find(name);
  if (found == nullptr || found->kind == Kind::null) return {};
  if (found->kind != Kind::string) return quoted(name) + " must be a string";
  target = found->string;
  return {};
}

// Reads the option members of a parsed JSON object over `defaults`.
Expected<Options> read_options(const JsonValue& object, const Options& defaults) {
  Options options = defaults;
  bool length_set = false;
  for (const auto& [name, unit] : length_members) {
    const JsonValue* found = object.find(name);
    if (found == nullptr || found->kind == Kind::null) continue;
    if (found->kind != Kind::number) return Error{quoted(name) + " must be a number"};
    if (length_set) return Error{"give only one of \"sentences\", \"ratio\", \"words\" and \"characters\""};
    length_set = true;
    options.length = {unit, found->number};
  }

  std::string algorithm;
  for (const std::string& problem : {read_string(object, "language", options.language),
                                     read_string(object, "focus", options.focus),
                                     read_string(object, "algorithm", algorithm)}) {
    if (!problem.empty()) return Error{problem};
  }
  if (!algorithm.empty()) {
    const std::optional<Algorithm> known = algorithm_from_name(algorithm);
    if (!known) return Error{"unknown algorithm \"" + algorithm + "\""};
    options.algorithm = *known;
  }
  return options;
}

Expected<JsonValue> parse_object(std::string_view json, std::string_view what) {
  Expected<JsonValue> parsed = detail::parse_json(json);
  if (!parsed) return Error{"invalid JSON: " + parsed.error().message};
  if (parsed->kind != Kind::object) return Error{"the " + std::string(what) + " must be a JSON object"};
  return parsed;
}

}  // namespace

Expected<Options> parse_options(std::string_view json, const Options& defaults) {
  Expected<JsonValue> object = parse_object(json, "options");
  if (!object) return object.error();
  return read_options(*object, defaults);
}

Expected<Request> parse_request(std::string_view json, const Options& defaults) {
  Expected<JsonValue> object = parse_object(json, "request");
  if (!object) return object.error();

  Request request;
  if (const JsonValue* id = object->find("id")) request.id = std::string(id->source);
  const JsonValue* text = object->find("text");
  if (text == nullptr || text->kind != Kind::string) return Error{"the request needs \"text\", a string"};
  request.text = text->string;
  Expected<Options> options = read_options(*object, defaults);
  if (!options) return options.error();
  request.options = std::move(*options);
  return request;
}

std::string request_id(std::string_view json) {
  Expected<JsonValue> parsed = detail::parse_json(json);
  if (!parsed || parsed->kind != Kind::object) return "null";
  const JsonValue* id = parsed->find("id");
  return id == nullptr ? "null" : std::string(id->source);
}

std::string response_json(std::string_view id_json, const Result& result) {
  const std::string body = to_json(result);
  std::string out = "{\"id\":";
  out += id_json;
  out += ',';
  out.append(body, 1);  // the result's members, after its opening brace
  return out;
}

std::string error_json(std::string_view id_json, std::string_view message) {
  std::string out = "{\"id\":";
  out += id_json;
  out += ",\"error\":";
  detail::append_json_string(out, message);
  out += '}';
  return out;
}

std::string error_json(std::string_view message) {
  std::string out = "{\"error\":";
  detail::append_json_string(out, message);
  out += '}';
  return out;
}

}  // namespace precis
