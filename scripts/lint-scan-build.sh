#!/bin/sh
# The clang static analyser over the whole library and CLI, in a build
# directory of its own: exit 1 on any report (--status-bugs).
set -eu
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
scan-build meson setup "$dir/build" "$src" -Dtests=false >/dev/null
scan-build --status-bugs -o "$dir/reports" ninja -C "$dir/build"
