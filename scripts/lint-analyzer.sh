#!/bin/sh
# GCC's static analyser (-fanalyzer) over the whole library and CLI, in a
# build directory of its own, with -Werror: any finding fails. A finding
# is fixed, or the code states the invariant the analyser missed (assert,
# returns_nonnull), never silenced by option (HACKING.md, Lint).
set -eu
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
CC=gcc meson setup "$dir/build" "$src" -Dtests=false -Dwerror=true \
	-Dc_args=-fanalyzer >/dev/null
ninja -k 0 -C "$dir/build"
