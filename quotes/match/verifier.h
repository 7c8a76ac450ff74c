// quotes/match/verifier.h
//
// Checks every quote of one article against reference documents (other
// outlets' reports, transcripts) and says, for each, how it was changed:
// the verdicts of verification.proto, the best evidence and a word diff.
// This is what `quote_verifier ARTICLE --against=FILE_OR_DIR...` prints.
//
// Example:
//
//   std::vector<quotes::Reference> refs = {other_report, transcript};
//   ASSIGN_OR_RETURN(quotes::VerificationReport report,
//                    quotes::Verify(article_quotes, refs, {}));
//   for (const quotes::QuoteVerification& q : report.quotes()) {
//     // q.verdict(), q.evidence().outlet(), q.diff_text()
//   }
//
// How a verdict is reached, per quote:
//   1. the best passage carrying the quote (quote_matcher.h: a transcript
//      turn first) gives the alignment verdicts (verdict_classifier.h);
//   2. MISATTRIBUTED is added when the article's speaker and the passage's
//      speaker resolve to different people (speaker_names.h);
//   3. with no such passage, a report sentence that paraphrases the quote
//      gives PARAPHRASE_ONLY; with none, NOT_FOUND.
#ifndef QUOTES_MATCH_VERIFIER_H_
#define QUOTES_MATCH_VERIFIER_H_

#include <vector>

#include "absl/status/statusor.h"
#include "proto/quote.pb.h"
#include "proto/verification.pb.h"
#include "quotes/match/quote_matcher.h"
#include "quotes/match/reference_corpus.h"

namespace quotes {

struct VerifyOptions {
  // The options are (defaults in parentheses):
  //
  //   match              (MatchOptions())  retrieval and acceptance
  //   skip_scare_quotes  (true)   SCARE quotes name a term, not speech: they
  //                               are left out of the report
  MatchOptions match;
  bool skip_scare_quotes = true;
};

// Verifies `article` against `references`. Returns InvalidArgumentError naming
// the file (Article.source_path) when a reference or the article has invalid
// UTF-8 or a span outside its text. An article without quotes gives a report
// without quotes; no references make every quote NOT_FOUND.
absl::StatusOr<VerificationReport> Verify(
    const ArticleQuotes& article, const std::vector<Reference>& references,
    const VerifyOptions& options);

// The same against an already built corpus (many articles, one corpus).
// `corpus` is only changed by interning the article's words.
absl::StatusOr<VerificationReport> VerifyAgainstCorpus(
    const ArticleQuotes& article, ReferenceCorpus* corpus,
    const VerifyOptions& options);

}  // namespace quotes

#endif  // QUOTES_MATCH_VERIFIER_H_
