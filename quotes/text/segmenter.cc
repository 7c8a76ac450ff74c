#include "quotes/text/segmenter.h"

#include <cstring>

namespace quotes {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// Line ends are \n, \r\n or \r; returns the position after the line end at
// `pos`, or `pos` when there is none.
size_t SkipNewline(absl::string_view text, size_t pos) {
  if (pos < text.size() && text[pos] == '\r') {
    return pos + 1 < text.size() && text[pos + 1] == '\n' ? pos + 2 : pos + 1;
  }
  if (pos < text.size() && text[pos] == '\n') return pos + 1;
  return pos;
}

ByteSpan Trim(absl::string_view text, ByteSpan s) {
  auto ws = [](char c) { return IsSpace(c) || c == '\n' || c == '\r'; };
  while (s.begin < s.end && ws(text[s.begin])) ++s.begin;
  while (s.end > s.begin && ws(text[s.end - 1])) --s.end;
  // No-break spaces (U+00A0, C2 A0) at the edges are white space too.
  while (s.end - s.begin >= 2 && text[s.begin] == '\xC2' &&
         text[s.begin + 1] == '\xA0') {
    s.begin += 2;
  }
  return s;
}

// A line of text[body], without its line end.
struct Line {
  ByteSpan span;
  bool blank;   // holds only spaces
  size_t next;  // where the next line starts (body.end after the last)
};

// The line that starts at `pos`, which is inside body; `has_cr`: whether
// the body holds a \r at all. Inline in each of SplitParagraphs' loops: it
// runs for every line, and the call cost as much as its work.
inline Line LineAt(absl::string_view text, ByteSpan body, size_t pos, bool has_cr) {
  // The line end by memchr, but for the empty line between paragraphs,
  // which is every other line of most texts; a line is blank when its
  // first byte that is not a space is its end.
  size_t end = pos;
  if (text.data()[pos] != '\n') {
    const char* nl = static_cast<const char*>(
        std::memchr(text.data() + pos, '\n', body.end - pos));
    end = nl == nullptr ? body.end : static_cast<size_t>(nl - text.data());
  }
  // A lone \r ends a line too (old Mac files): look for one only in this
  // line, which is short.
  if (has_cr) {
    const char* cr = static_cast<const char*>(std::memchr(text.data() + pos, '\r', end - pos));
    if (cr != nullptr) end = static_cast<size_t>(cr - text.data());
  }
  size_t first = pos;
  while (first < end && IsSpace(text[first])) ++first;
  size_t next = SkipNewline(text, end);
  if (next > body.end) next = body.end;
  if (next == end) next = end + 1;  // end == body.end
  return Line{ByteSpan{pos, end}, first == end, next};
}

}  // namespace

std::vector<ByteSpan> SplitParagraphs(absl::string_view text, ByteSpan body) {
  std::vector<ByteSpan> out;
  SplitParagraphs(text, body, &out);
  return out;
}

void SplitParagraphs(absl::string_view text, ByteSpan body, std::vector<ByteSpan>* out) {
  out->clear();
  // Whether a blank line follows text decides how the lines are read; it is
  // known from the first lines of most bodies, so the lines are read twice
  // rather than kept in a vector (an allocation or more per article).
  // Most texts have no \r: one search of the body, not one per line.
  const bool has_cr =
      std::memchr(text.data() + body.begin, '\r', body.end - body.begin) != nullptr;
  bool any_blank_between = false;
  bool seen_text = false;
  for (size_t pos = body.begin; pos < body.end && !any_blank_between;) {
    const Line l = LineAt(text, body, pos, has_cr);
    if (!l.blank) seen_text = true;
    if (l.blank && seen_text) any_blank_between = true;
    pos = l.next;
  }
  auto flush = [&](size_t b, size_t e) {
    if (b >= e) return;
    ByteSpan t = Trim(text, ByteSpan{b, e});
    if (!t.empty()) out->push_back(t);
  };
  if (!any_blank_between) {
    for (size_t pos = body.begin; pos < body.end;) {
      const Line l = LineAt(text, body, pos, has_cr);
      if (!l.blank) flush(l.span.begin, l.span.end);
      pos = l.next;
    }
    return;
  }
  size_t start = body.begin;
  bool open = false;
  size_t last_end = body.begin;
  for (size_t pos = body.begin; pos < body.end;) {
    const Line l = LineAt(text, body, pos, has_cr);
    if (l.blank) {
      if (open) flush(start, last_end);
      open = false;
    } else {
      if (!open) start = l.span.begin;
      open = true;
      last_end = l.span.end;
    }
    pos = l.next;
  }
  if (open) flush(start, last_end);
}

}  // namespace quotes
