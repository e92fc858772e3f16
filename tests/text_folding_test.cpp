// text_folding.h: the character classes and scripts, whose ASCII answers are given without ICU.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/text_folding.h"

TEST_CASE("the character classes agree with ICU's properties for every ASCII character", "[text_folding]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    const auto code_point = static_cast<UChar32>(c);
    CAPTURE(static_cast<int>(c));
    CHECK(precis::detail::is_letter(c) == static_cast<bool>(u_isalpha(code_point)));
    CHECK(precis::detail::is_digit(c) == static_cast<bool>(u_isdigit(code_point)));
    CHECK(precis::detail::is_space(c) == static_cast<bool>(u_isUWhiteSpace(code_point)));
    CHECK(precis::detail::is_lower(c) == static_cast<bool>(u_islower(code_point)));
  }
}

TEST_CASE("script_of agrees with ICU's scripts for every ASCII character", "[text_folding]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    CAPTURE(static_cast<int>(c));
    UErrorCode status = U_ZERO_ERROR;
    const bool latin = uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN;
    CHECK(precis::detail::script_of(c) == (latin ? precis::detail::Script::latin : precis::detail::Script::other));
  }
  CHECK(precis::detail::script_of(U'é') == precis::detail::Script::latin);
  CHECK(precis::detail::script_of(U'ж') == precis::detail::Script::cyrillic);
}

TEST_CASE("the character classes beyond ASCII are ICU's", "[text_folding]") {
  CHECK(precis::detail::is_letter(U'é'));
  CHECK(precis::detail::is_lower(U'é'));
  CHECK_FALSE(precis::detail::is_lower(U'É'));
  CHECK(precis::detail::is_space(0xA0));    // no-break space
  CHECK(precis::detail::is_space(0x2028));  // line separator
  CHECK(precis::detail::is_digit(0x0663));  // Arabic-Indic three
  CHECK_FALSE(precis::detail::is_letter(0xFFFD));
}
