#pragma once
// Which language a text is written in, from its scripts and its function words.
#include <string>
#include <string_view>

namespace precis::detail {

struct DetectedLanguage {
  std::string code;     // ISO 639-1, e.g. "en"
  bool confident;       // false when the text gave too little evidence and `code` is a fallback
};

DetectedLanguage detect_language(std::string_view text);

// Languages whose word lists and stemmers Precis has; others are analysed without them.
bool is_supported_language(std::string_view code);

}  // namespace precis::detail
