#include "name_models.h"

#include <map>
#include <mutex>
#include <string>

#include "trained_name_tagger.h"

namespace precis::detail {

namespace {

class NameModels {
 public:
  static NameModels& instance() {
    static NameModels models;
    return models;
  }

  Expected<std::string> add(std::string_view bytes) {
    Expected<NameModel> model = NameModel::parse(bytes);
    if (!model) return model.error();
    std::string language = model->language();
    const std::lock_guard<std::mutex> lock(mutex_);
    taggers_[language] = std::make_shared<const TrainedNameTagger>(std::move(*model));
    return language;
  }

  std::shared_ptr<const NameTagger> tagger_for(std::string_view language) {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = taggers_.find(language);
    if (found != taggers_.end()) return found->second;
    return rules_;
  }

 private:
  NameModels() {
    for (const std::string_view bytes : builtin_name_models()) {
      Expected<NameModel> model = NameModel::parse(bytes);
      if (!model) std::abort();  // the build embeds only files the trainer wrote
      const std::string language = model->language();
      taggers_[language] = std::make_shared<const TrainedNameTagger>(std::move(*model));
    }
  }

  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const NameTagger>, std::less<>> taggers_;
  const std::shared_ptr<const NameTagger> rules_ = std::make_shared<const RuleBasedNameTagger>();
};

}  // namespace

std::shared_ptr<const NameTagger> name_tagger_for(std::string_view language) {
  return NameModels::instance().tagger_for(language);
}

}  // namespace precis::detail

namespace precis {

Expected<std::string> add_name_model(std::string_view model_bytes) { return detail::NameModels::instance().add(model_bytes); }

}  // namespace precis
