// Paragraphs of an article body (sentences are found on tokens: see
// sentences.h).
//
// Paragraphs are separated by blank lines (a line holding only white space);
// \n, \r\n and a lone \r all end a line. A body with no blank line at all but
// several lines is taken as one paragraph per line, as some exports write it.
#ifndef QUOTES_TEXT_SEGMENTER_H_
#define QUOTES_TEXT_SEGMENTER_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "quotes/text/byte_span.h"

namespace quotes {

// Returns the paragraphs of text[body], trimmed of surrounding white space,
// in order. Empty paragraphs are not returned.
std::vector<ByteSpan> SplitParagraphs(absl::string_view text, ByteSpan body);
// The same into *out (cleared first), whose memory a caller reading article
// after article can keep.
void SplitParagraphs(absl::string_view text, ByteSpan body, std::vector<ByteSpan>* out);

}  // namespace quotes

#endif  // QUOTES_TEXT_SEGMENTER_H_
