// Propagation macros for absl::Status, under the names upstream Abseil uses.
//
// Debian's Abseil (20220623) has no status macros; these follow the upstream
// definitions so that a later switch to upstream is a change of include only.
//
// Example:
//
//   absl::StatusOr<Lexicon> Load(absl::string_view path) {
//     ASSIGN_OR_RETURN(std::string tsv, ReadFile(path));
//     RETURN_IF_ERROR(Validate(tsv));
//     return Lexicon::FromTsv(tsv);
//   }
#ifndef QUOTES_STATUS_MACROS_H_
#define QUOTES_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Returns from the enclosing function with `expr`'s status when it is not OK.
#define RETURN_IF_ERROR(expr)                              \
  do {                                                     \
    const absl::Status quotes_status_macro_s_ = (expr);    \
    if (!quotes_status_macro_s_.ok()) return quotes_status_macro_s_; \
  } while (0)

#define QUOTES_MACRO_CONCAT_INNER_(x, y) x##y
#define QUOTES_MACRO_CONCAT_(x, y) QUOTES_MACRO_CONCAT_INNER_(x, y)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status, else
// moves the value into `lhs` (a declaration or an lvalue).
#define ASSIGN_OR_RETURN(lhs, rexpr) \
  QUOTES_ASSIGN_OR_RETURN_IMPL_(     \
      QUOTES_MACRO_CONCAT_(quotes_statusor_, __LINE__), lhs, rexpr)

#define QUOTES_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                  \
  if (!statusor.ok()) return std::move(statusor).status();  \
  lhs = std::move(statusor).value()

#endif  // QUOTES_STATUS_MACROS_H_
