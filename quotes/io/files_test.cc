#include "quotes/io/files.h"

#include <sys/stat.h>

#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"
#include "quotes/testing/temp_dir.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::quotes::testing::TempDir;
using ::testing::ElementsAre;

TEST(ListFiles, RecursiveSortedFiltered) {
  const std::string root = TempDir("files_test");
  mkdir((root + "/b").c_str(), 0755);
  mkdir((root + "/.hidden").c_str(), 0755);
  for (const char* f : {"/z.txt", "/a.tsv", "/b/c.txt", "/b/d.md", "/.hidden/e.txt"}) {
    std::ofstream(root + f) << "x";
  }
  auto files = ListFiles(root, {".txt", ".tsv"});
  ASSERT_THAT(files, IsOk());
  EXPECT_THAT(*files, ElementsAre(root + "/a.tsv", root + "/b/c.txt", root + "/z.txt"));
  EXPECT_TRUE(IsDirectory(root + "/b"));
  EXPECT_FALSE(IsDirectory(root + "/z.txt"));
  EXPECT_EQ(*ReadFile(root + "/z.txt"), "x");
}

TEST(ListFiles, MissingDirectoryIsNotFound) {
  EXPECT_THAT(ListFiles("/nonexistent/dir", {".txt"}),
              StatusIs(absl::StatusCode::kNotFound, "/nonexistent/dir"));
  EXPECT_THAT(ReadFile("/nonexistent/file"), StatusIs(absl::StatusCode::kNotFound));
}

}  // namespace
}  // namespace quotes
