#include "entities/name_model.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <optional>

#include "util/unaligned.h"
#include "util/varint.h"

namespace precis::detail {

namespace {

constexpr std::string_view magic = "PRECIS-NER2";
constexpr std::uint8_t learnt_from_news_flag = 1;
constexpr std::uint8_t ascii_clusters_flag = 2;
constexpr std::size_t transitions_size = sizeof(TransitionWeights);

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

// The tables a model is looked up with, built from its file (parse) or at build time (built_in),
// in this machine's byte order:
//   TablesHeader
//   slot_count x slot_size     the features' hash table: u32 feature (0: empty), i8 x labels
//                              weights, padding
//   bloom_words x u64          the Bloom filter of the features
//   name_count x u32           where each gazetteer record starts within the records
struct TablesHeader {
  std::uint32_t slot_count;  // a power of two
  std::uint32_t bloom_words;  // a power of two
  std::uint32_t name_count;
  std::uint32_t records_offset;  // of the gazetteer's records in the model file
  std::uint32_t records_size;
  std::uint32_t words_offset;  // of its word lists in the model file
};

constexpr std::size_t slot_size = 16;
static_assert(sizeof(std::uint32_t) + name_label_count <= slot_size);

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

std::string build_tables(TablesHeader header, const std::vector<std::uint32_t>& ids, const std::vector<LabelWeights>& rows,
                         const std::vector<std::uint32_t>& name_offsets) {
  header.slot_count = static_cast<std::uint32_t>(std::bit_ceil(std::max<std::size_t>(16, 2 * ids.size())));
  // About 16 bits a feature and two probes: a false "maybe" one time in a hundred.
  header.bloom_words = static_cast<std::uint32_t>(std::bit_ceil(std::max<std::size_t>(64, ids.size() * 16)) / 64);
  std::string slots(std::size_t{header.slot_count} * slot_size, '\0');
  std::vector<std::uint64_t> known(header.bloom_words, 0);
  const std::size_t mask = header.slot_count - 1;
  for (std::size_t row = 0; row < ids.size(); ++row) {
    std::size_t slot = slot_of(ids[row], mask);
    while (load_unaligned<std::uint32_t>(slots.data() + slot * slot_size) != 0) slot = (slot + 1) & mask;
    std::memcpy(slots.data() + slot * slot_size, &ids[row], sizeof ids[row]);
    std::memcpy(slots.data() + slot * slot_size + sizeof ids[row], rows[row].data(), name_label_count);
    const BloomBits bloom = bloom_bits(ids[row], known.size());
    known[bloom.word] |= bloom.bits;
  }
  std::string tables;
  tables.reserve(sizeof header + slots.size() + known.size() * sizeof(std::uint64_t) + name_offsets.size() * sizeof(std::uint32_t));
  append_unaligned(tables, header);
  tables += slots;
  for (const std::uint64_t word : known) append_unaligned(tables, word);
  for (const std::uint32_t offset : name_offsets) append_unaligned(tables, offset);
  return tables;
}

// The words of a list (common words, name endings), as views into the file.
NameGazetteer::Words read_words(Reader& reader, std::size_t limit) {
  NameGazetteer::Words words(std::min<std::size_t>(static_cast<std::size_t>(reader.little_endian(4)), limit));
  for (std::string_view& word : words) word = reader.take(static_cast<std::size_t>(reader.varint()));
  return words;
}

// The word clusters, their keys as views into the file; nothing if they are out of order or a
// class is out of range.
std::optional<WordClusters> read_clusters(Reader& reader, std::size_t limit, bool ascii_only) {
  std::vector<std::string_view> words = read_words(reader, limit);
  std::vector<std::uint16_t> fine(words.size());
  for (std::uint16_t& word_class : fine) word_class = static_cast<std::uint16_t>(reader.little_endian(2));
  std::vector<std::uint16_t> coarse_of_fine(static_cast<std::size_t>(reader.little_endian(2)));
  for (std::uint16_t& coarse : coarse_of_fine) coarse = static_cast<std::uint16_t>(reader.little_endian(2));
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (!(words[i - 1] < words[i])) return std::nullopt;
  }
  if (std::any_of(fine.begin(), fine.end(), [&](std::uint16_t c) { return c >= coarse_of_fine.size(); })) return std::nullopt;
  return WordClusters(nullptr, std::move(words), std::move(fine), std::move(coarse_of_fine), ascii_only);
}

}  // namespace

