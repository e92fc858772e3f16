#pragma once
// --jsonl: a request a line in, a response a line out, in order; a bad line gets an error
// response and the batch goes on.
#include <iosfwd>

#include "precis/precis.h"

namespace precis::cli {

struct BatchCounts {
  std::size_t results = 0;
  std::size_t errors = 0;
};

// Empty lines are skipped. Options missing from a line come from `defaults`.
BatchCounts run_jsonl_batch(std::istream& in, std::ostream& out, const Options& defaults);

}  // namespace precis::cli
