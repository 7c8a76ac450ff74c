// quote_verifier --against=FILE_OR_DIR,...: each article's quotes checked
// against reference documents (other outlets' reports, transcripts) with the
// verdicts of quotes/match/verifier.h, instead of the plain quote list.
#ifndef TOOLS_VERIFY_AGAINST_H_
#define TOOLS_VERIFY_AGAINST_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "quotes/output/html_report.h"
#include "quotes/output/writer.h"
#include "quotes/pipeline.h"

namespace quotes {

// Loads the references named by `against` (files or directories), then
// writes one VerificationReport per article of `articles` in `format`. An
// article is never checked against itself (a reference with the same path is
// skipped for it). Returns 0 when every input was read, 1 when an article or
// a reference could not be (each gets an error line on `err`; the rest are
// still verified). With `html` (--format=html) each report is added to that
// page instead of written in `format`; the caller begins and ends the page.
int RunVerifyAgainst(const std::vector<std::string>& against,
                     const std::vector<std::string>& articles,
                     const Pipeline& pipeline, Format format,
                     size_t max_article_bytes, std::istream& in,
                     std::ostream& out, std::ostream& err,
                     HtmlReport* html = nullptr);

}  // namespace quotes

#endif  // TOOLS_VERIFY_AGAINST_H_
