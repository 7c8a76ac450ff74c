#include "quotes/html/html_sniffer.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"

namespace quotes {
namespace {

constexpr size_t kSniffBytes = 4096;

// Elements a saved page or a page fragment starts with. Anything else after
// a '<' (a plain-text article opening with "<b>"? an e-mail address in angle
// brackets?) is not enough evidence.
constexpr absl::string_view kLeadingTags[] = {
    "html",   "head",   "body", "meta", "title", "link",    "base",
    "script", "style",  "main", "article", "section", "header", "nav",
    "div",    "p",      "h1",   "h2",   "h3",    "table",   "noscript"};

bool IsTagNameEnd(char c) {
  return c == '>' || c == '/' || absl::ascii_isspace(static_cast<unsigned char>(c));
}

// Drops everything up to and including the next `end` from `text`; returns
// false when `end` does not follow in `text`.
bool SkipBlock(absl::string_view& text, absl::string_view end) {
  size_t at = text.find(end);
  if (at == absl::string_view::npos) return false;
  text.remove_prefix(at + end.size());
  return true;
}

}  // namespace

bool LooksLikeHtml(absl::string_view bytes) {
  absl::string_view text = bytes.substr(0, kSniffBytes);
  if (text.find('\0') != absl::string_view::npos) return false;
  absl::ConsumePrefix(&text, "\xEF\xBB\xBF");
  while (true) {
    text = absl::StripLeadingAsciiWhitespace(text);
    if (absl::StartsWith(text, "<!--")) {
      if (!SkipBlock(text, "-->")) return false;
    } else if (absl::StartsWithIgnoreCase(text, "<?xml")) {
      if (!SkipBlock(text, "?>")) return false;
    } else {
      break;
    }
  }
  if (!absl::ConsumePrefix(&text, "<")) return false;
  if (absl::StartsWithIgnoreCase(text, "!doctype")) {
    text.remove_prefix(8);
    return absl::StartsWithIgnoreCase(absl::StripLeadingAsciiWhitespace(text),
                                      "html");
  }
  for (absl::string_view tag : kLeadingTags) {
    if (absl::StartsWithIgnoreCase(text, tag) &&
        (text.size() == tag.size() || IsTagNameEnd(text[tag.size()]))) {
      return true;
    }
  }
  return false;
}

}  // namespace quotes