std::string NameModel::language_of(std::string_view bytes) {
  Reader reader(bytes);
  if (reader.take(magic.size()) != magic) return {};
  std::string language(reader.take(static_cast<std::size_t>(reader.little_endian(1))));
  return reader.failed() ? std::string() : language;
}

Expected<NameModel> NameModel::parse(std::string_view bytes) {
  const Error not_a_model{"not a Precis name model (expected a file written by scripts/train-ner)"};
  const Error damaged{"the name model file is truncated or damaged"};
  Reader reader(bytes);
  if (reader.take(magic.size()) != magic) return not_a_model;
  const std::string_view language = reader.take(static_cast<std::size_t>(reader.little_endian(1)));
  reader.byte();  // the flags, read by assemble()
  const auto count = static_cast<std::size_t>(reader.little_endian(4));  // 32 bits: fits a size_t
  // A feature takes at least 3 bytes (an id and its label mask). The tables keep offsets into
  // the file and the number of hash slots (twice the features, rounded up) in 32 bits.
  if (reader.failed() || language.empty() || bytes.size() > UINT32_MAX || count > reader.remaining() / 3 ||
      count > std::size_t{1} << 30) {
    return not_a_model;
  }
  reader.take(transitions_size);
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
  // The gazetteer's names, each checked once: a whole record, types for PER, ORG, LOC and MISC
  // only (any other bit would be taken for a type the tagger has no place for), keys in
  // ascending order.
  const std::size_t name_count = std::min<std::size_t>(static_cast<std::size_t>(reader.little_endian(4)), bytes.size());
  if (reader.failed()) return damaged;
  const std::size_t records_offset = bytes.size() - reader.remaining();
  std::vector<std::uint32_t> name_offsets;
  name_offsets.reserve(name_count);
  std::string_view previous_key;
  std::size_t at = records_offset;
  for (std::size_t n = 0; n < name_count; ++n) {
    const std::optional<NameGazetteer::Record> record = NameGazetteer::record_at(bytes.substr(at));
    if (!record || record->types == 0 || record->types >= 1u << name_type_count || (n > 0 && !(previous_key < record->key))) {
      return damaged;
    }
    name_offsets.push_back(static_cast<std::uint32_t>(at - records_offset));
    previous_key = record->key;
    at += record->size;
  }
  const TablesHeader header{0, 0, static_cast<std::uint32_t>(name_count), static_cast<std::uint32_t>(records_offset),
                            static_cast<std::uint32_t>(at - records_offset), static_cast<std::uint32_t>(at)};
  return prepared(bytes, build_tables(header, ids, rows, name_offsets));
}

Expected<NameModel> NameModel::built_in(std::string_view bytes, std::string_view tables) {
  return assemble(bytes, tables, nullptr);
}

Expected<NameModel> NameModel::prepared(std::string_view bytes, std::string_view tables) {
  if (language_of(bytes).empty()) return Error{"this is not a name model file"};
  auto storage = std::make_shared<std::string>();
  storage->reserve(bytes.size() + tables.size());
  *storage += bytes;
  *storage += tables;
  const std::string_view stored(*storage);
  return assemble(stored.substr(0, bytes.size()), stored.substr(bytes.size()), std::move(storage));
}

