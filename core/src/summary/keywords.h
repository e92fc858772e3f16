#pragma once
// Key phrases of a text: runs of content words, ranked by how often and how early they recur.
#include <string_view>
#include <vector>

#include "text/document.h"

namespace precis::detail {

inline constexpr std::size_t max_keywords = 10;

// At most max_keywords phrases of one to three words, best first, scores in [0, 1]. No stop
// words, no numbers, no phrase contained in a better one.
std::vector<Keyword> find_keywords(const Document& document, std::string_view text);

}  // namespace precis::detail
