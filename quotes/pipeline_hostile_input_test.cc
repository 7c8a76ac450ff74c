// The pipeline on hostile input at full size: megabytes of quotation marks,
// a paragraph of several megabytes, 100,000 nested opening marks. Each must
// give a graceful result (no crash, a bounded number of diagnostics, the
// real quotes still found).
//
// Two targets build this file (quotes/BUILD.bazel):
//   pipeline_hostile_input_test       in every suite (gcc, ASan+UBSan), with
//                                     the megabyte inputs at 1/8 of full size
//                                     (1/32 under ASan);
//   pipeline_hostile_input_full_test  -DQUOTES_HOSTILE_FULL_SIZE, the sizes as
//                                     specified (10 MB of marks, a 5 MB
//                                     paragraph); tools/test.sh runs it with
//                                     -c opt, since unoptimized it takes minutes.
//
// Linear time is checked by size, not by a clock: each input is large enough
// that a step quadratic in it would run for hours and hit the Bazel timeout,
// while the linear pipeline takes seconds. (Before the attributor was fixed,
// 33,000 cue-less quotes in one paragraph took 47 s at -O2, and the full-size
// paragraph of attributed quotes 68 s, quadratic in the entity registry's
// scans.) No wall-clock ratio is asserted.
#include <memory>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/pipeline.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::testing::Le;

const Pipeline& P() {
  static const Pipeline* p = Pipeline::Create()->release();
  return *p;
}

std::string Repeat(const std::string& piece, size_t total_bytes) {
  std::string s;
  s.reserve(total_bytes + piece.size());
  while (s.size() < total_bytes) s += piece;
  return s;
}

// gcc says __SANITIZE_ADDRESS__, clang __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define QUOTES_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QUOTES_UNDER_ASAN 1
#endif
#endif

#if defined(QUOTES_HOSTILE_FULL_SIZE)
constexpr size_t kMiB = size_t{1} << 20;
#elif defined(QUOTES_UNDER_ASAN)
// Under ASan (about 5x slower) 1/32: the sanitizer run is about memory
// errors; the gcc run and the full-size one are about time.
constexpr size_t kMiB = size_t{1} << 15;
#else
constexpr size_t kMiB = size_t{1} << 17;  // 1/8 of a MiB: "10 MB" is 1.25 MB
#endif
// Detector: at most Options::max_diagnostics (50) plus one summary.
constexpr int kMaxDiagnostics = 51;

// The detector's diagnostics are warnings (the language guess adds an INFO).
int Warnings(const ArticleQuotes& r) {
  int n = 0;
  for (const Diagnostic& d : r.diagnostics()) n += d.severity() == Diagnostic::WARNING;
  return n;
}

// The attribution checks are about size, not about guessing the language of
// one sentence repeated: the header says English.
const std::string kEnglish = "language: en\n---\n";

TEST(PipelineHostileInput, TenMegabytesOfStraightMarks) {
  const std::string text(10 * kMiB, '"');
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_THAT(Warnings(*r), Le(kMaxDiagnostics));
}

TEST(PipelineHostileInput, TenMegabytesOfMixedMarksThenARealQuote) {
  std::string text = kEnglish + Repeat("\u201c\u201d\u00ab\u00bb\u201e'\" ", 10 * kMiB);
  text += "\n\n\"Still here,\" said Bo Ek.";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_THAT(Warnings(*r), Le(kMaxDiagnostics));
  ASSERT_GE(r->quotes_size(), 1);
  const QuoteRecord& last = r->quotes(r->quotes_size() - 1);
  EXPECT_EQ(last.text(), "Still here,");
  EXPECT_EQ(last.speaker().name(), "Bo Ek");
}

TEST(PipelineHostileInput, FiveMegabyteParagraphOfQuotes) {
  // One paragraph (no line break at all) of ~140,000 attributed quotes.
  const std::string sentence = "\u201cWe stay,\u201d said Ada Roe. ";
  const std::string body = Repeat(sentence, 5 * kMiB);
  auto r = P().Run(kEnglish + body);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(static_cast<size_t>(r->quotes_size()), body.size() / sentence.size());
  EXPECT_EQ(r->quotes(0).speaker().name(), "Ada Roe");
  EXPECT_EQ(r->quotes(r->quotes_size() - 1).speaker().name(), "Ada Roe");
  EXPECT_EQ(r->quotes(r->quotes_size() - 1).paragraph(), 0u);
}

TEST(PipelineHostileInput, FiveMegabyteParagraphOfCuelessQuotes) {
  // No cue anywhere: every quote looks for a neighbour to continue.
  const std::string sentence = "\u201cWe stay here now.\u201d ";
  const std::string body = Repeat(sentence, 5 * kMiB);
  auto r = P().Run(kEnglish + body);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(static_cast<size_t>(r->quotes_size()), body.size() / sentence.size());
  EXPECT_EQ(r->quotes(r->quotes_size() - 1).speaker().kind(), Speaker::UNKNOWN);
}

TEST(PipelineHostileInput, FiveMegabyteParagraphWithoutMarks) {
  const std::string text = Repeat("The council met again and talked at length. ", 5 * kMiB);
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->quotes_size(), 0);
}

TEST(PipelineHostileInput, HundredThousandNestedOpeningMarks) {
  // Each mark can open (space before, word after), so each would nest inside
  // the one before if nesting were unbounded.
  std::string text = kEnglish;
  for (int i = 0; i < 100000; ++i) text += (i % 2 == 0) ? " \u201cword" : " \u2018word";
  text += "\n\n\"Fine,\" said Bo Ek.";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_THAT(Warnings(*r), Le(kMaxDiagnostics));
  ASSERT_GE(r->quotes_size(), 1);
  const QuoteRecord& last = r->quotes(r->quotes_size() - 1);
  EXPECT_EQ(last.text(), "Fine,");
  EXPECT_EQ(last.speaker().name(), "Bo Ek");
  for (const QuoteRecord& q : r->quotes()) EXPECT_LE(q.depth(), 6u);
}

TEST(PipelineHostileInput, HundredThousandBareOpeningMarks) {
  const std::string text = std::string("He said ") + Repeat("\u201c", 300000);
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_THAT(Warnings(*r), Le(kMaxDiagnostics));
}

}  // namespace
}  // namespace quotes
