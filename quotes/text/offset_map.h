// Maps byte offsets of a normalized text back to the text it came from.
//
// The normalized text is cut into segments, each either unchanged (bytes
// copied one to one) or changed (replaced as a whole, e.g. "e" + U+0301
// composed into "é"). An offset inside an unchanged segment maps exactly; an
// offset inside a changed segment maps to the segment's start (for a span's
// begin) or end (for a span's end), so a mapped span always covers the
// original bytes of what it names.
//
// Immutable once built; safe for concurrent reads.
#ifndef QUOTES_TEXT_OFFSET_MAP_H_
#define QUOTES_TEXT_OFFSET_MAP_H_

#include <cstddef>
#include <vector>

#include "quotes/text/byte_span.h"

namespace quotes {

class OffsetMap {
 public:
  // The identity map (the normalized text is the original).
  OffsetMap() = default;

  // Appends the next segment: `norm_len` normalized bytes standing for
  // `orig_len` original bytes. Segments are added in text order.
  void Add(size_t norm_len, size_t orig_len, bool changed);

  bool is_identity() const { return segments_.empty(); }

  // Maps a normalized offset to an original one; see the class comment.
  size_t ToOriginalBegin(size_t norm) const { return Map(norm, false); }
  size_t ToOriginalEnd(size_t norm) const { return Map(norm, true); }
  ByteSpan ToOriginal(ByteSpan norm) const {
    return ByteSpan{ToOriginalBegin(norm.begin), ToOriginalEnd(norm.end)};
  }

 private:
  struct Segment {
    size_t norm_begin;
    size_t orig_begin;
    size_t norm_len;
    size_t orig_len;
    bool changed;
  };
  const Segment* Find(size_t norm) const;
  size_t Map(size_t norm, bool is_end) const;

  std::vector<Segment> segments_;
  size_t norm_total_ = 0;
  size_t orig_total_ = 0;
};

}  // namespace quotes

#endif  // QUOTES_TEXT_OFFSET_MAP_H_
