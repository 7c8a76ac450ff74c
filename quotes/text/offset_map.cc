#include "quotes/text/offset_map.h"

#include <algorithm>

namespace quotes {

void OffsetMap::Add(size_t norm_len, size_t orig_len, bool changed) {
  if (norm_len == 0 && orig_len == 0) return;
  if (!changed && !segments_.empty() && !segments_.back().changed) {
    segments_.back().norm_len += norm_len;
    segments_.back().orig_len += orig_len;
  } else {
    segments_.push_back(
        Segment{norm_total_, orig_total_, norm_len, orig_len, changed});
  }
  norm_total_ += norm_len;
  orig_total_ += orig_len;
}

const OffsetMap::Segment* OffsetMap::Find(size_t norm) const {
  // The last segment starting at or before `norm`.
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), norm,
      [](size_t n, const Segment& s) { return n < s.norm_begin; });
  if (it == segments_.begin()) return nullptr;
  return &*(it - 1);
}

size_t OffsetMap::Map(size_t norm, bool is_end) const {
  if (segments_.empty()) return norm;
  if (norm >= norm_total_) return orig_total_ + (norm - norm_total_);
  const Segment* s = Find(norm);
  if (s == nullptr) return norm;
  const size_t delta = norm - s->norm_begin;
  if (!s->changed) return s->orig_begin + delta;
  // Inside a changed segment: a begin maps to its start, an end to its end.
  return is_end && delta > 0 ? s->orig_begin + s->orig_len : s->orig_begin;
}

}  // namespace quotes
