// Throughput of the pipeline against baselines measured in the same run.
//
//   bazel run -c opt //quotes/benchmark:pipeline_benchmark
//
// Reports MB/s and articles/s per core for (a) detection only, (b) detection
// and attribution, (c) the whole pipeline to serialized records, and the
// baselines (d): one RE2 pass of a plain quote-mark pattern over the same
// text, and ICU sentence segmentation of the same text. Then prints the
// ratios of (c) to each baseline: the figures to compare across machines.
//
// Each benchmark runs on two corpora (corpus.h), named by its suffix: /news,
// as quote-dense as US news, the main figure; /dense, about 4.4 times as many
// quotes per byte, the worst case. Ratios are taken within one corpus.
// `--benchmark_filter=/news` runs one corpus only.
//
//   pipeline_benchmark --write_corpus=DIR
//
// writes both corpora as article files to DIR/news/ and DIR/dense/ and exits,
// for tools/corpus_stats.py or quote_verifier.
//
//   pipeline_benchmark --interleaved_rounds=N
//
// measures the ratios of (c) to (d) article by article instead, the three
// taking turns (RunInterleaved), N times over each corpus, and exits. On a
// virtual machine whose speed drifts from second to second, the separate
// benchmarks' ratios move with it; these do not, within a run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "benchmark/benchmark.h"
#include "google/protobuf/arena.h"
#include "quotes/attribute/speaker_attributor.h"
#include "quotes/benchmark/corpus.h"
#include "quotes/detect/quote_detector.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/output/record_binary.h"
#include "quotes/pipeline.h"
#include "quotes/text/segmenter.h"
#include "re2/re2.h"
#include "unicode/brkiter.h"
#include "unicode/utext.h"

namespace quotes {
namespace {

constexpr size_t kCorpusBytes = size_t{8} << 20;  // 8 MiB per iteration
constexpr size_t kArticleBytes = 6000;             // a typical news story

constexpr CorpusMix kMixes[] = {CorpusMix::kNews, CorpusMix::kQuoteDense};
const char* MixName(CorpusMix mix) { return mix == CorpusMix::kNews ? "news" : "dense"; }

// Each corpus is made the first time a benchmark asks for it, so that a
// filtered run makes (and profiles) only what it uses.
const std::vector<std::string>& Corpus(CorpusMix mix) {
  if (mix == CorpusMix::kNews) {
    static const auto* news =
        new std::vector<std::string>(MakeCorpus(kCorpusBytes, kArticleBytes, CorpusMix::kNews));
    return *news;
  }
  static const auto* dense = new std::vector<std::string>(
      MakeCorpus(kCorpusBytes, kArticleBytes, CorpusMix::kQuoteDense));
  return *dense;
}

void Account(benchmark::State& state, const std::vector<std::string>& corpus) {
  size_t bytes = 0;
  for (const std::string& a : corpus) bytes += a.size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.size()),
      benchmark::Counter::kIsRate);
}

// The baselines' and the pipeline's work on one article, shared by the
// benchmarks and by RunInterleaved. Each returns a count that depends on
// all of its work, so that none of it can be optimized away.

// The plain quote-mark pattern of baseline (d).
const char kQuoteMarks[] = "[\"\u201c\u201d\u201e\u00ab\u00bb]";

size_t ScanQuoteMarks(const re2::RE2& marks, const std::string& a) {
  size_t found = 0;
  re2::StringPiece in(a);
  while (RE2::FindAndConsume(&in, marks)) ++found;
  return found;
}

std::unique_ptr<icu::BreakIterator> SentenceIterator() {
  UErrorCode status = U_ZERO_ERROR;
  return std::unique_ptr<icu::BreakIterator>(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
}

size_t SegmentSentences(icu::BreakIterator* bi, const std::string& a) {
  UErrorCode status = U_ZERO_ERROR;
  size_t found = 0;
  UText* ut = utext_openUTF8(nullptr, a.data(), static_cast<int64_t>(a.size()), &status);
  bi->setText(ut, status);
  for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next()) ++found;
  utext_close(ut);
  return found;
}

// As a batch user would: the record on an arena, one per article, then its
// wire bytes. Returns their number, 0 when the pipeline failed.
size_t RunPipeline(const Pipeline& pipeline, const std::string& a, std::string* serialized) {
  google::protobuf::Arena arena;
  auto* r = google::protobuf::Arena::CreateMessage<ArticleQuotes>(&arena);
  if (!pipeline.RunInto(a, Article(), r).ok()) return 0;
  // The pipeline's text is UTF-8 already: no second check (record_binary.h).
  serialized->clear();
  AppendArticleQuotes(*r, serialized);
  return serialized->size();
}

void BM_RE2QuoteScan(benchmark::State& state, CorpusMix mix) {
  const std::vector<std::string>& corpus = Corpus(mix);
  re2::RE2 marks(kQuoteMarks);
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : corpus) found += ScanQuoteMarks(marks, a);
  }
  benchmark::DoNotOptimize(found);
  Account(state, corpus);
}

