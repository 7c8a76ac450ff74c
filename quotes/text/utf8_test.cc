#include "quotes/text/utf8.h"

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "quotes/testing/exact_copy.h"
#include "quotes/testing/status_matchers.h"
#include "unicode/uchar.h"

namespace quotes {
namespace {

using ::quotes::testing::ExactCopy;
using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;

// ValidateUtf8 as it was before it skipped ASCII with SSE2 and checked
// sequences by table: one byte or one DecodeUtf8 at a time. The fast
// version must agree with it on every input, message included.
absl::Status ReferenceValidateUtf8(absl::string_view text) {
  if (absl::StartsWith(text, "\xFF\xFE") || absl::StartsWith(text, "\xFE\xFF")) {
    return absl::InvalidArgumentError(absl::StrCat(
        "UTF-16 text (byte order mark ", text[0] == '\xFF' ? "FF FE" : "FE FF",
        " at byte 0), not UTF-8; convert it to UTF-8"));
  }
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\0') {
      return absl::InvalidArgumentError(absl::StrCat("NUL byte at byte ", i, " (binary file?)"));
    }
    char32_t cp;
    const int len = DecodeUtf8(text, i, &cp);
    if (cp == 0xFFFD && len == 1) {
      return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte ", i));
    }
    i += len;
  }
  return absl::OkStatus();
}

// Bad (and good) pieces to put anywhere in a text.
const char* const kPieces[] = {
    "\xE2\x80\x9C",      // “ (good)
    "\xC3\xA9",          // é (good)
    "\xF0\x9F\x98\x80",  // an emoji (good)
    "\xEF\xBF\xBD",      // U+FFFD itself (good)
    "\xEE\x80\x80",      // private use (good)
    "\xED\x9F\xBF",      // U+D7FF, just below the surrogates (good)
    "\xF4\x8F\xBF\xBF",  // U+10FFFF (good)
    "\x80",              // a lone continuation byte
    "\xBF",
    "\xFF",
    "\xC0\xAF",          // overlong /
    "\xC1\xBF",
    "\xE0\x9F\xBF",      // overlong 3-byte
    "\xF0\x8F\xBF\xBF",  // overlong 4-byte
    "\xED\xA0\x80",      // surrogates
    "\xED\xBF\xBF",
    "\xF4\x90\x80\x80",  // above U+10FFFF
    "\xF5\x80\x80\x80",
    "\xE2\x80",          // truncated, unless the text goes on with a tail
    "\xE2",
    "\xF0\x9F\x98",
    "\xC3",
    "\xE2\x80\x41",      // a missing continuation byte
    "\xC3\x00",          // ... that is NUL
};

TEST(ValidateUtf8, AgreesWithReferenceAtEveryPositionAroundVectorBoundaries) {
  // Plain text of every length up to past four 32-byte steps, a piece (or a
  // NUL) written at every position: where the piece runs past the end it is
  // cut, another truncated sequence.
  std::vector<std::string> pieces(std::begin(kPieces), std::end(kPieces));
  pieces.push_back(std::string(1, '\0'));
  int checked_bad = 0;
  for (size_t len = 0; len <= 140; ++len) {
    std::string plain;
    for (size_t i = 0; i < len; ++i) plain.push_back(static_cast<char>('a' + i % 26));
    for (size_t at = 0; at < len; ++at) {
      for (const std::string& piece : pieces) {
        std::string text = plain;
        text.replace(at, std::min(piece.size(), len - at), piece.substr(0, len - at));
        text.resize(len);
        const ExactCopy copy(text);
        const absl::Status want = ReferenceValidateUtf8(copy.view());
        ASSERT_EQ(ValidateUtf8(copy.view()), want) << "length " << len << " at " << at;
        if (!want.ok()) ++checked_bad;
      }
    }
  }
  EXPECT_GT(checked_bad, 10000);  // the loop did reach the error paths
}

TEST(ValidateUtf8, AgreesWithReferenceOnEveryLeadAndSecondByte) {
  // Every first and second byte, after 14 plain bytes so that the sequence
  // straddles a 16-byte boundary; the bytes after stand for a continuation,
  // a non-continuation, NUL, or the end of the text.
  const std::vector<std::string> tails = {"", "\x80", "\xBF", "\x7F", "\xC0", std::string(1, '\0'),
                                          "\x80\x80", "\x80\xBF", "\x80\x41", "\xBF\xC0",
                                          "\x80\x80x"};
  for (int b0 = 0; b0 < 256; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      for (const std::string& tail : tails) {
        std::string text = "abcdefghijklmn";
        text.push_back(static_cast<char>(b0));
        text.push_back(static_cast<char>(b1));
        text += tail;
        const ExactCopy copy(text);
        ASSERT_EQ(ValidateUtf8(copy.view()), ReferenceValidateUtf8(copy.view()))
            << std::hex << b0 << " " << b1 << " +" << tail.size();
      }
    }
  }
}

TEST(ValidateUtf8, AgreesWithReferenceOnRandomText) {
  std::mt19937 rng(20240611);
  const std::vector<std::string> pieces(std::begin(kPieces), std::end(kPieces));
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int parts = rng() % 12;
    for (int p = 0; p < parts; ++p) {
      switch (rng() % 4) {
        case 0:
          text += pieces[rng() % pieces.size()];
          break;
        case 1:
          text.push_back(static_cast<char>(rng() % 256));  // any byte, NUL too
          break;
        default:
          text.append(rng() % 40, static_cast<char>('a' + rng() % 26));
      }
    }
    const ExactCopy copy(text);
    ASSERT_EQ(ValidateUtf8(copy.view()), ReferenceValidateUtf8(copy.view())) << round;
  }
}

TEST(SkipAscii, FindsTheFirstNonAsciiByteFromEveryStart) {
  for (size_t len = 0; len <= 140; ++len) {
    for (size_t bad = 0; bad <= len; ++bad) {  // bad == len: none
      std::string text(len, 'x');
      if (len > 0) text[len / 2] = '\0';      // NUL is ASCII here
      if (bad < len) text[bad] = static_cast<char>(0x80 + bad % 128);
      const ExactCopy copy(text);
      for (size_t pos = 0; pos <= len; ++pos) {
        const size_t want = bad >= pos ? bad : len;
        ASSERT_EQ(SkipAscii(copy.view(), pos), want) << len << " " << bad << " " << pos;
      }
    }
  }
}

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

// Callers test ASCII white space with IsSpaceChar in place of ICU's
// u_isUWhiteSpace (the White_Space property): the two must agree there.
TEST(IsSpaceChar, IsIcuWhiteSpaceOnAscii) {
  for (char32_t c = 0; c < 0x80; ++c) {
    EXPECT_EQ(IsSpaceChar(c), static_cast<bool>(u_isUWhiteSpace(c))) << static_cast<int>(c);
  }
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
