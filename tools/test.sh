#!/usr/bin/env bash
# The README's second command (and what .ci/run calls): runs every test and ends
# with a line "N passed, N failed" counted from the test cases of this run.
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
bazel test //... "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=0
failed=0
# Bazel's summary names each test target with its result; its test.xml has one
# <testcase> per GoogleTest case. A target that failed without a readable XML
# (a crash, a timeout) counts as one failed case.
while read -r target result; do
  path=${target#//}
  xml="bazel-testlogs/${path/://}/test.xml"
  cases=0
  fails=0
  if [ -f "$xml" ]; then
    cases=$(grep -o '<testcase ' "$xml" | wc -l)
    fails=$(grep -Eo '<(failure|error)[ >]' "$xml" | wc -l)
  fi
  if [ "$result" = PASSED ]; then
    passed=$((passed + cases))
  else
    [ "$fails" -eq 0 ] && fails=1
    passed=$((passed + cases - fails))
    failed=$((failed + fails))
  fi
done < <(sed -nE 's#^(//[^ ]+)[ ]+(\(cached\) )?(PASSED|FAILED|TIMEOUT|FLAKY|NO STATUS|INCOMPLETE).*#\1 \3#p' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
