#include "quotes/detect/dash_quotes.h"

#include <algorithm>

#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

namespace quotes {
namespace {

bool IsSpace(char32_t c) { return c == ' ' || c == 0xA0 || c == 0x202F || c == '\t'; }

class Scanner {
 public:
  Scanner(absl::string_view text, ByteSpan para, const std::vector<char32_t>& dashes)
      : text_(text), para_(para), dashes_(dashes) {}

  char32_t At(size_t pos, int* len = nullptr) const {
    if (pos >= para_.end) {
      if (len != nullptr) *len = 0;
      return 0;
    }
    char32_t c;
    int l = DecodeUtf8(text_, pos, &c);
    if (len != nullptr) *len = l;
    return c;
  }
  char32_t Before(size_t pos, int* len = nullptr) const {
    char32_t c = 0;
    int l = pos > para_.begin ? DecodeUtf8Before(text_, pos, &c) : 0;
    if (len != nullptr) *len = l;
    return c;
  }
  bool IsDash(char32_t c) const {
    return std::find(dashes_.begin(), dashes_.end(), c) != dashes_.end();
  }
  size_t SkipSpaces(size_t pos) const {
    int len;
    while (pos < para_.end && IsSpace(At(pos, &len))) pos += len;
    return pos;
  }
  // The next dash at or after `from` with white space before and a word
  // after it, or npos. Sets *len to its length, *mark to the character
  // before the white space and *mark_pos to where that character starts,
  // *word to where the word after it starts.
  size_t NextSpacedDash(size_t from, int* len, char32_t* mark, size_t* mark_pos,
                        size_t* word) const {
    for (size_t pos = from; pos < para_.end; pos += *len) {
      char32_t c = At(pos, len);
      int space;
      if (!IsDash(c) || !IsSpace(Before(pos, &space))) continue;
      int mark_len;
      *mark = Before(pos - space, &mark_len);
      *mark_pos = pos - space - mark_len;
      *word = SkipSpaces(pos + *len);
      if (*word > pos + *len && *word < para_.end) return pos;
    }
    return std::string::npos;
  }
  // The first dash at or after `from` that closes an utterance: preceded by
  // "[,!?…] " and followed by " <lower-case word>". Sets *content_end to
  // where the quote's words end (before a comma, after "!", "?", "…").
  size_t FindClosingDash(size_t from, size_t* content_end, int* dash_len) const {
    char32_t mark;
    size_t mark_pos, word;
    for (size_t pos = NextSpacedDash(from, dash_len, &mark, &mark_pos, &word);
         pos != std::string::npos;
         pos = NextSpacedDash(pos + *dash_len, dash_len, &mark, &mark_pos, &word)) {
      if (u_islower(At(word)) &&
          (mark == ',' || mark == '!' || mark == '?' || mark == 0x2026)) {
        *content_end = mark == ',' ? mark_pos : TrimEnd(pos);
        return pos;
      }
    }
    return std::string::npos;
  }
  // After a reporting clause: the next ". — " that opens the speaker's next
  // utterance; returns the position of its first word or npos.
  size_t FindContinuation(size_t from, ByteSpan* dash) const {
    int len;
    char32_t mark;
    size_t mark_pos, word;
    for (size_t pos = NextSpacedDash(from, &len, &mark, &mark_pos, &word);
         pos != std::string::npos;
         pos = NextSpacedDash(pos + len, &len, &mark, &mark_pos, &word)) {
      if (mark == '.' || mark == ':') {
        *dash = ByteSpan{pos, pos + static_cast<size_t>(len)};
        return word;
      }
    }
    return std::string::npos;
  }
  size_t TrimEnd(size_t end) const {
    int len;
    while (end > para_.begin && IsSpace(Before(end, &len))) end -= len;
    return end;
  }

 private:
  absl::string_view text_;
  ByteSpan para_;
  const std::vector<char32_t>& dashes_;
};

}  // namespace

std::vector<QuoteSpan> DetectDashQuotes(absl::string_view text,
                                        const std::vector<ByteSpan>& paragraphs,
                                        const std::vector<std::string>& dashes) {
  std::vector<char32_t> marks;
  for (const std::string& d : dashes) {
    char32_t c;
    if (!d.empty() && DecodeUtf8(d, 0, &c) == static_cast<int>(d.size())) {
      marks.push_back(c);
    }
  }
  std::vector<QuoteSpan> out;
  if (marks.empty()) return out;
  bool dialogue = false;  // the previous paragraph was a dash quote
  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const ByteSpan para = paragraphs[pi];
    Scanner s(text, para, marks);
    int dash_len;
    char32_t first = s.At(para.begin, &dash_len);
    size_t start = s.SkipSpaces(para.begin + dash_len);
    if (!s.IsDash(first) || start == para.begin + dash_len || start >= para.end) {
      dialogue = false;
      continue;
    }
    ByteSpan open{para.begin, para.begin + static_cast<size_t>(dash_len)};
    bool found = false;
    while (start != std::string::npos) {
      QuoteSpan q;
      q.open_mark = open;
      q.open = std::string(open.Of(text));
      q.first_paragraph = q.last_paragraph = static_cast<int>(pi);
      size_t content_end;
      int close_len;
      size_t close = s.FindClosingDash(start, &content_end, &close_len);
      size_t next = std::string::npos;
      if (close != std::string::npos) {
        q.content = ByteSpan{start, content_end};
        q.close_mark = ByteSpan{close, close + close_len};
        q.close = std::string(q.close_mark.Of(text));
        next = s.FindContinuation(q.close_mark.end, &open);
      } else if (found || dialogue) {
        q.content = ByteSpan{start, s.TrimEnd(para.end)};
        q.close_mark = ByteSpan{q.content.end, q.content.end};
      } else {
        break;
      }
      if (!q.content.empty()) {
        out.push_back(std::move(q));
        found = true;
      }
      start = next;
    }
    dialogue = found;
  }
  return out;
}

}  // namespace quotes
