#pragma once
// Decoding UTF-8 as the analysis reads it: every invalid or truncated sequence becomes one
// U+FFFD and consumes one byte, so offsets always stay in the caller's bytes.
#include <cstddef>
#include <string>
#include <string_view>

namespace precis::detail {

inline constexpr char32_t replacement_character = 0xFFFD;

struct DecodedCodePoint {
  char32_t code_point;
  std::size_t length;  // bytes consumed, 1 to 4
  bool valid;
};

// Decodes the sequence of two to four bytes, or the invalid byte, at `offset`: decode_utf8's
// work beyond ASCII.
DecodedCodePoint decode_utf8_beyond_ascii(std::string_view text, std::size_t offset);

// Decodes the code point that starts at `offset` (which must be < text.size()). ASCII, most of
// the text the analysis reads, is decoded here without a call.
inline DecodedCodePoint decode_utf8(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  if (lead < 0x80) return {lead, 1, true};
  return decode_utf8_beyond_ascii(text, offset);
}

// Appends `code_point` encoded as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

// `text` with every invalid sequence replaced by U+FFFD (valid text is returned unchanged).
std::string sanitize_utf8(std::string_view text);

struct Utf8Stats {
  std::size_t invalid_sequences = 0;
  std::size_t nul_bytes = 0;
  std::size_t code_points = 0;
};
Utf8Stats scan_utf8(std::string_view text);

// Number of code points in `text`, an invalid byte counting as one.
std::size_t count_code_points(std::string_view text);

}  // namespace precis::detail
