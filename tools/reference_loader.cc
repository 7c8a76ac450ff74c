#include "tools/reference_loader.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "quotes/match/transcript.h"
#include "quotes/status_macros.h"
#include "tools/article_io.h"

namespace quotes {

absl::StatusOr<Reference> LoadReference(const std::string& path,
                                        const Pipeline& pipeline,
                                        size_t max_bytes, std::istream& in) {
  ASSIGN_OR_RETURN(std::string bytes, ReadInput(path, max_bytes, in));
  if (LooksLikeTranscript(bytes)) {
    ASSIGN_OR_RETURN(Transcript t, ParseTranscript(std::move(bytes), path));
    return Reference(std::move(t));
  }
  Article meta;
  meta.set_source_path(path);
  absl::StatusOr<ArticleQuotes> result = pipeline.Run(bytes, meta);
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
