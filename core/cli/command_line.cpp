#include "command_line.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace precis::cli {

namespace {

Expected<double> parse_number(const std::string& option, const std::string& value) {
  errno = 0;
  char* end = nullptr;
  const double number = std::strtod(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size() || errno == ERANGE || !std::isfinite(number)) {
    return Error{option + " needs a number, not \"" + value + "\""};
  }
  return number;
}

std::string algorithm_list() {
  std::string list;
  for (const Algorithm algorithm : all_algorithms()) {
    if (!list.empty()) list += ", ";
    list += algorithm_name(algorithm);
  }
  return list;
}

}  // namespace

Expected<CommandLine> parse_command_line(const std::vector<std::string>& arguments) {
  CommandLine line;
  bool length_given = false;
  bool input_given = false;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string option = arguments[i];
    std::string value;
    bool has_inline_value = false;
    // "--words=80" as well as "--words 80".
    if (option.rfind("--", 0) == 0) {
      if (const std::size_t equals = option.find('='); equals != std::string::npos) {
        value = option.substr(equals + 1);
        option = option.substr(0, equals);
        has_inline_value = true;
      }
    }
    const auto take_value = [&]() -> Expected<std::string> {
      if (has_inline_value) return value;
      if (i + 1 >= arguments.size()) return Error{option + " needs a value"};
      return arguments[++i];
    };
    const auto set_length = [&](Length::Unit unit) -> std::optional<Error> {
      Expected<std::string> text = take_value();
      if (!text) return text.error();
      Expected<double> number = parse_number(option, *text);
      if (!number) return number.error();
      if (length_given) return Error{"give only one of --sentences, --ratio, --words and --characters"};
      length_given = true;
      line.options.length = {unit, *number};
      return std::nullopt;
    };

    std::optional<Error> problem;
    if (option == "-h" || option == "--help") {
      line.help = true;
    } else if (option == "--version") {
      line.version = true;
    } else if (option == "-n" || option == "--sentences") {
      problem = set_length(Length::Unit::sentences);
    } else if (option == "--ratio") {
      problem = set_length(Length::Unit::ratio);
    } else if (option == "--words") {
      problem = set_length(Length::Unit::words);
    } else if (option == "--characters") {
      problem = set_length(Length::Unit::characters);
    } else if (option == "--language" || option == "--focus" || option == "--algorithm" || option == "--format") {
      Expected<std::string> text = take_value();
      if (!text) return text.error();
      if (option == "--language") {
        line.options.language = *text;
      } else if (option == "--focus") {
        line.options.focus = *text;
      } else if (option == "--algorithm") {
        const std::optional<Algorithm> algorithm = algorithm_from_name(*text);
        if (!algorithm) return Error{"unknown algorithm \"" + *text + "\"; choose one of " + algorithm_list()};
        line.options.algorithm = *algorithm;
      } else {
        if (*text == "text") line.format = Format::text;
        else if (*text == "json") line.format = Format::json;
        else if (*text == "html") line.format = Format::html;
        else return Error{"unknown format \"" + *text + "\"; choose text, json or html"};
        line.format_given = true;
      }
    } else if (option == "--jsonl") {
      line.jsonl = true;
    } else if (option.size() > 1 && option[0] == '-') {
      return Error{"unknown option " + arguments[i]};
    } else {
      if (input_given) return Error{"give at most one input file"};
      input_given = true;
      line.input = option;
    }
    if (problem) return *problem;
  }
  if (line.jsonl && line.format_given && line.format != Format::json) {
    return Error{"--jsonl writes JSON lines; it cannot be combined with --format " +
                 std::string(line.format == Format::html ? "html" : "text")};
  }
  return line;
}

std::string help_text() {
  return "Usage: precis [OPTIONS] [FILE|-]\n"
         "Summarise an article: pick its key sentences, and mark its named entities and key phrases.\n"
         "Reads FILE, or standard input when FILE is - or missing. Nothing leaves this machine.\n"
         "\n"
         "Length (one at a time; default: about a fifth of the sentences, 1 to 7 for an article):\n"
         "  -n, --sentences N    N sentences\n"
         "      --ratio R        a fraction R (0 < R <= 1) of the sentences\n"
         "      --words W        at most W words\n"
         "      --characters C   at most C characters (code points)\n"
         "\n"
         "Analysis:\n"
         "      --language CODE  auto (default), or an ISO 639-1 code: en, de, fr, es, it, pt, nl, ru, zh, ja, ...\n"
         "      --algorithm NAME " + algorithm_list() + " (default: auto)\n"
         "      --focus TERMS    words the summary should favour, separated by spaces or commas\n"
         "\n"
         "Output:\n"
         "      --format FORMAT  text (the summary), json (the full result) or html (a page with\n"
         "                       the article, its key sentences and entities marked);\n"
         "                       default: text on a terminal, json otherwise\n"
         "      --jsonl          batch mode: a JSON object a line in ({\"id\": ..., \"text\": ...,\n"
         "                       and any option by its name}), a result a line out, in order;\n"
         "                       a bad line yields {\"id\": ..., \"error\": ...} and the batch goes on\n"
         "  -h, --help           this help\n"
         "      --version        the version\n"
         "\n"
         "Exit status: 0 done, 1 input error (such as an unreadable file), 2 usage error.\n";
}

}  // namespace precis::cli
