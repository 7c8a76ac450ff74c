// quotes/match/quote_matcher.h
//
// Finds the passages of a ReferenceCorpus that carry a quote: retrieves
// candidates by shared word bigrams, aligns the quote inside each
// (AlignWithPieces, so a splice from two turns is recognised), keeps the
// alignments that match enough of the quote, and classifies each.
//
// Example:
//
//   std::vector<quotes::PassageMatch> found = quotes::MatchQuote(
//       corpus, quote_seq, 0, quote_seq.tokens.size(), /*exclude=*/-1,
//       quotes::MatchOptions());
//   if (!found.empty()) {
//     quotes::Evidence e = quotes::MakeEvidence(corpus, found[0]);
//   }
#ifndef QUOTES_MATCH_QUOTE_MATCHER_H_
#define QUOTES_MATCH_QUOTE_MATCHER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "proto/verification.pb.h"
#include "quotes/match/reference_corpus.h"
#include "quotes/match/verdict_classifier.h"
#include "quotes/match/word_aligner.h"

namespace quotes {

struct MatchOptions {
  // The options are (defaults in parentheses):
  //
  //   max_candidates      (8)    passages aligned per quote
  //   min_shared_fraction (0.25) ... skipping those sharing fewer word pairs
  //                              than this share of the best candidate's: a
  //                              passage sharing one common pair with the
  //                              quote is not worth an alignment (this halves
  //                              the benchmark's time, same verdicts)
  //   min_coverage        (0.5)  share of the quote's words a passage must
  //                              match (a quote half made up is no match)
  //   min_matched_words   (3)    ... and at least this many words, or all of
  //                              a shorter quote's words
  //   passage_kinds       (kQuotesAndTurns)  which passages to consider
  //   min_paraphrase_share (0.5) share of the quote's distinct content words
  //                              a reported-speech sentence must contain
  //   min_paraphrase_words (3)   ... and at least this many
  enum Kinds {
    kQuotes = ReferenceCorpus::kQuoteBit,
    kTurns = ReferenceCorpus::kTurnBit,
    kQuotesAndTurns = kQuotes | kTurns,
  };
  size_t max_candidates = 8;
  float min_shared_fraction = 0.25f;
  float min_coverage = 0.5f;
  int min_matched_words = 3;
  int passage_kinds = kQuotesAndTurns;
  float min_paraphrase_share = 0.5f;
  size_t min_paraphrase_words = 3;
};

// One passage that carries the quote.
struct PassageMatch {
  uint32_t passage = 0;
  Alignment alignment;
  Verdicts verdicts;
};

// The accepted matches of quote tokens [q_begin, q_end) of `quote` (tokenized
// with corpus.TokenizeQuery or taken from the corpus itself), none from
// `exclude_document` (-1: none). Best first: transcript turns before other
// outlets' quotes (a transcript is the primary source), then more matched
// words, then the less severe verdict. Empty when nothing carries it.
std::vector<PassageMatch> MatchQuote(const ReferenceCorpus& corpus,
                                     const TokenSeq& quote, int q_begin,
                                     int q_end, int exclude_document,
                                     const MatchOptions& options);

// The REPORTED_SPEECH passage that best paraphrases the quote, when one
// shares enough content words (see MatchOptions); its `alignment` is empty
// and its verdict PARAPHRASE_ONLY.
std::optional<PassageMatch> FindParaphrase(const ReferenceCorpus& corpus,
                                           absl::Span<const MatchToken> quote,
                                           int exclude_document,
                                           const MatchOptions& options);

// Adds a MISATTRIBUTED finding to `v` when `quoted` (the article's
// attribution) and `source_speaker` resolve to different people, with the
// detail "attributed to X; SOURCE_NAME gives Y". Nothing when either cannot
// be resolved (see SpeakerDirectory::Compare).
void CheckAttribution(const SpeakerDirectory& directory, const Speaker& quoted,
                      const Speaker& source_speaker,
                      absl::string_view source_name, Verdicts* v);

// The Evidence proto for a match: document, outlet, date, speaker, passage
// and matched spans, matched text and coverage.
Evidence MakeEvidence(const ReferenceCorpus& corpus, const PassageMatch& match);

}  // namespace quotes

#endif  // QUOTES_MATCH_QUOTE_MATCHER_H_
