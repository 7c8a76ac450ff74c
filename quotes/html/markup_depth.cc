#include "quotes/html/markup_depth.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/types/span.h"

namespace quotes {
namespace internal {
namespace {

// Elements that never hold children, or that the HTML5 tree builder closes
// by itself when a sibling starts; counting them would overstate the depth
// of ordinary pages with unclosed <p> and <li>.
constexpr absl::string_view kNotCounted[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
    "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
    "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    "a"};

// Elements whose content is text up to their end tag.
constexpr absl::string_view kRawText[] = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed",
    "noframes"};

bool OneOf(absl::string_view name, absl::Span<const absl::string_view> set) {
  for (absl::string_view s : set) {
    if (s == name) return true;
  }
  return false;
}

bool IsNameChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' ||
         c == ':' || c == '_';
}

}  // namespace

size_t EstimateNestingDepth(absl::string_view html, size_t limit) {
  std::vector<std::string> open;
  // How many of each name are on `open`, so that a stray end tag costs O(1)
  // instead of a walk down the whole stack.
  absl::flat_hash_map<std::string, size_t> open_count;
  size_t deepest = 0;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != absl::string_view::npos) {
    absl::string_view rest = html.substr(pos + 1);
    if (absl::StartsWith(rest, "!--")) {
      size_t end = html.find("-->", pos + 4);
      if (end == absl::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    const bool closing = absl::StartsWith(rest, "/");
    if (closing) rest.remove_prefix(1);
    size_t name_length = 0;
    while (name_length < rest.size() && IsNameChar(rest[name_length])) {
      ++name_length;
    }
    if (name_length == 0 ||
        !absl::ascii_isalpha(static_cast<unsigned char>(rest[0]))) {
      ++pos;  // "<!doctype", "<?xml", "a < b": not an element
      continue;
    }
    const std::string name =
        absl::AsciiStrToLower(rest.substr(0, name_length));
    // The tag ends at the first '>' outside a quoted attribute value.
    size_t at = pos + 1 + (closing ? 1 : 0) + name_length;
    char quote = 0;
    for (; at < html.size(); ++at) {
      const char c = html[at];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        break;
      }
    }
    if (at >= html.size()) break;
    const bool self_closing = html[at - 1] == '/';
    pos = at + 1;
    if (closing) {
      auto it = open_count.find(name);
      if (it == open_count.end() || it->second == 0) continue;
      while (!open.empty()) {
        std::string top = std::move(open.back());
        open.pop_back();
        --open_count[top];
        if (top == name) break;
      }
      continue;
    }
    if (OneOf(name, kRawText)) {
      // Skip to the matching end tag, ignoring case.
      const std::string end_tag = "</" + name;
      size_t end = pos;
      while (end < html.size()) {
        end = html.find("</", end);
        if (end == absl::string_view::npos) return deepest;
        if (absl::StartsWithIgnoreCase(html.substr(end), end_tag)) break;
        end += 2;
      }
      pos = end;
      continue;
    }
    if (self_closing || OneOf(name, kNotCounted)) continue;
    open.push_back(name);
    ++open_count[name];
    if (open.size() > deepest) {
      deepest = open.size();
      if (deepest > limit) return limit + 1;
    }
  }
  return deepest;
}

}  // namespace internal
}  // namespace quotes
