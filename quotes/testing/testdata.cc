#include "quotes/testing/testdata.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"

namespace quotes {
namespace testing {
namespace {

void Walk(const std::string& dir, std::vector<std::string>* out) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name[0] == '.') continue;
    std::string path = absl::StrCat(dir, "/", name);
    struct stat st;
    if (stat(path.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      Walk(path, out);
    } else if (absl::EndsWith(name, ".gold.json")) {
      out->push_back(path);
    }
  }
  closedir(d);
}

}  // namespace

absl::StatusOr<std::string> ReadTestdata(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read"));
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<std::string> ListGoldFiles(const std::string& dir) {
  std::vector<std::string> out;
  Walk(dir, &out);
  std::sort(out.begin(), out.end());
  return out;
}

absl::StatusOr<GoldFile> ParseGold(const std::string& json) {
  GoldFile gold;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  auto status = google::protobuf::util::JsonStringToMessage(json, &gold, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("gold JSON: ", status.ToString()));
  }
  return gold;
}

}  // namespace testing
}  // namespace quotes
