// quotes/match/report_writer.h
//
// Writes verification and comparison reports in the formats of
// quotes/output/writer.h: a readable layout for people (Format::kTable), the
// protobuf JSON mapping (one object, or one per line) and text proto.
//
// Example:
//
//   ASSIGN_OR_RETURN(quotes::Format format, quotes::ParseFormat("json"));
//   RETURN_IF_ERROR(quotes::WriteVerificationReport(report, format, std::cout));
//
// The readable layout of a verification report, one block per quote:
//
//   [2] ELIDED  "We will not be rushed into a deal and we ..."  (Halvorsen)
//       evidence: Ministry of Fisheries, transcript turn of Halvorsen
//       diff:     We will not be rushed into a deal [-that leaves ...-] and we
//       !         unmarked elision of 7 words: 'that leaves ... nets'
//
// "!" marks a finding a reader should be warned of, "·" an acceptable one.
#ifndef QUOTES_MATCH_REPORT_WRITER_H_
#define QUOTES_MATCH_REPORT_WRITER_H_

#include <ostream>

#include "absl/status/status.h"
#include "google/protobuf/message.h"
#include "proto/verification.pb.h"
#include "quotes/output/writer.h"

namespace quotes {

// Returns InternalError when JSON conversion fails (it does not for the
// messages the library builds).
absl::Status WriteVerificationReport(const VerificationReport& report,
                                     Format format, std::ostream& out);
absl::Status WriteComparisonReport(const ComparisonReport& report,
                                   Format format, std::ostream& out);

// Other formats of these messages: quotes::WriteMessage (quotes/output/writer.h).

}  // namespace quotes

#endif  // QUOTES_MATCH_REPORT_WRITER_H_
