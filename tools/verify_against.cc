#include "tools/verify_against.h"

#include "quotes/match/report_writer.h"
#include "quotes/match/verifier.h"
#include "tools/article_io.h"
#include "tools/reference_loader.h"

namespace quotes {

int RunVerifyAgainst(const std::vector<std::string>& against,
                     const std::vector<std::string>& articles,
                     const Pipeline& pipeline, Format format,
                     size_t max_article_bytes, std::istream& in,
                     std::ostream& out, std::ostream& err, HtmlReport* html) {
  int failed = 0;
  std::vector<Reference> references;
  for (const std::string& path : ExpandInputs(against)) {
    absl::StatusOr<Reference> ref =
        LoadReference(path, pipeline, max_article_bytes, in);
    if (!ref.ok()) {
      ++failed;
      err << "quote_verifier: --against: " << ref.status().message() << "\n";
      continue;
    }
    references.push_back(*std::move(ref));
  }
  for (const std::string& path : ExpandInputs(articles)) {
    absl::StatusOr<Reference> article =
        LoadReference(path, pipeline, max_article_bytes, in);
    if (article.ok() && !std::holds_alternative<ArticleQuotes>(*article)) {
      article = absl::InvalidArgumentError(
          path + ": is a transcript; give it with --against");
    }
    std::vector<Reference> others;
    for (const Reference& r : references) {
      if (ReferencePath(r) != path) others.push_back(r);
    }
    absl::StatusOr<VerificationReport> report =
        article.ok() ? Verify(std::get<ArticleQuotes>(*article), others,
                              VerifyOptions())
                     : absl::StatusOr<VerificationReport>(article.status());
    absl::Status written =
        !report.ok() ? report.status()
        : html != nullptr
            ? html->AddVerification(std::get<ArticleQuotes>(*article), *report)
            : WriteVerificationReport(*report, format, out);
    if (!written.ok()) {
      ++failed;
      err << "quote_verifier: " << written.message() << "\n";
      if (html != nullptr) {
        html->AddError(path, written);
      } else {
        WriteInputError(path, written, format, out);
      }
    }
  }
  out.flush();
  return failed > 0 ? 1 : 0;
}

}  // namespace quotes
