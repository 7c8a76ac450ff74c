#include "quotes/text/article_header.h"

#include <cstring>
#include <string>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "quotes/text/line_end.h"

namespace quotes {
namespace {

constexpr int kMaxHeaderLines = 200;

bool IsKey(absl::string_view key) {
  if (key.empty() || key.size() > 64) return false;
  for (char c : key) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '_' &&
        c != '-') {
      return false;
    }
  }
  return true;
}

// Sets one header field in `a`. The value is written into the field's own
// string (made on a's arena, if it has one), not copied there from another.
void SetField(Article& a, absl::string_view key, absl::string_view value) {
  auto set = [value](std::string* field) { field->assign(value.data(), value.size()); };
  std::string k = absl::AsciiStrToLower(key);
  if (k == "outlet") {
    set(a.mutable_outlet());
  } else if (k == "url") {
    set(a.mutable_url());
  } else if (k == "title") {
    set(a.mutable_title());
  } else if (k == "date") {
    set(a.mutable_date());
  } else if (k == "byline" || k == "author") {
    set(a.mutable_byline());
  } else if (k == "language" || k == "lang") {
    a.set_language(absl::AsciiStrToLower(value));
  } else if (k == "id") {
    set(a.mutable_id());
  } else {
    set(&(*a.mutable_extra())[k]);
  }
}

// Where the text starts: after a byte order mark, if it has one.
size_t TextStart(absl::string_view text) {
  return absl::StartsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
}

// A line of the text without the white space around it, and where the next
// line starts.
struct Line {
  absl::string_view text;
  size_t next;
};

Line LineAt(absl::string_view text, size_t pos) {
  const LineEnd e = FindLineEnd(text, pos, text.size(), /*may_hold_cr=*/true);
  return Line{absl::StripAsciiWhitespace(text.substr(pos, e.end - pos)), e.next};
}

// A header field as written: its key and its value, white space stripped.
struct Field {
  absl::string_view key;
  absl::string_view value;
};

// Where the body starts: after the header's `---` line, or at `start` when
// the text has no header. The header's fields go to *fields (when it has
// one; else *fields is left as it may be).
size_t BodyStart(absl::string_view text, size_t start,
                 absl::InlinedVector<Field, 16>* fields) {
  size_t pos = start;
  for (int line_no = 0; line_no < kMaxHeaderLines && pos < text.size();
       ++line_no) {
    const Line line = LineAt(text, pos);
    pos = line.next;
    if (line.text == "---") return pos;
    if (line.text.empty()) continue;
    size_t colon = line.text.find(':');
    if (colon == absl::string_view::npos) return start;
    const absl::string_view key = absl::StripAsciiWhitespace(line.text.substr(0, colon));
    if (!IsKey(key)) return start;
    fields->push_back(Field{key, absl::StripAsciiWhitespace(line.text.substr(colon + 1))});
  }
  return start;
}

}  // namespace

ByteSpan ParseArticleHeader(absl::string_view text, Article* article) {
  // The header is known to be one before its fields are set: a text that
  // turns out to have none must leave *article as it was.
  const size_t start = TextStart(text);
  absl::InlinedVector<Field, 16> fields;
  const size_t body = BodyStart(text, start, &fields);
  if (body != start) {
    for (const Field& f : fields) SetField(*article, f.key, f.value);
  }
  return ByteSpan{body, text.size()};
}

ArticleHeader ParseArticleHeader(absl::string_view text) {
  ArticleHeader out;
  out.body = ParseArticleHeader(text, &out.article);
  out.has_header = out.body.begin != TextStart(text);
  return out;
}

}  // namespace quotes
