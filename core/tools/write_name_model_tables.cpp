// write_name_model_tables: writes, beside a copy of each name model, the lookup tables the
// library builds when it reads the model, so that a WebAssembly page fetches them ready-made
// (precis::add_name_model with tables) instead of building them on every visit, as the native
// library has them built in (embed_name_models). wasm/CMakeLists.txt builds this tool as
// WebAssembly and runs it under Node: the tables are the bytes the engine itself would build.
//
//   write_name_model_tables OUTPUT_DIR MODEL.bin...   writes OUTPUT_DIR/<name>.tables
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "entities/name_model.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: write_name_model_tables OUTPUT_DIR MODEL.bin...\n";
    return 2;
  }
  const std::filesystem::path output_dir = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::filesystem::path model_path = argv[i];
    std::ifstream in(model_path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::cerr << "write_name_model_tables: cannot read " << model_path << '\n';
      return 1;
    }
    const precis::Expected<precis::detail::NameModel> model = precis::detail::NameModel::parse(bytes);
    if (!model) {
      std::cerr << "write_name_model_tables: " << model_path << ": " << model.error().message << '\n';
      return 1;
    }
    const std::filesystem::path tables_path = output_dir / model_path.filename().replace_extension(".tables");
    std::ofstream out(tables_path, std::ios::binary);
    out << model->tables();
    if (!out.flush()) {
      std::cerr << "write_name_model_tables: cannot write " << tables_path << '\n';
      return 1;
    }
  }
  return 0;
}
