#include "quotes/html/charset.h"

#include <string>

#include "gtest/gtest.h"

namespace quotes {
namespace internal {
namespace {

TEST(DeclaredCharset, ReadsBothMetaForms) {
  EXPECT_EQ(DeclaredCharset("<meta charset=\"UTF-8\">"), "utf-8");
  EXPECT_EQ(DeclaredCharset("<html><head><META CHARSET=windows-1252>"),
            "windows-1252");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<meta name=viewport content=x><meta charset='latin1'/>"),
            "latin1");
  EXPECT_EQ(DeclaredCharset("<html><p>charset=latin1</p>"), "");
  EXPECT_EQ(DeclaredCharset(""), "");
  EXPECT_EQ(DeclaredCharset("<meta charset"), "");
  // Only the first 1024 bytes count, as in browsers' prescan.
  EXPECT_EQ(DeclaredCharset(std::string(1100, ' ') + "<meta charset=latin1>"), "");
}

TEST(IsWindows1252Label, KnowsTheAliases) {
  EXPECT_TRUE(IsWindows1252Label("windows-1252"));
  EXPECT_TRUE(IsWindows1252Label("ISO-8859-1"));
  EXPECT_TRUE(IsWindows1252Label("us-ascii"));
  EXPECT_FALSE(IsWindows1252Label("utf-8"));
  EXPECT_FALSE(IsWindows1252Label("shift_jis"));
  EXPECT_FALSE(IsWindows1252Label(""));
}

TEST(Windows1252ToUtf8, MapsEveryByte) {
  EXPECT_EQ(Windows1252ToUtf8("plain"), "plain");
  EXPECT_EQ(Windows1252ToUtf8("\x93" "Caf\xE9\x94 \x80\x85 \x81\xFF"),
            "\u201CCaf\u00E9\u201D \u20AC\u2026 \u0081\u00FF");
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  EXPECT_GE(Windows1252ToUtf8(all).size(), 256u);
}

}  // namespace
}  // namespace internal
}  // namespace quotes
