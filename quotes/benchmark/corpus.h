// A synthetic news corpus for benchmarks, generated at run time from sentence
// templates written for it, so that any size can be made without shipping
// article text.
//
// Example:
//
//   std::vector<std::string> articles =
//       quotes::MakeCorpus(size_t{8} << 20, 6000, quotes::CorpusMix::kNews);
//
// How quote-dense the text is decides what the pipeline costs per byte: the
// quote detector and the attribution rules run once per quote, while the
// baselines (an RE2 scan, ICU sentence breaks) run once per byte. The default
// mix is therefore matched to real news, as counted by tools/corpus_stats.py
// (paragraphs are blank-line separated, quotes are those quote_verifier
// reports, scare quotes included):
//
//                            bytes per   paragraphs with   one detected
//                            paragraph   a quote mark      quote per
//   PolNeAR (840 US news)       235          29.7%           435 bytes
//   kNews (8 MiB, seed 1)       227          31.9%           435 bytes
//   kQuoteDense (8 MiB)          81          84.7%            99 bytes
//   German Wikinews (700)       431          31.1%         1,025 bytes
//   testdata/ (47 articles)     144          73.7%           191 bytes
//
// Re-measure after editing the templates:
//   bazel-bin/quotes/benchmark/pipeline_benchmark --write_corpus=/tmp/corpus
//   tools/corpus_stats.py /tmp/corpus/news
#ifndef QUOTES_BENCHMARK_CORPUS_H_
#define QUOTES_BENCHMARK_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace quotes {

// What the paragraphs are made of.
enum class CorpusMix {
  // Like US political news: plain reporting paragraphs of one to three
  // sentences (names, titles, "Mr.", "U.S.", dates, money and percentages)
  // and, in about three paragraphs of ten, quotes of news shapes: a direct
  // quote continued after its cue, partial quotes in the reporter's sentence,
  // a colon quote, a quote running over two paragraphs, a question, a scare
  // quote, a nested single-mark quote. Each article has a cast of four people.
  kNews,
  // Short paragraphs of which five in six carry a quote, in the shapes of
  // testdata/articles/ (adjacent cues, reopened paragraphs, German marks):
  // about 4.4 times as many quotes per byte as kNews. The worst case for
  // per-byte cost; the corpus this benchmark used before kNews.
  kQuoteDense,
};

// Articles of roughly `article_bytes` each, `total_bytes` in all, each with a
// short `key: value` header. The same for the same mix and seed.
std::vector<std::string> MakeCorpus(size_t total_bytes, size_t article_bytes,
                                    CorpusMix mix = CorpusMix::kNews,
                                    unsigned seed = 1);

}  // namespace quotes

#endif  // QUOTES_BENCHMARK_CORPUS_H_
