#pragma once
// One self-contained HTML file: the summary, the key phrases, and the article with its key
// sentences and entities marked, using the same data-* attributes as the web page.
#include <string>
#include <string_view>

#include "precis/precis.h"

namespace precis::cli {

std::string html_report(std::string_view text, const Result& result);

// `text` with &, <, >, " and ' escaped, invalid UTF-8 shown as U+FFFD.
std::string escape_html(std::string_view text);

}  // namespace precis::cli
