#!/bin/sh
# run-fuzzer.sh FUZZER SECONDS WORKDIR SEED...: run a libFuzzer target for a
# bounded time from the seeds; any crash or sanitizer report fails.
set -eu
fuzzer=$1 seconds=$2 work=$3
shift 3
mkdir -p "$work/corpus"
cd "$work"
# -error_exitcode: libFuzzer's default, 77, is what meson reads as "skipped".
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -error_exitcode=1 \
	-print_final_stats=1 corpus "$@"
