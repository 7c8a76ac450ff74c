// A synthetic news corpus for benchmarks, generated at run time from sentence
// templates in the shapes the test articles use (adjacent cues, partial
// quotes, reopened paragraphs, scare quotes, plain reporting), so that any
// size can be made without shipping text.
#ifndef QUOTES_BENCHMARK_CORPUS_H_
#define QUOTES_BENCHMARK_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace quotes {

// Articles of roughly `article_bytes` each, `total_bytes` in all, the same for
// the same seed.
std::vector<std::string> MakeCorpus(size_t total_bytes, size_t article_bytes,
                                    unsigned seed = 1);

}  // namespace quotes

#endif  // QUOTES_BENCHMARK_CORPUS_H_