void BM_IcuSentences(benchmark::State& state, CorpusMix mix) {
  const std::vector<std::string>& corpus = Corpus(mix);
  std::unique_ptr<icu::BreakIterator> bi = SentenceIterator();
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : corpus) found += SegmentSentences(bi.get(), a);
  }
  benchmark::DoNotOptimize(found);
  Account(state, corpus);
}

void BM_Detect(benchmark::State& state, CorpusMix mix) {
  const std::vector<std::string>& corpus = Corpus(mix);
  auto lex = Lexicon::Default();
  auto det = QuoteDetector::Create(**lex, QuoteDetector::Options());
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : corpus) {
      auto paras = SplitParagraphs(a, ByteSpan{0, a.size()});
      found += (*det)->Detect(a, paras).quotes.size();
    }
  }
  benchmark::DoNotOptimize(found);
  Account(state, corpus);
}

void BM_DetectAttribute(benchmark::State& state, CorpusMix mix) {
  const std::vector<std::string>& corpus = Corpus(mix);
  auto lex = Lexicon::Default();
  auto det = QuoteDetector::Create(**lex, QuoteDetector::Options());
  auto attr = SpeakerAttributor::Create(lex->get());
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : corpus) {
      auto paras = SplitParagraphs(a, ByteSpan{0, a.size()});
      auto quotes = (*det)->Detect(a, paras).quotes;
      auto attributions = (*attr)->Attribute(a, paras, quotes, "en");
      found += attributions->size();
    }
  }
  benchmark::DoNotOptimize(found);
  Account(state, corpus);
}

void BM_Pipeline(benchmark::State& state, CorpusMix mix) {
  const std::vector<std::string>& corpus = Corpus(mix);
  auto pipeline = Pipeline::Create();
  size_t bytes = 0;
  std::string serialized;
  for (auto _ : state) {
    for (const std::string& a : corpus) {
      const size_t n = RunPipeline(**pipeline, a, &serialized);
      if (n == 0) state.SkipWithError("pipeline failed");
      bytes += n;
    }
  }
  benchmark::DoNotOptimize(bytes);
  Account(state, corpus);
}

// Keeps each benchmark's MB/s to print the ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      // With --benchmark_repetitions, the median stands for the benchmark,
      // whatever order the runs are reported in (random interleaving
      // reports repetitions between other benchmarks' runs).
      const bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
      if (r.run_type == Run::RT_Aggregate && !median) continue;
      auto it = r.counters.find("bytes_per_second");
      if (it == r.counters.end()) continue;
      const std::string& name = r.run_name.function_name;
      if (median) {
        medians_.insert(name);
      } else if (medians_.count(name) != 0) {
        continue;
      }
      rates_[name] = it->second.value;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  // Prints, per corpus, the MB/s of each benchmark and the ratios of the
  // pipeline to the baselines (where all three ran).
  void PrintRatios() const {
    for (CorpusMix mix : kMixes) {
      auto rate = [&](const char* benchmark) {
        auto it = rates_.find(absl::StrCat(benchmark, "/", MixName(mix)));
        return it == rates_.end() ? 0.0 : it->second;
      };
      const double pipeline = rate("BM_Pipeline");
      const double re2 = rate("BM_RE2QuoteScan");
      const double icu = rate("BM_IcuSentences");
      if (pipeline == 0 || re2 == 0 || icu == 0) continue;
      std::printf("\n%s corpus, MB/s: RE2 %.1f  ICU %.1f  (a) %.1f  (b) %.1f  (c) %.1f\n",
                  MixName(mix), re2 / 1e6, icu / 1e6, rate("BM_Detect") / 1e6,
                  rate("BM_DetectAttribute") / 1e6, pipeline / 1e6);
      std::printf("%s corpus, ratio pipeline / RE2 quote scan:      %.3f\n", MixName(mix),
                  pipeline / re2);
      std::printf("%s corpus, ratio pipeline / ICU sentence breaks: %.3f\n", MixName(mix),
                  pipeline / icu);
    }
  }

 private:
  std::map<std::string, double> rates_;
  std::set<std::string> medians_;  // benchmarks whose median is in rates_
};

