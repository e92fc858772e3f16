#include "json_value.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "utf8.h"

namespace precis::detail {

namespace {

constexpr int max_depth = 64;

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  Expected<JsonValue> parse_document() {
    skip_space();
    JsonValue value;
    if (!parse_value(value, 0)) return Error{error_};
    skip_space();
    if (position_ != text_.size()) return Error{"unexpected text after the JSON value at byte " + std::to_string(position_)};
    return value;
  }

 private:
  bool fail(const std::string& message) {
    error_ = message + " at byte " + std::to_string(position_);
    return false;
  }

  void skip_space() {
    while (position_ < text_.size() &&
           (text_[position_] == ' ' || text_[position_] == '\t' || text_[position_] == '\n' || text_[position_] == '\r')) {
      ++position_;
    }
  }

  bool literal(std::string_view word) {
    if (text_.substr(position_, word.size()) != word) return false;
    position_ += word.size();
    return true;
  }

  bool parse_value(JsonValue& out, int depth) {
    if (depth > max_depth) return fail("JSON nested too deeply");
    if (position_ >= text_.size()) return fail("unexpected end of JSON");
    const std::size_t start = position_;
    bool ok = true;
    switch (text_[position_]) {
      case '{': ok = parse_object(out, depth); break;
      case '[': ok = parse_array(out, depth); break;
      case '"':
        out.kind = JsonValue::Kind::string;
        ok = parse_string(out.string);
        break;
      case 't':
        out.kind = JsonValue::Kind::boolean;
        out.boolean = true;
        ok = literal("true") || fail("invalid literal");
        break;
      case 'f':
        out.kind = JsonValue::Kind::boolean;
        ok = literal("false") || fail("invalid literal");
        break;
      case 'n': ok = literal("null") || fail("invalid literal"); break;
      default: ok = parse_number(out); break;
    }
    out.source = text_.substr(start, position_ - start);
    return ok;
  }

  bool parse_object(JsonValue& out, int depth) {
    ++position_;
    out.kind = JsonValue::Kind::object;
    skip_space();
    if (position_ < text_.size() && text_[position_] == '}') {
      ++position_;
      return true;
    }
    while (true) {
      skip_space();
      if (position_ >= text_.size() || text_[position_] != '"') return fail("expected a string key");
      std::string key;
      if (!parse_string(key)) return false;
      skip_space();
      if (position_ >= text_.size() || text_[position_] != ':') return fail("expected ':'");
      ++position_;
      skip_space();
      JsonValue value;
      if (!parse_value(value, depth + 1)) return false;
      out.members.push_back({std::move(key), std::move(value)});
      skip_space();
      if (position_ < text_.size() && text_[position_] == ',') {
        ++position_;
        continue;
      }
      if (position_ < text_.size() && text_[position_] == '}') {
        ++position_;
        return true;
      }
      return fail("expected ',' or '}'");
    }
  }

  bool parse_array(JsonValue& out, int depth) {
    ++position_;
    out.kind = JsonValue::Kind::array;
    skip_space();
    if (position_ < text_.size() && text_[position_] == ']') {
      ++position_;
      return true;
    }
    while (true) {
      skip_space();
      JsonValue value;
      if (!parse_value(value, depth + 1)) return false;
      out.items.push_back(std::move(value));
      skip_space();
      if (position_ < text_.size() && text_[position_] == ',') {
        ++position_;
        continue;
      }
      if (position_ < text_.size() && text_[position_] == ']') {
        ++position_;
        return true;
      }
      return fail("expected ',' or ']'");
    }
  }

