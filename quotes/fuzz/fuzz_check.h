// FUZZ_CHECK: an invariant the fuzz targets assert. A violation prints the
// condition and aborts, which libFuzzer reports as a crash with its input.
// It is active in every build, so the regression replays check it too.
#ifndef QUOTES_FUZZ_FUZZ_CHECK_H_
#define QUOTES_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                  \
  do {                                                                    \
    if (!(cond)) {                                                        \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__,    \
                   __LINE__, #cond);                                      \
      std::abort();                                                       \
    }                                                                     \
  } while (0)

#endif  // QUOTES_FUZZ_FUZZ_CHECK_H_
