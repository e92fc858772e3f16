#include "entities/word_cluster_key.h"

#include <algorithm>

#include "text/text_folding.h"
#include "text/utf8.h"

namespace precis::detail {

std::string word_cluster_key(std::string_view word, bool ascii_only) {
  std::string clean = sanitize_utf8(word);
  if (ascii_only) std::erase_if(clean, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  return fold(clean);
}

}  // namespace precis::detail
