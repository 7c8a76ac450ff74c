#include "tools/article_io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"
#include "quotes/testing/temp_dir.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::testing::ElementsAre;

using ::quotes::testing::TempDir;

std::string WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

absl::StatusOr<std::string> Read(const std::string& path, size_t max = 1 << 20) {
  std::istringstream no_stdin;
  return ReadInput(path, max, no_stdin);
}

TEST(ReadInput, ReadsBytesAsTheyAre) {
  const std::string bytes("\xEF\xBB\xBF\"A\",\r\n\0x", 10);
  EXPECT_EQ(*Read(WriteFile(TempDir("plain") + "/a.txt", bytes)), bytes);
}

TEST(ReadInput, DirectoryWhereAFileWasExpected) {
  const std::string dir = TempDir("dir_as_file");
  EXPECT_THAT(Read(dir), StatusIs(absl::StatusCode::kFailedPrecondition,
                                  "dir_as_file: is a directory"));
}

TEST(ReadInput, MissingFileAndMissingDirectory) {
  EXPECT_THAT(Read("/nonexistent/a.txt"),
              StatusIs(absl::StatusCode::kNotFound, "/nonexistent/a.txt: no such file"));
  // A path through a regular file.
  const std::string file = WriteFile(TempDir("through") + "/f.txt", "x");
  EXPECT_THAT(Read(file + "/a.txt"),
              StatusIs(absl::StatusCode::kUnavailable, "f.txt/a.txt: Not a directory"));
}

TEST(ReadInput, FileThatDisappearsAfterListing) {
  const std::string dir = TempDir("vanish");
  WriteFile(dir + "/a.txt", "one");
  WriteFile(dir + "/b.txt", "two");
  const std::vector<std::string> inputs = ExpandInputs({dir});
  ASSERT_THAT(inputs, ElementsAre(dir + "/a.txt", dir + "/b.txt"));
  ASSERT_EQ(std::remove((dir + "/a.txt").c_str()), 0);
  EXPECT_THAT(Read(inputs[0]), StatusIs(absl::StatusCode::kNotFound, "a.txt: no such file"));
  EXPECT_THAT(Read(inputs[1]), IsOk());
}

TEST(ReadInput, FileThatCannotBeRead) {
  // Opening /proc/self/mem works, reading its first page fails (EIO) for
  // every user, root included, so this is a read error, not a permission one.
  EXPECT_THAT(Read("/proc/self/mem"),
              StatusIs(absl::StatusCode::kUnavailable, "/proc/self/mem: Input/output error"));
}

TEST(ReadInput, FileWithoutReadPermission) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  const std::string path = WriteFile(TempDir("perm") + "/secret.txt", "x");
  ASSERT_EQ(chmod(path.c_str(), 0), 0);
  EXPECT_THAT(Read(path), StatusIs(absl::StatusCode::kPermissionDenied,
                                   "secret.txt: permission denied"));
}

TEST(ReadInput, OverTheLimitIsRefusedBeforeReading) {
  const std::string path = WriteFile(TempDir("big") + "/big.txt", std::string(101, 'a'));
  EXPECT_THAT(Read(path, 100), StatusIs(absl::StatusCode::kResourceExhausted,
                                        "big.txt: 101 bytes, over the limit of 100"));
  std::istringstream in(std::string(101, 'a'));
  EXPECT_THAT(ReadInput("-", 100, in),
              StatusIs(absl::StatusCode::kResourceExhausted, "over the limit of 100"));
}

TEST(ExpandInputs, DirectoryWithoutArticlesIsKeptToBeReported) {
  const std::string dir = TempDir("no_articles");
  WriteFile(dir + "/notes.md", "not an article");
  EXPECT_THAT(ExpandInputs({dir, "-"}), ElementsAre(dir, "-"));
}

}  // namespace
}  // namespace quotes
