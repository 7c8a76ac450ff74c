// Reads the optional metadata header of a plain-text article:
//
//   outlet: The Example Times
//   date: 2022-01-21
//   language: en
//   ---
//   Body text. Paragraphs are separated by blank lines.
//
// (see ../shared/eval/FORMAT.md). A text has a header only when a line that is
// exactly `---` appears within its first 200 lines and every non-blank line
// before it is `key: value`; anything else is all body. A leading UTF-8 byte
// order mark (EF BB BF) is skipped: it belongs to neither header nor body.
#ifndef QUOTES_TEXT_ARTICLE_HEADER_H_
#define QUOTES_TEXT_ARTICLE_HEADER_H_

#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"
#include "quotes/text/byte_span.h"

namespace quotes {

struct ArticleHeader {
  // outlet, url, title, date, byline (or `author:`), language, id, and every
  // other key in `extra`. Fields the header does not give stay empty.
  Article article;
  // Where the body starts and ends in the text (the whole text when there is
  // no header). Never fails: malformed headers are simply body.
  ByteSpan body;
  bool has_header = false;
};

ArticleHeader ParseArticleHeader(absl::string_view text);
// The same with the header's fields set in *article (other fields are left
// as they are; none are set when there is no header), returning the body.
// An *article on an arena gets its fields made there.
ByteSpan ParseArticleHeader(absl::string_view text, Article* article);

}  // namespace quotes

#endif  // QUOTES_TEXT_ARTICLE_HEADER_H_
