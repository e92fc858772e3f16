#pragma once
// The precis command line: its options, as DESIGN.md fixes them, and its help text.
#include <string>
#include <vector>

#include "precis/precis.h"

namespace precis::cli {

enum class Format { text, json, html };

struct CommandLine {
  Options options;
  Format format = Format::text;
  bool format_given = false;  // otherwise: text on a terminal, JSON into a pipe or file
  bool jsonl = false;
  bool help = false;
  bool version = false;
  std::string input = "-";  // a file name, or "-" for standard input
};

// Parses the arguments after the program name; an Error is a usage error (exit code 2).
Expected<CommandLine> parse_command_line(const std::vector<std::string>& arguments);

std::string help_text();

}  // namespace precis::cli
