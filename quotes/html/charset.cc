#include "quotes/html/charset.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace internal {
namespace {

// Code points of windows-1252 bytes 0x80-0x9F (the rest equal Latin-1).
constexpr char32_t kHighControls[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The value after "charset=" in `text`, up to a quote, space, ';' or '>'.
std::string CharsetValue(absl::string_view text) {
  size_t at = absl::AsciiStrToLower(text).find("charset");
  if (at == std::string::npos) return "";
  text.remove_prefix(at + 7);
  text = absl::StripLeadingAsciiWhitespace(text);
  if (!absl::ConsumePrefix(&text, "=")) return "";
  text = absl::StripLeadingAsciiWhitespace(text);
  absl::ConsumePrefix(&text, "\"") || absl::ConsumePrefix(&text, "'");
  size_t end = text.find_first_of("\"'; \t\r\n>/");
  return absl::AsciiStrToLower(text.substr(0, end));
}

}  // namespace

std::string DeclaredCharset(absl::string_view html) {
  absl::string_view head = html.substr(0, 1024);
  // Every <meta ...> tag in the first 1024 bytes, in order.
  size_t pos = 0;
  while (pos < head.size()) {
    size_t meta = head.find("<meta", pos);
    size_t upper = head.find("<META", pos);
    meta = std::min(meta, upper);
    if (meta == absl::string_view::npos) break;
    size_t end = head.find('>', meta);
    if (end == absl::string_view::npos) end = head.size();
    std::string value = CharsetValue(head.substr(meta, end - meta));
    if (!value.empty()) return value;
    pos = end;
  }
  return "";
}

bool IsWindows1252Label(absl::string_view label) {
  constexpr absl::string_view kLabels[] = {
      "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
      "iso_8859-1", "iso88591", "latin1", "l1", "us-ascii", "ascii",
      "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "csisolatin1"};
  for (absl::string_view known : kLabels) {
    if (absl::EqualsIgnoreCase(label, known)) return true;
  }
  return false;
}

std::string Windows1252ToUtf8(absl::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (char c : bytes) {
    const unsigned char b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out += c;
    } else {
      AppendUtf8(b < 0xA0 ? kHighControls[b - 0x80] : char32_t{b}, &out);
    }
  }
  return out;
}

}  // namespace internal
}  // namespace quotes
