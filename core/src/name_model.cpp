#include "name_model.h"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>

#include "varint.h"

namespace precis::detail {

namespace {

constexpr std::string_view magic = "PRECIS-NER1";

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  bool failed() const { return failed_; }
  bool at_end() const { return position_ == bytes_.size(); }
  std::size_t remaining() const { return bytes_.size() - position_; }

  std::string_view take(std::size_t count) {
    if (failed_ || bytes_.size() - position_ < count) {
      failed_ = true;
      return {};
    }
    const std::string_view taken(bytes_.data() + position_, count);
    position_ += count;
    return taken;
  }

  std::uint8_t byte() {
    if (failed_ || position_ == bytes_.size()) {
      failed_ = true;
      return 0;
    }
    return static_cast<std::uint8_t>(bytes_[position_++]);
  }

  std::uint64_t little_endian(std::size_t count) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < count; ++i) value |= static_cast<std::uint64_t>(byte()) << (8 * i);
    return failed_ ? 0 : value;
  }

  std::int8_t int8() { return static_cast<std::int8_t>(byte()); }

  std::uint64_t varint() {
    const std::optional<std::uint64_t> value = failed_ ? std::nullopt : read_varint(bytes_, position_);
    failed_ = !value;
    return value.value_or(0);
  }

 private:
  std::string_view bytes_;
  std::size_t position_ = 0;
  bool failed_ = false;
};

void put_little_endian(std::string& out, std::uint64_t value, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i, value >>= 8) out += static_cast<char>(value & 0xFF);
}

// A feature's word in the Bloom filter and its two bits there: one word, so that a lookup
// costs at most one cache miss.
struct BloomBits {
  std::size_t word;
  std::uint64_t bits;
};

BloomBits bloom_bits(std::uint32_t feature, std::size_t words) {
  const std::uint64_t hash = feature * 0x9E3779B97F4A7C15ULL;
  return {static_cast<std::size_t>(hash >> 32) & (words - 1), 1ULL << (hash >> 20 & 63) | 1ULL << (hash >> 26 & 63)};
}

std::size_t slot_of(std::uint32_t feature, std::size_t mask) {
  return (feature * 0x9E3779B1u >> 7) & mask;
}

}  // namespace

std::string NameModel::language_of(std::string_view bytes) {
  Reader reader(bytes);
  if (reader.take(magic.size()) != magic) return {};
  std::string language(reader.take(static_cast<std::size_t>(reader.little_endian(1))));
  return reader.failed() ? std::string() : language;
}

Expected<NameModel> NameModel::parse(std::string_view bytes, Source source) {
  const Error not_a_model{"not a Precis name model (expected a file written by scripts/train-ner)"};
  Reader reader(bytes);
  if (reader.take(magic.size()) != magic) return not_a_model;
  NameModel model;
  model.language_ = std::string(reader.take(static_cast<std::size_t>(reader.little_endian(1))));
  const auto count = static_cast<std::size_t>(reader.little_endian(4));  // 32 bits: fits a size_t
  if (reader.failed() || model.language_.empty() || count > bytes.size()) return not_a_model;
  for (LabelWeights& row : model.transitions_) {
    for (std::int8_t& weight : row) weight = reader.int8();
  }
  std::vector<std::uint32_t> ids(count);
  std::uint64_t id = 0;
  for (std::uint32_t& feature : ids) {
    id += reader.varint();
    if (id == 0 || id > UINT32_MAX) return not_a_model;
    feature = static_cast<std::uint32_t>(id);
  }
  std::vector<LabelWeights> rows(count);
  for (LabelWeights& row : rows) {
    const auto labels = static_cast<std::uint16_t>(reader.little_endian(2));
    for (std::size_t label = 0; label < name_label_count; ++label) {
      if ((labels >> label & 1u) != 0) row[label] = reader.int8();
    }
  }
  // The gazetteer's words stay where they are: in the file, or in a copy of it the gazetteer keeps.
  const std::string_view gazetteer_bytes = bytes.substr(bytes.size() - reader.remaining());
  auto storage = source == Source::built_in ? nullptr : std::make_shared<const std::string>(gazetteer_bytes);
  Reader words_reader(storage ? std::string_view(*storage) : gazetteer_bytes);
  // The names, kept as they are written; each checked once: a whole record, types for PER,
  // ORG, LOC and MISC only (any other bit would be taken for a type the tagger has no place
  // for), and (unless the trainer's own file, built in) keys in ascending order.
  const std::string_view all = storage ? std::string_view(*storage) : gazetteer_bytes;
  const std::size_t name_count = std::min<std::size_t>(static_cast<std::size_t>(words_reader.little_endian(4)), all.size());
  const std::size_t records_start = all.size() - words_reader.remaining();
  std::vector<std::uint32_t> offsets;
  offsets.reserve(name_count);
  bool names_valid = !words_reader.failed();
  std::string_view previous_key;
  std::size_t at = records_start;
  for (std::size_t n = 0; n < name_count && names_valid; ++n) {
    const std::optional<NameGazetteer::Record> record = NameGazetteer::record_at(all.substr(at));
    names_valid = record && record->types != 0 && record->types < 1u << name_type_count &&
                  (source == Source::built_in || n == 0 || previous_key < record->key);
    if (!names_valid) break;
    offsets.push_back(static_cast<std::uint32_t>(at - records_start));
    previous_key = record->key;
    at += record->size;
  }
  const std::string_view records = all.substr(records_start, at - records_start);
  words_reader.take(records.size());
  auto read_words = [&words_reader, gazetteer_bytes] {
    NameGazetteer::Words words(std::min<std::size_t>(static_cast<std::size_t>(words_reader.little_endian(4)), gazetteer_bytes.size()));
    for (std::string_view& word : words) word = words_reader.take(static_cast<std::size_t>(words_reader.varint()));
    return words;
  };
  NameGazetteer::Words common_words = read_words();
  NameGazetteer::Words name_endings = read_words();
  if (reader.failed() || words_reader.failed() || !words_reader.at_end() || !names_valid || offsets.size() != name_count) {
    return Error{"the name model file is truncated or damaged"};
  }
  model.gazetteer_ = NameGazetteer(std::move(storage), records, std::move(offsets), std::move(common_words), std::move(name_endings));

  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, 2 * ids.size()));
  model.slots_.assign(capacity, Slot{});
  model.feature_count_ = ids.size();
  for (std::size_t row = 0; row < ids.size(); ++row) {
    std::size_t slot = slot_of(ids[row], capacity - 1);
    while (model.slots_[slot].feature != 0) slot = (slot + 1) & (capacity - 1);
    model.slots_[slot] = {ids[row], rows[row]};
  }
  // About 16 bits a feature and two probes: a false "maybe" one time in a hundred.
  model.known_.assign(std::bit_ceil(std::max<std::size_t>(64, ids.size() * 16)) / 64, 0);
  for (const std::uint32_t feature : ids) {
    const BloomBits bloom = bloom_bits(feature, model.known_.size());
    model.known_[bloom.word] |= bloom.bits;
  }
  return model;
}

