#include "json/json_value.h"

#include <cmath>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "text/utf8.h"

namespace precis::detail {

namespace {

constexpr int max_depth = 64;

// A byte that a JSON string holds as it is, read or written: printable ASCII other than the
// quote and the backslash.
bool is_plain_ascii(unsigned char byte) { return byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\'; }

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
      // Printable ASCII stands for itself: copied a run at a time, since most text is such runs.
      std::size_t run_end = position_;
      while (run_end < text_.size() && is_plain_ascii(static_cast<unsigned char>(text_[run_end]))) ++run_end;
      if (run_end > position_) {
        out.append(text_.substr(position_, run_end - position_));
        position_ = run_end;
        continue;
      }
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

char* write_json_string(char* out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  const auto put = [&](std::string_view piece) {
    std::char_traits<char>::copy(out, piece.data(), piece.size());
    out += piece.size();
  };
  *out++ = '"';
  for (std::size_t i = 0; i < text.size();) {
    // Printable ASCII needs no escape: copied a run at a time, since most text is such runs.
    std::size_t run_end = i;
    while (run_end < text.size() && is_plain_ascii(static_cast<unsigned char>(text[run_end]))) ++run_end;
    if (run_end > i) {
      put(text.substr(i, run_end - i));
      i = run_end;
      continue;
    }
    const DecodedCodePoint decoded = decode_utf8(text, i);
    const char32_t c = decoded.valid ? decoded.code_point : replacement_character;
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          put("\\u00");
          *out++ = hex[(c >> 4) & 0xF];
          *out++ = hex[c & 0xF];
        } else if (decoded.valid) {
          put(text.substr(i, decoded.length));
        } else {
          put("\xEF\xBF\xBD");  // U+FFFD
        }
    }
    i += decoded.length;
  }
  *out++ = '"';
  return out;
}

void append_json_string(std::string& out, std::string_view text) {
  const std::size_t size = out.size();
  out.resize(size + max_json_string_length(text.size()));
  out.resize(static_cast<std::size_t>(write_json_string(out.data() + size, text) - out.data()));
}

namespace {

__extension__ typedef unsigned __int128 Wide;

// Writes the digits of `value` to end just before `end`; returns where they start.
char* write_digits(std::uint64_t value, char* end) {
  do {
    *--end = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  return end;
}

// Writes `value`'s digits at `out`; returns their end.
char* write_whole_number(char* out, std::uint64_t value) {
  char digits[20];
  char* const end = digits + sizeof digits;
  const char* start = write_digits(value, end);
  while (start < end) *out++ = *start++;
  return out;
}

// mantissa / 2^shift (shift at least 1) times 10^6, rounded to a whole number as printf's
// "%.6f" rounds: from the exact binary value, a tie to even.
Wide rounded_millionths(std::uint64_t mantissa, int shift) {
  const Wide scaled = static_cast<Wide>(mantissa) * 1000000u;  // below 2^73
  if (shift > 74) return 0;  // below half a millionth
  const Wide quotient = scaled >> shift;
  const Wide remainder = scaled - (quotient << shift);
  const Wide half = Wide{1} << (shift - 1);
  const bool round_up = remainder > half || (remainder == half && (quotient & 1) != 0);
  return quotient + (round_up ? 1 : 0);
}

// A whole number of 2^64 or more, mantissa * 2^exponent, written out in full as printf does;
// worked in base-10^9 limbs, least significant first.
char* write_big_whole_number(char* out, std::uint64_t mantissa, int exponent) {
  constexpr std::uint32_t limb_base = 1000000000;
  std::vector<std::uint32_t> limbs;
  for (; mantissa != 0; mantissa /= limb_base) limbs.push_back(static_cast<std::uint32_t>(mantissa % limb_base));
  while (exponent > 0) {
    const int step = std::min(exponent, 28);  // a limb shifted by 28 bits still fits in 64
    exponent -= step;
    std::uint64_t carry = 0;
    for (std::uint32_t& limb : limbs) {
      const std::uint64_t value = (static_cast<std::uint64_t>(limb) << step) + carry;
      limb = static_cast<std::uint32_t>(value % limb_base);
      carry = value / limb_base;
    }
    if (carry != 0) limbs.push_back(static_cast<std::uint32_t>(carry));
  }
  out = write_whole_number(out, limbs.back());
  for (auto limb = limbs.rbegin() + 1; limb != limbs.rend(); ++limb) {
    char* const end = out + 9;
    char* start = write_digits(*limb, end);
    while (start > out) *--start = '0';
    out = end;
  }
  return out;
}

}  // namespace

// The text is that of printf's "%.0f" for whole numbers and "%.6f" for others, less trailing
// zeros, with "-0" written as "0". It is worked out here, exactly, rather than with snprintf:
// a result holds hundreds of thousands of numbers, and in WebAssembly snprintf took most of
// to_json's time (and its floating-point code weighed on the bundle).
char* write_json_number(char* out, double number) {
  if (!std::isfinite(number)) {
    std::char_traits<char>::copy(out, "null", 4);
    return out + 4;
  }
  const double magnitude = std::fabs(number);
  int exponent = 0;
  const auto mantissa = static_cast<std::uint64_t>(std::ldexp(std::frexp(magnitude, &exponent), 53));
  exponent -= 53;  // magnitude = mantissa * 2^exponent, exactly
  if (number == std::floor(number)) {
    if (number < 0) *out++ = '-';
    if (magnitude < 18446744073709551616.0) return write_whole_number(out, static_cast<std::uint64_t>(magnitude));
    return write_big_whole_number(out, mantissa, exponent);
  }
  // Not whole, so below 2^52, with exponent below 0.
  const Wide millionths = rounded_millionths(mantissa, -exponent);
  if (number < 0 && millionths != 0) *out++ = '-';
  out = write_whole_number(out, static_cast<std::uint64_t>(millionths / 1000000));
  auto fraction = static_cast<std::uint64_t>(millionths % 1000000);
  if (fraction == 0) return out;
  int digits = 6;
  for (; fraction % 10 == 0; fraction /= 10) --digits;
  *out++ = '.';
  char* const end = out + digits;
  char* start = write_digits(fraction, end);
  while (start > out) *--start = '0';
  return end;
}

char* write_json_whole_number(char* out, std::uint64_t number) { return write_whole_number(out, number); }

void append_json_number(std::string& out, double number) {
  char buffer[max_json_number_length];
  out.append(buffer, write_json_number(buffer, number));
}

}  // namespace precis::detail
