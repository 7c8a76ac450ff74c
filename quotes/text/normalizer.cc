#include "quotes/text/normalizer.h"

#include <cstdint>

#include "absl/strings/str_cat.h"
#include "quotes/text/utf8.h"
#include "unicode/bytestream.h"
#include "unicode/edits.h"
#include "unicode/normalizer2.h"
#include "unicode/stringpiece.h"

namespace quotes {

namespace internal {

bool IsNfcByRange(absl::string_view text) {
  const unsigned char* const s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // Only the non-ASCII characters need a look: the ASCII between them (most
  // of news text) is passed over many bytes at a time.
  for (size_t i = SkipAscii(text, 0); i < n; i = SkipAscii(text, i)) {
    const unsigned char b = s[i];
    if (b >= 0xC2 && b <= 0xCB && i + 1 < n) {  // U+0080..U+02FF
      i += 2;
    } else if (b == 0xE2 && i + 2 < n && (s[i + 1] == 0x80 || s[i + 1] == 0x81)) {
      // U+2000..U+207F: U+2000 and U+2001 decompose, U+2070.. are not
      // punctuation.
      const unsigned cp = ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      if (cp < 0x02 || cp > 0x6F) return false;
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace internal

absl::Status NormalizeNfc(absl::string_view text, NormalizedText* out) {
  if (internal::IsNfcByRange(text)) {
    out->text = text;
    out->storage.clear();
    out->map = OffsetMap();
    return absl::OkStatus();
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat("ICU NFC instance: ", u_errorName(status)));
  }
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    out->text = text;
    out->storage.clear();
    out->map = OffsetMap();
    return absl::OkStatus();
  }
  status = U_ZERO_ERROR;
  out->storage.clear();
  out->storage.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out->storage);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat("ICU NFC normalization: ", u_errorName(status)));
  }
  out->map = OffsetMap();
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    out->map.Add(it.newLength(), it.oldLength(), it.hasChange());
  }
  out->text = out->storage;
  return absl::OkStatus();
}

}  // namespace quotes
