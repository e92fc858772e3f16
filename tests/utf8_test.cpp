// utf8.h: decoding as the analysis reads it. Every invalid or truncated sequence is one
// U+FFFD that consumes exactly one byte, so offsets always stay in the caller's bytes.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "text/utf8.h"

using precis::detail::count_code_points;
using precis::detail::decode_utf8;
using precis::detail::DecodedCodePoint;
using precis::detail::replacement_character;
using precis::detail::sanitize_utf8;
using precis::detail::scan_utf8;

namespace {

const std::string fffd = "\xEF\xBF\xBD";

void check_valid(std::string_view bytes, char32_t code_point) {
  INFO("bytes of U+" << std::hex << static_cast<unsigned long>(code_point));
  const DecodedCodePoint decoded = decode_utf8(bytes, 0);
  CHECK(decoded.valid);
  CHECK(decoded.code_point == code_point);
  CHECK(decoded.length == bytes.size());
}

void check_invalid_at_start(std::string_view bytes) {
  const DecodedCodePoint decoded = decode_utf8(bytes, 0);
  CHECK_FALSE(decoded.valid);
  CHECK(decoded.code_point == replacement_character);
  CHECK(decoded.length == 1);  // one byte, so the next byte is read on its own
}

}  // namespace

TEST_CASE("decode_utf8 reads ASCII and well-formed multi-byte sequences", "[utf8]") {
  check_valid("A", U'A');
  check_valid(std::string_view("\0", 1), U'\0');
  check_valid("\x7F", 0x7F);
  check_valid("\xC2\x80", 0x80);               // smallest two-byte
  check_valid("\xC3\xA9", U'\u00E9');          // é
  check_valid("\xDF\xBF", 0x7FF);              // largest two-byte
  check_valid("\xE0\xA0\x80", 0x800);          // smallest three-byte
  check_valid("\xE2\x82\xAC", U'\u20AC');      // €
  check_valid("\xE3\x80\x82", U'\u3002');      // 。
  check_valid("\xED\x9F\xBF", 0xD7FF);         // just below the surrogates
  check_valid("\xEE\x80\x80", 0xE000);         // just above them
  check_valid("\xEF\xBF\xBD", 0xFFFD);
  check_valid("\xF0\x90\x80\x80", 0x10000);    // smallest four-byte
  check_valid("\xF0\x9F\x98\x80", U'\U0001F600');  // 😀
  check_valid("\xF4\x8F\xBF\xBF", 0x10FFFF);   // the last code point
}

TEST_CASE("decode_utf8 reads at an offset inside a longer text", "[utf8]") {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  CHECK(decode_utf8(text, 0).code_point == U'a');
  CHECK(decode_utf8(text, 1).code_point == U'\u00E9');
  CHECK(decode_utf8(text, 3).code_point == U'\u20AC');
  CHECK(decode_utf8(text, 6).code_point == U'\U0001F600');
  CHECK(decode_utf8(text, 10).code_point == U'z');
  // In the middle of a character: a lone continuation byte.
  check_invalid_at_start(std::string_view(text).substr(2));
}

TEST_CASE("decode_utf8 rejects overlong forms one byte at a time", "[utf8]") {
  check_invalid_at_start("\xC0\x80");              // NUL in two bytes
  check_invalid_at_start("\xC0\xAF");              // '/' in two bytes
  check_invalid_at_start("\xC1\xBF");
  check_invalid_at_start("\xE0\x80\xAF");          // '/' in three bytes
  check_invalid_at_start("\xE0\x9F\xBF");          // U+07FF in three bytes
  check_invalid_at_start("\xF0\x80\x80\xAF");      // '/' in four bytes
  check_invalid_at_start("\xF0\x8F\xBF\xBF");      // U+FFFF in four bytes
}

TEST_CASE("decode_utf8 rejects surrogates and code points above U+10FFFF", "[utf8]") {
  check_invalid_at_start("\xED\xA0\x80");          // U+D800
  check_invalid_at_start("\xED\xBF\xBF");          // U+DFFF
  check_invalid_at_start("\xED\xA0\xBD\xED\xB8\x80");  // a CESU-8 surrogate pair
  check_invalid_at_start("\xF4\x90\x80\x80");      // U+110000
  check_invalid_at_start("\xF5\x80\x80\x80");
  check_invalid_at_start("\xF8\x88\x80\x80\x80");  // old five-byte form
  check_invalid_at_start("\xFE");
  check_invalid_at_start("\xFF");
}

