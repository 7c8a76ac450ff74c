// Small file-system helpers shared by the lexicon loader, the tools and the
// tests: listing a directory tree and reading a whole file, with errors that
// name the path.
#ifndef QUOTES_IO_FILES_H_
#define QUOTES_IO_FILES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

// The files below `dir` (recursively; names starting with '.' skipped) whose
// names end with one of `suffixes`, as paths starting with `dir`, sorted.
// Returns NotFoundError when `dir` cannot be opened.
absl::StatusOr<std::vector<std::string>> ListFiles(
    const std::string& dir, const std::vector<std::string>& suffixes);

// True when `path` names a directory.
bool IsDirectory(const std::string& path);

// Reads the whole file; NotFoundError "PATH: cannot read" when it cannot.
absl::StatusOr<std::string> ReadFile(const std::string& path);

}  // namespace quotes

#endif  // QUOTES_IO_FILES_H_
