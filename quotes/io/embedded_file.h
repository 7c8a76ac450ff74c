// A data file compiled into a binary by //quotes/io:embed_files. Each user
// declares its own list function in a header of its own (see
// quotes/lexicon/embedded_files.h) and a genrule that runs the tool.
#ifndef QUOTES_IO_EMBEDDED_FILE_H_
#define QUOTES_IO_EMBEDDED_FILE_H_

#include <string>
#include <vector>

namespace quotes {
namespace internal {

struct EmbeddedFile {
  std::string path;  // with the genrule's prefix removed
  std::string contents;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_IO_EMBEDDED_FILE_H_
