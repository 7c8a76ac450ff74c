#include "quotes/text/normalizer.h"

#include "absl/strings/str_cat.h"
#include "unicode/bytestream.h"
#include "unicode/edits.h"
#include "unicode/normalizer2.h"
#include "unicode/stringpiece.h"

namespace quotes {

absl::Status NormalizeNfc(absl::string_view text, NormalizedText* out) {
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
