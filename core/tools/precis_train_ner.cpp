// precis_train_ner: trains a name model (core/src/entities/name_model.h) with an averaged perceptron.
//
//   precis_train_ner --language en --output core/models/ner-en.bin [--epochs 8] [--margin 3]
//                    [--min-count 2] [--max-features 40000]
//                    [--names names.jsonl]... [--words texts.jsonl]... [--dev dev.jsonl]
//                    [--clusters clusters.tsv] [--news] train.jsonl [more.jsonl ...]
//
// --margin: training decodes with every wrong label scored this much higher (a larger-margin
// perceptron: the gold labels must win clearly). --min-count, --max-features: what the model
// leaves out (see Perceptron::quantised).
//
// --names: annotated texts whose names only go into the model's gazetteer (other languages'
// data: names are much the same across languages). --words: texts without annotation (news
// articles) whose words in lower case count towards the model's common words as the training
// texts' do, so that "Shares" opening a sentence reads as the common word it is.
//
// --clusters: the word clusters core/tools/precis_word_clusters.cpp wrote; the model holds them
// and its features read them. --news: the training texts are news prose (the model file says
// so, and the tagger trusts their conventions more; see trained_name_tagger.cpp).
//
// Input: JSON Lines, one annotated text a line (scripts/ner-data writes them from the
// datasets): {"text": "...", "entities": [{"start": 0, "end": 9, "type": "PER"}, ...]} with
// UTF-8 byte offsets; types PER, ORG, LOC and MISC. Each text is segmented by the library
// itself and the features come from the same code the tagger runs, so training sees exactly
// what tagging will. Training is deterministic: the same files give the same model.
//
// With --dev, the exact-span F1 on those texts is printed after each epoch and for the final,
// quantised model (sentence by sentence, without the tagger's document-level pass).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/name_features.h"
#include "entities/name_gazetteer.h"
#include "entities/name_labels.h"
#include "entities/name_model.h"
#include "entities/trained_name_tagger.h"
#include "json/json_value.h"
#include "text/document.h"

namespace {

using namespace precis::detail;

struct TrainingSentence {
  SentenceFeatures features;
  std::vector<NameLabel> gold;
};

struct Settings {
  std::string language;
  std::string output;
  std::string dev;
  std::vector<std::string> inputs;
  std::vector<std::string> name_sources;  // texts whose entities only go into the gazetteer
  std::vector<std::string> word_sources;  // unannotated texts whose lower-case words count too
  std::string clusters;  // the word clusters' file, if any
  bool news = false;     // the training texts are news prose
  int epochs = 8;
  int min_count = 2;  // features seen fewer times are left out of the model
  std::size_t max_features = SIZE_MAX;  // and all but this many of the largest weights
  double margin = 0;   // by how much the gold labels must win in training
};

std::optional<precis::EntityType> name_type(std::string_view name) {
  if (name == "PER") return precis::EntityType::PER;
  if (name == "ORG") return precis::EntityType::ORG;
  if (name == "LOC") return precis::EntityType::LOC;
  if (name == "MISC") return precis::EntityType::MISC;
  return std::nullopt;
}

// One annotated text: segmented once, its units labelled by the entity they fall in.
struct Example {
  Document document;
  std::vector<NameLabel> labels;                           // per unit
  std::vector<std::pair<std::string, precis::EntityType>> names;  // gazetteer keys of its entities
  std::vector<std::string> lowercase_words;
  std::vector<std::string> name_endings;  // the last words of its names that are in lower case
};

const NameGazetteer no_names;

// `clusters`: the model's, which say how it reads words (word_clusters.h), and so how the names'
// keys and the common words are written.
Example read_example(const JsonValue& line, const std::string& language, const WordClusters& clusters) {
  const JsonValue* text = line.find("text");
  const JsonValue* entities = line.find("entities");
  if (text == nullptr || text->kind != JsonValue::Kind::string) throw std::runtime_error("a line without \"text\"");
  Example example;
  example.document = segment_document(text->string, language);
  const NameFeatures units(example.document, no_names, clusters);
  example.labels.assign(units.unit_count(), outside_label);
  for (std::size_t u = 0; u < units.unit_count(); ++u) {
    const NameUnit& unit = units.unit(u);
    if (unit.word && !unit.capitalised && !unit.all_caps && units.folded(u).size() >= 2) example.lowercase_words.push_back(units.folded(u));
  }
  if (entities == nullptr) return example;
  for (const JsonValue& entity : entities->items) {
    const auto type = name_type(entity.find("type") != nullptr ? entity.find("type")->string : "");
    if (!type) continue;
    const auto start = static_cast<std::size_t>(entity.find("start")->number);
    const auto end = static_cast<std::size_t>(entity.find("end")->number);
    std::size_t first = SIZE_MAX;
    std::size_t last = 0;
    for (std::size_t u = 0; u < units.unit_count(); ++u) {
      if (units.unit(u).end <= start || units.unit(u).start >= end) continue;
      example.labels[u] = first == SIZE_MAX ? begin_label(*type) : inside_label(*type);
      first = std::min(first, u);
      last = u;
    }
    if (first == SIZE_MAX) continue;
    example.names.emplace_back(units.phrase(first, last), *type);
    if (units.unit(last).lower_case) example.name_endings.push_back(units.folded(last));
  }
  return example;
}

// The sentences of an example with their features, names matched against `gazetteer`.
void add_sentences(const Example& example, const NameGazetteer& gazetteer, const WordClusters& clusters,
                   std::vector<TrainingSentence>& out) {
  const NameFeatures features(example.document, gazetteer, clusters);
  for (std::size_t s = 0; s < example.document.sentences.size(); ++s) {
    const auto [first, last] = features.sentence_units(s);
    if (first == last) continue;
    TrainingSentence training;
    features.of_sentence(s, training.features);
    training.gold.assign(example.labels.begin() + static_cast<std::ptrdiff_t>(first),
                         example.labels.begin() + static_cast<std::ptrdiff_t>(last));
    // A name the segmenter cut in two ("U.S. | Route 321") begins again in the next sentence:
    // the decoder cannot continue a name there, and a gold sequence it cannot reach would push
    // the weights of the impossible label up without end (and with them the scale the weights
    // are quantised by).
    for (std::size_t i = 0; i < training.gold.size(); ++i) {
      if (!may_follow(i == 0 ? sentence_start_row : training.gold[i - 1], training.gold[i])) {
        training.gold[i] = begin_label(label_type(training.gold[i]));
      }
    }
    out.push_back(std::move(training));
  }
}

std::vector<Example> read_file(const std::string& path, const std::string& language, const WordClusters& clusters) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Example> examples;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const precis::Expected<JsonValue> parsed = parse_json(line);
    if (!parsed) throw std::runtime_error(path + ": " + parsed.error().message);
    examples.push_back(read_example(*parsed, language, clusters));
  }
  return examples;
}

