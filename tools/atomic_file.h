// Writing a file so that readers see either its old contents or the complete
// new ones, never a half-written file, whatever happens to the writer (an
// error, a crash, kill -9, a full disk).
//
// Example:
//
//   absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
//   if (!file.ok()) return file.status();        // e.g. the directory is missing
//   RETURN_IF_ERROR((*file)->Append(first_part));
//   RETURN_IF_ERROR((*file)->Append(second_part));
//   RETURN_IF_ERROR((*file)->Commit());          // now `path` has both parts
//
// How: the bytes go to a temporary file in the same directory as `path`
// (".NAME.tmp.PID.N"), which Commit() flushes to disk (fsync), renames over
// `path` (atomic within one file system) and then makes the rename durable
// (fsync of the directory). A writer killed before Commit() leaves `path`
// untouched and at most a stray temporary file beside it; one that is
// destroyed without committing removes its temporary file.
//
// Not thread-safe; one writer per object.
#ifndef TOOLS_ATOMIC_FILE_H_
#define TOOLS_ATOMIC_FILE_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

class AtomicFile {
 public:
  // Creates the temporary file beside `path`, with the permissions a new
  // file gets (0666 less the umask). Errors name `path`:
  //   NotFoundError           "out/x.jsonl: no such directory"
  //   PermissionDeniedError   "out/x.jsonl: permission denied"
  //   FailedPreconditionError "out: is a directory" (when `path` is one)
  static absl::StatusOr<std::unique_ptr<AtomicFile>> Create(const std::string& path);

  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Appends `bytes` to the temporary file. Returns an error naming `path`
  // when the write fails (e.g. ResourceExhaustedError for a full disk);
  // after an error the file can no longer be committed.
  absl::Status Append(absl::string_view bytes);

  // Makes the bytes appended so far the contents of `path`, replacing any
  // old file. Returns FailedPreconditionError after an earlier error or a
  // second Commit(); on any error `path` keeps its old contents.
  absl::Status Commit();

  const std::string& path() const { return path_; }

 private:
  AtomicFile(std::string path, std::string temp_path, int fd);

  std::string path_;
  std::string temp_path_;
  int fd_;  // -1 once closed
  bool failed_ = false;
  bool committed_ = false;
};

// Writes `contents` to `path` atomically (AtomicFile in one call).
absl::Status WriteFileAtomically(const std::string& path, absl::string_view contents);

}  // namespace quotes

#endif  // TOOLS_ATOMIC_FILE_H_
