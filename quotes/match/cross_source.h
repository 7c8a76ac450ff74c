// quotes/match/cross_source.h
//
// Compares many reports of one event (and, optionally, transcripts of it):
// every quotation is clustered with the other outlets' renderings of the same
// utterance, each rendering gets a verdict against the cluster's source
// (the transcript passage when there is one, else the longest rendering),
// variants are dated to the outlet that published them first, and reports
// that are copies of one wire story are grouped. This is what
// `quote_compare FILE_OR_DIR...` prints.
//
// Example:
//
//   ASSIGN_OR_RETURN(quotes::ComparisonReport report,
//                    quotes::Compare({wire, reprint, daily, transcript}, {}));
//   for (const quotes::QuoteCluster& c : report.clusters()) {
//     // c.members(i).outlet(), c.members(i).verdict(), c.speakers_disagree()
//   }
//
// Two quotations join a cluster when the shorter aligns inside the longer
// with coverage of at least CompareOptions::min_cluster_coverage; clusters
// are the connected components of that relation.
#ifndef QUOTES_MATCH_CROSS_SOURCE_H_
#define QUOTES_MATCH_CROSS_SOURCE_H_

#include <vector>

#include "absl/status/statusor.h"
#include "proto/verification.pb.h"
#include "quotes/match/quote_matcher.h"
#include "quotes/match/reference_corpus.h"

namespace quotes {

struct CompareOptions {
  // The options are (defaults in parentheses):
  //
  //   match                 (MatchOptions())  retrieval and acceptance
  //   min_cluster_coverage  (0.6)  stricter than verification's 0.5, since a
  //                                wrong link merges two utterances
  //   min_copy_containment  (0.6)  share of the shorter body's word 5-grams
  //                                found in the other body for the two to
  //                                count as one story; independent reports
  //                                of testdata/event/ share under 0.15, the
  //                                trimmed reprint 0.9
  MatchOptions match;
  float min_cluster_coverage = 0.6f;
  float min_copy_containment = 0.6f;
};

// Clusters the quotations of `documents`. Returns InvalidArgumentError naming
// the file for invalid UTF-8 or spans outside a text. No documents, or
// documents without quotes, give an empty report.
absl::StatusOr<ComparisonReport> Compare(const std::vector<Reference>& documents,
                                         const CompareOptions& options);

// The same over a built corpus.
ComparisonReport CompareCorpus(const ReferenceCorpus& corpus,
                               const CompareOptions& options);

}  // namespace quotes

#endif  // QUOTES_MATCH_CROSS_SOURCE_H_
