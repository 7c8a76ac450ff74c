#include "quotes/text/normalizer.h"

#include "gtest/gtest.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;

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
