#include "util/string_index.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace precis::detail {

// The slot that holds `text`, or the empty one where it would go.
std::size_t StringIndex::slot_of(std::string_view text, std::size_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const Slot& entry = slots_[slot];
    if (entry.number == none) return slot;
    if (entry.hash == static_cast<std::uint32_t>(hash) && strings_[entry.number] == text) return slot;
  }
}

std::pair<std::uint32_t, bool> StringIndex::add(std::string_view text) {
  if (2 * (strings_.size() + 1) > slots_.size()) rehash(std::max<std::size_t>(64, 2 * slots_.size()));
  const std::size_t hash = std::hash<std::string_view>{}(text);
  Slot& entry = slots_[slot_of(text, hash)];
  if (entry.number != none) return {entry.number, false};
  entry = {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(strings_.size())};
  strings_.push_back(text);
  return {entry.number, true};
}

std::uint32_t StringIndex::find(std::string_view text) const {
  if (slots_.empty()) return none;
  return slots_[slot_of(text, std::hash<std::string_view>{}(text))].number;
}

void StringIndex::reserve(std::size_t count) {
  if (2 * count <= slots_.size()) return;
  rehash(std::max<std::size_t>(64, std::bit_ceil(2 * count)));
  strings_.reserve(count);
}

// Each slot keeps its hash's low 32 bits, all that a mask of fewer than 2^32 slots reads: the
// strings are placed again without hashing them again.
void StringIndex::rehash(std::size_t slot_count) {
  std::vector<Slot> old(slot_count, Slot{});
  old.swap(slots_);
  const std::size_t mask = slot_count - 1;
  for (const Slot& entry : old) {
    if (entry.number == none) continue;
    std::size_t slot = entry.hash & mask;
    while (slots_[slot].number != none) slot = (slot + 1) & mask;
    slots_[slot] = entry;
  }
}

}  // namespace precis::detail
