#include "quotes/testing/testdata.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"
#include "quotes/io/files.h"

namespace quotes {
namespace testing {

absl::StatusOr<std::string> ReadTestdata(const std::string& path) {
  return ReadFile(path);
}

std::vector<std::string> ListGoldFiles(const std::string& dir) {
  auto files = ListFiles(dir, {".gold.json"});
  return files.ok() ? *files : std::vector<std::string>();
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
