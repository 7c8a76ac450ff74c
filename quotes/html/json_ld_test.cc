#include "quotes/html/json_ld.h"

#include <string>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace quotes {
namespace {

using ::testing::ElementsAre;

TEST(ParseJsonLdArticle, ReadsANewsArticle) {
  absl::StatusOr<JsonLdArticle> a = ParseJsonLdArticle(R"json({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Ferry strike ends after night of talks",
    "datePublished": "2026-03-14T07:30:00+01:00",
    "dateModified": "2026-03-14T09:00:00+01:00",
    "author": [{"@type": "Person", "name": "Ines Hartmann"}, "Tomas Berg"],
    "publisher": {"@type": "Organization", "name": "Lakeside Courier"},
    "mainEntityOfPage": {"@id": "https://courier.example/ferry"},
    "inLanguage": "en-GB"
  })json");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->type, "NewsArticle");
  EXPECT_EQ(a->headline, "Ferry strike ends after night of talks");
  EXPECT_EQ(a->date_published, "2026-03-14T07:30:00+01:00");
  EXPECT_EQ(a->date_modified, "2026-03-14T09:00:00+01:00");
  EXPECT_THAT(a->authors, ElementsAre("Ines Hartmann", "Tomas Berg"));
  EXPECT_EQ(a->publisher, "Lakeside Courier");
  EXPECT_EQ(a->url, "https://courier.example/ferry");
  EXPECT_EQ(a->language, "en-GB");
}

TEST(ParseJsonLdArticle, PrefersNewsTypesInGraphsAndLists) {
  absl::StatusOr<JsonLdArticle> a = ParseJsonLdArticle(R"json({
    "@graph": [
      {"@type": "WebSite", "name": "Courier"},
      {"@type": "BlogPosting", "headline": "A blog post"},
      {"@type": ["Article", "https://schema.org/ReportageNews"],
       "headline": "The report", "author": {"name": "A. Writer"}},
      {"@type": "NewsArticle", "headline": "Second news article"}
    ]})json");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->headline, "The report");
  EXPECT_EQ(a->type, "https://schema.org/ReportageNews");
  EXPECT_THAT(a->authors, ElementsAre("A. Writer"));

  a = ParseJsonLdArticle(
      R"([{"@type": "Organization"}, {"@type": "Article", "name": "Named"}])");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->headline, "Named");
}

TEST(ParseJsonLdArticle, UnwrapsCommentAndCdataMarkers) {
  absl::StatusOr<JsonLdArticle> a = ParseJsonLdArticle(
      "\n<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Wrapped\"}\n-->\n");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->headline, "Wrapped");
  a = ParseJsonLdArticle(
      "//<![CDATA[\n{\"@type\": \"NewsArticle\", \"headline\": \"C\"}\n//]]>");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->headline, "C");
}

TEST(ParseJsonLdArticle, ReportsBrokenAndArticleLessBlocks) {
  EXPECT_EQ(ParseJsonLdArticle("{\"@type\": \"NewsArticle\",").status().code(),
            absl::StatusCode::kInvalidArgument);
  // One line, fit for a tool's warning.
  EXPECT_EQ(ParseJsonLdArticle("{\"a\": [1,\n 2,, 3]}").status().message().find('\n'),
            absl::string_view::npos);
  EXPECT_EQ(ParseJsonLdArticle("").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseJsonLdArticle("not json at all").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseJsonLdArticle(R"({"@type": "BreadcrumbList"})").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ParseJsonLdArticle("42").status().code(),
            absl::StatusCode::kNotFound);
  // Hostile nesting is refused by the JSON parser, not by the stack.
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(ParseJsonLdArticle(deep).status().code(),
            absl::StatusCode::kInvalidArgument);
  // Brackets inside strings are text, not nesting.
  absl::StatusOr<JsonLdArticle> a = ParseJsonLdArticle(
      "{\"@type\": \"NewsArticle\", \"headline\": \"" +
      std::string(200, '[') + "\\\"\"}");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->headline, std::string(200, '[') + "\"");
}

TEST(ParseJsonLdArticle, IgnoresAuthorShapesThatAreNotNames) {
  absl::StatusOr<JsonLdArticle> a = ParseJsonLdArticle(
      R"({"@type": "NewsArticle", "author": [{"url": "x"}, 7, [["deep"]], " "],
          "publisher": ["First Outlet", "Second"]})");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_TRUE(a->authors.empty());
  EXPECT_EQ(a->publisher, "First Outlet");
}

}  // namespace
}  // namespace quotes
