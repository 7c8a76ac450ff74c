// quotes/testing/exact_copy.h
//
// A copy of a string in a heap block of exactly its size, for tests of
// scans that read many bytes at once: AddressSanitizer then reports any read
// past the end, which a std::string's spare capacity (or its inline buffer)
// would hide.
//
// Example:
//
//   const ExactCopy copy("some text");
//   EXPECT_EQ(SkipAscii(copy.view(), 0), copy.view().size());
#ifndef QUOTES_TESTING_EXACT_COPY_H_
#define QUOTES_TESTING_EXACT_COPY_H_

#include <algorithm>
#include <cstddef>
#include <memory>

#include "absl/strings/string_view.h"

namespace quotes {
namespace testing {

// Owns its copy; view() is valid while the ExactCopy lives. Not copyable.
class ExactCopy {
 public:
  explicit ExactCopy(absl::string_view s) : bytes_(new char[s.size()]), size_(s.size()) {
    std::copy(s.begin(), s.end(), bytes_.get());
  }
  absl::string_view view() const { return absl::string_view(bytes_.get(), size_); }

 private:
  std::unique_ptr<char[]> bytes_;
  size_t size_;
};

}  // namespace testing
}  // namespace quotes

#endif  // QUOTES_TESTING_EXACT_COPY_H_
