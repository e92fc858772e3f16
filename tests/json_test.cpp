// The JSON side of Precis: to_json (the result shape of DESIGN.md), the request parser of the
// --jsonl mode, and the strict JSON reader under both (json_value.h).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "json/json_value.h"
#include "precis/json.h"
#include "test_support.h"

using precis::detail::JsonValue;
using precis::detail::parse_json;
using Kind = precis::detail::JsonValue::Kind;
using precis_test::summarize_ok;

namespace {

JsonValue parse_ok(std::string_view text) {
  precis::Expected<JsonValue> value = parse_json(text);
  if (!value) FAIL("parse_json failed: " << value.error().message << "\nin: " << text);
  return std::move(*value);
}

std::vector<std::string> keys_of(const JsonValue& object) {
  std::vector<std::string> keys;
  for (const auto& member : object.members) keys.push_back(member.name);
  return keys;
}

const JsonValue& member(const JsonValue& object, std::string_view key) {
  const JsonValue* found = object.find(key);
  if (found == nullptr) FAIL("no member \"" << key << "\"");
  return *found;
}

precis::Request request_ok(std::string_view line, const precis::Options& defaults = {}) {
  precis::Expected<precis::Request> request = precis::parse_request(line, defaults);
  if (!request) FAIL("parse_request failed: " << request.error().message << "\nfor: " << line);
  return std::move(*request);
}

std::string request_error(std::string_view line) {
  const precis::Expected<precis::Request> request = precis::parse_request(line, {});
  if (request) FAIL("parse_request accepted: " << line);
  return request.error().message;
}

std::string fffd() { return "\xEF\xBF\xBD"; }

// A Result with hostile strings in every string field.
precis::Result hostile_result() {
  precis::Result result;
  result.language = "en";
  result.sentences.push_back({0, 10, 1.0 / 3.0, true, 0, precis::SentenceKind::body, 2, 10});
  result.sentences.push_back({11, 20, 0.0, false, 1, precis::SentenceKind::list_item, 3, 9});
  result.summary = {0};
  result.entities.push_back({0, 5, precis::EntityType::ORG, std::string("He said \"hi\" \\ /\n\t\r\b\f")});
  result.entities.push_back({6, 8, precis::EntityType::EMAIL, std::string("a\x01\x1F\x7F") + '\0' + "z"});
  result.keywords.push_back({"bad \xFF\xFE bytes and </script>", 1.0});
  result.keywords.push_back({"caf\xC3\xA9 \xF0\x9F\x98\x80 \xE2\x80\xA8", 0.5});
  result.warnings.push_back("truncated \xE2\x82");
  return result;
}

}  // namespace

