// quotes/pipeline.h
//
// Finds the direct and partial quotations in a news article and attributes
// each to its speaker. This is the library's front door.
//
// Example:
//
//   ASSIGN_OR_RETURN(std::unique_ptr<quotes::Pipeline> pipeline,
//                    quotes::Pipeline::Create());
//   ASSIGN_OR_RETURN(quotes::ArticleQuotes result, pipeline->Run(file_bytes));
//   for (const quotes::QuoteRecord& q : result.quotes()) {
//     // q.text() == result.text().substr(q.content().begin(),
//     //                                   q.content().end() - q.content().begin())
//     std::cout << q.speaker().name() << ": " << q.text() << "\n";
//   }
//
// Input is UTF-8 text, optionally starting with a `key: value` header ended by
// a line `---` (outlet, url, date, title, byline, language, id; see
// ../shared/eval/FORMAT.md). Paragraphs are separated by blank lines. CRLF and
// lone CR line ends are accepted. Every offset in the result is a byte offset
// into the input exactly as given (ArticleQuotes.text).
//
// What it does, in order (each step is its own component below quotes/):
//   text/       validate UTF-8, NFC-normalize (ICU) keeping an offset map,
//               split paragraphs; words, and sentences found on the words
//   detect/     find quotation marks (RE2), pair them, join quotes reopened
//               at each paragraph, classify DIRECT / PARTIAL / SCARE
//   attribute/  find each quote's speaker by a sieve of rules
//   record/     build the QuoteRecord protos with offsets into the input
#ifndef QUOTES_PIPELINE_H_
#define QUOTES_PIPELINE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"

namespace quotes {

class LanguageGuesser;
class Lexicon;
class QuoteDetector;
class SpeakerAttributor;

// The whole quote pipeline. Immutable after Create(); Run() is safe for
// concurrent use by multiple threads. Owns its lexicon and compiled patterns.
class Pipeline {
 public:
  struct Options {
    // The options are (defaults in parentheses):
    //
    //   default_language   ("en")      used when the header names none and the
    //                                  text is too short to guess from
    //   max_article_bytes  (64 MiB)    larger input is refused with
    //                                  ResourceExhaustedError
    //   max_quote_bytes    (64 KiB)    a "quote" longer than this is treated
    //                                  as a stray mark, not a quote
    //   lexicon_dir        ("")        load lexicons from this directory's
    //                                  *.tsv instead of the built-in ones
    std::string default_language = "en";
    size_t max_article_bytes = size_t{64} << 20;
    size_t max_quote_bytes = size_t{64} << 10;
    std::string lexicon_dir;
  };

  // Compiles the patterns and loads the lexicons once. Returns
  // InvalidArgumentError naming the file and line when a lexicon is malformed,
  // NotFoundError when `lexicon_dir` lacks a file.
  static absl::StatusOr<std::unique_ptr<Pipeline>> Create(Options options);
  static absl::StatusOr<std::unique_ptr<Pipeline>> Create();

  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs the pipeline over `text` (the article's bytes, header included).
  //
  // `meta` supplies source metadata; its non-empty fields override the
  // header's. When meta.text_origin() is HTML_EXTRACTED the text is taken as
  // body only and no header is parsed.
  //
  // Returns InvalidArgumentError for invalid UTF-8 (naming the byte offset)
  // and for text with NUL bytes (a binary file), ResourceExhaustedError for
  // text over Options::max_article_bytes. An article with no quotation marks
  // is not an error: the result has no quotes. Stray and unclosed marks never
  // fail the article; they are reported as Diagnostics.
  absl::StatusOr<ArticleQuotes> Run(absl::string_view text,
                                    const Article& meta = Article()) const;

  // As Run(), into *out (cleared first; on error its contents are
  // unspecified). For batch work *out can live on a google::protobuf::Arena:
  // a record's many small parts are then allocated from the arena and freed
  // with it, not one by one.
  absl::Status RunInto(absl::string_view text, const Article& meta,
                       ArticleQuotes* out) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  Pipeline(Options options, std::unique_ptr<Lexicon> lexicon,
           std::unique_ptr<QuoteDetector> detector,
           std::unique_ptr<SpeakerAttributor> attributor);

  Options options_;
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<QuoteDetector> detector_;
  std::unique_ptr<SpeakerAttributor> attributor_;
  std::unique_ptr<LanguageGuesser> guesser_;  // for bodies without a language
};

}  // namespace quotes

#endif  // QUOTES_PIPELINE_H_
