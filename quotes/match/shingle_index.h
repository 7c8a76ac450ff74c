// quotes/match/shingle_index.h
//
// Candidate retrieval for quote matching: an inverted index from word
// n-grams ("shingles") of matching keys to the passages that contain them.
// A quote is aligned only against the few passages that share most shingles
// with it, so verifying N quotes against M passages costs about
// O(N + M log M) (the log for sorting the postings once), not O(N × M).
//
// Example:
//
//   quotes::ShingleIndex index(quotes::ShingleIndex::Options{});
//   index.Add(0, turn_tokens);
//   index.Add(1, other_outlet_quote_tokens);
//   index.Build();
//   for (const auto& c : index.Lookup(quote_tokens)) { ... c.passage ... }
//
// Elision markers and bracketed words are left out of shingles, so a shingle
// spans the words around a "[…]"; a quote with an inserted or changed word
// still shares the shingles on either side of it.
#ifndef QUOTES_MATCH_SHINGLE_INDEX_H_
#define QUOTES_MATCH_SHINGLE_INDEX_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/types/span.h"
#include "quotes/match/tokenizer.h"

namespace quotes {

// An inverted index of passages. Add() then Build() from one thread; after
// Build() the index is immutable and Lookup() is safe for concurrent use.
class ShingleIndex {
 public:
  struct Options {
    // The options are (defaults in parentheses):
    //
    //   shingle_words   (2)     words per shingle; 1 indexes single words
    //   content_only    (false) index only MatchToken::kContent words (for
    //                           reported speech, where word order changes)
    //   max_postings    (256)   a shingle in more passages than this is too
    //                           common to discriminate and is skipped at
    //                           lookup ("of the")
    //   max_postings_per_query (1024)  lookup reads the query's shingles
    //                           rarest first and stops before reading more
    //                           postings than this (the rarest always): the
    //                           lookup cost stays flat as the corpus grows
    int shingle_words = 2;
    bool content_only = false;
    size_t max_postings = 256;
    size_t max_postings_per_query = 1024;
  };

  struct Candidate {
    uint32_t passage = 0;
    uint32_t shared = 0;  // distinct query shingles the passage contains
  };

  explicit ShingleIndex(Options options) : options_(options) {}

  // Adds the shingles of `tokens` for passage `passage` (any caller id).
  void Add(uint32_t passage, absl::Span<const MatchToken> tokens);
  // Sorts the postings and builds their directory; call once after the last
  // Add().
  void Build();

  // Passages sharing at least `min_shared` distinct shingles with `query`, the
  // most shared first (ties: lower id first), at most `max_candidates`.
  // Empty when the query has no shingle.
  std::vector<Candidate> Lookup(absl::Span<const MatchToken> query,
                                size_t max_candidates,
                                uint32_t min_shared = 1) const;

  // Distinct shingles of `tokens` as hashes (exposed for tests and for
  // containment between documents).
  std::vector<uint64_t> Shingles(absl::Span<const MatchToken> tokens) const;

  size_t postings() const { return postings_.size(); }

 private:
  using Posting = std::pair<uint64_t, uint32_t>;  // (shingle, passage)
  using PostingIt = std::vector<Posting>::const_iterator;

  // The postings of shingle `h`: an empty range when none.
  std::pair<PostingIt, PostingIt> Find(uint64_t h) const;

  Options options_;
  std::vector<Posting> postings_;  // sorted by Build()
  // Radix directory over the sorted postings: the postings whose shingle's
  // top `bits_` bits are b are [directory_[b], directory_[b + 1]). With about
  // one bucket per posting a lookup touches two cache lines, where a binary
  // search over millions of postings touches twenty.
  int bits_ = 1;
  std::vector<uint32_t> directory_;
};

}  // namespace quotes

#endif  // QUOTES_MATCH_SHINGLE_INDEX_H_