// A file of precis_word_clusters: a "# keys: ..." line, then word<TAB>fine<TAB>coarse lines.
WordClusters read_clusters(const std::string& path) {
  std::ifstream in(path);
  std::string header;
  if (!in || !std::getline(in, header) || header.rfind("# keys: folded", 0) != 0) throw std::runtime_error("cannot read clusters from " + path);
  std::vector<std::pair<std::string, std::uint16_t>> words;
  std::vector<std::uint16_t> coarse_of_fine;
  for (std::string line; std::getline(in, line);) {
    // A key may hold a space (NFKC makes one of a no-break space): tabs part the columns.
    const std::size_t first_tab = line.find('\t');
    const std::size_t second_tab = line.find('\t', first_tab + 1);
    if (first_tab == std::string::npos || second_tab == std::string::npos) throw std::runtime_error(path + ": a line without three columns");
    const unsigned long fine = std::stoul(line.substr(first_tab + 1, second_tab - first_tab - 1));
    const unsigned long coarse = std::stoul(line.substr(second_tab + 1));
    if (fine >= WordClusters::none || coarse >= WordClusters::none) throw std::runtime_error(path + ": a class out of range");
    words.emplace_back(line.substr(0, first_tab), static_cast<std::uint16_t>(fine));
    if (coarse_of_fine.size() <= fine) coarse_of_fine.resize(fine + 1, 0);
    coarse_of_fine[fine] = static_cast<std::uint16_t>(coarse);
  }
  return WordClusters::of(std::move(words), std::move(coarse_of_fine), header == "# keys: folded, ASCII only");
}

// The averaged perceptron (Collins 2002): weights, and the running sums that give their
// average over every step without visiting every weight at every step.
class Perceptron {
 public:
  using Row = std::array<double, name_label_count>;

  explicit Perceptron(double margin) : margin_(margin) {}

