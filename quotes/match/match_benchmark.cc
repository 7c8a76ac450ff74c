// Scaling of cross-source verification: builds a reference corpus of N
// synthetic quotations and verifies N synthetic article quotes against it,
// most of them planted variants (truncated, elided, altered, bracketed,
// spliced) of a reference, the rest verbatim or absent.
//
//   bazel run -c opt //quotes/match:match_benchmark
//
// Counters: quotes_per_s (N / wall time, corpus building included),
// peak_rss_MB (getrusage ru_maxrss: the process peak so far, so sizes run in
// ascending order and each figure is the peak of the largest run yet), and
// planted_recovered (share of queries whose verdict is the planted one).
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "benchmark/benchmark.h"
#include "quotes/match/reference_corpus.h"
#include "quotes/match/verifier.h"

namespace quotes {
namespace {

constexpr int kVocabulary = 20000;
constexpr int kPassagesPerDocument = 1000;
constexpr int kQuotesPerArticle = 1000;

// Words made of consonant-vowel syllables, drawn with Zipf frequencies so that
// a few words (and word pairs) are very common, as in real text.
class WordSource {
 public:
  explicit WordSource(uint64_t seed) : rng_(seed) {
    static const char kC[] = "bdfgklmnprstvz";
    static const char kV[] = "aeiou";
    for (int i = 0; i < kVocabulary; ++i) {
      std::string w;
      int x = i + 14;
      do {
        w += kC[x % 14];
        x /= 14;
        w += kV[x % 5];
        x /= 5;
      } while (x > 0);
      words_.push_back(w);
    }
    double total = 0;
    for (int i = 0; i < kVocabulary; ++i) {
      total += 1.0 / (i + 1);
      cumulative_.push_back(total);
    }
    for (double& c : cumulative_) c /= total;
  }
  const std::string& Word() {
    double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    size_t i = std::lower_bound(cumulative_.begin(), cumulative_.end(), u) -
               cumulative_.begin();
    return words_[std::min<size_t>(i, kVocabulary - 1)];
  }
  std::vector<std::string> Sentence() {
    int n = std::uniform_int_distribution<int>(10, 22)(rng_);
    std::vector<std::string> s;
    for (int i = 0; i < n; ++i) s.push_back(Word());
    return s;
  }
  int Uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng_);
  }

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> words_;
  std::vector<double> cumulative_;
};

std::string Render(const std::vector<std::string>& words) {
  std::string s = absl::StrJoin(words, " ");
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s + ".";
}

// One query: its words and the verdict planted in it.
struct Query {
  std::string text;
  Verdict planted;
};

Query MakeQuery(const std::vector<std::vector<std::string>>& sentences,
                size_t i, WordSource* words) {
  const std::vector<std::string>& s = sentences[i];
  const int n = s.size();
  std::vector<std::string> q;
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return {Render(s), VERBATIM};
    case 3:
      q.assign(s.begin() + 2, s.end() - 2);
      return {absl::StrJoin(q, " "), TRUNCATED};
    case 4:
      q.assign(s.begin(), s.begin() + n / 2);
      q.insert(q.end(), s.begin() + n / 2 + 3, s.end());
      return {Render(q), ELIDED};
    case 5:
      q = s;
      q[n / 2] = "zuzuzu";
      return {Render(q), ALTERED};
    case 6:
      q = s;
      q.insert(q.begin() + n / 2, "[bracketed insertion]");
      return {Render(q), BRACKETED};
    case 7: {
      // The head of this sentence and the tail of another in its document.
      const size_t other = i % kPassagesPerDocument == 0 ? i + 1 : i - 1;
      const std::vector<std::string>& t = sentences[other];
      q.assign(s.begin(), s.begin() + n / 2 + 2);
      q.insert(q.end(), t.begin() + t.size() / 2 - 2, t.end());
      return {Render(q), SPLICED};
    }
    default:
      for (int k = 0; k < 12; ++k) q.push_back(absl::StrCat("nowhere", k, "x", i));
      return {Render(q), NOT_FOUND};
  }
}

double PeakRssMegabytes() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports kilobytes
}

void BM_VerifyQuotes(benchmark::State& state) {
  const size_t n = state.range(0);
  double recovered = 0;
  for (auto _ : state) {
    state.PauseTiming();
    WordSource words(42);
    std::vector<std::vector<std::string>> sentences(n);
    for (auto& s : sentences) s = words.Sentence();
    state.ResumeTiming();

    ReferenceCorpus corpus;
    for (size_t first = 0; first < n; first += kPassagesPerDocument) {
      const size_t last = std::min(n, first + kPassagesPerDocument);
      std::string text;
      std::vector<std::pair<size_t, size_t>> spans;
      for (size_t i = first; i < last; ++i) {
        size_t b = text.size();
        absl::StrAppend(&text, Render(sentences[i]), "\n\n");
        spans.emplace_back(b, text.size() - 2);
      }
      Article a;
      a.set_outlet(absl::StrCat("Outlet ", first / kPassagesPerDocument));
      uint32_t d = corpus.AddDocument(ReferenceDocument::ARTICLE, a,
                                      std::move(text));
      for (size_t i = 0; i < spans.size(); ++i) {
        benchmark::DoNotOptimize(corpus.AddPassage(
            d, spans[i].first, spans[i].second, Evidence::QUOTE, -1, i));
      }
    }
    corpus.Build();

    size_t right = 0;
    for (size_t first = 0; first < n; first += kQuotesPerArticle) {
      state.PauseTiming();
      ArticleQuotes article;
      std::vector<Verdict> planted;
      std::string text;
      for (size_t i = first; i < std::min(n, first + kQuotesPerArticle); ++i) {
        Query query = MakeQuery(sentences, i, &words);
        QuoteRecord* q = article.add_quotes();
        q->set_index(i - first);
        absl::StrAppend(&text, "\xE2\x80\x9C");
        q->mutable_content()->set_begin(text.size());
        absl::StrAppend(&text, query.text);
        q->mutable_content()->set_end(text.size());
        absl::StrAppend(&text, "\xE2\x80\x9D he said.\n\n");
        planted.push_back(query.planted);
      }
      article.set_text(std::move(text));
      state.ResumeTiming();
      absl::StatusOr<VerificationReport> report =
          VerifyAgainstCorpus(article, &corpus, VerifyOptions());
      if (!report.ok()) {
        state.SkipWithError(report.status().ToString().c_str());
        return;
      }
      for (int k = 0; k < report->quotes_size(); ++k) {
        right += report->quotes(k).verdict() == planted[k];
      }
    }
    recovered = static_cast<double>(right) / n;
  }
  state.counters["quotes_per_s"] =
      benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MB"] = PeakRssMegabytes();
  state.counters["planted_recovered"] = recovered;
}

BENCHMARK(BM_VerifyQuotes)
    ->Arg(10000)
    ->Arg(20000)
    ->Arg(100000)
    ->Arg(200000)
    ->Arg(1000000)
    ->Arg(2000000)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace quotes
