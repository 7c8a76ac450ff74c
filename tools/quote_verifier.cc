#include "tools/quote_verifier.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <sstream>
#include <thread>

#include "google/protobuf/arena.h"
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
  // With --against the highlights are verdict colours, not quote kinds.
  HtmlReport report(out, {flags.against.empty() ? "Quote report"
                                                : "Quote verification",
                          /*kind_legend=*/flags.against.empty()});
  if (html) report.Begin();
  if (!flags.against.empty()) {
    const int code =
        RunVerifyAgainst(flags.against, args, **pipeline, *format,
                         flags.max_article_bytes, in, out, err,
                         html ? &report : nullptr);
    if (html) report.End();
    return code;
  }
  WriteOptions write_options;
  write_options.include_text = flags.include_text;
  int failed = 0;
  int processed = 0;
  const std::vector<std::string> inputs = ExpandInputs(args);

  // Reads and runs one input; called from the worker threads.
  struct Outcome {
    absl::Status status;
    // The record lives on its own arena: its many small parts are allocated
    // from it and freed with it.
    std::unique_ptr<google::protobuf::Arena> arena;
    ArticleQuotes* record = nullptr;
    std::vector<std::string> warnings;
  };
  auto process = [&](const std::string& path) {
    Outcome o;
    absl::StatusOr<std::string> bytes =
        ReadInput(path, flags.max_article_bytes, in);
    if (!bytes.ok()) {
      o.status = bytes.status();
      return o;
    }
    // A web page is reduced to its article text and metadata first.
    absl::StatusOr<ArticleInput> input = PrepareArticleInput(path, *std::move(bytes));
    if (!input.ok()) {
      o.status = input.status();  // its message names the file
      return o;
    }
    o.warnings = std::move(input->warnings);
    Article& meta = input->meta;
    // A file name need not be UTF-8; a record's fields must be.
    meta.set_source_path(ToValidUtf8(meta.source_path()));
    if (!flags.language.empty()) {
      meta.set_language(flags.language);
      meta.set_language_source(Article::CALLER);
    }
    o.arena = std::make_unique<google::protobuf::Arena>();
    o.record = google::protobuf::Arena::CreateMessage<ArticleQuotes>(o.arena.get());
    o.status = (*pipeline)->RunInto(input->text, meta, o.record);
    if (!o.status.ok()) {
      // The pipeline's message names the place; add the file.
      o.status = absl::Status(o.status.code(), path + ": " + std::string(o.status.message()));
    }
    return o;
  };

  // Inputs are processed a window at a time by all threads and written in
  // input order; memory stays flat however many inputs there are.
  const int threads = std::max(
      1, flags.threads > 0 ? flags.threads
                           : static_cast<int>(std::thread::hardware_concurrency()));
  const size_t window = static_cast<size_t>(threads) * 8;
  for (size_t begin = 0; begin < inputs.size(); begin += window) {
    const size_t end = std::min(inputs.size(), begin + window);
    std::vector<Outcome> outcomes(end - begin);
    std::atomic<size_t> next{begin};
    auto work = [&] {
      for (size_t i = next++; i < end; i = next++) {
        outcomes[i - begin] = process(inputs[i]);
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && t < static_cast<int>(end - begin); ++t) {
      pool.emplace_back(work);
    }
    work();
    for (std::thread& t : pool) t.join();

    for (size_t i = begin; i < end; ++i) {
      const std::string& path = inputs[i];
      Outcome& o = outcomes[i - begin];
      for (const std::string& warning : o.warnings) {
        err << "quote_verifier: " << path << ": " << warning << "\n";
      }
      if (!o.status.ok()) {
        ++failed;
        err << "quote_verifier: " << o.status.message() << "\n";
        if (html) {
          report.AddError(path, o.status);
        } else {
          WriteInputError(path, o.status, *format, out);
        }
        continue;
      }
      absl::Status written =
          html ? report.AddArticle(*o.record)
               : WriteArticleQuotes(*o.record, *format, out, write_options);
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
    if (flags.progress && inputs.size() > window) {
      err << "\rquote_verifier: " << end << "/" << inputs.size() << " inputs, "
          << failed << " failed" << (end == inputs.size() ? "\n" : "") << std::flush;
    }
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
