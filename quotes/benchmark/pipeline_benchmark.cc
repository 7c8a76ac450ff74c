// Throughput of the pipeline against baselines measured in the same run.
//
//   bazel run -c opt //quotes/benchmark:pipeline_benchmark
//
// Reports MB/s and articles/s per core for (a) detection only, (b) detection
// and attribution, (c) the whole pipeline to serialized records, and the
// baselines (d): one RE2 pass of a plain quote-mark pattern over the same
// text, and ICU sentence segmentation of the same text. Then prints the
// ratios of (c) to each baseline: the figures to compare across machines.
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "google/protobuf/arena.h"
#include "quotes/attribute/speaker_attributor.h"
#include "quotes/benchmark/corpus.h"
#include "quotes/detect/quote_detector.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/pipeline.h"
#include "quotes/text/segmenter.h"
#include "re2/re2.h"
#include "unicode/brkiter.h"
#include "unicode/utext.h"

namespace quotes {
namespace {

constexpr size_t kCorpusBytes = size_t{8} << 20;  // 8 MiB per iteration
constexpr size_t kArticleBytes = 6000;             // a typical news story

const std::vector<std::string>& Corpus() {
  static const auto* corpus =
      new std::vector<std::string>(MakeCorpus(kCorpusBytes, kArticleBytes));
  return *corpus;
}

size_t CorpusBytes() {
  size_t n = 0;
  for (const std::string& a : Corpus()) n += a.size();
  return n;
}

void Account(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * Corpus().size()),
      benchmark::Counter::kIsRate);
}

void BM_RE2QuoteScan(benchmark::State& state) {
  re2::RE2 marks("[\"\u201c\u201d\u201e\u00ab\u00bb]");
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : Corpus()) {
      re2::StringPiece in(a);
      while (RE2::FindAndConsume(&in, marks)) ++found;
    }
  }
  benchmark::DoNotOptimize(found);
  Account(state);
}
BENCHMARK(BM_RE2QuoteScan)->Unit(benchmark::kMillisecond);

void BM_IcuSentences(benchmark::State& state) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : Corpus()) {
      UText* ut = utext_openUTF8(nullptr, a.data(), static_cast<int64_t>(a.size()), &status);
      bi->setText(ut, status);
      for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next()) ++found;
      utext_close(ut);
    }
  }
  benchmark::DoNotOptimize(found);
  Account(state);
}
BENCHMARK(BM_IcuSentences)->Unit(benchmark::kMillisecond);

void BM_Detect(benchmark::State& state) {
  auto lex = Lexicon::Default();
  auto det = QuoteDetector::Create(**lex, QuoteDetector::Options());
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : Corpus()) {
      auto paras = SplitParagraphs(a, ByteSpan{0, a.size()});
      found += (*det)->Detect(a, paras).quotes.size();
    }
  }
  benchmark::DoNotOptimize(found);
  Account(state);
}
BENCHMARK(BM_Detect)->Unit(benchmark::kMillisecond);

void BM_DetectAttribute(benchmark::State& state) {
  auto lex = Lexicon::Default();
  auto det = QuoteDetector::Create(**lex, QuoteDetector::Options());
  auto attr = SpeakerAttributor::Create(lex->get());
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& a : Corpus()) {
      auto paras = SplitParagraphs(a, ByteSpan{0, a.size()});
      auto quotes = (*det)->Detect(a, paras).quotes;
      auto attributions = (*attr)->Attribute(a, paras, quotes, "en");
      found += attributions->size();
    }
  }
  benchmark::DoNotOptimize(found);
  Account(state);
}
BENCHMARK(BM_DetectAttribute)->Unit(benchmark::kMillisecond);

void BM_Pipeline(benchmark::State& state) {
  auto pipeline = Pipeline::Create();
  size_t bytes = 0;
  std::string serialized;
  for (auto _ : state) {
    for (const std::string& a : Corpus()) {
      // As a batch user would: the record on an arena, one per article.
      google::protobuf::Arena arena;
      auto* r = google::protobuf::Arena::CreateMessage<ArticleQuotes>(&arena);
      if (!(*pipeline)->RunInto(a, Article(), r).ok()) state.SkipWithError("pipeline failed");
      r->SerializeToString(&serialized);
      bytes += serialized.size();
    }
  }
  benchmark::DoNotOptimize(bytes);
  Account(state);
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

// Keeps each benchmark's MB/s to print the ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      // With --benchmark_repetitions, the median stands for the benchmark.
      if (r.run_type == Run::RT_Aggregate && r.aggregate_name != "median") continue;
      auto it = r.counters.find("bytes_per_second");
      if (it != r.counters.end()) rates_[r.run_name.function_name] = it->second.value;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  void PrintRatios() const {
    auto rate = [&](const char* name) {
      auto it = rates_.find(name);
      return it == rates_.end() ? 0.0 : it->second;
    };
    const double pipeline = rate("BM_Pipeline");
    std::printf("\nMB/s: ");
    for (const auto& [name, r] : rates_) std::printf("%s %.1f  ", name.c_str(), r / 1e6);
    std::printf("\n");
    if (rate("BM_RE2QuoteScan") > 0 && rate("BM_IcuSentences") > 0) {
      std::printf("ratio pipeline / RE2 quote scan:      %.3f\n", pipeline / rate("BM_RE2QuoteScan"));
      std::printf("ratio pipeline / ICU sentence breaks: %.3f\n", pipeline / rate("BM_IcuSentences"));
    }
  }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace
}  // namespace quotes

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  quotes::RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  return 0;
}
