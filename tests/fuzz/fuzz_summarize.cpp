// Fuzz target: the core entry point, with random bytes as the text and random options.
// Every result must keep the contracts of precis.h, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "precis/precis.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The first bytes choose the options; the rest is the text.
  if (size < 4) return 0;
  const auto& algorithms = precis::all_algorithms();
  static constexpr const char* languages[] = {"auto", "en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "el", "th"};
  precis::Options options;
  options.algorithm = algorithms[data[0] % algorithms.size()];
  options.language = languages[data[1] % std::size(languages)];
  const auto unit = static_cast<precis::Length::Unit>(data[2] % 5);
  const double value = unit == precis::Length::Unit::ratio ? (data[3] % 101) / 100.0 : data[3] % 64;
  options.length = {unit, value};
  const std::string_view text(reinterpret_cast<const char*>(data + 4), size - 4);
  if (data[0] & 0x80) options.focus = std::string(text.substr(0, data[3] % 16));

  const precis::Expected<precis::Result> result = precis::summarize(text, options);
  if (!result) {
    // Only the options can be wrong (a zero count, a zero ratio), never the text.
    fuzz::require(precis::check_options(options).has_value(), "summarize failed on valid options");
    return 0;
  }
  fuzz::check_result(text, *result);
  return 0;
}
