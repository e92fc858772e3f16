#pragma once
// A small JSON reader and writer: enough for Precis's results and its JSON Lines input,
// and strict about what it accepts (RFC 8259).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/precis.h"

namespace precis::detail {

struct JsonMember;

// A parsed JSON value; only the member that `kind` names is meaningful.
struct JsonValue {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> items;                             // of an array
  std::vector<JsonMember> members;                          // of an object, in input order
  std::string_view source;  // the exact text of this value in the input, for echoing it back

  // The last member named `key` (as in JavaScript, a later duplicate wins), or nullptr.
  const JsonValue* find(std::string_view key) const;
};

struct JsonMember {
  std::string name;
  JsonValue value;
};

// Parses one JSON value that makes up the whole of `text` (surrounding white space allowed).
// Strings must be valid UTF-8; nesting is limited to keep the stack small.
Expected<JsonValue> parse_json(std::string_view text);

// Appends `text` as a JSON string literal; invalid UTF-8 is written as U+FFFD.
void append_json_string(std::string& out, std::string_view text);

// Appends a number in a form that reads back to the same value (integers without a fraction,
// others with up to 6 decimals), identical on every platform.
void append_json_number(std::string& out, double number);

// The same, written at `out`, which has room for the most they can write; they return the
// end of what they wrote. For long outputs written piece by piece (to_json), where
// std::string's appends cost more than the writing, above all in WebAssembly.
char* write_json_string(char* out, std::string_view text);
char* write_json_number(char* out, double number);
// A whole number, as write_json_number writes it, without its detour through a double.
char* write_json_whole_number(char* out, std::uint64_t number);

// The most bytes write_json_string writes for a text of `bytes` bytes: the quotes, and at
// worst six bytes ("\u001f") for each byte.
constexpr std::size_t max_json_string_length(std::size_t bytes) { return 2 + 6 * bytes; }

// The most bytes write_json_number writes: a sign and the 309 digits of the largest double.
inline constexpr std::size_t max_json_number_length = 310;
// The most bytes write_json_whole_number writes: the 20 digits of 2^64 - 1.
inline constexpr std::size_t max_json_whole_number_length = 20;

}  // namespace precis::detail
