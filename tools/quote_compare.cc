#include "tools/quote_compare.h"

#include <memory>

#include "quotes/match/cross_source.h"
#include "quotes/match/report_writer.h"
#include "quotes/output/html_report.h"
#include "quotes/output/writer.h"
#include "quotes/pipeline.h"
#include "tools/article_io.h"
#include "tools/reference_loader.h"

namespace quotes {

int RunCompare(const CompareFlags& flags, const std::vector<std::string>& args,
               std::istream& in, std::ostream& out, std::ostream& err) {
  // --format=html is a page for people (quotes/output/html_report.h).
  const bool html = flags.format == "html";
  absl::StatusOr<Format> format =
      html ? absl::StatusOr<Format>(Format::kTable) : ParseFormat(flags.format);
  if (!format.ok()) {
    err << "quote_compare: " << format.status().message() << "\n";
    return 2;
  }
  if (args.empty()) {
    err << "quote_compare: no input (give report files or directories)\n";
    return 2;
  }
  Pipeline::Options options;
  options.max_article_bytes = flags.max_article_bytes;
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    err << "quote_compare: " << pipeline.status().message() << "\n";
    return 2;
  }
  int failed = 0;
  ReferenceCorpus corpus;
  for (const std::string& path : ExpandInputs(args)) {
    absl::StatusOr<Reference> ref =
        LoadReference(path, **pipeline, flags.max_article_bytes, in);
    absl::Status added = ref.ok() ? corpus.Add(*ref).status() : ref.status();
    if (!added.ok()) {
      ++failed;
      err << "quote_compare: " << added.message() << "\n";
    }
  }
  corpus.Build();
  const ComparisonReport report = CompareCorpus(corpus, CompareOptions());
  absl::Status written = absl::OkStatus();
  if (html) {
    HtmlReport page(out, {"Quote comparison", /*kind_legend=*/false});
    page.Begin();
    page.AddComparison(report);
    page.End();
  } else {
    written = WriteComparisonReport(report, *format, out);
  }
  out.flush();
  if (!written.ok()) {
    err << "quote_compare: " << written.message() << "\n";
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace quotes
