// quotes/html/html_sniffer.h
//
// Tells a saved web page from a plain-text article by its first bytes, for
// tools that accept both. Cheap: looks at no more than the first 4 KiB.
//
// Example:
//
//   if (quotes::LooksLikeHtml(bytes)) {
//     ASSIGN_OR_RETURN(quotes::ExtractedPage page, quotes::ExtractArticle(bytes));
//     ...
//   }
#ifndef QUOTES_HTML_HTML_SNIFFER_H_
#define QUOTES_HTML_HTML_SNIFFER_H_

#include "absl/strings/string_view.h"

namespace quotes {

// Returns true when `bytes` start, after an optional UTF-8 byte-order mark,
// whitespace, comments (<!-- -->) and an XML declaration, with a doctype
// "<!DOCTYPE html" or the start tag of an element that begins web pages or
// page fragments (<html>, <head>, <body>, <meta>, <title>, <article>, <div>,
// <p>, ...). Case is ignored. Returns false for empty input, for text whose
// first non-space character is not '<' (so a `key: value` article header is
// never taken for HTML), and for data with a NUL byte in the part examined.
// Thread-safe; keeps no state.
bool LooksLikeHtml(absl::string_view bytes);

}  // namespace quotes

#endif  // QUOTES_HTML_HTML_SNIFFER_H_
