// WebAssembly: no models built in; the page hands them over as files (precis::add_name_model).
#include "entities/name_models.h"

namespace precis::detail {

std::vector<BuiltinNameModel> builtin_name_models() { return {}; }

}  // namespace precis::detail
