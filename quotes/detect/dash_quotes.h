// quotes/detect/dash_quotes.h
//
// Finds quotes that have no quotation marks: the utterance a paragraph opens
// with a dash, as Russian news and dialogue write it,
//
//   — Мы готовы к диалогу, — сказал он журналистам. — Но не на любых условиях.
//     ^^^^^^^^^^^^^^^^^^^ quote 1                      ^^^^^^^^^^^^^^^^^^^^^^^ quote 2
//
// The dash must be one of the language's quote_dashes (see
// quotes/lexicon/data/README.md) and stand first in the paragraph, followed by
// a space. A quote ends at "[,!?…] — " followed by a lower-case word (the
// reporting clause: "— сказал он"); what follows that clause's sentence end
// and a dash ("… сказал он. — Но …") is a second quote of the same speaker. A
// paragraph that opens with a dash but has no reporting clause is a quote
// only when the paragraph before it was a dash quote too (a dialogue going
// on); otherwise it is a list item or a parenthesis, not speech.
//
// Spans: `open_mark` is the opening dash, `close_mark` the dash before the
// reporting clause (empty, at content.end, when there is none), `content` the
// words between them without the spaces and without a comma before the dash
// ("Мы готовы к диалогу"); a closing "!", "?" or "…" stays in the content.
//
// Thread-safety: stateless functions.
#ifndef QUOTES_DETECT_DASH_QUOTES_H_
#define QUOTES_DETECT_DASH_QUOTES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "quotes/detect/quote_detector.h"
#include "quotes/text/byte_span.h"

namespace quotes {

// Returns the dash-introduced quotes of text[paragraphs[i]] for all i, in text
// order, with first_paragraph == last_paragraph == i and depth 0. `dashes` are
// single code points (UTF-8); other entries are ignored. Returns no quotes
// when `dashes` is empty. Never fails.
std::vector<QuoteSpan> DetectDashQuotes(absl::string_view text,
                                        const std::vector<ByteSpan>& paragraphs,
                                        const std::vector<std::string>& dashes);

}  // namespace quotes

#endif  // QUOTES_DETECT_DASH_QUOTES_H_
