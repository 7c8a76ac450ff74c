// Reading the tools' inputs: files, directories of articles, and standard
// input, with errors that name the path.
#ifndef TOOLS_ARTICLE_IO_H_
#define TOOLS_ARTICLE_IO_H_

#include <istream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

// Reads a whole file ("-" reads `stdin_stream`). Refuses files over
// `max_bytes` without reading them. Errors name the path:
//   NotFoundError          "a.txt: no such file"
//   FailedPreconditionError "dir: is a directory"
//   PermissionDeniedError  "a.txt: permission denied"
//   ResourceExhaustedError "big.txt: 80000000 bytes, over the limit of ..."
//   UnavailableError       "a.txt: Input/output error" (other read errors)
absl::StatusOr<std::string> ReadInput(const std::string& path, size_t max_bytes,
                                      std::istream& stdin_stream);

// Expands the arguments: a directory becomes its article files (*.txt,
// *.html, *.htm, recursively, sorted); anything else is kept as given (so
// that a missing file is reported when read, in its place). A directory with
// no article files is kept as given too, and reading it is an error.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args);

}  // namespace quotes

#endif  // TOOLS_ARTICLE_IO_H_
