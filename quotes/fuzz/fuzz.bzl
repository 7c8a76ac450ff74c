"""quotes_fuzz_target: a libFuzzer binary plus a test replaying its inputs."""

def quotes_fuzz_target(name, srcs, deps):
    """Declares `name` (the fuzzer) and `name + "_replay_test"`.

    The fuzzer links libFuzzer and builds only with --config=fuzz (it is
    tagged manual, so //... skips it); see tools/fuzz.sh. The replay test
    builds in every configuration and runs the seed corpus
    corpus/<name>/ and the crash inputs regressions/<name>/ through the
    target, so a fixed crash stays fixed.
    """
    native.cc_binary(
        name = name,
        srcs = srcs,
        linkopts = ["-fsanitize=fuzzer"],
        tags = ["manual"],
        deps = deps,
    )
    corpus = "corpus/" + name.replace("_fuzzer", "")
    regressions = "regressions/" + name.replace("_fuzzer", "")
    native.cc_test(
        name = name + "_replay_test",
        size = "small",
        srcs = srcs + ["replay_test.cc"],
        args = [
            "quotes/fuzz/" + corpus,
            "quotes/fuzz/" + regressions,
        ],
        data = native.glob([corpus + "/*", regressions + "/*"]),
        deps = deps + ["@com_google_googletest//:gtest"],
    )
