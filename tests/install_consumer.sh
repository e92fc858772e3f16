#!/usr/bin/env bash
# Installs the build to a temporary prefix and builds tests/consumer against it twice, as a
# user's project would: with CMake (find_package(precis CONFIG)) and with pkg-config. Each
# build must print the summary the installed CLI prints for the same text.
# Usage: install_consumer.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
article=$source/docs/example-article.txt

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
for installed in include/precis/precis.h include/precis/json.h bin/precis; do
  [ -e "$prefix/$installed" ] || { echo "not installed: $installed" >&2; exit 1; }
done
expected=$("$prefix/bin/precis" --sentences 2 --format text "$article")

echo "CMake consumer (find_package(precis CONFIG))"
cmake -S "$source/tests/consumer" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log"
cmake --build "$work/cmake-build" >"$work/build.log" || { cat "$work/build.log"; exit 1; }
"$work/cmake-build/summarize" "$article" >"$work/cmake.out"
[ "$(head -n 2 "$work/cmake.out")" = "$expected" ] || { echo "the CMake consumer's summary differs" >&2; exit 1; }
grep -q $'^PER\t' "$work/cmake.out" || { echo "the CMake consumer found no person" >&2; exit 1; }

echo "pkg-config consumer (precis.pc)"
pc_dir=$(dirname "$(find "$prefix" -name precis.pc)")
flags=$(PKG_CONFIG_PATH=$pc_dir pkg-config --cflags --libs precis)
# shellcheck disable=SC2086 # the flags are words
c++ -std=c++17 "$source/tests/consumer/summarize.cpp" $flags -o "$work/summarize-pc"
"$work/summarize-pc" "$article" >"$work/pkg-config.out"
cmp -s "$work/cmake.out" "$work/pkg-config.out" || { echo "the pkg-config consumer's output differs" >&2; exit 1; }
echo "both consumers print the installed CLI's summary"