std::string NameModel::serialize(std::string_view language, const TransitionWeights& transitions,
                                 const std::vector<std::pair<std::uint32_t, LabelWeights>>& features,
                                 const NameGazetteer& gazetteer) {
  std::string out(magic);
  put_little_endian(out, language.size(), 1);
  out += language;
  put_little_endian(out, features.size(), 4);
  for (const LabelWeights& row : transitions) {
    for (const std::int8_t weight : row) put_little_endian(out, static_cast<std::uint8_t>(weight), 1);
  }
  std::uint32_t previous = 0;
  for (const auto& [id, weights] : features) {
    put_varint(out, id - previous);
    previous = id;
  }
  for (const auto& [id, weights] : features) {
    std::uint16_t labels = 0;
    for (std::size_t label = 0; label < name_label_count; ++label) {
      if (weights[label] != 0) labels = static_cast<std::uint16_t>(labels | 1u << label);
    }
    put_little_endian(out, labels, 2);
    for (const std::int8_t weight : weights) {
      if (weight != 0) put_little_endian(out, static_cast<std::uint8_t>(weight), 1);
    }
  }
  put_little_endian(out, gazetteer.name_count(), 4);
  out += gazetteer.records();
  for (const NameGazetteer::Words* words : {&gazetteer.common_words(), &gazetteer.name_endings()}) {
    put_little_endian(out, words->size(), 4);
    for (const std::string_view word : *words) {
      put_varint(out, word.size());
      out += word;
    }
  }
  return out;
}

bool NameModel::may_know(std::uint32_t feature) const {
  const BloomBits bloom = bloom_bits(feature, known_.size());
  return (known_[bloom.word] & bloom.bits) == bloom.bits;
}

const LabelWeights* NameModel::find(std::uint32_t feature) const {
  if (!may_know(feature)) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = slot_of(feature, mask);; slot = (slot + 1) & mask) {
    if (slots_[slot].feature == feature) return &slots_[slot].weights;
    if (slots_[slot].feature == 0) return nullptr;
  }
}

LabelScores NameModel::scores(std::span<const std::uint32_t> features) const {
  LabelScores sums{};
  for (const std::uint32_t feature : features) {
    if (const LabelWeights* weights = find(feature)) {
      for (std::size_t label = 0; label < name_label_count; ++label) sums[label] += (*weights)[label];
    }
  }
  return sums;
}

std::vector<NameLabel> NameModel::label(const SentenceFeatures& sentence, const std::vector<LabelScores>* group_scores) const {
  const std::size_t words = sentence.units();
  std::vector<LabelScores> emissions(words);
  const std::span<const std::uint32_t> features(sentence.features);
  const bool with_groups = group_scores != nullptr && sentence.group_offsets.size() == words + 1;
  for (std::size_t i = 0; i < words; ++i) {
    emissions[i] = scores(features.subspan(sentence.offsets[i], sentence.offsets[i + 1] - sentence.offsets[i]));
    if (!with_groups) continue;
    for (std::uint32_t g = sentence.group_offsets[i]; g < sentence.group_offsets[i + 1]; ++g) {
      const LabelScores& group = (*group_scores)[sentence.groups[g]];
      for (std::size_t label = 0; label < name_label_count; ++label) emissions[i][label] += group[label];
    }
  }
  return best_labels<std::int32_t>(
      words, [&](std::size_t i, NameLabel label) { return emissions[i][label]; },
      [&](std::size_t row, NameLabel label) { return static_cast<std::int32_t>(transitions_[row][label]); });
}

}  // namespace precis::detail
