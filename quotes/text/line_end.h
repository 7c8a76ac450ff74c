// Finding where a line ends, for the readers of line-based text: the
// article header and the paragraph splitter. A line ends at its first \n,
// or at a \r before that (a lone \r ends a line too, as in old Mac files);
// \r\n is one line end.
#ifndef QUOTES_TEXT_LINE_END_H_
#define QUOTES_TEXT_LINE_END_H_

#include <cstddef>
#include <cstring>

#include "absl/strings/string_view.h"

namespace quotes {

struct LineEnd {
  size_t end;   // where the line's text ends
  size_t next;  // where the next line starts: past the line end, or `limit`
};

// The end of the line that starts at text[pos], pos <= limit <= text.size(),
// looking no further than `limit`. `may_hold_cr` false: the caller knows
// [pos, limit) holds no \r, which is then not looked for. Inline: the
// paragraph splitter asks for every line, and a call cost as much as the
// work. memchr finds the \n (not find_first_of, which fills a table of 256
// bytes at every call), and a \r is looked for only before it.
inline LineEnd FindLineEnd(absl::string_view text, size_t pos, size_t limit, bool may_hold_cr) {
  const char* const p = text.data();
  size_t end = pos;
  // An empty line (every other line of most texts) needs no search.
  if (pos >= limit || p[pos] != '\n') {
    const void* nl = pos < limit ? std::memchr(p + pos, '\n', limit - pos) : nullptr;
    end = nl == nullptr ? limit : static_cast<size_t>(static_cast<const char*>(nl) - p);
  }
  if (may_hold_cr && end > pos) {
    const void* cr = std::memchr(p + pos, '\r', end - pos);
    if (cr != nullptr) end = static_cast<size_t>(static_cast<const char*>(cr) - p);
  }
  size_t next = end;
  if (end < limit) next += p[end] == '\r' && end + 1 < limit && p[end + 1] == '\n' ? 2 : 1;
  return LineEnd{end, next};
}

}  // namespace quotes

#endif  // QUOTES_TEXT_LINE_END_H_
