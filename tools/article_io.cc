#include "tools/article_io.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "quotes/io/files.h"

namespace quotes {
namespace {

absl::Status ErrnoError(const std::string& path, int err) {
  std::string what = absl::StrCat(path, ": ", std::strerror(err));
  switch (err) {
    case ENOENT:
      return absl::NotFoundError(absl::StrCat(path, ": no such file"));
    case EACCES:
      return absl::PermissionDeniedError(absl::StrCat(path, ": permission denied"));
    case EISDIR:
      return absl::FailedPreconditionError(absl::StrCat(path, ": is a directory"));
    default:
      return absl::UnavailableError(what);
  }
}

}  // namespace

absl::StatusOr<std::string> ReadInput(const std::string& path, size_t max_bytes,
                                      std::istream& stdin_stream) {
  if (path == "-") {
    std::string data;
    char buf[1 << 16];
    while (stdin_stream.read(buf, sizeof(buf)) || stdin_stream.gcount() > 0) {
      data.append(buf, static_cast<size_t>(stdin_stream.gcount()));
      if (data.size() > max_bytes) {
        return absl::ResourceExhaustedError(absl::StrCat(
            "-: standard input is over the limit of ", max_bytes, " bytes"));
      }
    }
    return data;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return ErrnoError(path, errno);
  if (S_ISDIR(st.st_mode)) return ErrnoError(path, EISDIR);
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path, ": ", st.st_size, " bytes, over the limit of ",
                     max_bytes, " (see --max_article_bytes)"));
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return ErrnoError(path, errno);
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) {
      std::fclose(f);
      return absl::ResourceExhaustedError(absl::StrCat(
          path, ": over the limit of ", max_bytes, " bytes (see --max_article_bytes)"));
    }
  }
  int err = std::ferror(f) ? errno : 0;
  std::fclose(f);
  if (err != 0) return ErrnoError(path, err);
  return data;
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& a : args) {
    absl::StatusOr<std::vector<std::string>> files =
        a == "-" ? absl::NotFoundError("stdin")
                 : ListFiles(a, {".txt", ".html", ".htm"});
    if (files.ok() && files->empty()) {
      // A directory with no articles is an input that yields nothing: keep it,
      // so that reading it reports an error rather than dropping it silently.
      out.push_back(a);
    } else if (files.ok()) {
      out.insert(out.end(), files->begin(), files->end());
    } else {
      out.push_back(a);  // a file, or an error reported when it is read
    }
  }
  return out;
}

}  // namespace quotes
