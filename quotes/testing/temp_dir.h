// A scratch directory for a test: $TEST_TMPDIR/NAME (Bazel gives each test
// its own TEST_TMPDIR), created if missing.
#ifndef QUOTES_TESTING_TEMP_DIR_H_
#define QUOTES_TESTING_TEMP_DIR_H_

#include <sys/stat.h>

#include <cstdlib>
#include <string>

namespace quotes {
namespace testing {

// Returns the directory's path; "/tmp/NAME" outside Bazel.
inline std::string TempDir(const std::string& name) {
  const char* root = std::getenv("TEST_TMPDIR");
  const std::string dir = std::string(root != nullptr ? root : "/tmp") + "/" + name;
  mkdir(dir.c_str(), 0755);
  return dir;
}

}  // namespace testing
}  // namespace quotes

#endif  // QUOTES_TESTING_TEMP_DIR_H_
