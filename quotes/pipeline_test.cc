#include "quotes/pipeline.h"

#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::testing::IsEmpty;

const Pipeline& P() {
  static const Pipeline* p = Pipeline::Create()->release();
  return *p;
}

std::string Sub(const std::string& text, const Span& s) {
  return text.substr(s.begin(), s.end() - s.begin());
}

TEST(Pipeline, RecordsPointIntoTheInput) {
  const std::string text =
      "outlet: Test Wire\nlanguage: en\n---\n"
      "\u201cWe will not move,\u201d Minister Ada Roe said on Monday.\n\n"
      "Roe later called the offer \u201cnot serious.\u201d\n";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->article().outlet(), "Test Wire");
  EXPECT_EQ(r->article().language_source(), Article::HEADER);
  EXPECT_EQ(Sub(text, r->article().body()).substr(0, 3), "\u201c");
  ASSERT_EQ(r->quotes_size(), 2);
  for (const QuoteRecord& q : r->quotes()) {
    EXPECT_EQ(Sub(text, q.content()), q.text());
    EXPECT_EQ(Sub(text, q.open_mark()), "\u201c");
    EXPECT_EQ(Sub(text, q.close_mark()), "\u201d");
    EXPECT_EQ(Sub(text, q.speaker().mention_span()), q.speaker().mention());
    EXPECT_EQ(Sub(text, q.cue().span()), q.cue().text());
    EXPECT_EQ(q.speaker().name(), "Ada Roe");
  }
  EXPECT_EQ(r->quotes(0).kind(), QuoteRecord::DIRECT);
  EXPECT_EQ(r->quotes(0).rule(), ADJACENT_CUE);
  EXPECT_EQ(r->quotes(0).speaker().title(), "Minister");
  EXPECT_EQ(r->quotes(1).kind(), QuoteRecord::PARTIAL);
  EXPECT_EQ(r->quotes(1).speaker().mention(), "Roe");
  EXPECT_EQ(r->quotes(1).paragraph(), 1u);
}

TEST(Pipeline, OffsetsSurviveNormalization) {
  // A decomposed "é" (e + U+0301) before the quote: NFC composes it, and the
  // record's offsets must still be into the bytes as given.
  const std::string text = "Rene\xcc\x81 said: \"Bonjour a\xcc\x80 tous.\"";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  ASSERT_EQ(r->quotes_size(), 1);
  EXPECT_EQ(r->quotes(0).text(), "Bonjour a\xcc\x80 tous.");
  EXPECT_EQ(Sub(text, r->quotes(0).content()), r->quotes(0).text());
}

TEST(Pipeline, StableIdFromContent) {
  auto a = P().Run("\"Same,\" she said.");
  auto b = P().Run("\"Same,\" she said.");
  ASSERT_THAT(a, IsOk());
  ASSERT_THAT(b, IsOk());
  EXPECT_EQ(a->article().id(), b->article().id());
  EXPECT_EQ(a->article().id().size(), 16u);
  EXPECT_EQ(a->quotes(0).id(), a->article().id() + ":1");
  // The same in every build and on every platform: pinned.
  EXPECT_EQ(a->article().id(), "7fddb6798ba53ec3");
  // Texts that differ in one byte, or only in length, get different ids.
  using std::string_literals::operator""s;
  absl::flat_hash_set<std::string> ids;
  for (const std::string& t :
       {"\"Same,\" she said."s, "\"Same,\" she said!"s, "\"Sane,\" she said."s,
        "\"Same,\" she said"s, "\"Same,\" she said. "s, "12345678"s, "12345678 "s,
        "        "s, ""s, " "s}) {
    auto r = P().Run(t);
    ASSERT_THAT(r, IsOk());
    ids.insert(r->article().id());
  }
  EXPECT_EQ(ids.size(), 10u);
  // Long enough for every lane and the tail: a change to any one byte.
  std::string base;
  for (int i = 0; i < 75; ++i) base.push_back(static_cast<char>('a' + i % 26));
  ids.clear();
  for (size_t i = 0; i <= base.size(); ++i) {
    std::string t = base;
    if (i < t.size()) t[i] = '#';
    auto r = P().Run(t);
    ASSERT_THAT(r, IsOk());
    ids.insert(r->article().id());
  }
  EXPECT_EQ(ids.size(), base.size() + 1);
}

