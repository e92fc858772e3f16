// Fuzz target: name model files (core/src/entities/name_model.h). A page fetches them as files, so any
// bytes must be refused with a message or give a model whose tagging keeps every contract.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "entities/name_model.h"
#include "entities/trained_name_tagger.h"
#include "fuzz_checks.h"
#include "text/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  precis::Expected<precis::detail::NameModel> model = precis::detail::NameModel::parse(bytes);
  if (!model) {
    fuzz::require(!model.error().message.empty(), "a refused model has no message");
    return 0;
  }
  static const std::string text =
      "Maria Okonkwo of Northwind Power Ltd flew to Lisbon (Portugal) on Monday. \"Okonkwo said: 'yes'.\"\n\n"
      "BRIGHTFIELD ENERGY SHARES FALL\n\nThe Weston-super-Mare office, run by Dr. J. K. Reyn, closed.";
  const precis::detail::Document document = precis::detail::segment_document(text, model->language());
  const precis::detail::TrainedNameTagger tagger(std::move(*model));
  std::size_t covered_until = 0;
  for (const precis::detail::Span& span : tagger.tag(document, text, {})) {
    fuzz::require(span.start >= covered_until && span.start < span.end && span.end <= text.size(), "name spans overlap or leave the text");
    covered_until = span.end;
  }
  return 0;
}