TEST_CASE("to_json gives the fields of DESIGN.md in a fixed order", "[json]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text);
  const std::string json = precis::to_json(result);
  CHECK(json.find('\n') == std::string::npos);  // one line
  const JsonValue root = parse_ok(json);
  REQUIRE(root.kind == Kind::object);
  const std::vector<std::string> keys = keys_of(root);
  const std::vector<std::string> required = {"language", "sentences", "summary", "entities", "keywords", "warnings"};
  // Every required key, in this order; extra keys are allowed between them.
  std::size_t next = 0;
  for (const std::string& key : keys) {
    if (next < required.size() && key == required[next]) ++next;
  }
  CHECK(next == required.size());

  CHECK(member(root, "language").kind == Kind::string);
  CHECK(member(root, "language").string == result.language);

  const JsonValue& sentences = member(root, "sentences");
  REQUIRE(sentences.kind == Kind::array);
  REQUIRE(sentences.items.size() == result.sentences.size());
  for (std::size_t i = 0; i < sentences.items.size(); ++i) {
    const JsonValue& s = sentences.items[i];
    REQUIRE(s.kind == Kind::object);
    CHECK(member(s, "start").number == static_cast<double>(result.sentences[i].start));
    CHECK(member(s, "end").number == static_cast<double>(result.sentences[i].end));
    CHECK(member(s, "score").kind == Kind::number);
    CHECK(member(s, "score").number == Approx(result.sentences[i].score).margin(1e-6));
    CHECK(member(s, "selected").kind == Kind::boolean);
    CHECK(member(s, "selected").boolean == result.sentences[i].selected);
  }

  const JsonValue& summary = member(root, "summary");
  REQUIRE(summary.kind == Kind::array);
  REQUIRE(summary.items.size() == result.summary.size());
  for (std::size_t i = 0; i < summary.items.size(); ++i) {
    CHECK(summary.items[i].number == static_cast<double>(result.summary[i]));
  }

  const JsonValue& entities = member(root, "entities");
  REQUIRE(entities.kind == Kind::array);
  REQUIRE(entities.items.size() == result.entities.size());
  REQUIRE_FALSE(entities.items.empty());
  const std::vector<std::string> types = {"PER",     "ORG",     "LOC",      "MISC",   "DATE", "TIME",
                                          "MONEY",   "PERCENT", "QUANTITY", "TICKER", "URL",  "EMAIL"};
  for (std::size_t i = 0; i < entities.items.size(); ++i) {
    const JsonValue& e = entities.items[i];
    CHECK(member(e, "start").number == static_cast<double>(result.entities[i].start));
    CHECK(member(e, "end").number == static_cast<double>(result.entities[i].end));
    CHECK(std::find(types.begin(), types.end(), member(e, "type").string) != types.end());
    CHECK(member(e, "type").string == precis::entity_type_name(result.entities[i].type));
    CHECK(member(e, "text").string == result.entities[i].text);
  }

  const JsonValue& keywords = member(root, "keywords");
  REQUIRE(keywords.kind == Kind::array);
  REQUIRE(keywords.items.size() == result.keywords.size());
  for (std::size_t i = 0; i < keywords.items.size(); ++i) {
    CHECK(member(keywords.items[i], "text").string == result.keywords[i].text);
    CHECK(member(keywords.items[i], "score").number == Approx(result.keywords[i].score).margin(1e-6));
  }

  const JsonValue& warnings = member(root, "warnings");
  REQUIRE(warnings.kind == Kind::array);
  CHECK(warnings.items.size() == result.warnings.size());
}

TEST_CASE("to_json escapes quotes and control characters and replaces invalid UTF-8", "[json]") {
  const precis::Result result = hostile_result();
  const std::string json = precis::to_json(result);
  // Valid UTF-8 with no raw control characters at all.
  CHECK(precis::detail::scan_utf8(json).invalid_sequences == 0);
  for (const char c : json) CHECK(static_cast<unsigned char>(c) >= 0x20);

  const JsonValue root = parse_ok(json);
  const JsonValue& entities = member(root, "entities");
  REQUIRE(entities.items.size() == 2);
  CHECK(member(entities.items[0], "text").string == result.entities[0].text);
  CHECK(member(entities.items[1], "text").string == result.entities[1].text);
  const JsonValue& keywords = member(root, "keywords");
  REQUIRE(keywords.items.size() == 2);
  CHECK(member(keywords.items[0], "text").string == "bad " + fffd() + fffd() + " bytes and </script>");
  CHECK(member(keywords.items[1], "text").string == result.keywords[1].text);
  REQUIRE(member(root, "warnings").items.size() == 1);
  CHECK(member(root, "warnings").items[0].string == "truncated " + fffd() + fffd());
  // Numbers: whole numbers without a fraction, others with up to six decimals.
  const JsonValue& first = member(root, "sentences").items[0];
  CHECK(first.find("start")->source == "0");
  CHECK(first.find("score")->source == "0.333333");
  CHECK(member(root, "sentences").items[1].find("score")->source == "0");
  CHECK(member(root, "sentences").items[1].find("selected")->source == "false");
}

