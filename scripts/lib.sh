# Shared by the scripts in this folder: installing what they need and building, quietly.

# ensure_packages PACKAGE...: installs the Debian packages that are missing (apt-get update
# runs once, and only when something has to be installed).
ensure_packages() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} ..." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ensure_node: Node.js 20 or later with npm (Debian's packages where the machine has none).
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || ensure_packages nodejs npm
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "Precis needs Node.js 20 or later; this machine has $(node --version)" >&2
    return 1
  fi
}

# ensure_npm_dev_packages: the development packages of package.json (the evaluation
# harness's peers and checks), installed exactly as package-lock.json pins them.
ensure_npm_dev_packages() {
  ensure_node
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

# What the native builds need, and the sanitizer and fuzz builds' compilers (clang's runtime
# holds libFuzzer).
NATIVE_PACKAGES=(cmake g++ make pkg-config libicu-dev catch2)
FUZZ_PACKAGES=(clang libclang-rt-14-dev cmake make pkg-config libicu-dev)

# build_preset PRESET PACKAGE...: installs the packages, configures PRESET once (into
# build/PRESET) and builds it.
build_preset() {
  local preset=$1
  shift
  ensure_packages "$@"
  [ -f "build/$preset/CMakeCache.txt" ] || cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)"
}

# build_native: the native preset (build/native).
build_native() { build_preset native "${NATIVE_PACKAGES[@]}"; }
# build_asan: with AddressSanitizer and UndefinedBehaviorSanitizer (build/asan).
build_asan() { build_preset asan "${NATIVE_PACKAGES[@]}"; }
# build_fuzz: the libFuzzer targets with ASan and UBSan, built with clang (build/fuzz).
build_fuzz() { build_preset fuzz "${FUZZ_PACKAGES[@]}"; }

# build_wasm: ICU for WebAssembly (cached outside the clone), then the module into build/site
# and build/npm.
build_wasm() {
  ensure_node
  local icu
  icu=$(scripts/build-icu-wasm | tail -n 1)
  # Emscripten's JS optimiser finds acorn only through NODE_PATH on Debian.
  export NODE_PATH=/usr/share/nodejs
  cmake --preset wasm -DPRECIS_ICU_WASM_DIR="$icu" >/dev/null
  cmake --build --preset wasm -j "$(nproc)"
}
