#pragma once
// --jsonl: a request a line in, a response a line out, in order; a bad line gets an error
// response and the batch goes on. A line over max_request_line_bytes, a failed read or a
// failed write ends the batch: `failure` says which.
#include <iosfwd>
#include <string>

#include "precis/precis.h"

namespace precis::cli {

struct BatchCounts {
  std::size_t results = 0;
  std::size_t errors = 0;
  std::string failure;  // empty when the whole input was read and every response written
};

// Empty lines are skipped. Options missing from a line come from `defaults`. `input_name`
// names the input in the failure message ("standard input", a file name).
BatchCounts run_jsonl_batch(std::istream& in, std::ostream& out, const Options& defaults,
                            const std::string& input_name = "the input",
                            std::size_t max_line_bytes = max_request_line_bytes);

}  // namespace precis::cli
