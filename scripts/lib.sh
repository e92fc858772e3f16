# Shared by the scripts in this folder: installing what they need from Debian, quietly.

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

# The packages the native build and its tests need.
native_build_packages=(cmake g++ make pkg-config libicu-dev catch2)

# build_native: configures (once) and builds the native preset into build/native.
build_native() {
  ensure_packages "${native_build_packages[@]}"
  [ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
  cmake --build --preset native -j "$(nproc)"
}
