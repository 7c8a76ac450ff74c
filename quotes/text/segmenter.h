// Paragraphs and sentences of an article body.
//
// Paragraphs are separated by blank lines (a line holding only white space);
// \n, \r\n and a lone \r all end a line. A body with no blank line at all but
// several lines is taken as one paragraph per line, as some exports write it.
// Sentences come from ICU's sentence BreakIterator for the article's
// language, with the locale's abbreviation exceptions ("Sen.", "Dr.") so they
// do not end a sentence.
#ifndef QUOTES_TEXT_SEGMENTER_H_
#define QUOTES_TEXT_SEGMENTER_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "quotes/text/byte_span.h"
#include "unicode/brkiter.h"

namespace quotes {

// Returns the paragraphs of text[body], trimmed of surrounding white space,
// in order. Empty paragraphs are not returned.
std::vector<ByteSpan> SplitParagraphs(absl::string_view text, ByteSpan body);

// Sentence segmentation with ICU. Thread-safe: iterators are built once per
// language and cloned for each call.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();

  // Returns the sentences of text[range] (valid UTF-8), each trimmed of
  // white space, in order. A break after a word in `abbreviations` (lower
  // case with its period: "sen.") or after an initial ("J.") is not taken.
  // Returns InternalError when ICU cannot build an iterator for the language.
  absl::StatusOr<std::vector<ByteSpan>> Split(
      absl::string_view text, ByteSpan range, absl::string_view language,
      const absl::flat_hash_set<std::string>& abbreviations = {}) const;

 private:
  absl::StatusOr<std::unique_ptr<icu::BreakIterator>> Iterator(
      absl::string_view language) const;

  mutable absl::Mutex mu_;
  mutable std::map<std::string, std::unique_ptr<icu::BreakIterator>>
      prototypes_ ABSL_GUARDED_BY(mu_);
};

}  // namespace quotes

#endif  // QUOTES_TEXT_SEGMENTER_H_
