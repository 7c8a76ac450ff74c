#!/usr/bin/env bash
# Builds the libFuzzer targets of quotes/fuzz/ (clang, -fsanitize=fuzzer with
# ASan and UBSan, via `bazel build --config=fuzz`) and runs one of them.
#
#   tools/fuzz.sh                      # build all fuzz targets, run none
#   tools/fuzz.sh pipeline_fuzzer 600  # build, then fuzz for 600 seconds
#
# Targets: article_reader_fuzzer, pipeline_fuzzer, matcher_fuzzer (when
# quotes/match is present). The run starts from the seed corpus
# quotes/fuzz/corpus/<name>/ (read only) and keeps what it finds in
# ${FUZZ_WORK:-/tmp/quotes-fuzz}/<name>/corpus; a crash is written to
# .../<name>/crash-* . Add each crash input to quotes/fuzz/regressions/<name>/
# so that //quotes/fuzz:<name>_fuzzer_replay_test keeps it fixed.
# One process (libFuzzer's default; -jobs=N would fork N more): the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
targets=$(bazel query 'attr(tags, manual, kind(cc_binary, //quotes/fuzz:*))' 2>/dev/null)
bazel build --config=fuzz $targets
[ $# -eq 0 ] && exit 0
name=$1
seconds=${2:-600}
shift $(($# < 2 ? $# : 2))
bin="$(bazel info --config=fuzz bazel-bin 2>/dev/null)/quotes/fuzz/${name}"
work="${FUZZ_WORK:-/tmp/quotes-fuzz}/${name}"
seeds="quotes/fuzz/corpus/${name%_fuzzer}"
mkdir -p "$work/corpus"
exec "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 \
  -timeout=10 -max_len=4096 -print_final_stats=1 \
  -artifact_prefix="$work/" "$work/corpus" "$seeds" "$@"
