// Test helpers for the files under testdata/: reading them from the test's
// runfiles, listing the gold files, and parsing the gold JSON format.
#ifndef QUOTES_TESTING_TESTDATA_H_
#define QUOTES_TESTING_TESTDATA_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "quotes/testing/gold.pb.h"

namespace quotes {
namespace testing {

// Reads a file by its path from the workspace root ("testdata/articles/x.txt").
absl::StatusOr<std::string> ReadTestdata(const std::string& path);

// Every *.gold.json below `dir` (relative to the workspace root), sorted.
std::vector<std::string> ListGoldFiles(const std::string& dir);

// Parses a gold file; unknown keys are ignored.
absl::StatusOr<GoldFile> ParseGold(const std::string& json);

}  // namespace testing
}  // namespace quotes

#endif  // QUOTES_TESTING_TESTDATA_H_
