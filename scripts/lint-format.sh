#!/bin/sh
# The tracked C sources follow .clang-format: exit 1 naming what does not.
# Fix with: git ls-files '*.c' '*.h' | xargs clang-format -i
set -eu
cd "${1:-$(dirname "$0")/..}"
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find src tests -name '*.[ch]')
# shellcheck disable=SC2086
exec clang-format --dry-run --Werror $files
