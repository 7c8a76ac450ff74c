#include "tools/event_gold.h"

#include <fstream>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "gtest/gtest.h"

namespace quotes {
namespace testing {

std::string EventPath(const std::string& name) {
  return "testdata/event/" + name;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<std::vector<std::string>> ReadEventGold(const std::string& name) {
  std::ifstream in(EventPath(name));
  EXPECT_TRUE(in.good()) << "cannot read " << EventPath(name);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> row;
    for (absl::string_view c : absl::StrSplit(line, '\t')) {
      if (absl::StartsWith(c, "#")) break;
      row.emplace_back(c);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace testing
}  // namespace quotes
