// quotes/output/html_report.h
//
// A report people can look at: the article text with every quote
// highlighted by kind, its speaker beside it, as one self-contained HTML page
// (inline CSS, no scripts, no fonts or images fetched from anywhere).
//
// Example:
//
//   quotes::HtmlReport report(std::cout);
//   report.Begin();
//   for (const quotes::ArticleQuotes& result : results) {
//     RETURN_IF_ERROR(report.AddArticle(result));
//   }
//   report.End();
//
// or, for one article, quotes::WriteHtmlReport(result, std::cout).
//
// What the page shows, per article: the metadata (title, outlet, date,
// byline, URL, source path, and whether the text was extracted from a web
// page), a count of quotes by kind, then the body paragraph by paragraph.
// In the text each quote, marks included, is a
//
//   <mark class="q kind-direct" id="a1-q3" data-kind="DIRECT"
//         data-speaker="Elena Marsh" title="...">“...”</mark><sup>3</sup>
//
// (kind-partial, kind-scare likewise; a nested quote is a <mark> inside its
// outer quote's), the speaker's mention is underlined and the cue dotted.
// Beside each paragraph a note per quote that opens in it gives the number,
// kind, speaker (with title), cue, rule and confidence. Diagnostics follow
// the text.
//
// With a verification (quote_verifier --against, AddVerification()), each
// quote's highlight takes its verdict's colour instead (class
// "verdict-altered", data-verdict="ALTERED"; the section's summary counts
// the quotes by verdict, each in its colour), and
// its note adds the verdict, the best evidence (outlet, passage, speaker), the
// word diff against it (<del> for the source's words the quote lacks, <ins>
// for the quote's own) and every finding, "!" for those a reader should be
// warned of.
//
// A comparison (quote_compare, AddComparison()) is one section per utterance:
// the source rendering, then a table with one row per document's rendering in
// the same columns (outlet, date, speaker, verdict as a colour, the rendering
// with the differing words marked), then the outlets' disagreements.
//
// Escaping is exact: every byte of article text, metadata and speaker names
// goes through HtmlEscape(), so article text never becomes markup.
#ifndef QUOTES_OUTPUT_HTML_REPORT_H_
#define QUOTES_OUTPUT_HTML_REPORT_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"
#include "proto/verification.pb.h"

namespace quotes {

// Returns `text` with & < > " ' replaced by character references, safe in
// element content and in quoted attribute values alike. Bytes that are not
// well-formed UTF-8 become U+FFFD, so the page is always valid UTF-8.
std::string HtmlEscape(absl::string_view text);

// Streams one HTML page holding any number of articles. Not thread-safe; the
// stream is borrowed and must outlive the report. Call Begin() once, then
// AddArticle()/AddError() in any number and order, then End() once.
class HtmlReport {
 public:
  struct Options {
    // The options are (defaults in parentheses):
    //
    //   title        ("Quote report")  the page's <title> and heading
    //   kind_legend  (true)            explain the quote-kind highlights
    //                                  under the heading; turn off for
    //                                  verifications and comparisons, whose
    //                                  colours are verdicts
    std::string title = "Quote report";
    bool kind_legend = true;
  };

  explicit HtmlReport(std::ostream& out);
  HtmlReport(std::ostream& out, Options options);

  // Writes the doctype, the <head> with the style sheet, and the legend.
  void Begin();

  // Writes one article's section. Returns InvalidArgumentError naming the
  // quote and field when a span does not lie within result.text() (begin <=
  // end <= text.size()); nothing is written then.
  absl::Status AddArticle(const ArticleQuotes& result);

  // As AddArticle(), with each quote's verdict from `report` (the
  // verification of `article`'s quotes; quotes it does not cover are shown
  // unverified). Returns InvalidArgumentError as AddArticle() does, and when
  // a QuoteVerification names a quote `article` does not have.
  absl::Status AddVerification(const ArticleQuotes& article,
                               const VerificationReport& report);

  // Writes the clusters of a comparison, one section per utterance. Never
  // fails.
  void AddComparison(const ComparisonReport& report);

  // Writes a section for an input that could not be processed.
  void AddError(absl::string_view path, const absl::Status& status);

  // Closes the page.
  void End();

 private:
  std::ostream& out_;
  Options options_;
  int sections_ = 0;
};

// Begin(), AddArticle(result), End(): a whole page for one article. On error
// nothing is written.
absl::Status WriteHtmlReport(const ArticleQuotes& result, std::ostream& out);

}  // namespace quotes

#endif  // QUOTES_OUTPUT_HTML_REPORT_H_
