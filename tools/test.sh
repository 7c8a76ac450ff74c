#!/usr/bin/env bash
# The README's second command (and what .ci/run calls): runs every test three
# ways and ends with ONE line "N passed, N failed", the test cases of all
# three runs added up; exits non-zero when anything failed.
#   1. bazel test //...                              gcc, as developers build
#   2. bazel test --config=asan --config=ubsan //... clang with ASan + UBSan
#   3. bazel test -c opt //quotes:pipeline_hostile_input_full_test
#      the hostile inputs at full size (10 MB of marks, a 5 MB paragraph),
#      which want an optimized build
# Arguments are passed to every `bazel test`. QUOTES_SANITIZERS=0 skips run 2
# (for a quick local check; CI runs everything).
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
passed=0
failed=0
status=0

# Runs `bazel test ARGS...` and adds its test cases to passed/failed.
suite() {
  echo "== bazel test $*" >&2
  bazel test "$@" 2>&1 | tee "$log"
  local run_status=${PIPESTATUS[0]}
  local run_failed=0
  # Bazel's summary names each test target with its result; its test.xml has
  # one <testcase> per GoogleTest case. A target that failed without a
  # readable XML (a crash, a timeout) counts as one failed case.
  while read -r target result; do
    local path=${target#//}
    local xml="bazel-testlogs/${path/://}/test.xml"
    local cases=0 fails=0
    if [ -f "$xml" ]; then
      cases=$(grep -o '<testcase ' "$xml" | wc -l)
      fails=$(grep -Eo '<(failure|error)[ >]' "$xml" | wc -l)
    fi
    if [ "$result" = PASSED ]; then
      passed=$((passed + cases))
    else
      [ "$fails" -eq 0 ] && fails=1
      passed=$((passed + cases - fails))
      run_failed=$((run_failed + fails))
    fi
  done < <(sed -nE 's#^(//[^ ]+)[ ]+(\(cached\) )?(PASSED|FAILED|TIMEOUT|FLAKY|NO STATUS|INCOMPLETE).*#\1 \3#p' "$log")
  # A build error fails the run even when no test reported.
  if [ "$run_status" -ne 0 ] && [ "$run_failed" -eq 0 ]; then
    run_failed=1
  fi
  failed=$((failed + run_failed))
  [ "$run_status" -ne 0 ] && status=$run_status
  return 0
}

suite //... "$@"
if [ "${QUOTES_SANITIZERS:-1}" != 0 ]; then
  suite --config=asan --config=ubsan //... "$@"
fi
suite -c opt //quotes:pipeline_hostile_input_full_test "$@"
echo "${passed} passed, ${failed} failed"
exit "$status"
