// quotes/attribute/content_words.h
//
// The words of a quote's content as the quote-kind classifier counts them:
// how many (up to nine), how many of those are capitalized, whether the first
// letter is. A word here is a run of letters and digits, which apostrophes
// (' and U+2019) and hyphens continue; a run that begins with one of those
// counts no word ("'Twas" counts none, "U.S." counts two). This is not the
// tokenizer's notion of a word, and the classifier's thresholds were measured
// with it, so it stays as it is.
//
// Example:
//
//   ContentWords w = CountContentWords("Walk the Line");
//   // w.words == 3, w.capitalized_words == 2, w.first_upper == true
//
// Thread-safe: stateless functions.
#ifndef QUOTES_ATTRIBUTE_CONTENT_WORDS_H_
#define QUOTES_ATTRIBUTE_CONTENT_WORDS_H_

#include <cstddef>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"

namespace quotes {

// The counts of CountContentWords.
struct ContentWords {
  // The words counted; at most 9: the count stops at the tenth word's start,
  // as nothing the classifier asks tells nine words from more.
  int words = 0;
  // Of those, the ones whose first letter is upper or title case.
  int capitalized_words = 0;
  // The first word starts with an upper- or title-case letter and no letter
  // comes before it (not so for "'Twas").
  bool first_upper = false;

  bool operator==(const ContentWords& o) const {
    return words == o.words && capitalized_words == o.capitalized_words &&
           first_upper == o.first_upper;
  }
};

// Counts the words of `content` (UTF-8; an invalid byte is U+FFFD, no
// letter). Reads sixteen bytes at a time, the last ones too, and decodes
// only the characters among them that are not ASCII.
ContentWords CountContentWords(absl::string_view content);

// As CountContentWords, byte by byte, and calls run_end(begin, end) where each
// run of word characters ends, up to the tenth word's start: `end` is where
// the run ends, `begin` where the last word counted so far starts (0 before
// any), so that content.substr(begin, end - begin) is that word when the run
// began with it.
ContentWords ScanContentWords(absl::string_view content,
                              absl::FunctionRef<void(size_t begin, size_t end)> run_end);

}  // namespace quotes

#endif  // QUOTES_ATTRIBUTE_CONTENT_WORDS_H_
