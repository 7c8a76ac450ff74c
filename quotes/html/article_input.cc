#include "quotes/html/article_input.h"

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "quotes/html/html_sniffer.h"

namespace quotes {

bool IsHtmlInput(absl::string_view path, absl::string_view bytes) {
  for (absl::string_view extension : {".html", ".htm", ".xhtml"}) {
    if (absl::EndsWithIgnoreCase(path, extension)) return true;
  }
  return LooksLikeHtml(bytes);
}

absl::StatusOr<ArticleInput> PrepareArticleInput(absl::string_view path,
                                                 std::string bytes,
                                                 const ExtractOptions& options) {
  ArticleInput input;
  if (!IsHtmlInput(path, bytes)) {
    input.text = std::move(bytes);
    input.meta.set_source_path(std::string(path));
    return input;
  }
  absl::StatusOr<ExtractedPage> page = ExtractArticle(bytes, options);
  if (!page.ok()) {
    return absl::Status(page.status().code(),
                        absl::StrCat(path, ": ", page.status().message()));
  }
  input.is_html = true;
  input.text = std::move(page->text);
  input.meta = std::move(page->article);
  input.meta.set_source_path(std::string(path));
  input.warnings = std::move(page->warnings);
  return input;
}

}  // namespace quotes
