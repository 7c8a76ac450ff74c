#include "quotes/text/segmenter.h"

#include <cstring>

#include "quotes/text/line_end.h"

namespace quotes {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

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
// the body holds a \r at all.
inline Line LineAt(absl::string_view text, ByteSpan body, size_t pos, bool has_cr) {
  const LineEnd e = FindLineEnd(text, pos, body.end, has_cr);
  // Blank when its first byte that is not a space is its end.
  size_t first = pos;
  while (first < e.end && IsSpace(text[first])) ++first;
  return Line{ByteSpan{pos, e.end}, first == e.end, e.next};
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
