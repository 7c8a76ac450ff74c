#include "quotes/html/markup_depth.h"

#include <string>

#include "gtest/gtest.h"

namespace quotes {
namespace internal {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(EstimateNestingDepth, CountsOpenElements) {
  EXPECT_EQ(EstimateNestingDepth("", 100), 0u);
  EXPECT_EQ(EstimateNestingDepth("plain text", 100), 0u);
  EXPECT_EQ(EstimateNestingDepth("<div><span>x</span></div>", 100), 2u);
  EXPECT_EQ(EstimateNestingDepth("<div></div><div><b><i>x</i></b></div>", 100),
            3u);
  EXPECT_EQ(EstimateNestingDepth(Repeat("<div>", 50), 100), 50u);
}

TEST(EstimateNestingDepth, IgnoresWhatTheParserDoesNotNest) {
  // Implicitly closed, void and self-closed elements, comments, raw text,
  // and attribute values holding '>'.
  EXPECT_EQ(EstimateNestingDepth(Repeat("<p>x", 500) + Repeat("<li>y", 500) +
                                     Repeat("<br><img src=a.png>", 500) +
                                     Repeat("<path d='M0'/>", 500),
                                 100),
            0u);
  EXPECT_EQ(EstimateNestingDepth(
                "<!-- <div><div> --><script>if (a<b) x='<div><div>';</SCRIPT>"
                "<div title='a > b'>x</div>",
                100),
            1u);
  // An end tag pops back to its element, closing what was left open.
  EXPECT_EQ(EstimateNestingDepth("<div><span><span></div><div>", 100), 3u);
}

TEST(EstimateNestingDepth, StrayEndTagsDoNotHideDepth) {
  // The parser ignores </div> when no div is open, so the spans nest.
  EXPECT_GT(EstimateNestingDepth(Repeat("<span></div>", 200), 100), 100u);
}

TEST(EstimateNestingDepth, StopsPastTheLimit) {
  EXPECT_EQ(EstimateNestingDepth(Repeat("<b>x", 300000), 1000), 1001u);
  EXPECT_EQ(EstimateNestingDepth(Repeat("<div>", 1000), 1000), 1000u);
}

TEST(EstimateNestingDepth, SurvivesTruncatedMarkup) {
  for (const char* html : {"<", "</", "<div", "<div class='x", "<!--", "<script>x",
                           "<div><style>", "</>", "<3 >"}) {
    EXPECT_LE(EstimateNestingDepth(html, 10), 1u) << html;
  }
}

}  // namespace
}  // namespace internal
}  // namespace quotes