  // The best labels under the current (or the averaged) weights. With `gold`, every label but
  // the gold one scores `margin_` more (cost-augmented decoding), so training goes on until the
  // gold labels win by that margin, not just by a hair.
  std::vector<NameLabel> label(const SentenceFeatures& sentence, bool averaged, const std::vector<NameLabel>* gold = nullptr) const {
    const std::size_t words = sentence.units();
    std::vector<Row> emissions(words, Row{});
    for (std::size_t i = 0; i < words; ++i) {
      for (std::uint32_t f = sentence.offsets[i]; f < sentence.offsets[i + 1]; ++f) {
        const auto found = index_.find(sentence.features[f]);
        if (found == index_.end()) continue;
        for (std::size_t l = 0; l < name_label_count; ++l) emissions[i][l] += weight(found->second, l, averaged);
      }
      if (gold == nullptr) continue;
      for (std::size_t l = 0; l < name_label_count; ++l) {
        if (l != (*gold)[i]) emissions[i][l] += margin_;
      }
    }
    return best_labels<double>(
        words, [&](std::size_t i, NameLabel l) { return emissions[i][l]; },
        [&](std::size_t row, NameLabel l) { return transition(row, l, averaged); });
  }

  void learn(const TrainingSentence& sentence) {
    ++step_;
    const std::vector<NameLabel> guess = label(sentence.features, false, &sentence.gold);
    if (guess == sentence.gold) return;
    for (std::size_t i = 0; i < guess.size(); ++i) {
      const std::size_t gold_row = i == 0 ? sentence_start_row : sentence.gold[i - 1];
      const std::size_t guess_row = i == 0 ? sentence_start_row : guess[i - 1];
      if (guess[i] == sentence.gold[i] && gold_row == guess_row) continue;
      update(transitions_[gold_row][sentence.gold[i]], transition_sums_[gold_row][sentence.gold[i]], 1);
      update(transitions_[guess_row][guess[i]], transition_sums_[guess_row][guess[i]], -1);
      if (guess[i] == sentence.gold[i]) continue;
      for (std::uint32_t f = sentence.features.offsets[i]; f < sentence.features.offsets[i + 1]; ++f) {
        const std::size_t row = row_of(sentence.features.features[f]);
        update(weights_[row][sentence.gold[i]], sums_[row][sentence.gold[i]], 1);
        update(weights_[row][guess[i]], sums_[row][guess[i]], -1);
      }
    }
  }

  void count(const SentenceFeatures& sentence) {
    for (const std::uint32_t feature : sentence.features) ++counts_[feature];
  }

  // The averaged weights scaled to 8-bit integers. Features seen fewer than `min_count` times
  // in training are left out, and so are those whose weights all round to 0 and all but the
  // `max_features` of the largest weights: the many features with small weights make the model
  // large but change few decisions.
  std::pair<TransitionWeights, std::vector<std::pair<std::uint32_t, LabelWeights>>> quantised(int min_count, std::size_t max_features) const {
    double largest = 0;
    for (std::size_t row = 0; row < weights_.size(); ++row) {
      for (std::size_t l = 0; l < name_label_count; ++l) largest = std::max(largest, std::abs(weight(row, l, true)));
    }
    for (std::size_t row = 0; row <= name_label_count; ++row) {
      for (std::size_t l = 0; l < name_label_count; ++l) largest = std::max(largest, std::abs(transition(row, static_cast<NameLabel>(l), true)));
    }
    const double scale = largest > 0 ? 127.0 / largest : 1.0;
    auto to_int = [&](double value) { return static_cast<std::int8_t>(std::lround(value * scale)); };
    TransitionWeights transitions{};
    for (std::size_t row = 0; row <= name_label_count; ++row) {
      for (std::size_t l = 0; l < name_label_count; ++l) transitions[row][l] = to_int(transition(row, static_cast<NameLabel>(l), true));
    }
    struct Kept {
      double strength;  // the largest weight, before rounding
      std::uint32_t feature;
      LabelWeights weights;
    };
    std::vector<Kept> kept;
    for (const auto& [feature, row] : index_) {
      const auto seen = counts_.find(feature);
      if (seen == counts_.end() || seen->second < static_cast<std::size_t>(min_count)) continue;
      Kept candidate{0, feature, {}};
      bool any = false;
      for (std::size_t l = 0; l < name_label_count; ++l) {
        const double averaged = weight(row, l, true);
        candidate.weights[l] = to_int(averaged);
        candidate.strength = std::max(candidate.strength, std::abs(averaged));
        any = any || candidate.weights[l] != 0;
      }
      if (any) kept.push_back(candidate);
    }
    if (kept.size() > max_features) {
      const auto stronger = [](const Kept& a, const Kept& b) { return a.strength != b.strength ? a.strength > b.strength : a.feature < b.feature; };
      std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(max_features), kept.end(), stronger);
      kept.resize(max_features);
    }
    std::vector<std::pair<std::uint32_t, LabelWeights>> features;
    for (const Kept& k : kept) features.emplace_back(k.feature, k.weights);
    std::sort(features.begin(), features.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return {transitions, features};
  }

