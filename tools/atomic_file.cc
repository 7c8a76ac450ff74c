#include "tools/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace quotes {
namespace {

absl::Status ErrnoError(const std::string& path, absl::string_view doing, int err) {
  switch (err) {
    case ENOENT:
      return absl::NotFoundError(absl::StrCat(path, ": no such directory"));
    case EACCES:
    case EPERM:
    case EROFS:
      return absl::PermissionDeniedError(absl::StrCat(path, ": permission denied"));
    case ENOSPC:
    case EDQUOT:
      return absl::ResourceExhaustedError(absl::StrCat(path, ": disk full"));
    default:
      return absl::UnavailableError(
          absl::StrCat(path, ": ", doing, ": ", std::strerror(err)));
  }
}

// The directory part of `path`, "." when it has none.
std::string DirName(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

AtomicFile::AtomicFile(std::string path, std::string temp_path, int fd)
    : path_(std::move(path)), temp_path_(std::move(temp_path)), fd_(fd) {}

absl::StatusOr<std::unique_ptr<AtomicFile>> AtomicFile::Create(
    const std::string& path) {
  struct stat st;
  if (path.empty() || path.back() == '/' ||
      (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))) {
    return absl::FailedPreconditionError(absl::StrCat(path, ": is a directory"));
  }
  // A name no other writer uses: our pid and a per-process counter; O_EXCL
  // refuses a leftover from a killed process that had the same pid.
  static std::atomic<int> counter{0};
  const std::string dir = DirName(path);
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string temp = absl::StrCat(dir, "/.", BaseName(path), ".tmp.",
                                          getpid(), ".", counter++);
    const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return std::unique_ptr<AtomicFile>(new AtomicFile(path, temp, fd));
    if (errno != EEXIST) return ErrnoError(path, "create", errno);
  }
  return absl::UnavailableError(absl::StrCat(path, ": no free temporary name"));
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) close(fd_);
  if (!committed_) unlink(temp_path_.c_str());
}

absl::Status AtomicFile::Append(absl::string_view bytes) {
  if (failed_ || committed_ || fd_ < 0) {
    return absl::FailedPreconditionError(
        absl::StrCat(path_, ": write after an error or a commit"));
  }
  while (!bytes.empty()) {
    const ssize_t n = write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      failed_ = true;
      return ErrnoError(path_, "write", errno);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return absl::OkStatus();
}

absl::Status AtomicFile::Commit() {
  if (failed_ || committed_ || fd_ < 0) {
    return absl::FailedPreconditionError(
        absl::StrCat(path_, ": commit after an error or a commit"));
  }
  failed_ = true;  // until every step below has succeeded
  if (fsync(fd_) != 0) return ErrnoError(path_, "fsync", errno);
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) return ErrnoError(path_, "close", errno);
  if (rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return ErrnoError(path_, "rename", errno);
  }
  committed_ = true;
  failed_ = false;
  // The rename itself is on disk only once the directory is.
  const int dir_fd = open(DirName(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    fsync(dir_fd);
    close(dir_fd);
  }
  return absl::OkStatus();
}

absl::Status WriteFileAtomically(const std::string& path, absl::string_view contents) {
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  absl::Status appended = (*file)->Append(contents);
  if (!appended.ok()) return appended;
  return (*file)->Commit();
}

}  // namespace quotes
