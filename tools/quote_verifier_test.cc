#include "tools/quote_verifier.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "quotes/testing/temp_dir.h"
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

// Batch semantics with the inputs a scraper produces: every input yields one
// line that parses as one JSON object, the count of lines is the count of
// inputs, and the closing summary adds up.
TEST(QuoteVerifier, HostileBatchKeepsOneJsonObjectPerInput) {
  const std::string empty_dir = testing::TempDir("no_articles");
  std::string marks;
  for (int i = 0; i < 10000; ++i) marks += "\u201c\"\u00bb";
  const std::vector<std::string> inputs = {
      TempFile("utf16.txt", std::string("\xFF\xFE\"\0H\0i\0\"\0", 10)),
      TempFile("bom.txt", "\xEF\xBB\xBFoutlet: BOM\n---\n\"Fine,\" said Al Bo."),
      TempFile("nuls.txt", std::string(4096, '\0')),
      TempFile("bad_in_quote.txt", "\"Half \xC3 a quote,\" said Al Bo."),
      TempFile("crlf.txt", "\"One,\" said Al Bo.\r\n\r\n\"Two,\" Al Bo said.\r"),
      TempFile("header_only.txt", "title: No body\n---\n"),
      TempFile("marks.txt", marks),
      empty_dir,
      "/nonexistent/gone.txt",
      TempFile("latin1_caf\xe9.txt", "\"Yes,\" said Al Bo."),  // not a UTF-8 name
      "/nonexistent/caf\xe9.txt",
      "-",
  };
  ToolRun r = Verify(inputs, "jsonl", "\"Std,\" said Cy Dorn.");
  EXPECT_EQ(r.code, 1);
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), inputs.size()) << r.out;
  for (size_t i = 0; i < lines.size(); ++i) {
    google::protobuf::Struct object;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(lines[i], &object).ok())
        << "line " << i << " is not one JSON object: " << lines[i];
  }
  EXPECT_THAT(lines[0], HasSubstr("utf16.txt: UTF-16 text (byte order mark FF FE at byte 0)"));
  EXPECT_THAT(lines[1], HasSubstr("\"outlet\":\"BOM\""));
  EXPECT_THAT(lines[1], HasSubstr("\"name\":\"Al Bo\""));
  EXPECT_THAT(lines[2], HasSubstr("nuls.txt: NUL byte at byte 0"));
  EXPECT_THAT(lines[3], HasSubstr("bad_in_quote.txt: invalid UTF-8 at byte 6"));
  EXPECT_THAT(lines[4], HasSubstr("\"name\":\"Al Bo\""));
  EXPECT_THAT(lines[5], HasSubstr("\"title\":\"No body\""));
  EXPECT_THAT(lines[7], HasSubstr("no_articles: is a directory"));
  EXPECT_THAT(lines[8], HasSubstr("gone.txt: no such file"));
  EXPECT_THAT(lines[9], HasSubstr("latin1_caf\uFFFD.txt\""));
  EXPECT_THAT(lines[9], HasSubstr("\"name\":\"Al Bo\""));
  EXPECT_THAT(lines[10], HasSubstr("/nonexistent/caf\uFFFD.txt: no such file"));
  EXPECT_THAT(lines[11], HasSubstr("\"name\":\"Cy Dorn\""));
  EXPECT_THAT(r.err, HasSubstr("12 inputs, 6 processed, 6 failed"));
}

std::string Contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(QuoteVerifier, OutputFlagWritesTheWholeFile) {
  const std::string good = TempFile("out_good.txt", "\"Yes,\" said Al Bo.");
  const std::string path = testing::TempDir("output") + "/results.jsonl";
  std::ofstream(path) << "stale results of an earlier run\n";
  VerifierFlags flags;
  flags.format = "jsonl";
  flags.output = path;
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(RunVerifier(flags, {good, "/nonexistent/x.txt"}, in, out, err), 1);
  EXPECT_EQ(out.str(), "");
  const std::vector<std::string> lines = Lines(Contents(path));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_THAT(lines[0], HasSubstr("\"name\":\"Al Bo\""));
  EXPECT_THAT(lines[1], HasSubstr("x.txt: no such file"));
  EXPECT_THAT(err.str(), HasSubstr("2 inputs, 1 processed, 1 failed"));
}

TEST(QuoteVerifier, UnwritableOutputFailsBeforeReadingInputs) {
  VerifierFlags flags;
  flags.output = "/nonexistent/dir/results.jsonl";
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(RunVerifier(flags, {"-"}, in, out, err), 2);
  EXPECT_EQ(err.str(),
            "quote_verifier: --output: /nonexistent/dir/results.jsonl: no such directory\n");
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace quotes
