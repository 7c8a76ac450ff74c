#!/usr/bin/env bash
# How much faster is the pipeline at revision B than at revision A, on this
# machine?
#
#   tools/ab_builds.sh A B [RUNS] [ROUNDS] [CHUNK]
#
# Builds //quotes/benchmark:pipeline_turns (-c opt) at each revision, in a
# worktree of its own under ${TMPDIR:-/tmp}/quotes_ab (kept, so that the next
# comparison builds incrementally), then runs the two builds on one core,
# taking turns CHUNK articles at a time (default 16), ROUNDS passes over the
# 8 MiB news corpus each (default 3); RUNS times (default 4), the one to go
# first alternating. Prints each run's milliseconds per pass, B's speed
# relative to A (above 1: B is faster) and the median of the runs.
#
# Why turns: this virtual machine's speed drifts between runs by more than
# most changes weigh, so two separate benchmark runs cannot tell a 3% change
# from none; taking turns a few milliseconds apart, both builds see the same
# machine. The same revision against itself gives 1.00 within about 1%.
# A and B are revisions (commits, branches, tags): uncommitted changes are
# not measured. A revision older than pipeline_turns gets this checkout's
# copy of it.
set -euo pipefail
cd "$(dirname "$0")/.."
if (( $# < 2 )); then
  sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
runs=${3:-4}
rounds=${4:-3}
chunk=${5:-16}
tools/setup.sh >&2 || exit 2
root=${TMPDIR:-/tmp}/quotes_ab
mkdir -p "$root"
git worktree prune

# Builds pipeline_turns at revision $1 in worktree $root/$2; prints the binary.
build() {
  local rev dir
  rev=$(git rev-parse --verify --quiet "$1^{commit}") || {
    echo "ab_builds: no revision '$1'" >&2
    return 1
  }
  dir=$root/$2
  if [[ -d $dir/.git || -f $dir/.git ]]; then
    git -C "$dir" checkout -q -- . && git -C "$dir" clean -fdq quotes/benchmark
    git -C "$dir" checkout -q --detach "$rev"
  else
    git worktree add -q --detach "$dir" "$rev"
  fi
  if ! grep -q 'name = "pipeline_turns"' "$dir/quotes/benchmark/BUILD.bazel"; then
    cp quotes/benchmark/pipeline_turns.cc "$dir/quotes/benchmark/"
    sed -n '/^# One side of tools\/ab_builds.sh/,/^)/p' quotes/benchmark/BUILD.bazel \
      >> "$dir/quotes/benchmark/BUILD.bazel"
  fi
  echo "== building $1 ($rev) in $dir" >&2
  # Its Bazel server exits a minute after the build: one per worktree would
  # otherwise stay for hours.
  (cd "$dir" && bazel --max_idle_secs=60 build -c opt //quotes/benchmark:pipeline_turns >&2) ||
    return 1
  local bin="$root/$2.pipeline_turns"
  cp -f "$dir/bazel-bin/quotes/benchmark/pipeline_turns" "$bin"
  echo "$bin"
}

a=$(build "$1" a) || exit 1
b=$(build "$2" b) || exit 1
core=$(( $(nproc) - 1 ))
fifos=$(mktemp -d)
trap 'rm -rf "$fifos"' EXIT
mkfifo "$fifos/to_first" "$fifos/to_second"
ratios=()
for run in $(seq "$runs"); do
  if (( run % 2 )); then first=$a; second=$b; else first=$b; second=$a; fi
  taskset -c "$core" "$first" "$rounds" "$chunk" 3<"$fifos/to_first" 4>"$fifos/to_second" \
    > "$fifos/first.out" &
  pf=$!
  taskset -c "$core" "$second" "$rounds" "$chunk" 3<"$fifos/to_second" 4>"$fifos/to_first" \
    > "$fifos/second.out" &
  ps=$!
  # The first turn; held open for writing so that no open of the pipe blocks.
  exec 5<>"$fifos/to_first"
  printf x >&5
  wait "$pf" "$ps" || { echo "ab_builds: a build failed to run" >&2; exit 1; }
  exec 5>&-
  if (( run % 2 )); then ta=$(<"$fifos/first.out"); tb=$(<"$fifos/second.out")
  else tb=$(<"$fifos/first.out"); ta=$(<"$fifos/second.out"); fi
  ratio=$(awk -v a="$ta" -v b="$tb" 'BEGIN { printf "%.3f", a / b }')
  ratios+=("$ratio")
  echo "run $run: A $ta ms  B $tb ms per pass  B's speed / A's: $ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n |
  awk '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2;
         printf "median of %d runs: B runs %.3f times as fast as A\n", NR, m }'
