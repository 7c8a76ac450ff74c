#include "quotes/text/normalizer.h"

#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;

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
