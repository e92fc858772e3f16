// precis: the command line over the core library (see command_line.cpp for its options).
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "command_line.h"
#include "html_report.h"
#include "jsonl_batch.h"
#include "text_report.h"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input_error = 1;
constexpr int exit_usage_error = 2;

// Reads all of standard input or a file, refusing more than the core accepts.
precis::Expected<std::string> read_input(const std::string& path) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return precis::Error{"cannot open " + path};
    in = &file;
  }
  std::string text;
  char buffer[1 << 16];
  while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in->gcount()));
    if (text.size() > precis::max_input_bytes) {
      return precis::Error{(path == "-" ? std::string("the input") : path) + " is larger than the limit of " +
                           std::to_string(precis::max_input_bytes) + " bytes"};
    }
  }
  if (in->bad()) return precis::Error{"cannot read " + (path == "-" ? std::string("standard input") : path)};
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  const precis::Expected<precis::cli::CommandLine> parsed = precis::cli::parse_command_line(arguments);
  if (!parsed) {
    std::cerr << "precis: " << parsed.error().message << "\nTry 'precis --help'.\n";
    return exit_usage_error;
  }
  const precis::cli::CommandLine& line = *parsed;
  if (line.help) {
    std::cout << precis::cli::help_text();
    return exit_ok;
  }
  if (line.version) {
    std::cout << "precis " << precis::version() << '\n';
    return exit_ok;
  }

  if (line.jsonl) {
    std::ifstream file;
    if (line.input != "-") {
      file.open(line.input, std::ios::binary);
      if (!file) {
        std::cerr << "precis: cannot open " << line.input << '\n';
        return exit_input_error;
      }
    }
    const precis::cli::BatchCounts counts =
        precis::cli::run_jsonl_batch(line.input == "-" ? std::cin : file, std::cout, line.options);
    if (counts.errors > 0) std::cerr << "precis: " << counts.errors << " of " << counts.results + counts.errors << " lines failed\n";
    return exit_ok;
  }

  if (const std::optional<precis::Error> problem = precis::check_options(line.options)) {
    std::cerr << "precis: " << problem->message << '\n';
    return exit_usage_error;
  }
  const precis::Expected<std::string> text = read_input(line.input);
  if (!text) {
    std::cerr << "precis: " << text.error().message << '\n';
    return exit_input_error;
  }
  const precis::Expected<precis::Result> result = precis::summarize(*text, line.options);
  if (!result) {
    std::cerr << "precis: " << result.error().message << '\n';
    return exit_input_error;
  }
  for (const std::string& warning : result->warnings) std::cerr << "precis: warning: " << warning << '\n';

  const precis::cli::Format format =
      line.format_given ? line.format : (isatty(STDOUT_FILENO) ? precis::cli::Format::text : precis::cli::Format::json);
  switch (format) {
    case precis::cli::Format::text: std::cout << precis::cli::text_report(*text, *result); break;
    case precis::cli::Format::json: std::cout << precis::to_json(*result) << '\n'; break;
    case precis::cli::Format::html: std::cout << precis::cli::html_report(*text, *result); break;
  }
  std::cout.flush();
  return std::cout ? exit_ok : exit_input_error;
}
