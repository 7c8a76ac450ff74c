// quotes/html/charset.h
//
// Saved pages are not always UTF-8: older sites still serve windows-1252
// (which browsers also use for pages labelled iso-8859-1 or us-ascii, as the
// WHATWG Encoding Standard prescribes). This reads the page's declared
// encoding and converts those pages to UTF-8 before parsing.
// Internal to quotes/html.
#ifndef QUOTES_HTML_CHARSET_H_
#define QUOTES_HTML_CHARSET_H_

#include <string>

#include "absl/strings/string_view.h"

namespace quotes {
namespace internal {

// The encoding label a page declares in its first 1024 bytes (<meta
// charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=...">), lower-cased and trimmed; "" when it declares none.
std::string DeclaredCharset(absl::string_view html);

// True for the labels browsers decode as windows-1252: "windows-1252",
// "cp1252", "iso-8859-1", "latin1", "us-ascii", "ascii" and the other
// aliases of the Encoding Standard.
bool IsWindows1252Label(absl::string_view label);

// Converts windows-1252 bytes to UTF-8. Never fails: the five bytes the code
// page leaves undefined map to the C1 controls of the same value, as
// browsers do.
std::string Windows1252ToUtf8(absl::string_view bytes);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_HTML_CHARSET_H_
