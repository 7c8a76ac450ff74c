#include "quotes/output/writer.h"

#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::Not;

ArticleQuotes Sample() {
  ArticleQuotes r;
  r.set_text("\"Hi,\" said Al Bo.");
  r.mutable_article()->set_source_path("a.txt");
  r.mutable_article()->set_language("en");
  QuoteRecord* q = r.add_quotes();
  q->set_text("Hi,");
  q->set_kind(QuoteRecord::DIRECT);
  q->mutable_content()->set_begin(1);
  q->mutable_content()->set_end(4);
  q->mutable_open_mark()->set_end(1);
  q->set_mark_style("\"\"");
  q->set_closed(true);
  q->mutable_speaker()->set_kind(Speaker::PERSON);
  q->mutable_speaker()->set_name("Al Bo");
  q->mutable_cue()->set_text("said");
  return r;
}

TEST(ParseFormat, KnownAndUnknown) {
  EXPECT_EQ(*ParseFormat("jsonl"), Format::kJsonLines);
  EXPECT_EQ(*ParseFormat("table"), Format::kTable);
  EXPECT_THAT(ParseFormat("xml"), StatusIs(absl::StatusCode::kInvalidArgument, "xml"));
}

TEST(WriteArticleQuotes, JsonLinesIsOneLineWithoutText) {
  std::ostringstream out;
  ASSERT_THAT(WriteArticleQuotes(Sample(), Format::kJsonLines, out), IsOk());
  const std::string s = out.str();
  EXPECT_EQ(s.find('\n'), s.size() - 1);
  EXPECT_THAT(s, HasSubstr("\"speaker\":{\"kind\":\"PERSON\",\"name\":\"Al Bo\"}"));
  EXPECT_THAT(s, HasSubstr("\"kind\":\"DIRECT\""));
  EXPECT_THAT(s, Not(HasSubstr("said Al Bo.")));  // the article text is left out
}

TEST(WriteArticleQuotes, IncludeTextKeepsTheArticle) {
  std::ostringstream out;
  WriteOptions options;
  options.include_text = true;
  ASSERT_THAT(WriteArticleQuotes(Sample(), Format::kJson, out, options), IsOk());
  EXPECT_THAT(out.str(), HasSubstr("said Al Bo."));
}

// A file name that is not UTF-8 goes through protobuf's own printer, which
// must leave the text out too.
TEST(WriteArticleQuotes, JsonWithoutTextWhenProtobufPrintsIt) {
  ArticleQuotes r = Sample();
  r.mutable_article()->set_source_path("caf\xe9.txt");
  std::ostringstream out;
  ASSERT_THAT(WriteArticleQuotes(r, Format::kJsonLines, out), IsOk());
  EXPECT_THAT(out.str(), HasSubstr("\"source_path\":\"caf"));
  EXPECT_THAT(out.str(), HasSubstr("\"name\":\"Al Bo\""));
  EXPECT_THAT(out.str(), Not(HasSubstr("said Al Bo.")));
}

TEST(WriteArticleQuotes, TableShowsSpeakerCueAndPlace) {
  std::ostringstream out;
  ASSERT_THAT(WriteArticleQuotes(Sample(), Format::kTable, out), IsOk());
  EXPECT_THAT(out.str(), HasSubstr("DIRECT  Al Bo"));
  EXPECT_THAT(out.str(), HasSubstr("said"));
  EXPECT_THAT(out.str(), HasSubstr("@1-4"));
}

TEST(WriteInputError, JsonIsEscaped) {
  std::ostringstream out;
  WriteInputError("we\"ird\n.txt", absl::NotFoundError("no \"such\" file"),
                  Format::kJsonLines, out);
  EXPECT_EQ(out.str(),
            "{\"article\": {\"source_path\": \"we\\\"ird\\n.txt\"}, \"error\": "
            "\"no \\\"such\\\" file\", \"code\": \"NOT_FOUND\", \"quotes\": []}\n");
}

TEST(Ellipsize, CutsAtCodePoints) {
  EXPECT_EQ(Ellipsize("abc", 5), "abc");
  EXPECT_EQ(Ellipsize("abcdef", 4), "abc\u2026");
  EXPECT_EQ(Ellipsize("\u00e9\u00e9\u00e9\u00e9", 3), "\u00e9\u00e9\u2026");
  EXPECT_EQ(Ellipsize("a\n\nb", 10), "a b");
}

}  // namespace
}  // namespace quotes
