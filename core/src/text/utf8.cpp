#include "text/utf8.h"

namespace precis::detail {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

DecodedCodePoint decode_utf8_beyond_ascii(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const std::size_t available = text.size() - offset;
  const unsigned char lead = byte(0);
  const DecodedCodePoint invalid{replacement_character, 1, false};

  std::size_t length = 0;
  char32_t code_point = 0;
  // The second byte's range excludes overlong forms, surrogates and values above U+10FFFF
  // (Unicode Table 3-7), so every accepted sequence is well formed.
  unsigned char second_min = 0x80, second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0Fu;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07u;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return invalid;
  }
  if (available < length) return invalid;
  if (byte(1) < second_min || byte(1) > second_max) return invalid;
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(byte(i))) return invalid;
    code_point = (code_point << 6) | (byte(i) & 0x3Fu);
  }
  return {code_point, length, true};
}

void append_utf8(std::string& out, char32_t code_point) {
  const auto put = [&](char32_t bits) { out.push_back(static_cast<char>(bits)); };
  if (code_point < 0x80) {
    put(code_point);
  } else if (code_point < 0x800) {
    put(0xC0 | (code_point >> 6));
    put(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    put(0xE0 | (code_point >> 12));
    put(0x80 | ((code_point >> 6) & 0x3F));
    put(0x80 | (code_point & 0x3F));
  } else {
    put(0xF0 | (code_point >> 18));
    put(0x80 | ((code_point >> 12) & 0x3F));
    put(0x80 | ((code_point >> 6) & 0x3F));
    put(0x80 | (code_point & 0x3F));
  }
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = decode_utf8(text, i);
    if (decoded.valid) {
      out.append(text.substr(i, decoded.length));
    } else {
      append_utf8(out, replacement_character);
    }
    i += decoded.length;
  }
  return out;
}

Utf8Stats scan_utf8(std::string_view text) {
  Utf8Stats stats;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedCodePoint decoded = decode_utf8(text, i);
    if (!decoded.valid) ++stats.invalid_sequences;
    if (decoded.valid && decoded.code_point == 0) ++stats.nul_bytes;
    ++stats.code_points;
    i += decoded.length;
  }
  return stats;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); i += decode_utf8(text, i).length) ++count;
  return count;
}

}  // namespace precis::detail
