#!/bin/sh
# diff-fuzz-check.sh REV [SECONDS]: a libFuzzer target that runs the static
# check of revision REV (its lexer.c, lexer.h and policy.c) and of the work
# tree on the same bytes and aborts on the first difference in the
# violations (rule, line, column, message, order). For a change to the
# check that must keep its verdicts: corpus diffs (compare-check.py) only
# see the inputs someone wrote; this one looks for the others, broken
# source included. Needs clang and a configured build/ (for sx-build.h).
# The crash file it writes is the input that differs.
set -eu
rev=${1:?usage: diff-fuzz-check.sh REV [SECONDS]}
secs=${2:-120}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old" "$work/corpus"
for f in lexer.c lexer.h policy.c; do
	git -C "$root" show "$rev:src/lib/$f" >"$work/old/$f"
done
cflags="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -I$root/src/lib -I$root/build/src -I$root/build"
ren=""
# Both spellings of the renamed functions (sx_<file>_* since 324b20d), so
# that REV may be older or newer than the rename.
for s in sx_lexer_init sx_lexer_next sx_tok_kind_name sx_lexer_tok_kind_name sx_policy_check \
	sx_violations_free sx_policy_violations_free sx_violations_json sx_policy_load \
	sx_policy_table_path sx_policy_validate; do
	ren="$ren -D$s=old_$s"
done
# The old files see their own lexer.h first.
clang $cflags -I"$work/old" $ren -c "$work/old/lexer.c" -o "$work/old-lexer.o"
clang $cflags -I"$work/old" $ren -c "$work/old/policy.c" -o "$work/old-policy.o"
for f in "$root"/src/lib/*.c; do
	clang $cflags -c "$f" -o "$work/new-$(basename "$f" .c).o"
done
cat >"$work/diff.c" <<'EOF'
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "policy.h"

size_t old_sx_policy_check(const struct sx_config *cfg, const char *src, size_t len,
			   struct sx_violations *out);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sx_config cfg;
	static int ready;
	struct sx_violations a = {0}, b = {0};

	if (!ready) {
		sx_config_init(&cfg);
		ready = 1;
	}
	old_sx_policy_check(&cfg, (const char *)data, size, &a);
	sx_policy_check(&cfg, (const char *)data, size, &b);
	for (size_t i = 0; i < a.n || i < b.n; i++) {
		if (i < a.n && i < b.n && a.v[i].line == b.v[i].line && a.v[i].col == b.v[i].col &&
		    strcmp(a.v[i].rule, b.v[i].rule) == 0 &&
		    strcmp(a.v[i].message, b.v[i].message) == 0)
			continue;
		fprintf(stderr, "violation %zu differs: old %s, new %s\n", i,
			i < a.n ? a.v[i].rule : "(none)", i < b.n ? b.v[i].rule : "(none)");
		abort();
	}
	sx_policy_violations_free(&a);
	sx_policy_violations_free(&b);
	return 0;
}
EOF
clang $cflags -c "$work/diff.c" -o "$work/diff.o"
clang -fsanitize=fuzzer,address,undefined -o "$work/diff-fuzz" "$work/diff.o" \
	"$work/old-lexer.o" "$work/old-policy.o" "$work"/new-*.o -lyaml -lcjson -lmd
cp "$root"/tests/data/evasion/*.py "$root"/tests/data/benign/*.py "$work/corpus/"
SANDEXEC_DATADIR="$root/share/sandexec" ASAN_OPTIONS=detect_leaks=0 \
	"$work/diff-fuzz" -max_total_time="$secs" -max_len=4096 -artifact_prefix="$root/" \
	"$work/corpus"
