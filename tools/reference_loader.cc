#include "tools/reference_loader.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "quotes/html/article_input.h"
#include "quotes/match/transcript.h"
#include "quotes/status_macros.h"
#include "tools/article_io.h"

namespace quotes {

absl::StatusOr<Reference> LoadReference(const std::string& path,
                                        const Pipeline& pipeline,
                                        size_t max_bytes, std::istream& in) {
  ASSIGN_OR_RETURN(std::string bytes, ReadInput(path, max_bytes, in));
  if (!IsHtmlInput(path, bytes) && LooksLikeTranscript(bytes)) {
    ASSIGN_OR_RETURN(Transcript t, ParseTranscript(std::move(bytes), path));
    return Reference(std::move(t));
  }
  // A web page is reduced to its article text and metadata first.
  ASSIGN_OR_RETURN(ArticleInput input,
                   PrepareArticleInput(path, std::move(bytes)));
  absl::StatusOr<ArticleQuotes> result = pipeline.Run(input.text, input.meta);
  if (!result.ok()) {
    return absl::Status(result.status().code(),
                        absl::StrCat(path, ": ", result.status().message()));
  }
  return Reference(*std::move(result));
}

const std::string& ReferencePath(const Reference& reference) {
  if (const auto* a = std::get_if<ArticleQuotes>(&reference)) {
    return a->article().source_path();
  }
  return std::get<Transcript>(reference).article.source_path();
}

}  // namespace quotes
