#!/usr/bin/env bash
# The README's first command: builds the verifier and shows the quotes of a
# sample article (or of the files given) with their speakers.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
bazel build -c opt //tools:quote_verifier >&2
if [ $# -eq 0 ]; then
  set -- testdata/articles/en_geneva_talks.txt
fi
bazel-bin/tools/quote_verifier "$@"
