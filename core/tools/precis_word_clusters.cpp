// precis_word_clusters: the word clusters of a name model (core/src/entities/word_clusters.h),
// learnt from unlabelled text by exchange clustering (exchange_clustering.h).
//
//   precis_word_clusters --language de [--ascii-only] [--classes 256] [--coarse 32]
//                        [--min-count 3] [--max-words 40000] [--passes 12] texts.jsonl... > clusters.tsv
//
// Input: JSON Lines, a text a line: {"text": "..."} or {"sentences": ["...", ...]} (joined by
// spaces); "-" reads standard input. Each text is segmented by the library itself and each word
// keyed as the tagger looks it up (word_cluster_key.h), so the clusters hold the very forms the
// tagger meets. --ascii-only: keys without their letters beyond ASCII.
//
// The words seen at least --min-count times, the --max-words most frequent of them, go into
// --classes fine classes; the fine classes then go into --coarse classes by the same method, with
// the words around each class as its contexts. Rarer words count as one context of their own, and
// so does the edge of a sentence.
//
// Output: "# keys: folded" (or "# keys: folded, ASCII only"), then word<TAB>fine<TAB>coarse, a
// word a line, sorted by word. The same input gives the same file.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/word_cluster_key.h"
#include "entities/word_clusters.h"
#include "exchange_clustering.h"
#include "json/json_value.h"
#include "text/document.h"
#include "text/text_folding.h"

namespace {

using namespace precis::detail;
using precis::tools::Clustering;
using precis::tools::Neighbours;

struct Settings {
  std::string language;
  bool ascii_only = false;
  std::size_t classes = 256;
  std::size_t coarse = 32;
  std::size_t min_count = 3;
  std::size_t max_words = 40000;
  int passes = 12;
  std::vector<std::string> inputs;
};

// The texts' sentences as sequences of word numbers, numbered as first met.
struct Corpus {
  std::unordered_map<std::string, std::uint32_t> numbers;
  std::vector<std::string> words;            // by number
  std::vector<std::uint64_t> counts;         // by number
  std::vector<std::vector<std::uint32_t>> sentences;
};

void add_text(const std::string& text, const Settings& settings, Corpus& corpus) {
  const Document document = segment_document(text, settings.language);
  for (const SentenceData& sentence : document.sentences) {
    std::vector<std::uint32_t> numbers;
    for (std::size_t t = sentence.first_token; t < sentence.last_token; ++t) {
      const Token& token = document.tokens[t];
      const std::string_view surface = std::string_view(document.analysis).substr(token.start, token.end - token.start);
      const std::string key = word_cluster_key(surface.substr(0, surface.size() - possessive_length(surface)), settings.ascii_only);
      if (key.empty()) continue;
      const auto [entry, inserted] = corpus.numbers.try_emplace(key, static_cast<std::uint32_t>(corpus.words.size()));
      if (inserted) {
        corpus.words.push_back(key);
        corpus.counts.push_back(0);
      }
      ++corpus.counts[entry->second];
      numbers.push_back(entry->second);
    }
    if (!numbers.empty()) corpus.sentences.push_back(std::move(numbers));
  }
}

void read_texts(std::istream& in, const std::string& name, const Settings& settings, Corpus& corpus) {
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const precis::Expected<JsonValue> parsed = parse_json(line);
    if (!parsed) throw std::runtime_error(name + ": " + parsed.error().message);
    if (const JsonValue* text = parsed->find("text"); text != nullptr && text->kind == JsonValue::Kind::string) {
      add_text(text->string, settings, corpus);
    } else if (const JsonValue* sentences = parsed->find("sentences"); sentences != nullptr) {
      std::string joined;
      for (const JsonValue& sentence : sentences->items) joined += (joined.empty() ? "" : " ") + sentence.string;
      add_text(joined, settings, corpus);
    } else {
      throw std::runtime_error(name + ": a line without \"text\" or \"sentences\"");
    }
  }
}

// Each (context, count) list sorted by context, as a map of them gives it.
std::vector<std::pair<std::uint32_t, std::uint32_t>> as_list(const std::map<std::uint32_t, std::uint32_t>& counts) {
  return {counts.begin(), counts.end()};
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
    else if (argument == "--ascii-only") settings.ascii_only = true;
    else if (argument == "--classes") settings.classes = std::stoul(value());
    else if (argument == "--coarse") settings.coarse = std::stoul(value());
    else if (argument == "--min-count") settings.min_count = std::stoul(value());
    else if (argument == "--max-words") settings.max_words = std::stoul(value());
    else if (argument == "--passes") settings.passes = std::stoi(value());
    else if (argument.rfind("--", 0) == 0) throw std::runtime_error("unknown option " + argument);
    else settings.inputs.push_back(argument);
  }
  // Class numbers are 16-bit in a model file, the largest kept for "no class".
  if (settings.language.empty() || settings.inputs.empty() || settings.classes < 2 || settings.classes >= WordClusters::none ||
      settings.coarse < 2 || settings.coarse > settings.classes) {
    throw std::runtime_error(
        "usage: precis_word_clusters --language CODE [--ascii-only] [--classes N] [--coarse N] [--min-count N] "
        "[--max-words N] [--passes N] TEXTS.jsonl...");
  }
  return settings;
}

