// precis_name_speed: how fast the name tagger runs, natively, apart from everything else.
//
//   precis_name_speed --language en [--model ner-en.bin] < texts.jsonl
//
// --model: tag with this model file instead of the built-in one (to compare two models'
// speed on one machine, one run after the other).
// Input: JSON Lines with a "text" member. Every text is segmented first (not timed); then the
// tagger behind precis::summarize for that language (with the pattern entities it is merged
// with) tags all of them, again and again for at least a second. Prints words tagged a second.
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "entities/entities.h"
#include "entities/name_models.h"
#include "json/json_value.h"
#include "text/document.h"

int main(int argc, char** argv) {
  using namespace precis::detail;
  const bool with_model = argc == 5 && std::strcmp(argv[3], "--model") == 0;
  if ((argc != 3 && !with_model) || std::strcmp(argv[1], "--language") != 0) {
    std::cerr << "usage: precis_name_speed --language CODE [--model FILE] < texts.jsonl\n";
    return 2;
  }
  const std::string language = argv[2];
  if (with_model) {
    std::ifstream file(argv[4], std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    const precis::Expected<std::string> added = precis::add_name_model(bytes.str());
    if (!file || !added || *added != language) {
      std::cerr << "precis_name_speed: " << argv[4] << " is no " << language << " name model"
                << (added ? std::string() : ": " + added.error().message) << '\n';
      return 1;
    }
  }
  std::vector<std::string> texts;
  std::string line;
  while (std::getline(std::cin, line)) {
    const precis::Expected<JsonValue> parsed = parse_json(line);
    const JsonValue* text = parsed ? parsed->find("text") : nullptr;
    if (text == nullptr || text->kind != JsonValue::Kind::string) {
      std::cerr << "precis_name_speed: a line without \"text\"\n";
      return 1;
    }
    texts.push_back(text->string);
  }
  std::vector<Document> documents;
  std::size_t words = 0;
  for (const std::string& text : texts) {
    documents.push_back(segment_document(text, language));
    words += documents.back().tokens.size();
  }
  const auto tagger = name_tagger_for(language);
  std::size_t rounds = 0;
  std::size_t entities = 0;
  const auto start = std::chrono::steady_clock::now();
  double seconds = 0;
  while (seconds < 1.0 || rounds < 2) {
    for (std::size_t d = 0; d < documents.size(); ++d) entities += find_entities(documents[d], texts[d], *tagger).size();
    ++rounds;
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  std::cout << "{\"words\":" << words * rounds << ",\"seconds\":" << seconds << ",\"words_per_second\":"
            << static_cast<long long>(static_cast<double>(words * rounds) / seconds) << ",\"entities\":" << entities / rounds
            << "}\n";
  return 0;
}
