// NFC normalization (ICU) that remembers where every byte came from.
//
// Almost all published text is already NFC; then Normalize() copies nothing
// and the map is the identity. Otherwise the text is normalized and an
// OffsetMap leads back from the normalized to the original bytes.
#ifndef QUOTES_TEXT_NORMALIZER_H_
#define QUOTES_TEXT_NORMALIZER_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "quotes/text/offset_map.h"

namespace quotes {

// The NFC form of a text. `text` views either the caller's input (identity)
// or `storage`; keep the NormalizedText and the input alive while using it.
// Not copyable: `text` may point into `storage`.
struct NormalizedText {
  NormalizedText() = default;
  NormalizedText(const NormalizedText&) = delete;
  NormalizedText& operator=(const NormalizedText&) = delete;

  absl::string_view text;
  std::string storage;
  OffsetMap map;
};

// Normalizes valid UTF-8 `text` to NFC into *out. Returns InternalError only
// when ICU fails (it does not for valid UTF-8).
absl::Status NormalizeNfc(absl::string_view text, NormalizedText* out);

namespace internal {
// True when every character of valid UTF-8 `text` is below U+0300 or
// between U+2002 and U+206F (Latin letters, the general punctuation of
// quotation marks and dashes): such text is NFC without asking ICU, since
// none of these characters decomposes or combines with another.
bool IsNfcByRange(absl::string_view text);
}  // namespace internal

}  // namespace quotes

#endif  // QUOTES_TEXT_NORMALIZER_H_
