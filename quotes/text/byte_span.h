// A half-open byte range [begin, end) of a text, as used inside the library.
// (The proto's quotes::Span is the same idea on the wire.)
#ifndef QUOTES_TEXT_BYTE_SPAN_H_
#define QUOTES_TEXT_BYTE_SPAN_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace quotes {

struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
  // The bytes of `text` this span names. Requires end <= text.size().
  absl::string_view Of(absl::string_view text) const {
    return text.substr(begin, end - begin);
  }
  bool operator==(const ByteSpan& o) const {
    return begin == o.begin && end == o.end;
  }
};

}  // namespace quotes

#endif  // QUOTES_TEXT_BYTE_SPAN_H_
