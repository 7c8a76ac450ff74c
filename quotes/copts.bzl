"""Compiler options shared by the library's targets."""

# For the code every article runs through (tokenizer, sentence ends, quote
# detection, the attribution rules, the pipeline): -O3 where Bazel builds
# with -O2 (-c opt). Measured with tools/ab_builds.sh against -O2; see the
# README's Performance section. Other modes keep their own options, so
# tests and sanitizer builds are unchanged.
HOT_PATH_COPTS = select({
    "//quotes:opt_build": ["-O3"],
    "//conditions:default": [],
})
