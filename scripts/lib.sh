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

# build_native: configures (once) and builds the native preset into build/native.
build_native() {
  ensure_packages cmake g++ make pkg-config libicu-dev catch2
  [ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
  cmake --build --preset native -j "$(nproc)"
}

# build_asan: the native build with AddressSanitizer and UndefinedBehaviorSanitizer (build/asan).
build_asan() {
  ensure_packages cmake g++ make pkg-config libicu-dev catch2
  [ -f build/asan/CMakeCache.txt ] || cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$(nproc)"
}

# build_fuzz: the libFuzzer targets with ASan and UBSan, built with clang (build/fuzz).
build_fuzz() {
  ensure_packages clang libclang-rt-14-dev cmake make pkg-config libicu-dev
  [ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$(nproc)"
}

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
