#include "quotes/text/article_header.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"

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

void SetField(Article& a, absl::string_view key, absl::string_view value) {
  std::string k = absl::AsciiStrToLower(key);
  std::string v(value);
  if (k == "outlet") {
    a.set_outlet(v);
  } else if (k == "url") {
    a.set_url(v);
  } else if (k == "title") {
    a.set_title(v);
  } else if (k == "date") {
    a.set_date(v);
  } else if (k == "byline" || k == "author") {
    a.set_byline(v);
  } else if (k == "language" || k == "lang") {
    a.set_language(absl::AsciiStrToLower(v));
  } else if (k == "id") {
    a.set_id(v);
  } else {
    (*a.mutable_extra())[k] = v;
  }
}

}  // namespace

ArticleHeader ParseArticleHeader(absl::string_view text) {
  ArticleHeader out;
  // A UTF-8 byte order mark is not text: header and body start after it.
  const size_t start = absl::StartsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
  out.body = ByteSpan{start, text.size()};
  Article header;
  size_t pos = start;
  for (int line_no = 0; line_no < kMaxHeaderLines && pos < text.size();
       ++line_no) {
    size_t nl = text.find_first_of("\r\n", pos);
    size_t line_end = nl == absl::string_view::npos ? text.size() : nl;
    size_t next = line_end;
    if (next < text.size()) {
      next += (text[next] == '\r' && next + 1 < text.size() &&
               text[next + 1] == '\n')
                  ? 2
                  : 1;
    }
    absl::string_view line =
        absl::StripAsciiWhitespace(text.substr(pos, line_end - pos));
    pos = next;
    if (line == "---") {
      out.article = std::move(header);
      out.body = ByteSpan{pos, text.size()};
      out.has_header = true;
      return out;
    }
    if (line.empty()) continue;
    size_t colon = line.find(':');
    if (colon == absl::string_view::npos) return out;
    absl::string_view key = absl::StripAsciiWhitespace(line.substr(0, colon));
    if (!IsKey(key)) return out;
    SetField(header, key, absl::StripAsciiWhitespace(line.substr(colon + 1)));
  }
  return out;
}

}  // namespace quotes
