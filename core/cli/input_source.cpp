#include "input_source.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace precis::cli {

namespace {

// A directory opens and then fails at the first read, with no word of why: it is refused first.
bool is_directory(int descriptor) {
  struct stat status {};
  return fstat(descriptor, &status) == 0 && S_ISDIR(status.st_mode);
}

bool is_directory(const std::string& path) {
  struct stat status {};
  return stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode);
}

}  // namespace

Expected<InputSource> InputSource::open(const std::string& path) {
  InputSource source;
  if (path == "-") {
    source.name_ = "standard input";
    if (is_directory(STDIN_FILENO)) return Error{"standard input is a directory; give a file"};
    source.standard_input_ = &std::cin;
    return source;
  }
  source.name_ = path;
  if (is_directory(path)) return Error{path + " is a directory; give a file"};
  source.file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*source.file_) return Error{"cannot open " + path + ": " + std::strerror(errno)};
  return source;
}

Expected<std::string> InputSource::read_all() {
  std::istream& in = stream();
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_input_bytes) {
      return Error{name_ + " is larger than the limit of " + std::to_string(max_input_bytes) + " bytes (50 MB)"};
    }
  }
  if (in.bad()) return Error{"cannot read " + name_};
  return text;
}

}  // namespace precis::cli