Expected<NameModel> NameModel::assemble(std::string_view bytes, std::string_view tables, std::shared_ptr<const std::string> storage) {
  const Error damaged{"the name model file is truncated or damaged"};
  if (tables.size() < sizeof(TablesHeader)) return damaged;
  const auto header = load_unaligned<TablesHeader>(tables.data());
  const std::size_t slots_size = std::size_t{header.slot_count} * slot_size;
  const std::size_t known_size = std::size_t{header.bloom_words} * sizeof(std::uint64_t);
  const std::size_t offsets_size = std::size_t{header.name_count} * sizeof(std::uint32_t);
  if (!std::has_single_bit(header.slot_count) || !std::has_single_bit(header.bloom_words) ||
      tables.size() != sizeof header + slots_size + known_size + offsets_size || header.words_offset > bytes.size() ||
      std::size_t{header.records_offset} + header.records_size > bytes.size()) {
    return damaged;
  }
  NameModel model;
  Reader reader(bytes);
  reader.take(magic.size());
  model.language_ = std::string(reader.take(static_cast<std::size_t>(reader.little_endian(1))));
  const std::uint8_t flags = reader.byte();
  model.learnt_from_news_ = (flags & learnt_from_news_flag) != 0;
  model.feature_count_ = static_cast<std::size_t>(reader.little_endian(4));
  for (LabelWeights& row : model.transitions_) {
    for (std::int8_t& weight : row) weight = reader.int8();
  }
  Reader words_reader(bytes.substr(header.words_offset));
  NameGazetteer::Words common_words = read_words(words_reader, bytes.size());
  NameGazetteer::Words name_endings = read_words(words_reader, bytes.size());
  std::optional<WordClusters> clusters = read_clusters(words_reader, bytes.size(), (flags & ascii_clusters_flag) != 0);
  if (reader.failed() || !clusters || words_reader.failed() || !words_reader.at_end()) return damaged;
  model.storage_ = storage;
  model.tables_ = tables;
  model.clusters_ = std::move(*clusters);
  model.slots_ = tables.substr(sizeof header, slots_size);
  model.known_ = tables.substr(sizeof header + slots_size, known_size);
  model.gazetteer_ = NameGazetteer(std::move(storage), bytes.substr(header.records_offset, header.records_size),
                                   tables.substr(sizeof header + slots_size + known_size), std::move(common_words),
                                   std::move(name_endings));
  return model;
}

std::string NameModel::serialize(std::string_view language, const TransitionWeights& transitions,
                                 const std::vector<std::pair<std::uint32_t, LabelWeights>>& features,
                                 const NameGazetteer& gazetteer, const WordClusters& clusters, bool learnt_from_news) {
  std::string out(magic);
  put_little_endian(out, language.size(), 1);
  out += language;
  put_little_endian(out, (learnt_from_news ? learnt_from_news_flag : 0) | (clusters.ascii_only() ? ascii_clusters_flag : 0), 1);
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
  for (const NameGazetteer::Words* words : {&gazetteer.common_words(), &gazetteer.name_endings(), &clusters.words()}) {
    put_little_endian(out, words->size(), 4);
    for (const std::string_view word : *words) {
      put_varint(out, word.size());
      out += word;
    }
  }
  for (const std::uint16_t fine : clusters.fine()) put_little_endian(out, fine, 2);
  put_little_endian(out, clusters.coarse_of_fine().size(), 2);
  for (const std::uint16_t coarse : clusters.coarse_of_fine()) put_little_endian(out, coarse, 2);
  return out;
}

bool NameModel::may_know(std::uint32_t feature) const {
  const BloomBits bloom = bloom_bits(feature, known_.size() / sizeof(std::uint64_t));
  return (load_unaligned<std::uint64_t>(known_.data() + bloom.word * sizeof(std::uint64_t)) & bloom.bits) == bloom.bits;
}

const char* NameModel::find(std::uint32_t feature) const {
  if (!may_know(feature)) return nullptr;
  const std::size_t mask = slots_.size() / slot_size - 1;
  for (std::size_t slot = slot_of(feature, mask);; slot = (slot + 1) & mask) {
    const char* const at = slots_.data() + slot * slot_size;
    const auto known = load_unaligned<std::uint32_t>(at);
    if (known == feature) return at + sizeof known;
    if (known == 0) return nullptr;
  }
}

LabelScores NameModel::scores(std::span<const std::uint32_t> features) const {
  LabelScores sums{};
  for (const std::uint32_t feature : features) {
    if (const char* weights = find(feature)) {
      for (std::size_t label = 0; label < name_label_count; ++label) sums[label] += static_cast<std::int8_t>(weights[label]);
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
