// Fuzz target for reading an article: UTF-8 validation, the metadata header,
// NFC normalization with its offset map, and paragraph splitting.
//
// Invariants: the body lies inside the input; every normalized span maps back
// into the body in order; paragraphs are in order, disjoint, non-empty and
// inside the normalized text.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "quotes/fuzz/fuzz_check.h"
#include "quotes/text/article_header.h"
#include "quotes/text/normalizer.h"
#include "quotes/text/segmenter.h"
#include "quotes/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  if (!quotes::ValidateUtf8(text).ok()) return 0;

  const quotes::ArticleHeader header = quotes::ParseArticleHeader(text);
  FUZZ_CHECK(header.body.begin <= header.body.end);
  FUZZ_CHECK(header.body.end <= text.size());
  // Without a header the body is the whole text, less a UTF-8 byte order mark.
  const size_t bom = absl::StartsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
  FUZZ_CHECK(header.has_header || header.body.begin == bom);
  FUZZ_CHECK(header.body.begin >= bom);

  const absl::string_view body = header.body.Of(text);
  quotes::NormalizedText norm;
  FUZZ_CHECK(quotes::NormalizeNfc(body, &norm).ok());
  FUZZ_CHECK(quotes::ValidateUtf8(norm.text).ok());

  const std::vector<quotes::ByteSpan> paragraphs = quotes::SplitParagraphs(
      norm.text, quotes::ByteSpan{0, norm.text.size()});
  size_t previous_end = 0;
  for (const quotes::ByteSpan& p : paragraphs) {
    FUZZ_CHECK(p.begin >= previous_end);
    FUZZ_CHECK(p.begin < p.end);
    FUZZ_CHECK(p.end <= norm.text.size());
    previous_end = p.end;
    const quotes::ByteSpan o = norm.map.ToOriginal(p);
    FUZZ_CHECK(o.begin <= o.end);
    FUZZ_CHECK(o.end <= body.size());
  }
  return 0;
}
