// GoogleTest matchers for absl::Status and absl::StatusOr, under the names
// upstream Abseil gives them (absl/status/status_matchers.h), which Debian's
// Abseil 20220623 lacks.
//
// Example:
//
//   EXPECT_THAT(Lexicon::FromFiles(files), IsOk());
//   EXPECT_THAT(reader.Read("missing.txt"),
//               StatusIs(absl::StatusCode::kNotFound));
//
// Following Abseil, there is no "is not OK" matcher: tests name the code.
#ifndef QUOTES_TESTING_STATUS_MATCHERS_H_
#define QUOTES_TESTING_STATUS_MATCHERS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"

namespace quotes {
namespace testing {

inline const absl::Status& GetStatus(const absl::Status& s) { return s; }
template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& s) {
  return s.status();
}

MATCHER(IsOk, "is OK") {
  const absl::Status& s = GetStatus(arg);
  if (!s.ok()) *result_listener << "status: " << s;
  return s.ok();
}

MATCHER_P(StatusIs, code,
          "has status code " + absl::StatusCodeToString(code)) {
  const absl::Status& s = GetStatus(arg);
  *result_listener << "status: " << s;
  return s.code() == code;
}

// Matches a non-OK status of `code` whose message contains `substr`.
MATCHER_P2(StatusIs, code, substr,
           "has status code " + absl::StatusCodeToString(code)) {
  const absl::Status& s = GetStatus(arg);
  *result_listener << "status: " << s;
  return s.code() == code &&
         s.message().find(std::string(substr)) != absl::string_view::npos;
}

}  // namespace testing
}  // namespace quotes

#endif  // QUOTES_TESTING_STATUS_MATCHERS_H_
