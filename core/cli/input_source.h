#pragma once
// Where the CLI's input comes from: a file or standard input, opened with a message for each
// way that can fail (missing, a directory, unreadable), and read whole within the core's limit.
#include <fstream>
#include <istream>
#include <memory>
#include <string>

#include "precis/precis.h"

namespace precis::cli {

class InputSource {
 public:
  // `path` is a file name, or "-" for standard input.
  static Expected<InputSource> open(const std::string& path);

  std::istream& stream() { return file_ ? *file_ : *standard_input_; }
  // "the file NAME" or "standard input", for messages.
  const std::string& name() const { return name_; }

  // Everything in the input; an Error past max_input_bytes (without reading the rest) or
  // when a read fails.
  Expected<std::string> read_all();

 private:
  std::unique_ptr<std::ifstream> file_;
  std::istream* standard_input_ = nullptr;
  std::string name_;
};

}  // namespace precis::cli
