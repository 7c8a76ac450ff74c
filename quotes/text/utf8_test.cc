#include "quotes/text/utf8.h"

#include <string>

#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;

TEST(ValidateUtf8, AcceptsEveryScript) {
  EXPECT_THAT(ValidateUtf8("plain „Zitat“ «citation» «цитата» 「引用」 😀"), IsOk());
  EXPECT_THAT(ValidateUtf8(""), IsOk());
}

TEST(ValidateUtf8, NamesTheOffendingByte) {
  EXPECT_THAT(ValidateUtf8("abc\xff" "def"),
              StatusIs(absl::StatusCode::kInvalidArgument, "at byte 3"));
  // Truncated sequence at the end.
  EXPECT_THAT(ValidateUtf8("ab\xe2\x80"),
              StatusIs(absl::StatusCode::kInvalidArgument, "at byte 2"));
  // Overlong encoding of '/'.
  EXPECT_THAT(ValidateUtf8("\xc0\xaf"),
              StatusIs(absl::StatusCode::kInvalidArgument, "at byte 0"));
  // UTF-16 surrogate encoded in UTF-8.
  EXPECT_THAT(ValidateUtf8("x\xed\xa0\x80"),
              StatusIs(absl::StatusCode::kInvalidArgument, "at byte 1"));
}

TEST(ValidateUtf8, RejectsNulAsBinary) {
  EXPECT_THAT(ValidateUtf8(std::string("ab\0cd", 5)),
              StatusIs(absl::StatusCode::kInvalidArgument, "NUL byte at byte 2"));
}

TEST(ValidateUtf8, NamesUtf16ByItsByteOrderMark) {
  // "Hi" in UTF-16LE and UTF-16BE, each with its byte order mark.
  EXPECT_THAT(ValidateUtf8(std::string("\xFF\xFEH\0i\0", 6)),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "UTF-16 text (byte order mark FF FE at byte 0)"));
  EXPECT_THAT(ValidateUtf8(std::string("\xFE\xFF\0H\0i", 6)),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "UTF-16 text (byte order mark FE FF at byte 0)"));
}

TEST(ValidateUtf8, AcceptsUtf8ByteOrderMark) {
  EXPECT_THAT(ValidateUtf8("\xEF\xBB\xBFText."), IsOk());
}

TEST(ToValidUtf8, ReplacesOnlyTheBadBytes) {
  EXPECT_EQ(ToValidUtf8("caf\xe9.txt"), "caf\uFFFD.txt");
  EXPECT_EQ(ToValidUtf8("\xff\xfe"), "\uFFFD\uFFFD");
  EXPECT_EQ(ToValidUtf8("ok \u201cquote\u201d \uFFFD"), "ok \u201cquote\u201d \uFFFD");
}

TEST(DecodeUtf8, DecodesAndRecovers) {
  char32_t cp;
  EXPECT_EQ(DecodeUtf8("\xe2\x80\x9c", 0, &cp), 3);
  EXPECT_EQ(cp, U'\u201c');
  EXPECT_EQ(DecodeUtf8("\x80x", 0, &cp), 1);
  EXPECT_EQ(cp, U'\ufffd');
  EXPECT_EQ(DecodeUtf8Before("a\xe2\x80\x9d", 4, &cp), 3);
  EXPECT_EQ(cp, U'\u201d');
  EXPECT_EQ(DecodeUtf8Before("a", 0, &cp), 0);
}

TEST(AppendUtf8, RoundTrips) {
  for (char32_t c : {U'a', U'\u00e9', U'\u201e', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(c, &s);
    char32_t back;
    EXPECT_EQ(DecodeUtf8(s, 0, &back), static_cast<int>(s.size()));
    EXPECT_EQ(back, c);
  }
}

}  // namespace
}  // namespace quotes
