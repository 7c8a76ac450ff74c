#include "quotes/text/article_header.h"

#include "absl/strings/escaping.h"
#include "gtest/gtest.h"

namespace quotes {
namespace {

TEST(ArticleHeader, ReadsKnownAndExtraKeys) {
  const std::string text =
      "outlet: The Daily Example\nurl: https://example.org/a\r\n"
      "date: 2024-03-01\nAuthor: Jo Writer\nlanguage: DE\nsection: world\n"
      "---\nBody.\n";
  ArticleHeader h = ParseArticleHeader(text);
  EXPECT_TRUE(h.has_header);
  EXPECT_EQ(h.article.outlet(), "The Daily Example");
  EXPECT_EQ(h.article.url(), "https://example.org/a");
  EXPECT_EQ(h.article.date(), "2024-03-01");
  EXPECT_EQ(h.article.byline(), "Jo Writer");
  EXPECT_EQ(h.article.language(), "de");
  EXPECT_EQ(h.article.extra().at("section"), "world");
  EXPECT_EQ(h.body.Of(text), "Body.\n");
}

TEST(ArticleHeader, NoSeparatorMeansAllBody) {
  const std::string text = "outlet: X\nJust text: with a colon.\n";
  ArticleHeader h = ParseArticleHeader(text);
  EXPECT_FALSE(h.has_header);
  EXPECT_EQ(h.body.begin, 0u);
  EXPECT_EQ(h.body.end, text.size());
}

TEST(ArticleHeader, ProseBeforeSeparatorIsBody) {
  const std::string text = "A sentence, not a key.\n---\nMore.";
  ArticleHeader h = ParseArticleHeader(text);
  EXPECT_FALSE(h.has_header);
  EXPECT_EQ(h.body.begin, 0u);
}

TEST(ArticleHeader, HeaderWithoutBody) {
  ArticleHeader h = ParseArticleHeader("title: Only a header\n---\n");
  EXPECT_TRUE(h.has_header);
  EXPECT_EQ(h.article.title(), "Only a header");
  EXPECT_TRUE(h.body.empty());
}

TEST(ArticleHeader, LoneCrLineEnds) {
  const std::string text = "outlet: CR Times\r---\rBody";
  ArticleHeader h = ParseArticleHeader(text);
  EXPECT_TRUE(h.has_header);
  EXPECT_EQ(h.article.outlet(), "CR Times");
  EXPECT_EQ(h.body.Of(text), "Body");
}

// Every line end, and mixes of them, in every place: the body starts
// right after the end of the `---` line, whatever that end is, and a
// text that ends there has an empty body.
TEST(ArticleHeader, EveryLineEndInEveryPlace) {
  const std::vector<std::string> ends = {"\n", "\r\n", "\r", "\r\r\n", "\n\r"};
  for (const std::string& a : ends) {
    for (const std::string& b : ends) {
      for (const std::string& c : ends) {
        for (const std::string& body : {std::string("Body text."), std::string()}) {
          const std::string text = "outlet: Ends Daily" + a + "title:  A  " + b + "---" + c + body;
          SCOPED_TRACE(absl::CEscape(text));
          ArticleHeader h = ParseArticleHeader(text);
          ASSERT_TRUE(h.has_header);
          EXPECT_EQ(h.article.outlet(), "Ends Daily");
          EXPECT_EQ(h.article.title(), "A");
          // The end of the `---` line: its first byte, and a \n after a \r.
          const size_t dashes = text.rfind("---");
          size_t body_start = dashes + 4;
          if (c[0] == '\r' && c.size() > 1 && c[1] == '\n') body_start = dashes + 5;
          EXPECT_EQ(h.body.begin, body_start);
          EXPECT_EQ(h.body.end, text.size());
        }
      }
    }
  }
  // A \r as the text's last byte ends the header.
  ArticleHeader h = ParseArticleHeader("title: T\r---\r");
  EXPECT_TRUE(h.has_header);
  EXPECT_EQ(h.body.begin, 13u);
  EXPECT_TRUE(h.body.empty());
}

TEST(ArticleHeader, Utf8ByteOrderMarkIsSkipped) {
  const std::string text = "\xEF\xBB\xBFoutlet: BOM Post\n---\nBody.";
  ArticleHeader h = ParseArticleHeader(text);
  EXPECT_TRUE(h.has_header);
  EXPECT_EQ(h.article.outlet(), "BOM Post");
  EXPECT_EQ(h.body.Of(text), "Body.");

  const std::string no_header = "\xEF\xBB\xBF\"Hi,\" she said.";
  h = ParseArticleHeader(no_header);
  EXPECT_FALSE(h.has_header);
  EXPECT_EQ(h.body.begin, 3u);
  EXPECT_EQ(h.body.end, no_header.size());
}

TEST(ArticleHeader, IntoAnArticleSetsOnlyTheHeadersFields) {
  Article a;
  a.set_outlet("Kept");
  // Its first line is a field, but there is no header: nothing is set.
  const std::string prose = "title: Not one\nJust text: with a colon.\n";
  EXPECT_EQ(ParseArticleHeader(prose, &a).begin, 0u);
  EXPECT_EQ(a.title(), "");
  EXPECT_EQ(a.outlet(), "Kept");

  const std::string text = "title: A title long enough to need memory\n---\nBody.";
  EXPECT_EQ(ParseArticleHeader(text, &a).Of(text), "Body.");
  EXPECT_EQ(a.title(), "A title long enough to need memory");
  EXPECT_EQ(a.outlet(), "Kept");
}

}  // namespace
}  // namespace quotes
