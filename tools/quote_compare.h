// The quote_compare tool as a library, so tests can run it in process.
//
//   quote_compare [--format=table|json|jsonl|textproto|html] FILE_OR_DIR...
//
// Reads several outlets' reports of one event (text files or saved web pages,
// see quotes/html/article_input.h; and transcripts, recognised by their
// speaker turns or a `type: transcript` header), clusters every
// quotation with the other renderings of the same utterance and prints, per
// cluster, each outlet's rendering, its speaker and verdict, the variants and
// who published each first, and which reports are copies of one wire story
// (quotes/match/cross_source.h). --format=html writes one self-contained page
// with a section per utterance (quotes/output/html_report.h).
#ifndef TOOLS_QUOTE_COMPARE_H_
#define TOOLS_QUOTE_COMPARE_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace quotes {

struct CompareFlags {
  std::string format = "table";
  size_t max_article_bytes = size_t{64} << 20;
};

// Runs the tool. Returns the exit code: 0 when every input was read, 1 when
// some could not be (each gets an error line on `err`; the rest are still
// compared), 2 on a usage error (bad --format, no inputs). The report goes
// to `out`.
int RunCompare(const CompareFlags& flags, const std::vector<std::string>& args,
               std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace quotes

#endif  // TOOLS_QUOTE_COMPARE_H_
