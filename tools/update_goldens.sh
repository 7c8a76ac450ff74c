#!/usr/bin/env bash
# Regenerates testdata/golden/ from the current build. Review the diff: every
# change in it is a change in what the tools print.
set -euo pipefail
cd "$(dirname "$0")/.."
bazel build //tools:quote_verifier >&2
mkdir -p testdata/golden
bazel-bin/tools/quote_verifier testdata/articles/en_geneva_talks.txt \
  > testdata/golden/en_geneva_talks.table.txt
bazel-bin/tools/quote_verifier --format=jsonl testdata/articles \
  > testdata/golden/articles.jsonl
git --no-pager diff --stat -- testdata/golden || true
