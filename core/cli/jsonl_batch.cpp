#include "jsonl_batch.h"

#include <istream>
#include <ostream>
#include <string>

#include "precis/json.h"

namespace precis::cli {

namespace {

std::string respond(const std::string& line, const Options& defaults, BatchCounts& counts) {
  Expected<Request> request = parse_request(line, defaults);
  if (!request) {
    ++counts.errors;
    return error_json(request_id(line), request.error().message);
  }
  Expected<Result> result = summarize(request->text, request->options);
  if (!result) {
    ++counts.errors;
    return error_json(request->id, result.error().message);
  }
  ++counts.results;
  return response_json(request->id, *result);
}

}  // namespace

BatchCounts run_jsonl_batch(std::istream& in, std::ostream& out, const Options& defaults) {
  BatchCounts counts;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out << respond(line, defaults, counts) << '\n';
  }
  out.flush();
  return counts;
}

}  // namespace precis::cli
