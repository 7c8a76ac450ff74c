#include "tools/atomic_file.h"

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
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

// A directory per test, so that listing it shows stray temporary files.
using ::quotes::testing::TempDir;

std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  while (dirent* e = readdir(d)) {
    const std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  closedir(d);
  return names;
}

std::string Contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(AtomicFile, WritesNewFileAndReplacesOldOne) {
  const std::string dir = TempDir("replace");
  const std::string path = dir + "/out.jsonl";
  ASSERT_THAT(WriteFileAtomically(path, "old\n"), IsOk());
  EXPECT_EQ(Contents(path), "old\n");
  ASSERT_THAT(WriteFileAtomically(path, "new\n"), IsOk());
  EXPECT_EQ(Contents(path), "new\n");
  EXPECT_THAT(Entries(dir), ElementsAre("out.jsonl"));  // no temporary left
}

TEST(AtomicFile, PartsAppearOnlyAtCommit) {
  const std::string dir = TempDir("parts");
  const std::string path = dir + "/out.txt";
  ASSERT_THAT(WriteFileAtomically(path, "old"), IsOk());
  auto file = AtomicFile::Create(path);
  ASSERT_THAT(file, IsOk());
  ASSERT_THAT((*file)->Append("first "), IsOk());
  ASSERT_THAT((*file)->Append("second"), IsOk());
  EXPECT_EQ(Contents(path), "old");
  ASSERT_THAT((*file)->Commit(), IsOk());
  EXPECT_EQ(Contents(path), "first second");
  EXPECT_THAT((*file)->Append("more"),
              StatusIs(absl::StatusCode::kFailedPrecondition));
  EXPECT_THAT((*file)->Commit(), StatusIs(absl::StatusCode::kFailedPrecondition));
}

TEST(AtomicFile, AbandonedWriteLeavesOldFileAndNoTemporary) {
  const std::string dir = TempDir("abandon");
  const std::string path = dir + "/out.txt";
  ASSERT_THAT(WriteFileAtomically(path, "old"), IsOk());
  {
    auto file = AtomicFile::Create(path);
    ASSERT_THAT(file, IsOk());
    ASSERT_THAT((*file)->Append("half a rec"), IsOk());
  }
  EXPECT_EQ(Contents(path), "old");
  EXPECT_THAT(Entries(dir), ElementsAre("out.txt"));
}

TEST(AtomicFile, KilledWriterLeavesOldFile) {
  const std::string dir = TempDir("killed");
  const std::string path = dir + "/out.txt";
  ASSERT_THAT(WriteFileAtomically(path, "old"), IsOk());
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto file = AtomicFile::Create(path);
    if (file.ok() && (*file)->Append(std::string(1 << 20, 'x')).ok()) {
      kill(getpid(), SIGKILL);
    }
    _exit(3);  // not reached unless the set-up failed
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  EXPECT_EQ(Contents(path), "old");
}

TEST(AtomicFile, NewFileGetsUmaskPermissions) {
  const std::string path = TempDir("mode") + "/out.txt";
  const mode_t old_mask = umask(022);
  absl::Status written = WriteFileAtomically(path, "x");
  umask(old_mask);
  ASSERT_THAT(written, IsOk());
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST(AtomicFile, ErrorsNameThePath) {
  const std::string dir = TempDir("errors");
  EXPECT_THAT(WriteFileAtomically(dir + "/missing/out.txt", "x"),
              StatusIs(absl::StatusCode::kNotFound, "missing/out.txt: no such directory"));
  EXPECT_THAT(WriteFileAtomically(dir, "x"),
              StatusIs(absl::StatusCode::kFailedPrecondition, "errors: is a directory"));
  EXPECT_THAT(WriteFileAtomically("", "x"),
              StatusIs(absl::StatusCode::kFailedPrecondition));
}

}  // namespace
}  // namespace quotes
