#include "quotes/html/article_input.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/pipeline.h"
#include "quotes/testing/status_matchers.h"
#include "quotes/testing/testdata.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::testing::HasSubstr;

TEST(IsHtmlInput, GoesByExtensionOrContent) {
  EXPECT_TRUE(IsHtmlInput("a/page.HTML", "plain words"));
  EXPECT_TRUE(IsHtmlInput("page.htm", ""));
  EXPECT_TRUE(IsHtmlInput("saved", "<!DOCTYPE html><p>x"));
  EXPECT_TRUE(IsHtmlInput("-", "<html>"));
  EXPECT_FALSE(IsHtmlInput("article.txt", "title: x\n---\nBody <b>"));
  EXPECT_FALSE(IsHtmlInput("html.txt", "words"));
}

TEST(PrepareArticleInput, PassesTextThrough) {
  absl::StatusOr<ArticleInput> input =
      PrepareArticleInput("a.txt", "title: T\n---\nBody.\n");
  ASSERT_THAT(input, IsOk());
  EXPECT_FALSE(input->is_html);
  EXPECT_EQ(input->text, "title: T\n---\nBody.\n");
  EXPECT_EQ(input->meta.source_path(), "a.txt");
  EXPECT_EQ(input->meta.text_origin(), Article::TEXT_ORIGIN_UNSPECIFIED);
}

TEST(PrepareArticleInput, ExtractsPagesAndNamesThePathInErrors) {
  absl::StatusOr<ArticleInput> input = PrepareArticleInput(
      "p.html", "<title>T</title><p>Body &amp; soul.</p>");
  ASSERT_THAT(input, IsOk());
  EXPECT_TRUE(input->is_html);
  EXPECT_EQ(input->text, "Body & soul.\n");
  EXPECT_EQ(input->meta.title(), "T");
  EXPECT_EQ(input->meta.source_path(), "p.html");
  EXPECT_EQ(input->meta.text_origin(), Article::HTML_EXTRACTED);

  absl::Status empty = PrepareArticleInput("e.html", "<nav>x</nav>").status();
  EXPECT_THAT(empty, StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(std::string(empty.message()), HasSubstr("e.html: "));
}

// --- Issue 7's criterion: the testdata pages give the same quotes as their
// text versions. ---

absl::StatusOr<ArticleQuotes> RunOnTestdata(const Pipeline& pipeline,
                                            const std::string& name) {
  absl::StatusOr<std::string> bytes =
      testing::ReadTestdata("testdata/html/" + name);
  if (!bytes.ok()) return bytes.status();
  absl::StatusOr<ArticleInput> input =
      PrepareArticleInput(name, *std::move(bytes));
  if (!input.ok()) return input.status();
  return pipeline.Run(input->text, input->meta);
}

class SameQuotes : public ::testing::TestWithParam<const char*> {};

TEST_P(SameQuotes, InPageAndTextVersion) {
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create();
  ASSERT_THAT(pipeline, IsOk());
  const std::string name = GetParam();
  absl::StatusOr<ArticleQuotes> from_html = RunOnTestdata(**pipeline, name + ".html");
  absl::StatusOr<ArticleQuotes> from_text = RunOnTestdata(**pipeline, name + ".txt");
  ASSERT_THAT(from_html, IsOk());
  ASSERT_THAT(from_text, IsOk());
  EXPECT_EQ(from_html->article().text_origin(), Article::HTML_EXTRACTED);
  EXPECT_EQ(from_text->article().text_origin(), Article::PLAIN_TEXT);
  EXPECT_EQ(from_html->article().title(), from_text->article().title());
  EXPECT_EQ(from_html->article().outlet(), from_text->article().outlet());
  EXPECT_GE(from_text->quotes_size(), 5);
  ASSERT_EQ(from_html->quotes_size(), from_text->quotes_size());
  for (int i = 0; i < from_text->quotes_size(); ++i) {
    const QuoteRecord& h = from_html->quotes(i);
    const QuoteRecord& t = from_text->quotes(i);
    EXPECT_EQ(h.text(), t.text()) << i;
    EXPECT_EQ(h.kind(), t.kind()) << t.text();
    EXPECT_EQ(h.speaker().name(), t.speaker().name()) << t.text();
    EXPECT_EQ(h.cue().text(), t.cue().text()) << t.text();
    // Offsets point into each result's own text.
    EXPECT_EQ(from_html->text().substr(h.content().begin(),
                                       h.content().end() - h.content().begin()),
              h.text());
  }
}

INSTANTIATE_TEST_SUITE_P(Testdata, SameQuotes,
                         ::testing::Values("wrenmouth_post", "coastline_daily",
                                           "estuary_herald"));

}  // namespace
}  // namespace quotes
