#include "tools/quote_verifier.h"

#include <memory>
#include <sstream>

#include "quotes/html/article_input.h"
#include "quotes/output/html_report.h"
#include "quotes/output/writer.h"
#include "quotes/pipeline.h"
#include "quotes/text/utf8.h"
#include "tools/article_io.h"
#include "tools/atomic_file.h"
#include "tools/verify_against.h"

namespace quotes {

namespace {

int RunVerifierToFile(const VerifierFlags& flags,
                      const std::vector<std::string>& args, std::istream& in,
                      std::ostream& err);

}  // namespace

int RunVerifier(const VerifierFlags& flags, const std::vector<std::string>& args,
                std::istream& in, std::ostream& out, std::ostream& err) {
  if (!flags.output.empty()) return RunVerifierToFile(flags, args, in, err);
  // --format=html is a page for people (quotes/output/html_report.h); the
  // other formats are quotes/output/writer.h's.
  const bool html = flags.format == "html";
  absl::StatusOr<Format> format =
      html ? absl::StatusOr<Format>(Format::kTable) : ParseFormat(flags.format);
  if (!format.ok()) {
    err << "quote_verifier: " << format.status().message() << "\n";
    return 2;
  }
  if (args.empty()) {
    err << "quote_verifier: no input (give article files, directories, or - "
           "for standard input)\n";
    return 2;
  }
  Pipeline::Options options;
  options.lexicon_dir = flags.lexicon_dir;
  options.max_article_bytes = flags.max_article_bytes;
  absl::StatusOr<std::unique_ptr<Pipeline>> pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    err << "quote_verifier: " << pipeline.status().message() << "\n";
    return 2;
  }
  if (!flags.against.empty()) {
    return RunVerifyAgainst(flags.against, args, **pipeline, *format,
                            flags.max_article_bytes, in, out, err);
  }
  WriteOptions write_options;
  write_options.include_text = flags.include_text;
  HtmlReport report(out);
  if (html) report.Begin();
  int failed = 0;
  int processed = 0;
  const std::vector<std::string> inputs = ExpandInputs(args);
  for (const std::string& path : inputs) {
    absl::StatusOr<std::string> bytes =
        ReadInput(path, flags.max_article_bytes, in);
    absl::StatusOr<ArticleQuotes> result =
        bytes.ok() ? absl::StatusOr<ArticleQuotes>(ArticleQuotes())
                   : absl::StatusOr<ArticleQuotes>(bytes.status());
    if (bytes.ok()) {
      // A web page is reduced to its article text and metadata first.
      absl::StatusOr<ArticleInput> input =
          PrepareArticleInput(path, *std::move(bytes));
      if (!input.ok()) {
        result = input.status();  // its message names the file
      } else {
        for (const std::string& warning : input->warnings) {
          err << "quote_verifier: " << path << ": " << warning << "\n";
        }
        Article& meta = input->meta;
        // A file name need not be UTF-8; a record's fields must be.
        meta.set_source_path(ToValidUtf8(meta.source_path()));
        if (!flags.language.empty()) meta.set_language(flags.language);
        result = (*pipeline)->Run(input->text, meta);
        if (!result.ok()) {
          // The pipeline's message names the place; add the file.
          result = absl::Status(
              result.status().code(),
              path + ": " + std::string(result.status().message()));
        }
      }
    }
    if (!result.ok()) {
      ++failed;
      err << "quote_verifier: " << result.status().message() << "\n";
      if (html) {
        report.AddError(path, result.status());
      } else {
        WriteInputError(path, result.status(), *format, out);
      }
      continue;
    }
    absl::Status written =
        html ? report.AddArticle(*result)
             : WriteArticleQuotes(*result, *format, out, write_options);
    if (!written.ok()) {
      // The input still gets its one line: an error instead of the record.
      ++failed;
      written = absl::Status(written.code(),
                             path + ": " + std::string(written.message()));
      err << "quote_verifier: " << written.message() << "\n";
      if (html) {
        report.AddError(path, written);
      } else {
        WriteInputError(path, written, *format, out);
      }
      continue;
    }
    ++processed;
  }
  if (html) report.End();
  out.flush();
  if (inputs.size() > 1 || failed > 0) {
    err << "quote_verifier: " << inputs.size() << " inputs, " << processed
        << " processed, " << failed << " failed\n";
  }
  return failed > 0 ? 1 : 0;
}

namespace {

// --output=PATH. The file is created before any input is read, so that an
// unwritable path fails at once; the results are collected and committed at
// the end, so the file is never half-written.
int RunVerifierToFile(const VerifierFlags& flags,
                      const std::vector<std::string>& args, std::istream& in,
                      std::ostream& err) {
  absl::StatusOr<std::unique_ptr<AtomicFile>> file = AtomicFile::Create(flags.output);
  if (!file.ok()) {
    err << "quote_verifier: --output: " << file.status().message() << "\n";
    return 2;
  }
  VerifierFlags to_stream = flags;
  to_stream.output.clear();
  std::ostringstream results;
  const int code = RunVerifier(to_stream, args, in, results, err);
  absl::Status written = (*file)->Append(results.str());
  if (written.ok()) written = (*file)->Commit();
  if (!written.ok()) {
    err << "quote_verifier: --output: " << written.message() << "\n";
    return 2;
  }
  return code;
}

}  // namespace

}  // namespace quotes
