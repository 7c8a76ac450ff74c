#!/usr/bin/env bash
# Installs, once, the Debian packages the build needs (see third_party/README.md).
# Sourced or run by tools/demo.sh and tools/test.sh; does nothing when all are present.
set -euo pipefail
packages=(bazel-bootstrap bazel-rules-java libre2-dev libabsl-dev libprotobuf-dev
          protobuf-compiler libgtest-dev libgmock-dev libbenchmark-dev libicu-dev
          libgumbo-dev chromium fonts-dejavu-core
          clang libclang-rt-14-dev
          python3 ${QUOTES_EXTRA_PACKAGES:-})
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: run as root (or install the packages above yourself)" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
fi
