// End to end: the tools read the saved web pages of testdata/html/ as they
// read the pages' text versions (issue 7), and write --format=html.
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tools/quote_compare.h"
#include "tools/quote_verifier.h"

namespace quotes {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::vector<std::string> kPages = {"wrenmouth_post", "coastline_daily",
                                         "estuary_herald"};

std::vector<std::string> Files(const std::string& extension) {
  std::vector<std::string> files;
  for (const std::string& page : kPages) {
    files.push_back("testdata/html/" + page + extension);
  }
  return files;
}

struct ToolRun {
  int code;
  std::string out;
  std::string err;
};

ToolRun Compare(const std::vector<std::string>& files, const std::string& format) {
  CompareFlags flags;
  flags.format = format;
  std::istringstream in;
  std::ostringstream out, err;
  const int code = RunCompare(flags, files, in, out, err);
  return {code, out.str(), err.str()};
}

ToolRun Verify(const std::vector<std::string>& files,
           const std::vector<std::string>& against, const std::string& format) {
  VerifierFlags flags;
  flags.format = format;
  flags.against = against;
  std::istringstream in;
  std::ostringstream out, err;
  const int code = RunVerifier(flags, files, in, out, err);
  return {code, out.str(), err.str()};
}

// The readable reports name outlets, dates, speakers, verdicts and quote
// text, but no paths or offsets, so a page and its text version must give
// the same report, character for character.
TEST(WebPageInput, QuoteCompareReadsPagesAsTheirTextVersions) {
  const ToolRun pages = Compare(Files(".html"), "table");
  const ToolRun texts = Compare(Files(".txt"), "table");
  ASSERT_EQ(pages.code, 0) << pages.err;
  ASSERT_EQ(texts.code, 0) << texts.err;
  EXPECT_THAT(pages.out, HasSubstr("3 documents"));
  EXPECT_EQ(pages.out, texts.out);
}

TEST(WebPageInput, VerifyAgainstReadsPagesAsTheirTextVersions) {
  for (const std::string& page : kPages) {
    const ToolRun html = Verify({"testdata/html/" + page + ".html"}, Files(".html"),
                            "table");
    const ToolRun text = Verify({"testdata/html/" + page + ".txt"}, Files(".txt"),
                            "table");
    ASSERT_EQ(html.code, 0) << html.err;
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_THAT(html.out, HasSubstr("quotes checked against 2 references"));
    EXPECT_EQ(html.out, text.out) << page;
  }
}

TEST(WebPageInput, ToolsWriteOneHtmlPage) {
  const ToolRun compare = Compare(Files(".html"), "html");
  ASSERT_EQ(compare.code, 0) << compare.err;
  EXPECT_TRUE(absl::StartsWith(compare.out, "<!DOCTYPE html>"));
  EXPECT_THAT(compare.out, HasSubstr("<section class=\"cluster\""));
  EXPECT_THAT(compare.out, Not(HasSubstr("<script")));

  const ToolRun verify = Verify({"testdata/html/estuary_herald.html"},
                            Files(".html"), "html");
  ASSERT_EQ(verify.code, 0) << verify.err;
  EXPECT_TRUE(absl::EndsWith(verify.out, "</html>\n"));
  EXPECT_THAT(verify.out, HasSubstr("data-verdict=\"VERBATIM\""));
  EXPECT_THAT(verify.out, HasSubstr("extracted from a web page"));
}

TEST(WebPageInput, UnreadablePageIsAnErrorSection) {
  const ToolRun verify = Verify({"testdata/html/missing.html"}, {}, "html");
  EXPECT_EQ(verify.code, 1);
  EXPECT_THAT(verify.out, HasSubstr("<section class=\"error\""));
  EXPECT_TRUE(absl::EndsWith(verify.out, "</html>\n"));
}

}  // namespace
}  // namespace quotes