 private:
  void update(double& weight, double& sum, double delta) {
    weight += delta;
    sum += static_cast<double>(step_) * delta;
  }

  double weight(std::size_t row, std::size_t l, bool averaged) const {
    return averaged ? weights_[row][l] - sums_[row][l] / static_cast<double>(step_ + 1) : weights_[row][l];
  }

  double transition(std::size_t row, NameLabel l, bool averaged) const {
    return averaged ? transitions_[row][l] - transition_sums_[row][l] / static_cast<double>(step_ + 1) : transitions_[row][l];
  }

  std::size_t row_of(std::uint32_t feature) {
    const auto [entry, inserted] = index_.try_emplace(feature, weights_.size());
    if (inserted) {
      weights_.push_back(Row{});
      sums_.push_back(Row{});
    }
    return entry->second;
  }

  std::unordered_map<std::uint32_t, std::size_t> index_;
  std::unordered_map<std::uint32_t, std::size_t> counts_;
  std::vector<Row> weights_;
  std::vector<Row> sums_;
  std::array<Row, name_label_count + 1> transitions_{};
  std::array<Row, name_label_count + 1> transition_sums_{};
  std::uint64_t step_ = 0;
  double margin_;
};

struct SpanScore {
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t correct = 0;

  double f1() const { return gold + predicted == 0 ? 0 : 2.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted); }
};

template <class Labeller>
SpanScore score(const std::vector<TrainingSentence>& sentences, Labeller labeller) {
  SpanScore total;
  for (const TrainingSentence& sentence : sentences) {
    const std::vector<TokenSpan> gold = spans_of_labels(sentence.gold, 0);
    const std::vector<TokenSpan> predicted = spans_of_labels(labeller(sentence.features), 0);
    total.gold += gold.size();
    total.predicted += predicted.size();
    for (const TokenSpan& p : predicted) {
      total.correct += static_cast<std::size_t>(std::count_if(gold.begin(), gold.end(), [&](const TokenSpan& g) {
        return g.first == p.first && g.last == p.last && g.type == p.type;
      }));
    }
  }
  return total;
}

Settings parse_arguments(int argc, char** argv) {
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error(argument + " needs a value");
      return argv[++i];
    };
    if (argument == "--language") settings.language = value();
    else if (argument == "--output") settings.output = value();
    else if (argument == "--dev") settings.dev = value();
    else if (argument == "--names") settings.name_sources.push_back(value());
    else if (argument == "--words") settings.word_sources.push_back(value());
    else if (argument == "--clusters") settings.clusters = value();
    else if (argument == "--news") settings.news = true;
    else if (argument == "--epochs") settings.epochs = std::stoi(value());
    else if (argument == "--min-count") settings.min_count = std::stoi(value());
    else if (argument == "--max-features") settings.max_features = std::stoul(value());
    else if (argument == "--margin") settings.margin = std::stod(value());
    else if (argument.rfind("--", 0) == 0) throw std::runtime_error("unknown option " + argument);
    else settings.inputs.push_back(argument);
  }
  if (settings.language.empty() || settings.output.empty() || settings.inputs.empty()) {
    throw std::runtime_error(
        "usage: precis_train_ner --language CODE --output FILE [--epochs N] [--margin X] [--min-count N] "
        "[--max-features N] [--names FILE]... [--words FILE]... [--dev FILE] [--clusters FILE] [--news] TRAIN.jsonl...");
  }
  return settings;
}

// The gazetteer is jackknifed: the sentences of each fifth of the training texts see only the
// names of the other four fifths, so the model learns how often a name it has not been told
// about is still right, as it will be on new text. The model keeps the names of all of them.
constexpr std::size_t gazetteer_folds = 5;
// Words written in lower case this often in the training texts are common words; lower-case
// words that ended names this often may end names.
constexpr std::size_t common_word_count = 5;