int run(const Settings& settings) {
  Corpus corpus;
  for (const std::string& path : settings.inputs) {
    if (path == "-") {
      read_texts(std::cin, "standard input", settings, corpus);
      continue;
    }
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    read_texts(in, path, settings, corpus);
  }
  // The vocabulary, the most frequent first (ties by their bytes: the order is part of the result).
  std::vector<std::uint32_t> vocabulary;
  for (std::uint32_t w = 0; w < corpus.words.size(); ++w) {
    if (corpus.counts[w] >= settings.min_count) vocabulary.push_back(w);
  }
  std::sort(vocabulary.begin(), vocabulary.end(), [&](std::uint32_t a, std::uint32_t b) {
    return corpus.counts[a] != corpus.counts[b] ? corpus.counts[a] > corpus.counts[b] : corpus.words[a] < corpus.words[b];
  });
  if (vocabulary.size() > settings.max_words) vocabulary.resize(settings.max_words);
  const auto units = static_cast<std::uint32_t>(vocabulary.size());
  const std::uint32_t rare = units;
  const std::uint32_t edge = units + 1;
  std::vector<std::uint32_t> context_of(corpus.words.size(), rare);
  for (std::uint32_t u = 0; u < units; ++u) context_of[vocabulary[u]] = u;

  std::vector<std::map<std::uint32_t, std::uint32_t>> before(units);
  std::vector<std::map<std::uint32_t, std::uint32_t>> after(units);
  std::uint64_t tokens = 0;
  for (const std::vector<std::uint32_t>& sentence : corpus.sentences) {
    tokens += sentence.size();
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      const std::uint32_t unit = context_of[sentence[i]];
      if (unit == rare) continue;
      ++before[unit][i == 0 ? edge : context_of[sentence[i - 1]]];
      ++after[unit][i + 1 == sentence.size() ? edge : context_of[sentence[i + 1]]];
    }
  }
  std::cerr << "precis_word_clusters: " << tokens << " words, " << corpus.words.size() << " distinct, " << units
            << " clustered\n";
  std::vector<Neighbours> neighbours(units);
  for (std::uint32_t u = 0; u < units; ++u) neighbours[u] = {as_list(before[u]), as_list(after[u])};
  const std::size_t contexts = units + 2;
  const std::size_t classes = std::min<std::size_t>(settings.classes, std::max<std::uint32_t>(units, 1));
  const Clustering fine = precis::tools::exchange_clustering(neighbours, contexts, classes, settings.passes);

  // The fine classes as units of their own, the most frequent first, their contexts the words
  // around their members.
  std::vector<std::uint64_t> class_counts(classes, 0);
  for (std::uint32_t u = 0; u < units; ++u) class_counts[fine.class_of[u]] += corpus.counts[vocabulary[u]];
  std::vector<std::uint32_t> class_order(classes);
  for (std::uint32_t c = 0; c < classes; ++c) class_order[c] = c;
  std::stable_sort(class_order.begin(), class_order.end(), [&](std::uint32_t a, std::uint32_t b) { return class_counts[a] > class_counts[b]; });
  std::vector<Neighbours> class_neighbours(classes);
  for (std::size_t i = 0; i < classes; ++i) {
    const std::uint32_t c = class_order[i];
    for (std::uint32_t context = 0; context < contexts; ++context) {
      if (const std::uint32_t n = fine.before_counts[context * classes + c]; n != 0) class_neighbours[i].before.emplace_back(context, n);
      if (const std::uint32_t n = fine.after_counts[context * classes + c]; n != 0) class_neighbours[i].after.emplace_back(context, n);
    }
  }
  const Clustering coarse = precis::tools::exchange_clustering(class_neighbours, contexts, std::min(settings.coarse, classes), settings.passes);
  std::vector<std::uint32_t> coarse_of_fine(classes);
  for (std::size_t i = 0; i < classes; ++i) coarse_of_fine[class_order[i]] = coarse.class_of[i];

  std::vector<std::pair<std::string, std::uint32_t>> lines;
  for (std::uint32_t u = 0; u < units; ++u) lines.emplace_back(corpus.words[vocabulary[u]], fine.class_of[u]);
  std::sort(lines.begin(), lines.end());
  std::cout << (settings.ascii_only ? "# keys: folded, ASCII only\n" : "# keys: folded\n");
  for (const auto& [word, fine_class] : lines) std::cout << word << '\t' << fine_class << '\t' << coarse_of_fine[fine_class] << '\n';
  return std::cout.flush() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(parse_arguments(argc, argv));
  } catch (const std::exception& error) {
    std::cerr << "precis_word_clusters: " << error.what() << '\n';
    return 1;
  }
}
