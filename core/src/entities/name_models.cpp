#include "entities/name_models.h"

#include <map>
#include <mutex>
#include <string>

#include "entities/trained_name_tagger.h"

namespace precis::detail {

namespace {

class NameModels {
 public:
  // Never destroyed: the models are read-only for the life of the process, and tearing down
  // their tables at exit would only cost time.
  static NameModels& instance() {
    static NameModels* const models = new NameModels;
    return *models;
  }

  Expected<std::string> add(Expected<NameModel> model) {
    if (!model) return model.error();
    std::string language = model->language();
    const std::lock_guard<std::mutex> lock(mutex_);
    taggers_[language] = std::make_shared<const TrainedNameTagger>(std::move(*model));
    return language;
  }

  std::shared_ptr<const NameTagger> tagger_for(std::string_view language) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (const auto found = taggers_.find(language); found != taggers_.end()) return found->second;
    // A built-in model is parsed the first time its language comes up.
    if (const auto builtin = builtin_.find(language); builtin != builtin_.end()) {
      Expected<NameModel> model = NameModel::built_in(builtin->second.file, builtin->second.tables);
      if (!model) std::abort();  // the build embeds only files it has read with NameModel::parse
      auto tagger = std::make_shared<const TrainedNameTagger>(std::move(*model));
      taggers_.emplace(std::string(language), tagger);
      return tagger;
    }
    return rules_;
  }

 private:
  NameModels() {
    for (const BuiltinNameModel& model : builtin_name_models()) builtin_.emplace(NameModel::language_of(model.file), model);
  }

  std::mutex mutex_;
  std::map<std::string, BuiltinNameModel, std::less<>> builtin_;
  std::map<std::string, std::shared_ptr<const NameTagger>, std::less<>> taggers_;
  const std::shared_ptr<const NameTagger> rules_ = std::make_shared<const RuleBasedNameTagger>();
};

}  // namespace

std::shared_ptr<const NameTagger> name_tagger_for(std::string_view language) {
  return NameModels::instance().tagger_for(language);
}

}  // namespace precis::detail

namespace precis {

Expected<std::string> add_name_model(std::string_view model_bytes) {
  return detail::NameModels::instance().add(detail::NameModel::parse(model_bytes));
}

}  // namespace precis
