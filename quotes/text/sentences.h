// Sentence boundaries found on tokens, after the rules of Unicode's sentence
// segmentation (UAX #29, the rules ICU's sentence BreakIterator implements),
// but without a second pass over the bytes.
//
// A sentence ends after a terminal (. ! ? 。 …), the closing quotation
// marks and brackets right after it, and the space that follows; or at a
// line break. After a period it does not end when the next letter is lower
// case ("3 p.m. on Monday"), and after any terminal it does not end before
// a comma, colon, dash or another terminal ("Why?, he asked"). Periods that
// belong to a word (initials, "U.S.", the abbreviations given to the
// tokenizer) are inside word tokens and end nothing, which is what ICU's
// abbreviation exceptions do. Where dates are written with ordinals ("am
// 20. August"), an ordinal's period before a month name ends nothing either.
//
// The attribution rules need the sentence around each quote; the tokens are
// already there, so this costs a look at each punctuation token, where ICU
// would read every byte again.
#ifndef QUOTES_TEXT_SENTENCES_H_
#define QUOTES_TEXT_SENTENCES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "quotes/text/tokenizer.h"
#include "unicode/uchar.h"

namespace quotes {

// Returns the index one past the last token of each sentence of `tokens`
// (tokens of `text`, in order), in order; the last is tokens.size(). Empty
// when there are no tokens.
// `months`, when given, holds the month names (lower case) after which a
// period that follows a number of one or two digits ends no sentence.
std::vector<int> SentenceEnds(absl::string_view text, const std::vector<Token>& tokens,
                              const absl::flat_hash_set<std::string>* months = nullptr);
// The same into `*ends` (cleared first), so that a caller asking for many
// paragraphs can reuse one vector's memory.
void SentenceEndsInto(absl::string_view text, const std::vector<Token>& tokens,
                      const absl::flat_hash_set<std::string>* months, std::vector<int>* ends);

namespace internal {
// Unicode's Sentence_Break class of a punctuation code point.
USentenceBreak BreakClass(char32_t c);
}  // namespace internal

}  // namespace quotes

#endif  // QUOTES_TEXT_SENTENCES_H_
