#include "quotes/attribute/content_words.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace quotes {
namespace {

ContentWords Words(int words, int capitalized_words, bool first_upper) {
  ContentWords w;
  w.words = words;
  w.capitalized_words = capitalized_words;
  w.first_upper = first_upper;
  return w;
}

// The byte-by-byte scan, which CountContentWords must agree with.
ContentWords ByteByByte(absl::string_view content) {
  return ScanContentWords(content, [](size_t, size_t) {});
}

TEST(CountContentWords, Counts) {
  const std::vector<std::pair<std::string, ContentWords>> cases = {
      {"", Words(0, 0, false)},
      {"Walk the Line", Words(3, 2, true)},
      {"walk the Line", Words(3, 1, false)},
      {"  Yes,  ", Words(1, 1, true)},
      // A run opening with an apostrophe counts no word.
      {"'Twas night", Words(1, 0, false)},
      {"U.S. troops", Words(3, 2, true)},
      {"don't non-starter 42", Words(3, 0, false)},
      {"\xC3\x9C" "ber alles", Words(2, 1, true)},  // Über alles
      {"l\xE2\x80\x99" "Etat", Words(1, 0, false)},  // l’Etat: one word
      // The count stops at the tenth word, in a 16-byte block or not.
      {"a b c d e f g h i j k l m n o p", Words(9, 0, false)},
      {"A B C D E F G H I J K", Words(9, 9, true)},
      {"One two three four five six seven eight nine ten eleven", Words(9, 1, true)},
  };
  for (const auto& [content, want] : cases) {
    SCOPED_TRACE(content);
    const ContentWords got = CountContentWords(content);
    EXPECT_EQ(got.words, want.words);
    EXPECT_EQ(got.capitalized_words, want.capitalized_words);
    EXPECT_EQ(got.first_upper, want.first_upper);
    EXPECT_TRUE(ByteByByte(content) == want);
  }
}

// CountContentWords reads sixteen bytes at a time: it must agree with the
// byte-by-byte scan everywhere, whatever falls on the block boundaries (a
// word, a hyphen, the tenth word, a multi-byte character) or in the last
// bytes.
TEST(CountContentWords, AgreesWithByteByByte) {
  const std::vector<std::string> pieces = {
      "a", "Z", "7", "'", "-", " ", ".", ",", "\n", "ab", "Cd", "\xE2\x80\x99",
      "\xC3\xA9",       // é
      "\xC3\x89",       // É
      "\xC7\x85",       // ǅ, title case
      "\xE2\x80\x94",   // em dash
      "\xFF",           // not UTF-8
      "\xE2\x80",       // a character cut short
      "\x80",           // a continuation byte alone
  };
  std::mt19937 rng(20261128);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string content;
    const int n = static_cast<int>(rng() % 60);
    // Mostly ASCII letters and spaces, as quotes are.
    const bool ascii_only = rng() % 2 == 0;
    for (int k = 0; k < n; ++k) {
      const size_t limit = ascii_only ? 11 : pieces.size();
      content += pieces[rng() % limit];
    }
    SCOPED_TRACE(content);
    const ContentWords fast = CountContentWords(content);
    const ContentWords slow = ByteByByte(content);
    ASSERT_EQ(fast.words, slow.words);
    ASSERT_EQ(fast.capitalized_words, slow.capitalized_words);
    ASSERT_EQ(fast.first_upper, slow.first_upper);
  }
}

TEST(ScanContentWords, ReportsRunEnds) {
  const std::string content = "foo-bar 'baz' Qux";
  std::vector<std::string> runs;
  const ContentWords w = ScanContentWords(content, [&](size_t begin, size_t end) {
    runs.push_back(content.substr(begin, end - begin));
  });
  EXPECT_EQ(w.words, 2);
  // "'baz'" begins with an apostrophe and counts no word of its own: its
  // run end reports from the last word counted ("foo-bar"), and "baz" is
  // not a word start either.
  EXPECT_EQ(runs, (std::vector<std::string>{"foo-bar", "foo-bar 'baz'", "Qux"}));
}

}  // namespace
}  // namespace quotes
