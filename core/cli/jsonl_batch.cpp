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

enum class LineRead { line, end_of_input, too_long, failed };

// One line, without its '\n', read in pieces so that no more than `limit` bytes of it are
// ever held: a line without end (such as /dev/zero) is refused, not read into all memory.
LineRead read_line(std::istream& in, std::string& line, std::size_t limit) {
  line.clear();
  char piece[1 << 16];
  for (;;) {
    in.getline(piece, sizeof piece);
    const auto count = static_cast<std::size_t>(in.gcount());
    if (in.bad()) return LineRead::failed;
    if (!in.fail()) {  // the '\n' was reached (and counted), or the end of a last line without one
      line.append(piece, in.eof() ? count : count - 1);
      return line.size() > limit ? LineRead::too_long : LineRead::line;
    }
    line.append(piece, count);
    if (line.size() > limit) return LineRead::too_long;
    if (in.eof()) return line.empty() ? LineRead::end_of_input : LineRead::line;
    in.clear();  // the piece was full before the line ended
  }
}

}  // namespace

BatchCounts run_jsonl_batch(std::istream& in, std::ostream& out, const Options& defaults,
                            const std::string& input_name, std::size_t max_line_bytes) {
  BatchCounts counts;
  std::string line;
  for (std::size_t number = 1;; ++number) {
    const LineRead read = read_line(in, line, max_line_bytes);
    if (read == LineRead::end_of_input) break;
    if (read == LineRead::failed) {
      counts.failure = "cannot read " + input_name + " (line " + std::to_string(number) + ")";
      break;
    }
    if (read == LineRead::too_long) {
      ++counts.errors;
      counts.failure = "line " + std::to_string(number) + " of " + input_name + " is longer than the limit of " +
                       std::to_string(max_line_bytes) + " bytes; the batch stops there";
      out << error_json("null", counts.failure) << '\n';
      break;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (!(out << respond(line, defaults, counts) << '\n')) break;
  }
  if (!out.flush() && counts.failure.empty()) counts.failure = "cannot write the results";
  return counts;
}

}  // namespace precis::cli
