// The WebAssembly binding: the only code that includes Emscripten. It has no logic of its own;
// it hands bytes and JSON between JavaScript (precis-engine.js) and the core.
//
// Every call that answers returns a NUL-terminated UTF-8 JSON string that stays valid until the
// next call: the caller copies it out at once. Errors come back as {"error": "..."}.
#include <emscripten/emscripten.h>
#include <unicode/udata.h>
#include <unicode/utypes.h>

#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "precis/json.h"
#include "precis/precis.h"

namespace {

std::string reply;

const char* answer(std::string json) {
  reply = std::move(json);
  return reply.c_str();
}

const char* answer_error(std::string_view message) { return answer(precis::error_json(message)); }

// Analyses that JavaScript still holds, by handle.
std::map<int, precis::Analysis> analyses;
int next_handle = 1;

}  // namespace

extern "C" {

// A buffer for an ICU data file. ICU keeps pointers into it for the life of the module, so
// it is never freed; ICU asks for 16-byte alignment.
EMSCRIPTEN_KEEPALIVE void* precis_icu_buffer(std::size_t size) { return std::aligned_alloc(16, (size + 15) / 16 * 16); }

// Adds an ICU data package (the core data first, the dictionaries when a text needs them).
EMSCRIPTEN_KEEPALIVE const char* precis_add_icu_data(const void* buffer) {
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(buffer, &status);
  if (U_FAILURE(status)) return answer_error(std::string("ICU rejected its data: ") + u_errorName(status));
  return answer("{}");
}

// Adds a name model (a core/models/ner-*.bin file, `length` bytes at `bytes`); the core keeps
// its own copy and builds its lookup tables. Answers {"language": "en"}.
EMSCRIPTEN_KEEPALIVE const char* precis_add_name_model(const char* bytes, std::size_t length) {
  const precis::Expected<std::string> language = precis::add_name_model(std::string_view(bytes, length));
  if (!language) return answer_error(language.error().message);
  return answer("{\"language\":\"" + *language + "\"}");
}

// The language a text will be analysed in with these options: {"language": "de"}, so that the
// engine can fetch that language's name model first.
EMSCRIPTEN_KEEPALIVE const char* precis_language(const char* text, std::size_t length, const char* options_json) {
  const precis::Expected<precis::Options> options = precis::parse_options(options_json, precis::Options{});
  if (!options) return answer_error(options.error().message);
  // A checked code is a few ASCII letters: nothing to escape.
  if (const std::optional<precis::Error> problem = precis::check_options(*options)) return answer_error(problem->message);
  return answer("{\"language\":\"" + precis::analysis_language(std::string_view(text, length), *options) + "\"}");
}

// The core's version, as plain text.
EMSCRIPTEN_KEEPALIVE const char* precis_version() { return answer(std::string(precis::version())); }

// Analyses `length` bytes of UTF-8 text with the options in `options_json`; answers
// {"analysis": <handle>} for precis_summarize and precis_release.
EMSCRIPTEN_KEEPALIVE const char* precis_analyze(const char* text, std::size_t length, const char* options_json) {
  const precis::Expected<precis::Options> options = precis::parse_options(options_json, precis::Options{});
  if (!options) return answer_error(options.error().message);
  if (const std::optional<precis::Error> problem = precis::check_options(*options)) return answer_error(problem->message);
  precis::Expected<precis::Analysis> analysis = precis::analyze(std::string_view(text, length), *options);
  if (!analysis) return answer_error(analysis.error().message);
  const int handle = next_handle++;
  analyses.emplace(handle, std::move(*analysis));
  return answer("{\"analysis\":" + std::to_string(handle) + "}");
}

// The result for one length ({"sentences": 3} and the like, or {} for the default).
EMSCRIPTEN_KEEPALIVE const char* precis_summarize(int handle, const char* length_json) {
  const auto found = analyses.find(handle);
  if (found == analyses.end()) return answer_error("this analysis was released");
  const precis::Expected<precis::Options> options = precis::parse_options(length_json, precis::Options{});
  if (!options) return answer_error(options.error().message);
  const precis::Expected<precis::Result> result = found->second.summarize(options->length);
  if (!result) return answer_error(result.error().message);
  return answer(precis::to_json(*result));
}

EMSCRIPTEN_KEEPALIVE void precis_release(int handle) { analyses.erase(handle); }

}  // extern "C"
