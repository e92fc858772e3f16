// Precis requests and responses as JSON: the form of the CLI's --jsonl batch mode and of the
// WebAssembly binding.
//
// A request is one JSON object: {"id": <any JSON>, "text": "...", <option>: <value>, ...}
// with the options named as on the command line: "sentences", "ratio", "words", "characters"
// (at most one of these), "language", "algorithm", "focus". Other members are ignored, so
// records of a dataset can be fed as they are.
//
//   precis::Expected<precis::Request> request = precis::parse_request(line, defaults);
//   if (!request) return precis::error_json(precis::request_id(line), request.error().message);
//   auto result = precis::summarize(request->text, request->options);
//   return result ? precis::response_json(request->id, *result)
//                 : precis::error_json(request->id, result.error().message);
#pragma once

#include <string>
#include <string_view>

#include "precis/precis.h"

namespace precis {

struct Request {
  std::string id = "null";  // the "id" member exactly as written, to be echoed back
  std::string text;
  Options options;
};

// Options the request does not set come from `defaults`; a length in the request replaces
// the default length.
Expected<Request> parse_request(std::string_view json, const Options& defaults);

// Just the options of a request ({"sentences": 3, "language": "de"}, no "text" needed), for
// callers that pass the text separately.
Expected<Options> parse_options(std::string_view json, const Options& defaults);

// The "id" member of a request as written, or "null" when the line is not JSON or has none;
// for error replies to requests that could not be parsed.
std::string request_id(std::string_view json);

// {"id": <id>, <the members of to_json(result)>}
std::string response_json(std::string_view id_json, const Result& result);

// {"id": <id>, "error": "<message>"}
std::string error_json(std::string_view id_json, std::string_view message);

// {"error": "<message>"}, where there is no request to name
std::string error_json(std::string_view message);

}  // namespace precis
