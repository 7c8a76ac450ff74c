// quote_compare: clusters the quotations of several reports of one event.
// See tools/quote_compare.h and README.md.
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "tools/quote_compare.h"

ABSL_FLAG(std::string, format, "table",
          "output: table (for people), json, jsonl (one line), textproto, "
          "html (one self-contained page for a browser)");
ABSL_FLAG(int64_t, max_article_bytes, int64_t{64} << 20,
          "inputs larger than this are refused with an error");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "clusters the quotations of several reports of one event.\n"
      "usage: quote_compare [--format=table|json|jsonl|textproto|html] "
      "FILE_OR_DIR...\n"
      "Reports are text files or saved web pages (.html, or detected from "
      "their content).\n"
      "Transcripts (NAME: words turns) are recognised and used as the source.");
  std::vector<char*> rest = absl::ParseCommandLine(argc, argv);
  quotes::CompareFlags flags;
  flags.format = absl::GetFlag(FLAGS_format);
  const int64_t max_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  if (max_bytes <= 0) {
    std::cerr << "quote_compare: --max_article_bytes must be positive\n";
    return 2;
  }
  flags.max_article_bytes = static_cast<size_t>(max_bytes);
  std::vector<std::string> args(rest.begin() + 1, rest.end());
  return quotes::RunCompare(flags, args, std::cin, std::cout, std::cerr);
}
