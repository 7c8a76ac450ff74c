// Test helper: builds ArticleQuotes by hand, the way the pipeline would, so
// that matching is tested without depending on detection and attribution.
#ifndef QUOTES_MATCH_TEST_ARTICLES_H_
#define QUOTES_MATCH_TEST_ARTICLES_H_

#include <string>

#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"

namespace quotes {
namespace testing {

// Appends text to an article body; Quote() appends “text” and records it.
class ArticleBuilder {
 public:
  ArticleBuilder(absl::string_view outlet, absl::string_view date);

  ArticleBuilder& Text(absl::string_view text);
  // Appends “quote” attributed to `speaker` (a PERSON; empty: UNKNOWN).
  ArticleBuilder& Quote(absl::string_view quote, absl::string_view speaker,
                        absl::string_view title = "");
  ArticleQuotes Build() const;

 private:
  ArticleQuotes a_;
};

}  // namespace testing
}  // namespace quotes

#endif  // QUOTES_MATCH_TEST_ARTICLES_H_