int run(const Settings& settings) {
  const WordClusters clusters = settings.clusters.empty() ? WordClusters() : read_clusters(settings.clusters);
  std::vector<Example> examples;
  for (const std::string& path : settings.inputs) {
    std::vector<Example> read = read_file(path, settings.language, clusters);
    std::move(read.begin(), read.end(), std::back_inserter(examples));
  }
  std::unordered_map<std::string, std::size_t> lowercase_counts;
  std::unordered_map<std::string, std::size_t> name_ending_counts;
  for (const Example& example : examples) {
    for (const std::string& word : example.lowercase_words) ++lowercase_counts[word];
    for (const std::string& word : example.name_endings) ++name_ending_counts[word];
  }
  for (const std::string& path : settings.word_sources) {
    for (const Example& example : read_file(path, settings.language, clusters)) {
      for (const std::string& word : example.lowercase_words) ++lowercase_counts[word];
    }
  }
  std::vector<std::string> common_words;
  for (const auto& [word, count] : lowercase_counts) {
    if (count >= common_word_count) common_words.push_back(word);
  }
  std::vector<std::string> name_endings;
  for (const auto& [word, count] : name_ending_counts) {
    if (count >= common_word_count) name_endings.push_back(word);
  }
  // The names of every fold, then those of the other languages' texts, which all folds see.
  using Names = std::vector<std::pair<std::string, std::uint8_t>>;
  std::array<Names, gazetteer_folds> names_by_fold;
  for (std::size_t e = 0; e < examples.size(); ++e) {
    for (const auto& [name, type] : examples[e].names) {
      names_by_fold[e % gazetteer_folds].emplace_back(name, static_cast<std::uint8_t>(1u << static_cast<unsigned>(type)));
    }
  }
  Names shared_names;
  for (const std::string& path : settings.name_sources) {
    for (const Example& example : read_file(path, settings.language, clusters)) {
      for (const auto& [name, type] : example.names) {
        shared_names.emplace_back(name, static_cast<std::uint8_t>(1u << static_cast<unsigned>(type)));
      }
    }
  }
  auto gazetteer_without = [&](std::size_t left_out) {  // gazetteer_folds: none left out
    Names names = shared_names;
    for (std::size_t fold = 0; fold < gazetteer_folds; ++fold) {
      if (fold != left_out) names.insert(names.end(), names_by_fold[fold].begin(), names_by_fold[fold].end());
    }
    return NameGazetteer::of(names, common_words, name_endings);
  };
  const NameGazetteer gazetteer = gazetteer_without(gazetteer_folds);
  std::vector<NameGazetteer> fold_gazetteers;
  for (std::size_t fold = 0; fold < gazetteer_folds; ++fold) fold_gazetteers.push_back(gazetteer_without(fold));
  std::vector<TrainingSentence> training;
  for (std::size_t e = 0; e < examples.size(); ++e) add_sentences(examples[e], fold_gazetteers[e % gazetteer_folds], clusters, training);
  std::vector<TrainingSentence> dev;
  if (!settings.dev.empty()) {
    for (const Example& example : read_file(settings.dev, settings.language, clusters)) add_sentences(example, gazetteer, clusters, dev);
  }
  std::cerr << "precis_train_ner: " << training.size() << " training sentences, " << gazetteer.name_count() << " names, " << clusters.words().size() << " clustered words, "
            << dev.size() << " dev sentences\n";

  Perceptron perceptron(settings.margin);
  for (const TrainingSentence& sentence : training) perceptron.count(sentence.features);
  std::vector<std::size_t> order(training.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(20261127);  // a fixed seed: the same data give the same model
  for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
    for (const std::size_t i : order) perceptron.learn(training[i]);
    if (!dev.empty()) {
      const SpanScore dev_score = score(dev, [&](const SentenceFeatures& f) { return perceptron.label(f, true); });
      std::cerr << "epoch " << epoch << ": dev F1 " << dev_score.f1() << '\n';
    }
  }

  const auto [transitions, features] = perceptron.quantised(settings.min_count, settings.max_features);
  const std::string bytes = NameModel::serialize(settings.language, transitions, features, gazetteer, clusters, settings.news);
  std::ofstream out(settings.output, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) throw std::runtime_error("cannot write " + settings.output);
  std::cerr << "precis_train_ner: " << features.size() << " features, " << bytes.size() << " bytes -> " << settings.output << '\n';

  if (!dev.empty()) {
    const precis::Expected<NameModel> model = NameModel::parse(bytes);
    if (!model) throw std::runtime_error(model.error().message);
    const SpanScore final_score = score(dev, [&](const SentenceFeatures& f) { return model->label(f); });
    std::cerr << "final model: dev F1 " << final_score.f1() << " (" << final_score.correct << " of " << final_score.gold
              << " gold, " << final_score.predicted << " predicted)\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse_arguments(argc, argv));
  } catch (const std::exception& error) {
    std::cerr << "precis_train_ner: " << error.what() << '\n';
    return 1;
  }
}
