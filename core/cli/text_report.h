#pragma once
// The summary as plain text: the chosen sentences, one a line, white space tidied.
#include <string>
#include <string_view>

#include "precis/precis.h"

namespace precis::cli {

std::string text_report(std::string_view text, const Result& result);

// The sentence as it reads on one line: runs of white space (such as the line breaks of
// wrapped text) become one space, invalid UTF-8 becomes U+FFFD.
std::string one_line(std::string_view sentence);

}  // namespace precis::cli
