#!/bin/sh
# A name says its file: an external sx_<file>_* function is defined in
# src/lib/<file>.c. The names that do not hold yet are listed in
# scripts/names-allowed.txt: only util's helpers (the sx_x* allocators
# and the like), which stay by decision. A new name outside the rule fails
# this test.
set -eu
cd "${1:-$(dirname "$0")/..}"
allowed=scripts/names-allowed.txt
bad=0
for f in src/lib/*.c; do
	m=$(basename "$f" .c)
	# the name before the parenthesis, not the return type's tag
	for fn in $(grep -oE '^[a-z][a-z0-9_ *]*\bsx_[a-z0-9_]+\(' "$f" | grep -oE 'sx_[a-z0-9_]+\($' | tr -d '('); do
		case $fn in
		sx_"$m" | sx_"$m"_*) continue ;;
		esac
		if ! grep -qx "$m: $fn" "$allowed"; then
			echo "$f: $fn is not sx_${m}_*: rename it or move it to its file"
			bad=1
		fi
	done
done
exit $bad
