// quote_verifier: finds the quotes in news articles and who said them.
// See tools/quote_verifier.h and README.md.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "tools/quote_verifier.h"

ABSL_FLAG(std::string, format, "table",
          "output: table (for people), json, jsonl (one object per input "
          "line), textproto, html (one self-contained page for a browser)");
ABSL_FLAG(std::string, language, "",
          "language of every input (BCP 47, e.g. de); default: the header's, "
          "else guessed from the text");
ABSL_FLAG(std::string, lexicon_dir, "",
          "read lexicons from this directory instead of the built-in ones");
ABSL_FLAG(int64_t, max_article_bytes, int64_t{64} << 20,
          "inputs larger than this are refused with an error");
ABSL_FLAG(std::string, output, "",
          "write the results to this file (atomically: complete or not at "
          "all) instead of standard output");
ABSL_FLAG(std::vector<std::string>, against, {},
          "comma-separated reference files or directories (other outlets' "
          "reports, transcripts): verify each quote against them");
ABSL_FLAG(int, threads, 0,
          "worker threads (0: one per core); output stays in input order");
ABSL_FLAG(bool, include_text, false,
          "json/textproto: include the whole article text in each record");

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "finds quotations in news articles and attributes them.\n"
      "usage: quote_verifier [--format=table|json|jsonl|textproto|html] "
      "[--against=FILE_OR_DIR,...] ARTICLE...\n"
      "ARTICLE is a text file, a saved web page (.html, or detected from its "
      "content), a directory of articles, or - for stdin.");
  std::vector<char*> rest = absl::ParseCommandLine(argc, argv);
  quotes::VerifierFlags flags;
  flags.format = absl::GetFlag(FLAGS_format);
  flags.language = absl::GetFlag(FLAGS_language);
  flags.lexicon_dir = absl::GetFlag(FLAGS_lexicon_dir);
  int64_t max_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  if (max_bytes <= 0) {
    std::cerr << "quote_verifier: --max_article_bytes must be positive\n";
    return 2;
  }
  flags.max_article_bytes = static_cast<size_t>(max_bytes);
  flags.include_text = absl::GetFlag(FLAGS_include_text);
  flags.output = absl::GetFlag(FLAGS_output);
  flags.threads = absl::GetFlag(FLAGS_threads);
  flags.progress = isatty(STDERR_FILENO) != 0;
  flags.against = absl::GetFlag(FLAGS_against);
  std::vector<std::string> args(rest.begin() + 1, rest.end());
  std::ios::sync_with_stdio(false);
  return quotes::RunVerifier(flags, args, std::cin, std::cout, std::cerr);
}
