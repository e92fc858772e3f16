// precis_features: the sentence features of the `auto` scorer, for training its model.
//
//   precis_features < articles.jsonl > features.jsonl
//   precis_features --names
//
// Input: JSON Lines as for `precis --jsonl` ({"id": ..., "text": "...", "language": "en"};
// other members are ignored). Output: a line a text,
//   {"id": <id>, "language": "en", "sentences": [{"start": 0, "end": 84, "kind": "body",
//    "selectable": true, "features": [...]}, ...]}
// with the features in the order `--names` prints (one name a line). The features are the
// ones the library computes when it scores a text with --algorithm auto, from the same code.
#include <cstring>
#include <iostream>
#include <string>

#include "entities/entities.h"
#include "entities/name_models.h"
#include "json/json_value.h"
#include "precis/json.h"
#include "summary/scoring.h"
#include "summary/sentence_features.h"
#include "summary/similarity_graph.h"
#include "text/document.h"
#include "text/language_detection.h"

namespace {

using namespace precis::detail;

std::string features_json(const precis::Request& request) {
  std::string language = request.options.language;
  if (language == "auto") language = detect_language(request.text).code;
  Document document = segment_document(request.text, language);
  document.entities = find_entities(document, request.text, *name_tagger_for(language));
  const TermWeights weights = weigh_terms(document);
  const SimilarityGraph graph = build_similarity_graph(document, weights);
  const std::vector<bool> selectable = selectable_sentences(document);
  const std::vector<FeatureRow> rows = sentence_features(document, weights, graph, selectable);

  std::string out = "{\"id\":" + request.id + ",\"language\":";
  append_json_string(out, document.language);
  out += ",\"sentences\":[";
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const SentenceData& sentence = document.sentences[s];
    if (s > 0) out += ',';
    out += "{\"start\":";
    append_json_number(out, static_cast<double>(sentence.start));
    out += ",\"end\":";
    append_json_number(out, static_cast<double>(sentence.end));
    out += ",\"kind\":";
    append_json_string(out, precis::sentence_kind_name(sentence.kind));
    out += selectable[s] ? ",\"selectable\":true" : ",\"selectable\":false";
    out += ",\"features\":[";
    for (std::size_t f = 0; f < feature_count; ++f) {
      if (f > 0) out += ',';
      append_json_number(out, rows[s][f]);
    }
    out += "]}";
  }
  out += "]}";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--names") == 0) {
    for (const std::string_view name : feature_names) std::cout << name << '\n';
    return 0;
  }
  if (argc != 1) {
    std::cerr << "usage: precis_features < articles.jsonl > features.jsonl\n       precis_features --names\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  int status = 0;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const precis::Expected<precis::Request> request = precis::parse_request(line, precis::Options{});
    if (!request) {
      std::cout << precis::error_json(precis::request_id(line), request.error().message) << '\n';
      status = 1;
      continue;
    }
    std::cout << features_json(*request) << '\n';
  }
  return status;
}
