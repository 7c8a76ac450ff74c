#include "tools/quote_verifier.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/testdata.h"

namespace quotes {
namespace {

using ::testing::HasSubstr;

struct ToolRun {
  int code;
  std::string out;
  std::string err;
};

ToolRun Verify(std::vector<std::string> args, const std::string& format = "table",
           const std::string& stdin_text = "") {
  VerifierFlags flags;
  flags.format = format;
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  int code = RunVerifier(flags, args, in, out, err);
  return ToolRun{code, out.str(), err.str()};
}

std::string TempFile(const std::string& name, const std::string& contents) {
  const char* dir = std::getenv("TEST_TMPDIR");
  std::string path = std::string(dir ? dir : "/tmp") + "/" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

std::vector<std::string> Lines(const std::string& s) {
  return absl::StrSplit(s, '\n', absl::SkipEmpty());
}

// The golden files are produced by tools/update_goldens.sh; a change in them
// is a change in behaviour to review.
TEST(QuoteVerifier, TableMatchesGolden) {
  ToolRun r = Verify({"testdata/articles/en_geneva_talks.txt"});
  EXPECT_EQ(r.code, 0) << r.err;
  auto golden = testing::ReadTestdata("testdata/golden/en_geneva_talks.table.txt");
  ASSERT_TRUE(golden.ok());
  EXPECT_EQ(r.out, *golden);
}

TEST(QuoteVerifier, JsonLinesMatchGolden) {
  ToolRun r = Verify({"testdata/articles"}, "jsonl");
  EXPECT_EQ(r.code, 0) << r.err;
  auto golden = testing::ReadTestdata("testdata/golden/articles.jsonl");
  ASSERT_TRUE(golden.ok());
  EXPECT_EQ(r.out, *golden);
}

TEST(QuoteVerifier, EveryInputGetsOneLineInOrder) {
  const std::string good = TempFile("good.txt", "\"Yes,\" said Al Bo.");
  const std::string binary = TempFile("binary.txt", std::string("\x7f" "ELF\0\0\0", 7));
  const std::string bad_utf8 = TempFile("bad.txt", "caf\xe9 \"x\"");
  const std::string empty = TempFile("empty.txt", "");
  ToolRun r = Verify({good, "/nonexistent/article.txt", binary, bad_utf8, empty,
                  "-"},
                 "jsonl", "\"From stdin,\" said Cy Dorn.");
  EXPECT_EQ(r.code, 1);
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 6u) << r.out;
  EXPECT_THAT(lines[0], HasSubstr("\"name\":\"Al Bo\""));
  EXPECT_THAT(lines[1], HasSubstr("/nonexistent/article.txt: no such file"));
  EXPECT_THAT(lines[1], HasSubstr("\"quotes\": []"));
  EXPECT_THAT(lines[2], HasSubstr("NUL byte at byte 4"));
  EXPECT_THAT(lines[3], HasSubstr("invalid UTF-8 at byte 3"));
  EXPECT_THAT(lines[4], HasSubstr("\"source_path\":\""));
  EXPECT_THAT(lines[5], HasSubstr("\"name\":\"Cy Dorn\""));
  EXPECT_THAT(r.err, HasSubstr("6 inputs, 3 processed, 3 failed"));
}

TEST(QuoteVerifier, DirectoryGivesItsArticlesSorted) {
  ToolRun r = Verify({"testdata/articles"}, "jsonl");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 6u);
  EXPECT_THAT(lines[0], HasSubstr("en_attribution_shapes.txt"));
}

TEST(QuoteVerifier, ThreadsKeepInputOrder) {
  std::vector<std::string> inputs;
  for (int i = 0; i < 5; ++i) {
    inputs.push_back("testdata/articles");
    inputs.push_back("/nonexistent/" + std::to_string(i) + ".txt");
  }
  VerifierFlags one;
  one.format = "jsonl";
  one.threads = 1;
  VerifierFlags many = one;
  many.threads = 4;
  std::istringstream in1, in2;
  std::ostringstream out1, out2, err1, err2;
  EXPECT_EQ(RunVerifier(one, inputs, in1, out1, err1), 1);
  EXPECT_EQ(RunVerifier(many, inputs, in2, out2, err2), 1);
  EXPECT_EQ(out1.str(), out2.str());
  EXPECT_GE(Lines(out1.str()).size(), 35u);
  EXPECT_THAT(err2.str(), HasSubstr("5 failed"));
}

TEST(QuoteVerifier, UsageErrors) {
  EXPECT_EQ(Verify({"x.txt"}, "yaml").code, 2);
  EXPECT_THAT(Verify({"x.txt"}, "yaml").err, HasSubstr("unknown format 'yaml'"));
  EXPECT_EQ(Verify({}).code, 2);
}

TEST(QuoteVerifier, TextprotoAndJsonParseBack) {
  ToolRun r = Verify({"testdata/articles/en_mark_styles.txt"}, "textproto");
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, HasSubstr("kind: DIRECT"));
  r = Verify({"testdata/articles/en_mark_styles.txt"}, "json");
  EXPECT_EQ(r.code, 0);
  EXPECT_THAT(r.out, HasSubstr("\"mark_style\": \"\u2018\u2019\""));
}

}  // namespace
}  // namespace quotes
