// A program that uses the installed library: it summarises a text file in two sentences.
// tests/consumer/CMakeLists.txt builds it with find_package(precis); tests/install_consumer.sh
// builds it with pkg-config too. The README shows it as the example of using Precis from C++.
#include <precis/precis.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: summarize FILE\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  const std::string article((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (!file) {
    std::cerr << "cannot read " << argv[1] << '\n';
    return 1;
  }

  precis::Options options;
  options.length = precis::Length::sentences(2);
  const precis::Expected<precis::Result> result = precis::summarize(article, options);
  if (!result) {
    std::cerr << result.error().message << '\n';
    return 1;
  }
  for (const std::size_t index : result->summary) {
    const precis::Sentence& sentence = result->sentences[index];
    std::cout << article.substr(sentence.start, sentence.end - sentence.start) << '\n';
  }
  for (const precis::Entity& entity : result->entities) {
    std::cout << precis::entity_type_name(entity.type) << '\t' << entity.text << '\n';
  }
  return 0;
}
