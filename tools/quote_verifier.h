// The quote_verifier tool as a library, so tests can run it in process.
//
//   quote_verifier [--format=table|json|jsonl|textproto|html] ARTICLE...
//   quote_verifier --against=FILE_OR_DIR[,...] ARTICLE...
//
// Each ARTICLE is a text file (optional `key: value` header and `---` line),
// a saved web page (.html/.htm, or recognized by its content; its article
// text is extracted, see quotes/html/article_extractor.h), a directory of
// them, or "-" for standard input. --format=html writes one self-contained
// page for all inputs (quotes/output/html_report.h). Every input yields one
// result, in input order: its quotes, or an error line naming the file.
#ifndef TOOLS_QUOTE_VERIFIER_H_
#define TOOLS_QUOTE_VERIFIER_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace quotes {

struct VerifierFlags {
  std::string format = "table";
  std::string language;     // overrides the header's and the guess
  std::string lexicon_dir;  // overrides the built-in lexicons
  size_t max_article_bytes = size_t{64} << 20;
  bool include_text = false;
  // When set, results go to this file instead of `out`, written atomically:
  // the file appears, complete, only when the run ends (see atomic_file.h).
  std::string output;
  // Worker threads; 0 means one per core. Output order is input order
  // whatever the number.
  int threads = 0;
  // Show "N/M inputs" on `err` while working (the main sets it when stderr
  // is a terminal).
  bool progress = false;
  // Reference files or directories: when given, each article's quotes are
  // verified against them (tools/verify_against.h) instead of listed.
  std::vector<std::string> against;
};

// Runs the tool. Returns the exit code: 0 when every input was processed,
// 1 when at least one input could not be (each such input still gets its
// error line in the output), 2 on a usage error (bad flag value, no inputs,
// lexicon that does not load, an --output file that cannot be written).
// Results go to `out` (or flags.output), messages to `err`.
int RunVerifier(const VerifierFlags& flags, const std::vector<std::string>& args,
                std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace quotes

#endif  // TOOLS_QUOTE_VERIFIER_H_
