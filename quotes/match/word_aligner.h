// quotes/match/word_aligner.h
//
// Word-level alignment of a quote against a source passage: a fitting
// alignment (every quote word is placed; the source may start and end
// anywhere) with affine gaps on the source side, so that a quote lying inside
// a longer passage, a left-out run of words and a substituted word each cost
// what a reader would expect. An elision marker in the quote ("...") absorbs
// any run of source words for free; a bracketed word ("[Putin]") may replace
// source words or stand alone at a small cost.
//
// Example:
//
//   quotes::TokenSeq quote{quote_tokens, quote_text};
//   quotes::TokenSeq source{turn_tokens, transcript_text};
//   quotes::Alignment a = quotes::AlignWords(quote, 0, quote_tokens.size(),
//                                            source, 0, turn_tokens.size());
//   if (a.coverage() >= 0.5) { ... a.ops ... }
//
// Cost is O(quote words × source words) time and memory; callers give it a
// candidate passage found by ShingleIndex, never a whole corpus.
#ifndef QUOTES_MATCH_WORD_ALIGNER_H_
#define QUOTES_MATCH_WORD_ALIGNER_H_

#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/verification.pb.h"
#include "quotes/match/tokenizer.h"

namespace quotes {

// Tokens and the text their spans point into.
struct TokenSeq {
  absl::Span<const MatchToken> tokens;
  absl::string_view text;

  absl::string_view Surface(int i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
};

// One step of an alignment. Indices are into the TokenSeqs given to
// AlignWords (not relative to the ranges); -1 when absent.
struct AlignOp {
  DiffOp::Kind kind = DiffOp::KIND_UNSPECIFIED;
  int q = -1;      // quote token (absent for DELETE)
  int s = -1;      // first source token (absent for INSERT, pure BRACKET)
  int s_end = -1;  // one past the last source token; ELLIPSIS and BRACKET
                   // may cover several, the others one
};

// The result of AlignWords. `ops` are in quote order; a DELETE between two
// quote words is an unmarked gap, an ELLIPSIS a marked one.
struct Alignment {
  std::vector<AlignOp> ops;
  int matched = 0;      // quote words aligned EQUAL or EQUIVALENT
  int quote_words = 0;  // quote tokens that are words and not bracketed
  int source_begin = -1;  // first and one past the last source token
  int source_end = -1;    // aligned to a quote word (-1 when none)
  float score = 0;

  // matched / quote_words; 0 for a quote with no countable word.
  float coverage() const {
    return quote_words == 0 ? 0.0f : static_cast<float>(matched) / quote_words;
  }
};

// Aligns quote tokens [q_begin, q_end) inside source tokens [s_begin,
// s_end). Never fails: an empty range gives an alignment with no match.
// After the dynamic programme, an INSERT and a DELETE of the same word become
// one MOVED op, and DELETEs next to a bracketed word join its BRACKET op (the
// words the bracket replaces).
Alignment AlignWords(const TokenSeq& quote, int q_begin, int q_end,
                     const TokenSeq& source, int s_begin, int s_end);

// A run of unmatched quote words must be at least this long, and align this
// well, to be taken as a piece from elsewhere in the source (a splice) rather
// than as words the quote added.
inline constexpr int kMinPieceWords = 3;
inline constexpr float kMinPieceCoverage = 0.8f;

// AlignWords in [s_begin, s_end), then each run of ops without a match
// (INSERT, SUBSTITUTE, MOVED, DELETE) holding at least kMinPieceWords quote
// words is aligned again in each of `piece_ranges` (other candidate
// passages of the same document, say; [begin, end) token ranges); when it
// aligns with coverage of at least kMinPieceCoverage its best such alignment
// replaces the run. The result's ops may then
// run backwards or jump between passages in the source: ClassifyAlignment
// reads that as SPLICED. source_begin/source_end bound the matches inside
// [s_begin, s_end); `matched` counts every piece.
Alignment AlignWithPieces(const TokenSeq& quote, int q_begin, int q_end,
                          const TokenSeq& source, int s_begin, int s_end,
                          absl::Span<const std::pair<int, int>> piece_ranges);

}  // namespace quotes

#endif  // QUOTES_MATCH_WORD_ALIGNER_H_
