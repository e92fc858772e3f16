#pragma once
// Numbers kept in byte strings (tables prepared at build time, or built in memory in the same
// layout) in this machine's byte order, read without assuming their alignment: a memcpy the
// compiler turns into one load.
#include <cstring>
#include <string>
#include <type_traits>

namespace precis::detail {

template <class T>
  requires std::is_trivially_copyable_v<T>
T load_unaligned(const char* bytes) {
  T value;
  std::memcpy(&value, bytes, sizeof value);
  return value;
}

template <class T>
  requires std::is_trivially_copyable_v<T>
void append_unaligned(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace precis::detail