TEST_CASE("decode_utf8 rejects truncated sequences and lone continuation bytes", "[utf8]") {
  check_invalid_at_start("\xC3");                  // at the end of the text
  check_invalid_at_start("\xE2\x82");
  check_invalid_at_start("\xF0\x9F\x98");
  check_invalid_at_start("\xC3 ");                 // followed by a non-continuation byte
  check_invalid_at_start("\xE2\x82z");
  check_invalid_at_start("\xF0\x9F\x98z");
  check_invalid_at_start("\x80");
  check_invalid_at_start("\xBF");
  check_invalid_at_start("\x80\x80\x80");
}

TEST_CASE("sanitize_utf8 leaves valid text unchanged", "[utf8]") {
  const std::string valid = "Grüße aus München 😀 — 今天天气很好。 Привет";
  CHECK(sanitize_utf8(valid) == valid);
  CHECK(sanitize_utf8("") == "");
  const std::string with_nul("a\0b", 3);
  CHECK(sanitize_utf8(with_nul) == with_nul);  // NUL is valid UTF-8
}

TEST_CASE("sanitize_utf8 replaces each invalid byte with one U+FFFD", "[utf8]") {
  CHECK(sanitize_utf8("caf\xE9") == "caf" + fffd);
  CHECK(sanitize_utf8("\xFF\xFE") == fffd + fffd);
  CHECK(sanitize_utf8("a\xC3") == "a" + fffd);                     // truncated at the end
  CHECK(sanitize_utf8("\xE2\x82z") == fffd + fffd + "z");          // truncated in the middle
  CHECK(sanitize_utf8("\xC0\xAF") == fffd + fffd);                 // overlong
  CHECK(sanitize_utf8("\xED\xA0\x80") == fffd + fffd + fffd);      // surrogate
  CHECK(sanitize_utf8("x\x80y") == "x" + fffd + "y");              // lone continuation
  // Valid characters around invalid bytes survive intact.
  CHECK(sanitize_utf8("\xC3\xA9\xFF\xE2\x82\xAC") == "\xC3\xA9" + fffd + "\xE2\x82\xAC");
  // The result is always valid.
  const std::string cleaned = sanitize_utf8("\xF0\x9F\x98\xFF\xC3\xC3\xA9\xED\xBF\xBF");
  CHECK(scan_utf8(cleaned).invalid_sequences == 0);
}

TEST_CASE("scan_utf8 counts invalid sequences, NUL bytes and code points", "[utf8]") {
  SECTION("valid text") {
    const auto stats = scan_utf8("Grüße 😀");
    CHECK(stats.invalid_sequences == 0);
    CHECK(stats.nul_bytes == 0);
    CHECK(stats.code_points == 7);
  }
  SECTION("empty text") {
    const auto stats = scan_utf8("");
    CHECK(stats.invalid_sequences == 0);
    CHECK(stats.code_points == 0);
  }
  SECTION("invalid bytes, each one counted") {
    const auto stats = scan_utf8("a\xFF\xFE b\xC3 \xE2\x82");
    CHECK(stats.invalid_sequences == 5);
    CHECK(stats.code_points == 9);
  }
  SECTION("NUL bytes") {
    const auto stats = scan_utf8(std::string_view("a\0b\0\0", 5));
    CHECK(stats.nul_bytes == 3);
    CHECK(stats.invalid_sequences == 0);
    CHECK(stats.code_points == 5);
  }
  SECTION("an overlong NUL is invalid, not a NUL") {
    const auto stats = scan_utf8("\xC0\x80");
    CHECK(stats.nul_bytes == 0);
    CHECK(stats.invalid_sequences == 2);
  }
}

TEST_CASE("count_code_points counts characters and each invalid byte once", "[utf8]") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("abc") == 3);
  CHECK(count_code_points("Grüße") == 5);
  CHECK(count_code_points("今天天气很好。") == 7);
  CHECK(count_code_points("😀👍🏽") == 3);  // the skin tone modifier is a code point of its own
  CHECK(count_code_points("\xFF\xFE") == 2);
  CHECK(count_code_points("\xE2\x82") == 2);
  CHECK(count_code_points("a\xE2\x82\xAC" "b") == 3);
}

TEST_CASE("append_utf8 encodes what decode_utf8 decodes", "[utf8]") {
  for (const char32_t code_point : {U'A', U'\u00E9', U'\u07FF', U'\u0800', U'\u20AC', U'\uFFFD', U'\U00010000',
                                    U'\U0001F600', U'\U0010FFFF'}) {
    std::string encoded;
    precis::detail::append_utf8(encoded, code_point);
    const DecodedCodePoint decoded = decode_utf8(encoded, 0);
    CHECK(decoded.valid);
    CHECK(decoded.code_point == code_point);
    CHECK(decoded.length == encoded.size());
  }
}