TEST(Pipeline, CallerMetadataOverridesHeader) {
  Article meta;
  meta.set_outlet("Caller Outlet");
  meta.set_language("de");
  auto r = P().Run("outlet: Header Outlet\nlanguage: en\n---\nText.", meta);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->article().outlet(), "Caller Outlet");
  EXPECT_EQ(r->article().language(), "de");
  EXPECT_EQ(r->article().language_source(), Article::CALLER);
}

TEST(Pipeline, PronounFindsAPersonOfItsGender) {
  // The last person named is a man; "she" must go back to the woman.
  const std::string text =
      "Mayor Susan Kell met Governor Paul Dray on Monday.\n\n"
      "\"We agreed on the budget,\" she said.\n\n"
      "\"Mostly,\" he said.";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  ASSERT_EQ(r->quotes_size(), 2);
  EXPECT_EQ(r->quotes(0).speaker().name(), "Susan Kell");
  EXPECT_EQ(r->quotes(0).speaker().mention(), "she");
  EXPECT_EQ(r->quotes(1).speaker().name(), "Paul Dray");
}

// Bad input: each gets a clear error or a graceful result.
TEST(PipelineBadInput, EmptyText) {
  auto r = P().Run("");
  ASSERT_THAT(r, IsOk());
  EXPECT_THAT(r->quotes(), IsEmpty());
}

TEST(PipelineBadInput, OnlyAHeader) {
  auto r = P().Run("title: Nothing else\n---\n");
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->article().title(), "Nothing else");
  EXPECT_THAT(r->quotes(), IsEmpty());
}

TEST(PipelineBadInput, BinaryIsRefusedWithOffset) {
  EXPECT_THAT(P().Run(std::string("PK\x03\x04\0\0", 6)),
              StatusIs(absl::StatusCode::kInvalidArgument, "NUL byte at byte 4"));
}

