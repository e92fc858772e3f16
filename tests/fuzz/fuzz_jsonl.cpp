// Fuzz target: the JSON Lines reader of the CLI's batch mode. Every line in gets exactly one
// JSON object out, a result or an error, and the batch never stops early.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_checks.h"
#include "jsonl_batch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::ostringstream out;
  const precis::cli::BatchCounts counts = precis::cli::run_jsonl_batch(in, out, precis::Options{});

  std::size_t lines_in = 0;
  std::istringstream count_in(input);
  for (std::string line; std::getline(count_in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) ++lines_in;
  }
  fuzz::require(counts.results + counts.errors == lines_in, "a line in did not give one line out");

  std::istringstream replies(out.str());
  std::size_t lines_out = 0;
  for (std::string reply; std::getline(replies, reply); ++lines_out) fuzz::check_json_object(reply);
  fuzz::require(lines_out == lines_in, "the number of output lines differs from the input");
  return 0;
}
