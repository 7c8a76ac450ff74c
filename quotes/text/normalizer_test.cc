#include "quotes/text/normalizer.h"

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "quotes/testing/exact_copy.h"
#include "quotes/testing/status_matchers.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

using ::quotes::testing::ExactCopy;
using ::quotes::testing::IsOk;

// IsNfcByRange's contract, one decoded character at a time: true when
// every character is below U+0300 or in U+2002..U+206F. (For text that is
// not UTF-8 the function promises nothing, so the inputs below are UTF-8
// but for a sequence cut short by the end of the text.)
bool ReferenceIsNfcByRange(absl::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    const int len = DecodeUtf8(text, i, &c);
    if (len == 1 && c == 0xFFFD) return false;
    if (c >= 0x300 && (c < 0x2002 || c > 0x206F)) return false;
    i += len;
  }
  return true;
}

// Characters the range check accepts and ones it refuses, some cut short.
const char* const kPieces[] = {
    "\u201c", "\u2014", "\u00e9", "\u02ff", "\u2002", "\u206f",  // accepted
    "\u0301", "\u2000", "\u2070", "\u3000", "\U0001F600", "\u0300",
    "\xC3", "\xE2\x80", "\xE2",                                // cut short
};
constexpr size_t kWholePieces = 12;  // the pieces before those cut short

TEST(IsNfcByRange, AgreesWithReferenceAtEveryPositionAroundVectorBoundaries) {
  int refused = 0;
  for (size_t len = 0; len <= 140; ++len) {
    std::string plain;
    for (size_t i = 0; i < len; ++i) plain.push_back(i % 7 == 3 ? '\0' : 'a' + i % 26);
    for (size_t at = 0; at < len; ++at) {
      for (size_t k = 0; k < std::size(kPieces); ++k) {
        // One accepted character early on, then the piece at `at`, cut by
        // the end of the text; a piece cut short ends the text.
        const std::string piece = kPieces[k];
        std::string text = plain;
        if (len >= 4 && at >= 4) text.replace(0, 2, "\u00e9");
        text.replace(at, std::min(piece.size(), len - at), piece.substr(0, len - at));
        text.resize(k < kWholePieces ? len : std::min(len, at + piece.size()));
        const ExactCopy copy(text);
        const bool want = ReferenceIsNfcByRange(copy.view());
        ASSERT_EQ(internal::IsNfcByRange(copy.view()), want) << len << " " << at;
        if (!want) ++refused;
      }
    }
  }
  EXPECT_GT(refused, 10000);
}

TEST(IsNfcByRange, AgreesWithReferenceOnRandomText) {
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int parts = rng() % 10;
    for (int p = 0; p < parts; ++p) {
      if (rng() % 3 == 0) {
        text += kPieces[rng() % kWholePieces];
      } else {
        text.append(rng() % 50, static_cast<char>(rng() % 128));
      }
    }
    const ExactCopy copy(text);
    ASSERT_EQ(internal::IsNfcByRange(copy.view()), ReferenceIsNfcByRange(copy.view())) << round;
  }
}

// The fast path must never call a text NFC that ICU would change: every
// character it accepts is one ICU's quick check answers YES for and that
// combines with nothing before it.
TEST(NormalizeNfc, FastRangesAgreeWithIcu) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  int accepted = 0;
  for (UChar32 c = 1; c < 0x3000; ++c) {
    std::string one;
    icu::UnicodeString(c).toUTF8String(one);
    if (!internal::IsNfcByRange(one)) continue;
    ++accepted;
    EXPECT_EQ(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << c;
    EXPECT_TRUE(nfc->hasBoundaryBefore(c)) << std::hex << c;
  }
  EXPECT_EQ(accepted, 0x2FF + (0x206F - 0x2002 + 1));
  EXPECT_FALSE(internal::IsNfcByRange("e\u0301"));  // a combining mark
  EXPECT_FALSE(internal::IsNfcByRange("\u2000"));   // decomposes to U+2002
  EXPECT_TRUE(internal::IsNfcByRange("\u201eZitat\u201c \u00e9t\u00e9 \u2014 ok"));
}

TEST(NormalizeNfc, NfcInputIsNotCopied) {
  const std::string text = "Caf\u00e9 \u201cquote\u201d";
  NormalizedText n;
  ASSERT_THAT(NormalizeNfc(text, &n), IsOk());
  EXPECT_EQ(n.text.data(), text.data());
  EXPECT_TRUE(n.map.is_identity());
}

TEST(NormalizeNfc, ComposesAndMapsBack) {
  // "Cafe" + combining acute (3 bytes: e, CC 81) then " said".
  const std::string text = "Cafe\xcc\x81 said";
  NormalizedText n;
  ASSERT_THAT(NormalizeNfc(text, &n), IsOk());
  EXPECT_EQ(n.text, "Caf\u00e9 said");
  // "said" in normalized text starts at 6 (é is 2 bytes); originally at 7.
  size_t said = n.text.find("said");
  EXPECT_EQ(n.map.ToOriginalBegin(said), text.find("said"));
  // The composed é covers the original "e" + accent.
  size_t e = n.text.find("\u00e9");
  ByteSpan orig = n.map.ToOriginal(ByteSpan{e, e + 2});
  EXPECT_EQ(orig.Of(text), "e\xcc\x81");
  EXPECT_EQ(n.map.ToOriginalEnd(n.text.size()), text.size());
}

}  // namespace
}  // namespace quotes
