#include "quotes/match/shingle_index.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"

namespace quotes {
namespace {

// splitmix64: a cheap, well-mixed 64-bit hash.
uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

std::vector<uint64_t> ShingleIndex::Shingles(
    absl::Span<const MatchToken> tokens) const {
  std::vector<uint32_t> keys;
  keys.reserve(tokens.size());
  for (const MatchToken& t : tokens) {
    if (t.is(MatchToken::kEllipsis) || t.is(MatchToken::kBracketed)) continue;
    if (options_.content_only && !t.is(MatchToken::kContent)) continue;
    keys.push_back(t.key);
  }
  std::vector<uint64_t> out;
  const size_t n = options_.shingle_words;
  for (size_t i = 0; i + n <= keys.size(); ++i) {
    uint64_t h = n;
    for (size_t k = 0; k < n; ++k) h = Mix(h ^ keys[i + k]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void ShingleIndex::Add(uint32_t passage, absl::Span<const MatchToken> tokens) {
  for (uint64_t h : Shingles(tokens)) postings_.emplace_back(h, passage);
}

void ShingleIndex::Build() {
  std::sort(postings_.begin(), postings_.end());
  bits_ = 1;
  while (bits_ < 32 && (size_t{1} << bits_) < postings_.size()) ++bits_;
  directory_.assign((size_t{1} << bits_) + 1, 0);
  for (const Posting& p : postings_) ++directory_[(p.first >> (64 - bits_)) + 1];
  for (size_t b = 1; b < directory_.size(); ++b) directory_[b] += directory_[b - 1];
}

std::pair<ShingleIndex::PostingIt, ShingleIndex::PostingIt> ShingleIndex::Find(
    uint64_t h) const {
  if (directory_.empty()) return {postings_.end(), postings_.end()};
  const size_t bucket = h >> (64 - bits_);
  PostingIt lo = postings_.begin() + directory_[bucket];
  const PostingIt end = postings_.begin() + directory_[bucket + 1];
  while (lo != end && lo->first < h) ++lo;
  PostingIt hi = lo;
  while (hi != end && hi->first == h) ++hi;
  return {lo, hi};
}

std::vector<ShingleIndex::Candidate> ShingleIndex::Lookup(
    absl::Span<const MatchToken> query, size_t max_candidates,
    uint32_t min_shared) const {
  // Rarest shingles first: they identify the passage; once the budget of
  // postings is spent, commoner shingles would only add noise and time.
  using Range = std::pair<PostingIt, PostingIt>;
  std::vector<Range> ranges;
  for (uint64_t h : Shingles(query)) {
    const auto [lo, hi] = Find(h);
    if (lo != hi && static_cast<size_t>(hi - lo) <= options_.max_postings) {
      ranges.emplace_back(lo, hi);
    }
  }
  std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) {
    return a.second - a.first < b.second - b.first;
  });
  size_t examined = 0;
  size_t used = 0;
  for (; used < ranges.size(); ++used) {
    const size_t n = ranges[used].second - ranges[used].first;
    if (examined > 0 && examined + n > options_.max_postings_per_query) break;
    examined += n;
  }
  absl::flat_hash_map<uint32_t, uint32_t> shared;
  shared.reserve(examined);
  for (size_t r = 0; r < used; ++r) {
    for (auto it = ranges[r].first; it != ranges[r].second; ++it) {
      ++shared[it->second];
    }
  }
  std::vector<Candidate> out;
  for (const auto& [passage, count] : shared) {
    if (count >= min_shared) out.push_back({passage, count});
  }
  auto better = [](const Candidate& a, const Candidate& b) {
    return a.shared != b.shared ? a.shared > b.shared : a.passage < b.passage;
  };
  if (out.size() > max_candidates) {
    std::partial_sort(out.begin(), out.begin() + max_candidates, out.end(),
                      better);
    out.resize(max_candidates);
  } else {
    std::sort(out.begin(), out.end(), better);
  }
  return out;
}

}  // namespace quotes