TEST_CASE("append_json_number writes numbers that read back, the same on every platform", "[json]") {
  const auto written = [](double number) {
    std::string out;
    precis::detail::append_json_number(out, number);
    return out;
  };
  CHECK(written(0) == "0");
  CHECK(written(-0.0) == "0");
  CHECK(written(1) == "1");
  CHECK(written(1234567) == "1234567");
  CHECK(written(0.5) == "0.5");
  CHECK(written(0.25) == "0.25");
  CHECK(written(2.0 / 3.0) == "0.666667");
  CHECK(written(1e-9) == "0");
  CHECK(written(-1e-9) == "0");
  CHECK(written(-2.5) == "-2.5");
  CHECK(written(-1234567) == "-1234567");
  // Rounded from the exact binary value, a tie to even, as printf rounds.
  CHECK(written(0.0000005) == "0");  // just below the tie in binary
  CHECK(written(0.00000075) == "0.000001");
  CHECK(written(std::ldexp(1.0, -21)) == "0");  // 0.000000476...
  CHECK(written(1.0000015) == "1.000001");
  CHECK(written(0.9999996) == "1");
  // Whole numbers past 64 bits are written in full.
  CHECK(written(18446744073709551616.0) == "18446744073709551616");
  CHECK(written(1e23) == "99999999999999991611392");
  CHECK(written(-std::ldexp(1.0, 100)) == "-1267650600228229401496703205376");
  CHECK(written(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(written(std::numeric_limits<double>::infinity()) == "null");
  for (const double value : {0.1, 0.123456, 0.999999, 42.5, 1e6, 3.0}) {
    const JsonValue back = parse_ok(written(value));
    CHECK(back.number == Approx(value).margin(1e-6));
  }
}

TEST_CASE("append_json_string escapes what JSON requires", "[json]") {
  const auto written = [](std::string_view text) {
    std::string out;
    precis::detail::append_json_string(out, text);
    return out;
  };
  CHECK(written("plain") == "\"plain\"");
  CHECK(written("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(written("line\nbreak\ttab\rcr") == "\"line\\nbreak\\ttab\\rcr\"");
  CHECK(written(std::string("nul\0", 4)) == "\"nul\\u0000\"");
  CHECK(written("\x1F\x7F") == "\"\\u001f\\u007f\"");
  CHECK(written("caf\xC3\xA9") == "\"caf\xC3\xA9\"");
  CHECK(written("bad\xFF") == "\"bad" + fffd() + "\"");
}

TEST_CASE("parse_request echoes the id exactly as written", "[json]") {
  CHECK(request_ok(R"({"id": 42, "text": "Hello there."})").id == "42");
  CHECK(request_ok(R"({"id": 1.50, "text": "Hello there."})").id == "1.50");
  CHECK(request_ok(R"({"id": "doc-\"7\"", "text": "Hello there."})").id == R"("doc-\"7\"")");
  CHECK(request_ok(R"({"id": {"source": "wire", "n": [1, 2 ,3]}, "text": "Hello there."})").id ==
        R"({"source": "wire", "n": [1, 2 ,3]})");
  CHECK(request_ok(R"({"id": null, "text": "Hello there."})").id == "null");
  CHECK(request_ok(R"({"text": "Hello there."})").id == "null");
  CHECK(request_ok(R"({"text": "Hello there.", "id": "last"})").id == R"("last")");
}

TEST_CASE("parse_request reads the text and every option by its name", "[json]") {
  const precis::Request request = request_ok(
      R"({"id": 1, "text": "Caf\u00e9 \"Zur Post\"\nis open.", "sentences": 3, "language": "de", "algorithm": "lexrank", "focus": "post, open"})");
  CHECK(request.text == "Caf\xC3\xA9 \"Zur Post\"\nis open.");
  CHECK(request.options.length.unit == precis::Length::Unit::sentences);
  CHECK(request.options.length.value == 3);
  CHECK(request.options.language == "de");
  CHECK(request.options.algorithm == precis::Algorithm::lexrank);
  CHECK(request.options.focus == "post, open");

  CHECK(request_ok(R"({"text": "x", "ratio": 0.25})").options.length.unit == precis::Length::Unit::ratio);
  CHECK(request_ok(R"({"text": "x", "ratio": 0.25})").options.length.value == 0.25);
  CHECK(request_ok(R"({"text": "x", "words": 80})").options.length.unit == precis::Length::Unit::words);
  CHECK(request_ok(R"({"text": "x", "characters": 500})").options.length.unit == precis::Length::Unit::characters);
  for (const precis::Algorithm algorithm : precis::all_algorithms()) {
    const std::string line = R"({"text": "x", "algorithm": ")" + std::string(precis::algorithm_name(algorithm)) + "\"}";
    CHECK(request_ok(line).options.algorithm == algorithm);
  }
}

TEST_CASE("parse_request takes missing options from the defaults", "[json]") {
  precis::Options defaults;
  defaults.language = "fr";
  defaults.algorithm = precis::Algorithm::luhn;
  defaults.focus = "budget";
  defaults.length = precis::Length::words(50);

  const precis::Request plain = request_ok(R"({"text": "x"})", defaults);
  CHECK(plain.options.language == "fr");
  CHECK(plain.options.algorithm == precis::Algorithm::luhn);
  CHECK(plain.options.focus == "budget");
  CHECK(plain.options.length.unit == precis::Length::Unit::words);
  CHECK(plain.options.length.value == 50);

  // A length in the request replaces the default length, whatever its unit.
  const precis::Request own = request_ok(R"({"text": "x", "sentences": 2, "language": "en"})", defaults);
  CHECK(own.options.length.unit == precis::Length::Unit::sentences);
  CHECK(own.options.length.value == 2);
  CHECK(own.options.language == "en");
  CHECK(own.options.algorithm == precis::Algorithm::luhn);

  // null is the same as leaving the option out.
  const precis::Request nulls = request_ok(R"({"text": "x", "words": null, "language": null})", defaults);
  CHECK(nulls.options.length.value == 50);
  CHECK(nulls.options.language == "fr");
}

TEST_CASE("parse_request ignores members it does not know", "[json]") {
  const precis::Request request = request_ok(
      R"({"url": "https://example.com", "meta": {"tags": ["a", "b"], "n": 3}, "text": "Hello there.", "title": 7, "lang": "de"})");
  CHECK(request.text == "Hello there.");
  CHECK(request.options.language == "auto");
  CHECK(request.options.length.unit == precis::Length::Unit::automatic);
}

TEST_CASE("parse_request rejects bad requests with a message", "[json]") {
  CHECK_THAT(request_error(R"({"id": 1})"), Catch::Contains("text"));
  CHECK_THAT(request_error(R"({"id": 1, "text": 5})"), Catch::Contains("text"));
  CHECK_THAT(request_error(R"({"id": 1, "text": null})"), Catch::Contains("text"));
  CHECK_THAT(request_error(R"({"text": "x", "sentences": "3"})"), Catch::Contains("sentences"));
  CHECK_THAT(request_error(R"({"text": "x", "ratio": true})"), Catch::Contains("ratio"));
  CHECK_THAT(request_error(R"({"text": "x", "language": 5})"), Catch::Contains("language"));
  CHECK_THAT(request_error(R"({"text": "x", "focus": ["a"]})"), Catch::Contains("focus"));
  CHECK_THAT(request_error(R"({"text": "x", "algorithm": "magic"})"), Catch::Contains("magic"));
  CHECK_THAT(request_error(R"({"text": "x", "sentences": 3, "words": 50})"), Catch::Contains("only one"));
  CHECK_FALSE(request_error(R"(["text", "x"])").empty());
  CHECK_FALSE(request_error(R"("just a string")").empty());
  CHECK_THAT(request_error(R"({"text": "x")"), Catch::Contains("JSON"));
  CHECK_FALSE(request_error("").empty());
}

TEST_CASE("parse_options reads the options of a request without needing a text", "[json]") {
  precis::Options defaults;
  defaults.focus = "budget";
  const precis::Expected<precis::Options> options =
      precis::parse_options(R"({"sentences": 3, "language": "de", "algorithm": "centroid", "extra": [1]})", defaults);
  REQUIRE(options.has_value());
  CHECK(options->length.unit == precis::Length::Unit::sentences);
  CHECK(options->length.value == 3);
  CHECK(options->language == "de");
  CHECK(options->algorithm == precis::Algorithm::centroid);
  CHECK(options->focus == "budget");

  const precis::Expected<precis::Options> empty = precis::parse_options("{}", defaults);
  REQUIRE(empty.has_value());
  CHECK(empty->length.unit == precis::Length::Unit::automatic);
  CHECK(empty->focus == "budget");

  CHECK_FALSE(precis::parse_options(R"({"words": 10, "characters": 100})", {}).has_value());
  CHECK_FALSE(precis::parse_options(R"({"ratio": "half"})", {}).has_value());
  CHECK_FALSE(precis::parse_options(R"({"algorithm": "magic"})", {}).has_value());
  CHECK_FALSE(precis::parse_options("[]", {}).has_value());
  CHECK_FALSE(precis::parse_options("{", {}).has_value());
}

TEST_CASE("request_id finds the id of a request that fails, or null", "[json]") {
  CHECK(precis::request_id(R"({"id": 7, "text": 5})") == "7");
  CHECK(precis::request_id(R"({"id": {"a": 1}})") == R"({"a": 1})");
  CHECK(precis::request_id(R"({"text": "x"})") == "null");
  CHECK(precis::request_id(R"({"id": 7, "text": )") == "null");  // not JSON: the id cannot be known
  CHECK(precis::request_id("not json at all") == "null");
  CHECK(precis::request_id("[1, 2]") == "null");
}

TEST_CASE("response_json and error_json are objects that start with the id", "[json]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text);
  // The parsed values point into these strings, which must outlive them.
  const std::string response = precis::response_json(R"({"doc": 3})", result);
  const std::string json = precis::to_json(result);
  const JsonValue parsed = parse_ok(response);
  REQUIRE(parsed.kind == Kind::object);
  REQUIRE_FALSE(parsed.members.empty());
  CHECK(parsed.members.front().name == "id");
  CHECK(parsed.members.front().value.source == R"({"doc": 3})");
  // The rest is the result, member for member.
  const JsonValue alone = parse_ok(json);
  REQUIRE(parsed.members.size() == alone.members.size() + 1);
  for (std::size_t i = 0; i < alone.members.size(); ++i) {
    CHECK(parsed.members[i + 1].name == alone.members[i].name);
    CHECK(parsed.members[i + 1].value.source == alone.members[i].value.source);
  }

  const std::string error = precis::error_json("\"a\"", "bad \"thing\"\n happened \xFF");
  const JsonValue error_parsed = parse_ok(error);
  CHECK(keys_of(error_parsed) == std::vector<std::string>{"id", "error"});
  CHECK(member(error_parsed, "id").string == "a");
  CHECK(member(error_parsed, "error").string == "bad \"thing\"\n happened " + fffd());
}

TEST_CASE("parse_json accepts well-formed JSON", "[json]") {
  CHECK(parse_ok("null").kind == Kind::null);
  CHECK(parse_ok(" true ").boolean);
  CHECK_FALSE(parse_ok("false").boolean);
  CHECK(parse_ok("-0").number == 0);
  CHECK(parse_ok("1e5").number == 100000);
  CHECK(parse_ok("1.5E-3").number == Approx(0.0015));
  CHECK(parse_ok("-12.25").number == -12.25);
  CHECK(parse_ok("[]").items.empty());
  CHECK(parse_ok("{}").members.empty());
  CHECK(parse_ok("\t\r\n [1, [2, [3]], {\"a\": {}}] \n").items.size() == 3);
  CHECK(parse_ok(R"("\"\\\/\b\f\n\r\t")").string == "\"\\/\b\f\n\r\t");
  CHECK(parse_ok(R"("\u00e9\u20AC")").string == "\xC3\xA9\xE2\x82\xAC");
  CHECK(parse_ok(R"("\ud83d\ude00")").string == "\xF0\x9F\x98\x80");
  CHECK(parse_ok("\"caf\xC3\xA9\"").string == "caf\xC3\xA9");
  // A later duplicate key wins, as in JavaScript.
  CHECK(parse_ok(R"({"a": 1, "a": 2})").find("a")->number == 2);
  // The source of each value is its exact text.
  const JsonValue object = parse_ok(R"({"x" :  [1 , 2] , "y":"z"})");
  CHECK(object.find("x")->source == "[1 , 2]");
  CHECK(object.find("y")->source == "\"z\"");
}

TEST_CASE("parse_json rejects malformed JSON with a message", "[json]") {
  for (const std::string bad : {"", " ", "{", "}", "[1,]", "[1 2]", R"({"a":1,})", R"({"a" 1})", "{a:1}", "01", "1.",
                                ".5", "+1", "1e", "-", "tru", "nul", "nulll", "True", "'a'", "\"abc", R"("a\x")",
                                R"("\u12")", R"("\uZZZZ")", "NaN", "Infinity", "1 2", "[1] x", "\"tab\there\"",
                                "\"line\nbreak\"", "\"bad \xFF byte\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\""}) {
    INFO("input: " << bad);
    const precis::Expected<JsonValue> value = parse_json(bad);
    CHECK_FALSE(value.has_value());
    if (!value) CHECK_FALSE(value.error().message.empty());
  }
}

TEST_CASE("parse_json turns lone surrogates into U+FFFD", "[json]") {
  CHECK(parse_ok(R"("\ud800")").string == fffd());
  CHECK(parse_ok(R"("\udc00")").string == fffd());
  CHECK(parse_ok(R"("a\udfffb")").string == "a" + fffd() + "b");
  CHECK(parse_ok(R"("\ud800\u0041")").string == fffd() + "A");
  CHECK(parse_ok(R"("\ud800x")").string == fffd() + "x");
  CHECK(parse_ok(R"("\ude00\ud83d")").string == fffd() + fffd());  // the wrong order
  // The result is always valid UTF-8.
  CHECK(precis::detail::scan_utf8(parse_ok(R"("\udbff\udbff\udfff\udc00")").string).invalid_sequences == 0);
}

// A lone high surrogate followed by a proper pair: the pair must survive. The parser takes
// the second high surrogate as the (bad) partner of the first and then drops it, so the
// valid pair that follows is lost as well.
TEST_CASE("parse_json keeps a surrogate pair that follows a lone high surrogate", "[json]") {
  CHECK(parse_ok(R"("\ud800\ud800\udc00")").string == fffd() + "\xF0\x90\x80\x80");
  CHECK(parse_ok(R"("\ud83d\ud83d\ude00!")").string == fffd() + "\xF0\x9F\x98\x80!");
}

TEST_CASE("parse_json bounds nesting instead of exhausting the stack", "[json]") {
  const auto nested_arrays = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  CHECK(parse_json(nested_arrays(20)).has_value());
  for (const std::size_t depth : {1000u, 100000u}) {
    INFO("depth " << depth);
    const precis::Expected<JsonValue> value = parse_json(nested_arrays(depth));
    REQUIRE_FALSE(value.has_value());
    CHECK_THAT(value.error().message, Catch::Contains("deep"));
  }
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  objects += "1";
  objects += std::string(100000, '}');
  CHECK_FALSE(parse_json(objects).has_value());
  // Unterminated deep nesting fails the same way.
  CHECK_FALSE(parse_json(std::string(100000, '[')).has_value());
}

TEST_CASE("A result survives to_json and parse_json for texts in many scripts", "[json]") {
  const std::string text = "Grüße aus München! 今天天气很好。 \"Quoted\" text\twith a tab. Bad byte \xFF here. "
                           "Emoji \xF0\x9F\x98\x80 too.";
  const precis::Result result = summarize_ok(text);
  const JsonValue root = parse_ok(precis::to_json(result));
  const JsonValue& entities = member(root, "entities");
  for (std::size_t i = 0; i < entities.items.size(); ++i) {
    CHECK(member(entities.items[i], "text").string == result.entities[i].text);
  }
  CHECK(member(root, "warnings").items.size() == result.warnings.size());
}