// The ratios of the pipeline (c) to the baselines (d), measured article by
// article: for each article the RE2 scan, ICU segmentation and the pipeline
// run one after the other, the one to go first taking turns, and each is
// timed. The three then share every state of the machine; runs of the
// separate benchmarks above, seconds apart, do not, and on a virtual
// machine whose speed drifts their ratios move with it. Each reads its own
// copy of the corpus, so that none finds an article in the cache because
// another has just read it: each reads its text from memory, as it does in
// its own benchmark. Prints, per corpus, each one's MB/s over all rounds and
// the ratios, with the lowest and highest of the rounds'.
int RunInterleaved(int rounds) {
  const re2::RE2 marks(kQuoteMarks);
  std::unique_ptr<icu::BreakIterator> bi = SentenceIterator();
  auto pipeline = Pipeline::Create();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "pipeline_benchmark: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  std::string serialized;
  size_t sink = 0;
  auto now = [] { return std::chrono::steady_clock::now(); };
  for (CorpusMix mix : kMixes) {
    const std::vector<std::string>& corpus = Corpus(mix);
    size_t bytes = 0;
    for (const std::string& a : corpus) bytes += a.size();
    const std::vector<std::string> copies[3] = {corpus, corpus, corpus};
    double total[3] = {0, 0, 0};  // seconds: RE2, ICU, pipeline
    double lo[2] = {1e9, 1e9}, hi[2] = {0, 0};  // per round (c)/RE2, (c)/ICU
    for (int round = -1; round < rounds; ++round) {  // round -1 warms up
      double t[3] = {0, 0, 0};
      for (size_t k = 0; k < corpus.size(); ++k) {
        for (int j = 0; j < 3; ++j) {
          const int which = static_cast<int>((k + j + static_cast<size_t>(round + 1)) % 3);
          const std::string& a = copies[which][k];
          const auto start = now();
          const size_t n = which == 0   ? ScanQuoteMarks(marks, a)
                           : which == 1 ? SegmentSentences(bi.get(), a)
                                        : RunPipeline(**pipeline, a, &serialized);
          t[which] += std::chrono::duration<double>(now() - start).count();
          if (which == 2 && n == 0) {
            std::fprintf(stderr, "pipeline_benchmark: the pipeline failed on %s article %zu\n",
                         MixName(mix), k);
            return 1;
          }
          sink += n;
        }
      }
      if (round < 0) continue;
      for (int w = 0; w < 3; ++w) total[w] += t[w];
      for (int b = 0; b < 2; ++b) {
        lo[b] = std::min(lo[b], t[b] / t[2]);
        hi[b] = std::max(hi[b], t[b] / t[2]);
      }
    }
    const double mb = static_cast<double>(bytes) * rounds / 1e6;
    std::printf("%s corpus, interleaved over %d rounds, MB/s: RE2 %.1f  ICU %.1f  (c) %.1f\n",
                MixName(mix), rounds, mb / total[0], mb / total[1], mb / total[2]);
    std::printf("%s corpus, ratio pipeline / RE2 quote scan:      %.3f (rounds %.3f-%.3f)\n",
                MixName(mix), total[0] / total[2], lo[0], hi[0]);
    std::printf("%s corpus, ratio pipeline / ICU sentence breaks: %.3f (rounds %.3f-%.3f)\n",
                MixName(mix), total[1] / total[2], lo[1], hi[1]);
  }
  return sink == 0;
}

// Writes both corpora to dir/news/NNNNN.txt and dir/dense/NNNNN.txt.
int WriteCorpora(const std::string& dir) {
  for (CorpusMix mix : kMixes) {
    const std::filesystem::path sub = std::filesystem::path(dir) / MixName(mix);
    std::error_code error;
    std::filesystem::create_directories(sub, error);
    const std::vector<std::string>& corpus = Corpus(mix);
    for (size_t i = 0; i < corpus.size(); ++i) {
      std::ofstream out(sub / absl::StrFormat("%05d.txt", i), std::ios::binary);
      out << corpus[i];
      if (!out.flush()) {
        std::fprintf(stderr, "pipeline_benchmark: cannot write to %s\n", sub.c_str());
        return 1;
      }
    }
    std::printf("%zu articles in %s\n", corpus.size(), sub.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace quotes

int main(int argc, char** argv) {
  constexpr char kWriteCorpus[] = "--write_corpus=";
  constexpr char kInterleaved[] = "--interleaved_rounds=";
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], kWriteCorpus, sizeof(kWriteCorpus) - 1) == 0) {
      return quotes::WriteCorpora(argv[i] + sizeof(kWriteCorpus) - 1);
    }
    if (std::strncmp(argv[i], kInterleaved, sizeof(kInterleaved) - 1) == 0) {
      const int rounds = std::atoi(argv[i] + sizeof(kInterleaved) - 1);
      if (rounds < 1) {
        std::fprintf(stderr, "pipeline_benchmark: --interleaved_rounds wants a count of 1 or more\n");
        return 2;
      }
      return quotes::RunInterleaved(rounds);
    }
  }
  benchmark::Initialize(&argc, argv);
  // One corpus after the other, its baselines next to the pipeline.
  using Benchmark = void (*)(benchmark::State&, quotes::CorpusMix);
  const std::pair<const char*, Benchmark> kBenchmarks[] = {
      {"BM_RE2QuoteScan", quotes::BM_RE2QuoteScan},
      {"BM_IcuSentences", quotes::BM_IcuSentences},
      {"BM_Detect", quotes::BM_Detect},
      {"BM_DetectAttribute", quotes::BM_DetectAttribute},
      {"BM_Pipeline", quotes::BM_Pipeline},
  };
  for (quotes::CorpusMix mix : quotes::kMixes) {
    for (const auto& [name, function] : kBenchmarks) {
      benchmark::RegisterBenchmark(absl::StrCat(name, "/", quotes::MixName(mix)).c_str(),
                                   function, mix)
          ->Unit(benchmark::kMillisecond);
    }
  }
  quotes::RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  return 0;
}
