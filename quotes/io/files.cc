#include "quotes/io/files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace quotes {
namespace {

void Walk(const std::string& dir, const std::vector<std::string>& suffixes,
          std::vector<std::string>* out) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return;
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] != '.') names.push_back(e->d_name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const std::string path = absl::StrCat(dir, "/", name);
    if (IsDirectory(path)) {
      Walk(path, suffixes, out);
      continue;
    }
    for (const std::string& suffix : suffixes) {
      if (absl::EndsWith(name, suffix)) {
        out->push_back(path);
        break;
      }
    }
  }
}

}  // namespace

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

absl::StatusOr<std::vector<std::string>> ListFiles(
    const std::string& dir, const std::vector<std::string>& suffixes) {
  if (!IsDirectory(dir)) {
    return absl::NotFoundError(absl::StrCat(dir, ": cannot open directory"));
  }
  std::vector<std::string> out;
  Walk(dir, suffixes, &out);
  return out;
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read"));
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace quotes
