// quotes/html/article_input.h
//
// The one call a tool makes to accept both article formats: a saved web page
// is reduced to its article text and metadata (article_extractor.h); a text
// article passes through unchanged for Pipeline::Run to parse its header.
//
// Example:
//
//   ASSIGN_OR_RETURN(quotes::ArticleInput input,
//                    quotes::PrepareArticleInput(path, std::move(bytes)));
//   ASSIGN_OR_RETURN(quotes::ArticleQuotes result,
//                    pipeline->Run(input.text, input.meta));
#ifndef QUOTES_HTML_ARTICLE_INPUT_H_
#define QUOTES_HTML_ARTICLE_INPUT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"
#include "quotes/html/article_extractor.h"

namespace quotes {

// What to hand to Pipeline::Run. A plain struct; copyable.
struct ArticleInput {
  std::string text;
  // For a web page the extracted metadata (text_origin HTML_EXTRACTED);
  // for text, empty but for source_path. source_path is always `path`.
  Article meta;
  bool is_html = false;
  // The extractor's warnings, for the tool to print.
  std::vector<std::string> warnings;
};

// True when `path` ends in .html, .htm or .xhtml (any case), or `bytes` look
// like a page by LooksLikeHtml().
bool IsHtmlInput(absl::string_view path, absl::string_view bytes);

// Prepares one input. Returns ExtractArticle()'s errors for a web page,
// prefixed with `path` ("page.html: no article text found in the page");
// never fails for text.
absl::StatusOr<ArticleInput> PrepareArticleInput(
    absl::string_view path, std::string bytes,
    const ExtractOptions& options = ExtractOptions());

}  // namespace quotes

#endif  // QUOTES_HTML_ARTICLE_INPUT_H_
