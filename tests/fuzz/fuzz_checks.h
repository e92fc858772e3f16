#pragma once
// The contracts every fuzz target checks. A broken one traps, which the fuzzer reports as a
// crash with the input that caused it.
#include <string_view>

#include "precis/precis.h"

namespace fuzz {

void require(bool condition, const char* what);

// Offsets in bounds and on character boundaries, sentences in order and apart, scores in
// [0, 1], the summary ascending and matching `selected`, entities in order and apart, the
// JSON valid.
void check_result(std::string_view text, const precis::Result& result);

// `json` parses as one JSON object.
void check_json_object(std::string_view json);

}  // namespace fuzz
