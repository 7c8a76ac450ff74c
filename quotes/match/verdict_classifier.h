// quotes/match/verdict_classifier.h
//
// Turns a word alignment (word_aligner.h) into verdicts a reader can check:
// each Finding names what changed and where, in both documents.
//
// Example:
//
//   quotes::Alignment a = quotes::AlignWords(quote, 0, nq, source, b, e);
//   quotes::Verdicts v = quotes::ClassifyAlignment(quote, source, a);
//   // v.verdict == TRUNCATED, v.truncation == HEAD,
//   // v.diff_text == "we will not be rushed"
//
// The rules, in verdict order:
//   EQUIVALENT  an aligned word differs in bytes but not in key (case,
//               spelling variant, apostrophe), or the punctuation between two
//               adjacent aligned words differs
//   TRUNCATED   the first aligned source word does not start a sentence
//               (HEAD) or the last does not end one (TAIL). The last word of
//               every passage (a quote, a transcript turn) counts as ending a
//               sentence: reference builders set MatchToken::kSentenceEnd on it.
//   ELIDED      source words left out between aligned words: under an
//               elision marker (marked, acceptable) or not (flagged)
//   BRACKETED   bracketed quote words, with the source words they replace
//   ALTERED     SUBSTITUTE, INSERT and MOVED words, each listed
//   SPLICED     the aligned source words form more than one piece: the source
//               position runs backwards, or, without an elision marker, skips
//               more than kMaxUnmarkedElisionWords words or past the end of
//               a sentence (two sentences stitched into one)
// VERBATIM when none applies. MISATTRIBUTED, PARAPHRASE_ONLY and NOT_FOUND
// are decided by the caller (verifier.h), which knows the speakers.
#ifndef QUOTES_MATCH_VERDICT_CLASSIFIER_H_
#define QUOTES_MATCH_VERDICT_CLASSIFIER_H_

#include <string>
#include <vector>

#include "proto/verification.pb.h"
#include "quotes/match/word_aligner.h"

namespace quotes {

// An unmarked gap longer than this is read as a splice of two passages, not
// as an elision: a reader treats leaving out a clause (up to about a dozen
// words) as an elision, and joining sentences further apart as a new
// sentence the speaker never said. Chosen on testdata/event/.
inline constexpr int kMaxUnmarkedElisionWords = 12;

// What ClassifyAlignment found.
struct Verdicts {
  Verdict verdict = VERDICT_UNSPECIFIED;  // the highest in `findings`
  std::vector<Finding> findings;          // in verdict order, one per verdict
  Truncation truncation = NOT_TRUNCATED;
  std::vector<DiffOp> diff;               // the ops with surfaces and spans
  std::string diff_text;                  // "we [-will-]{+shall+} never"
};

// Classifies `alignment` of `quote` words against `source` words. An
// alignment with no matched word gets NOT_FOUND.
Verdicts ClassifyAlignment(const TokenSeq& quote, const TokenSeq& source,
                           const Alignment& alignment);

// Adds `finding` to `v` keeping the verdict order, and raises v->verdict.
void AddFinding(Finding finding, Verdicts* v);

// "verdict" as its proto enum name ("TRUNCATED").
const std::string& VerdictName(Verdict v);

}  // namespace quotes

#endif  // QUOTES_MATCH_VERDICT_CLASSIFIER_H_