TEST(PipelineBadInput, InvalidUtf8NamesTheByte) {
  EXPECT_THAT(P().Run("He said \"caf\xe9\" twice."),
              StatusIs(absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 12"));
}

TEST(PipelineBadInput, QuoteThatNeverClosesStaysInItsParagraph) {
  const std::string text =
      "\"This quote never ends and goes on.\n\nThe reporter continues here.\n\n"
      "\"Real,\" said Ann Lee.";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  ASSERT_EQ(r->quotes_size(), 2);
  EXPECT_FALSE(r->quotes(0).closed());
  EXPECT_EQ(r->quotes(0).text(), "This quote never ends and goes on.");
  EXPECT_EQ(r->quotes(1).speaker().name(), "Ann Lee");
  EXPECT_FALSE(r->diagnostics().empty());
}

TEST(PipelineBadInput, TenThousandStrayMarks) {
  std::string text = "Start. ";
  for (int i = 0; i < 10000; ++i) text += (i % 3 == 0) ? "\" " : (i % 3 == 1 ? "\u201d " : "\u00bb ");
  text += "\n\n\"Fine,\" said Bo Ek.";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  ASSERT_GE(r->quotes_size(), 1);
  EXPECT_EQ(r->quotes(r->quotes_size() - 1).speaker().name(), "Bo Ek");
  EXPECT_LE(r->diagnostics_size(), 51);
}

TEST(PipelineBadInput, OverTheSizeLimit) {
  Pipeline::Options options;
  options.max_article_bytes = 100;
  auto p = Pipeline::Create(options);
  ASSERT_THAT(p, IsOk());
  EXPECT_THAT((*p)->Run(std::string(101, 'a')),
              StatusIs(absl::StatusCode::kResourceExhausted, "over the limit of 100"));
}

TEST(PipelineBadInput, CrlfAndLoneCr) {
  auto r = P().Run("language: en\r\n---\r\n\"One,\" said Al Bo.\r\n\r\n\"Two,\" said Cy Do.\r\r\"Three,\" Al Bo said.");
  ASSERT_THAT(r, IsOk());
  ASSERT_EQ(r->quotes_size(), 3);
  EXPECT_EQ(r->quotes(1).paragraph(), 1u);
  EXPECT_EQ(r->quotes(2).paragraph(), 2u);
  EXPECT_EQ(r->quotes(2).speaker().name(), "Al Bo");
}

TEST(PipelineBadInput, FileOfNulBytes) {
  EXPECT_THAT(P().Run(std::string(1000, '\0')),
              StatusIs(absl::StatusCode::kInvalidArgument, "NUL byte at byte 0"));
}

TEST(PipelineBadInput, InvalidUtf8InsideAQuoteNamesTheByte) {
  // A lone continuation byte in the middle of a quoted word.
  EXPECT_THAT(P().Run("\u201cWe will \x80stay,\u201d said Ada Roe."),
              StatusIs(absl::StatusCode::kInvalidArgument, "invalid UTF-8 at byte 11"));
}

TEST(PipelineBadInput, Utf16IsNamed) {
  EXPECT_THAT(P().Run(std::string("\xFF\xFE\"\0H\0i\0\"\0", 10)),
              StatusIs(absl::StatusCode::kInvalidArgument, "UTF-16 text"));
}

TEST(PipelineBadInput, Utf8ByteOrderMarkIsSkippedAndOffsetsStayOriginal) {
  const std::string text =
      "\xEF\xBB\xBFoutlet: BOM Post\n---\n\u201cWe stay,\u201d said Ada Roe.";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->article().outlet(), "BOM Post");
  ASSERT_EQ(r->quotes_size(), 1);
  EXPECT_EQ(r->quotes(0).content().begin(), text.find("We stay"));
  EXPECT_EQ(Sub(text, r->quotes(0).content()), "We stay,");
  EXPECT_EQ(r->quotes(0).speaker().name(), "Ada Roe");

  // Without a header the mark does not end up in the body either.
  const std::string bare = "\xEF\xBB\xBF\"Hi there,\" said Al Bo.";
  r = P().Run(bare);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->article().body().begin(), 3u);
  ASSERT_EQ(r->quotes_size(), 1);
  EXPECT_EQ(r->quotes(0).open_mark().begin(), 3u);
}

TEST(PipelineBadInput, BodyWithoutHeader) {
  const std::string text = "\"Only a body,\" said Al Bo.\n";
  auto r = P().Run(text);
  ASSERT_THAT(r, IsOk());
  EXPECT_EQ(r->article().body().begin(), 0u);
  EXPECT_EQ(r->article().body().end(), text.size());
  ASSERT_EQ(r->quotes_size(), 1);
  EXPECT_EQ(r->quotes(0).speaker().name(), "Al Bo");
}

TEST(PipelineBadInput, QuoteOverTheLengthLimitIsAStrayMark) {
  Pipeline::Options options;
  options.max_quote_bytes = 20;
  auto p = Pipeline::Create(options);
  ASSERT_THAT(p, IsOk());
  auto r = (*p)->Run(
      "\"This quote runs on for more than twenty bytes,\" said Al Bo. "
      "\"Short one,\" Al Bo said.");
  ASSERT_THAT(r, IsOk());
  ASSERT_EQ(r->quotes_size(), 1);
  EXPECT_EQ(r->quotes(0).text(), "Short one,");
  const Diagnostic* too_long = nullptr;
  for (const Diagnostic& d : r->diagnostics()) {
    if (d.message() == "quotation longer than 20 bytes ignored") too_long = &d;
  }
  ASSERT_NE(too_long, nullptr) << r->DebugString();
  EXPECT_EQ(too_long->span().begin(), 0u);
}

TEST(PipelineBadInput, MissingLexiconDirectoryIsNotFound) {
  Pipeline::Options options;
  options.lexicon_dir = "/nonexistent/lexicons";
  EXPECT_THAT(Pipeline::Create(options), StatusIs(absl::StatusCode::kNotFound));
}

}  // namespace
}  // namespace quotes
