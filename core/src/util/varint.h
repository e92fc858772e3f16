#pragma once
// Unsigned integers in the name model file (name_model.h): seven bits a byte, low bits first,
// the high bit set on every byte but the last; at most five bytes.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

inline void put_varint(std::string& out, std::uint64_t value) {
  do {
    const auto bits = static_cast<unsigned char>(value & 0x7F);
    value >>= 7;
    out += static_cast<char>(value != 0 ? bits | 0x80 : bits);
  } while (value != 0);
}

// The varint at `position` in `bytes`, with `position` moved past it; nothing (and `position`
// left anywhere) when the bytes end first or it runs longer than five bytes.
inline std::optional<std::uint64_t> read_varint(std::string_view bytes, std::size_t& position) {
  std::uint64_t value = 0;
  for (int shift = 0; shift < 35 && position < bytes.size(); shift += 7) {
    const auto bits = static_cast<unsigned char>(bytes[position++]);
    value |= static_cast<std::uint64_t>(bits & 0x7F) << shift;
    if ((bits & 0x80) == 0) return value;
  }
  return std::nullopt;
}

}  // namespace precis::detail