  bool parse_hex4(char32_t& out) {
    if (position_ + 4 > text_.size()) return fail("truncated \\u escape");
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[position_++];
      out <<= 4;
      if (c >= '0' && c <= '9') out |= static_cast<char32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') out |= static_cast<char32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') out |= static_cast<char32_t>(c - 'A' + 10);
      else return fail("invalid \\u escape");
    }
    return true;
  }

  bool parse_string(std::string& out) {
    ++position_;  // the opening quote
    while (true) {
      if (position_ >= text_.size()) return fail("unterminated string");
      const auto c = static_cast<unsigned char>(text_[position_]);
      if (c == '"') {
        ++position_;
        return true;
      }
      if (c < 0x20) return fail("control character in string");
      if (c == '\\') {
        ++position_;
        if (position_ >= text_.size()) return fail("unterminated string");
        const char escape = text_[position_++];
        switch (escape) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            char32_t unit = 0;
            if (!parse_hex4(unit)) return false;
            // A high surrogate pairs with a low one in the next escape; anything else leaves it
            // alone, and the next escape is read afresh (it may start a pair of its own).
            if (unit >= 0xD800 && unit <= 0xDBFF && text_.substr(position_, 2) == "\\u") {
              const std::size_t next_escape = position_;
              position_ += 2;
              char32_t low = 0;
              if (!parse_hex4(low)) return false;
              if (low >= 0xDC00 && low <= 0xDFFF) {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              } else {
                position_ = next_escape;
              }
            }
            // A lone surrogate cannot be encoded in UTF-8.
            append_utf8(out, (unit >= 0xD800 && unit <= 0xDFFF) ? replacement_character : unit);
            break;
          }
          default: return fail("invalid escape in string");
        }
        continue;
      }
      const DecodedCodePoint decoded = decode_utf8(text_, position_);
      if (!decoded.valid) return fail("invalid UTF-8 in string");
      out.append(text_.substr(position_, decoded.length));
      position_ += decoded.length;
    }
  }

  bool parse_number(JsonValue& out) {
    const std::size_t start = position_;
    const auto digit = [&] { return position_ < text_.size() && text_[position_] >= '0' && text_[position_] <= '9'; };
    if (position_ < text_.size() && text_[position_] == '-') ++position_;
    if (!digit()) return fail("invalid value");
    if (text_[position_] == '0') {
      ++position_;
    } else {
      while (digit()) ++position_;
    }
    if (position_ < text_.size() && text_[position_] == '.') {
      ++position_;
      if (!digit()) return fail("invalid number");
      while (digit()) ++position_;
    }
    if (position_ < text_.size() && (text_[position_] == 'e' || text_[position_] == 'E')) {
      ++position_;
      if (position_ < text_.size() && (text_[position_] == '+' || text_[position_] == '-')) ++position_;
      if (!digit()) return fail("invalid number");
      while (digit()) ++position_;
    }
    // strtod needs a terminated string; numbers are short.
    const std::string digits(text_.substr(start, position_ - start));
    out.kind = JsonValue::Kind::number;
    out.number = std::strtod(digits.c_str(), nullptr);
    return true;
  }

  std::string_view text_;
  std::size_t position_ = 0;
  std::string error_;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    if (it->name == key) return &it->value;
  }
  return nullptr;
}

Expected<JsonValue> parse_json(std::string_view text) { return JsonParser(text).parse_document(); }

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = decode_utf8(text, i);
    const char32_t c = decoded.valid ? decoded.code_point : replacement_character;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += hex[(c >> 4) & 0xF];
          out += hex[c & 0xF];
        } else if (decoded.valid) {
          out.append(text.substr(i, decoded.length));
        } else {
          append_utf8(out, replacement_character);
        }
    }
    i += decoded.length;
  }
  out += '"';
}

void append_json_number(std::string& out, double number) {
  if (!std::isfinite(number)) {
    out += "null";
    return;
  }
  char buffer[64];
  if (number == std::floor(number) && std::fabs(number) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", number);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6f", number);
    // Trailing zeros carry nothing: 0.500000 -> 0.5.
    char* end = buffer + std::char_traits<char>::length(buffer);
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
    *end = '\0';
  }
  if (std::char_traits<char>::compare(buffer, "-0", 3) == 0) {
    out += '0';
    return;
  }
  out += buffer;
}

}  // namespace precis::detail
