#include "quotes/text/tokenizer.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace quotes {
namespace {

// Words lower-cased, punctuation as written.
std::vector<std::string> Lowers(const std::vector<Token>& tokens,
                                const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    out.push_back(t.is_word() || t.type == Token::kNumber
                      ? std::string(t.lower)
                      : std::string(t.span.Of(text)));
  }
  return out;
}

TEST(Tokenize, WordsJoinersAndAbbreviations) {
  const AbbreviationSet abbr = {"sen.", "mr."};
  const std::string text =
      "Sen. John O'Brien's non-starter, U.S. J. Doe: 1,000 (Mr. X).";
  WordStore store;
  auto tokens = Tokenize(text, ByteSpan{0, text.size()}, abbr, &store);
  EXPECT_EQ(Lowers(tokens, text),
            (std::vector<std::string>{"sen.", "john", "o'brien's", "non-starter",
                                      ",", "u.s.", "j.", "doe", ":", "1,000",
                                      "(", "mr.", "x", ")", "."}));
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_TRUE(tokens[5].all_caps);
  EXPECT_EQ(tokens[9].type, Token::kNumber);
  EXPECT_TRUE(tokens[4].Is(','));
  EXPECT_EQ(tokens[1].span.Of(text), "John");
}

// An abbreviation keeps its period; a word of the same first letter and
// length that the set does not hold (which its filter lets through) and
// words of other shapes do not.
TEST(Tokenize, OnlyHeldAbbreviationsKeepTheirPeriod) {
  const AbbreviationSet abbr = {"gen."};
  EXPECT_TRUE(abbr.Contains("gen."));
  EXPECT_FALSE(abbr.Contains("get."));
  EXPECT_TRUE(abbr.MayHold('g', 4));
  EXPECT_FALSE(abbr.MayHold('g', 5));
  const std::string text = "Gen. Lee left. Get. Out. Gen. and GEN. x";
  WordStore store;
  const std::vector<Token> tokens = Tokenize(text, ByteSpan{0, text.size()}, abbr, &store);
  EXPECT_EQ(Lowers(tokens, text),
            (std::vector<std::string>{"gen.", "lee", "left", ".", "get", ".", "out", ".", "gen.",
                                      "and", "gen.", "x"}));
  std::vector<Token> general;
  internal::TokenizeByGeneralRules(text, ByteSpan{0, text.size()}, abbr, &store, &general);
  EXPECT_EQ(Lowers(general, text), Lowers(tokens, text));
}

// Words the tokenizer reads eight bytes at a time: case, numbers and ends
// on each side of an eight-byte boundary, and non-ASCII letters after one.
TEST(Tokenize, LongWords) {
  const std::string text =
      "abcdefgh ABCDEFGHIJ aBcDeFgHi 12345678 123456789a NATO-Gipfel "
      "Zzzzzzzzz,abcdefg! Straßenbahn ÜBERSTUNDEN 12345678.5 x";
  WordStore store;
  auto tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &store);
  EXPECT_EQ(Lowers(tokens, text),
            (std::vector<std::string>{"abcdefgh", "abcdefghij", "abcdefghi", "12345678",
                                      "123456789a", "nato-gipfel", "zzzzzzzzz", ",",
                                      "abcdefg", "!", "straßenbahn", "überstunden",
                                      "12345678.5", "x"}));
  EXPECT_FALSE(tokens[0].all_caps);
  EXPECT_TRUE(tokens[1].all_caps);
  EXPECT_FALSE(tokens[2].all_caps);
  EXPECT_FALSE(tokens[2].capitalized);
  EXPECT_TRUE(tokens[6].capitalized);
  EXPECT_EQ(tokens[3].type, Token::kNumber);
  EXPECT_EQ(tokens[4].type, Token::kWord);
  EXPECT_EQ(tokens[12].type, Token::kNumber);
  EXPECT_FALSE(tokens[5].all_caps);
  EXPECT_TRUE(tokens[11].all_caps);
  // Lower case already: the token views the text itself.
  EXPECT_EQ(tokens[0].lower.data(), text.data());
}

TEST(Tokenize, UnicodeCaseAndQuotes) {
  const std::string text = "\u201eÄrger\u201c, sagte Лавров";
  WordStore store;
  auto tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &store);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_TRUE(tokens[0].Is(U'\u201e'));
  EXPECT_EQ(tokens[1].lower, "\u00e4rger");
  EXPECT_TRUE(tokens[1].capitalized);
  EXPECT_EQ(tokens[5].lower, "лавров");
  EXPECT_TRUE(tokens[5].capitalized);
}

TEST(Tokenize, LowerCaseViewsTheTextOrTheStore) {
  const std::string text = "said Putin";
  WordStore store;
  auto tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &store);
  ASSERT_EQ(tokens.size(), 2u);
  // Already lower case: the text itself; else a copy in the store.
  EXPECT_EQ(tokens[0].lower.data(), text.data());
  EXPECT_EQ(tokens[1].lower, "putin");
  EXPECT_NE(tokens[1].lower.data(), text.data() + 5);
}

TEST(WordStore, WhatItHoldsNeverMoves) {
  WordStore store;
  EXPECT_EQ(store.Add(""), "");
  absl::string_view first = store.Add("first");
  std::vector<absl::string_view> more;
  for (int i = 0; i < 5000; ++i) more.push_back(store.Add(std::string(i % 7 + 1, 'x')));
  const absl::string_view big = store.Add(std::string(10000, 'y'));
  EXPECT_EQ(first, "first");
  EXPECT_EQ(more[4999], std::string(4999 % 7 + 1, 'x'));
  EXPECT_EQ(big.size(), 10000u);
  EXPECT_EQ(store.Add(""), "");
}

// A cleared store is used again from its first block: words added after
// Clear land where the first words were, and hold what was added.
TEST(WordStore, ClearedStoreReusesItsFirstBlock) {
  WordStore store;
  const absl::string_view a = store.Add("alpha");
  for (int i = 0; i < 2000; ++i) store.Add("filler words");  // a second block and more
  store.Clear();
  const absl::string_view b = store.Add("beta");
  EXPECT_EQ(b.data(), a.data());
  EXPECT_EQ(b, "beta");
  std::vector<absl::string_view> words;
  for (int i = 0; i < 3000; ++i) words.push_back(store.Add(absl::StrCat("w", i)));
  for (int i = 0; i < 3000; ++i) ASSERT_EQ(words[i], absl::StrCat("w", i));
  // A first block made for a huge word is given back, and the store works on.
  WordStore huge;
  huge.Add(std::string(1 << 17, 'h'));
  huge.Clear();
  EXPECT_EQ(huge.Add("small"), "small");
  EXPECT_EQ(huge.AddLower("MiXed", true), "mixed");
}

TEST(Tokenize, SentenceFinalPeriodIsPunctuation) {
  const std::string text = "said Putin.";
  WordStore store;
  auto tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &store);
  EXPECT_EQ(Lowers(tokens, text), (std::vector<std::string>{"said", "putin", "."}));
}

TEST(Tokenize, WebAddressIsOneWord) {
  // "zitiert ndr.de Polizeisprecher Ralf Meyer": the address names the
  // medium, its dot ends no sentence; a capital after a dot still starts one.
  const std::string text = "zitiert ndr.de Meyer.Dann";
  WordStore store;
  auto tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &store);
  EXPECT_EQ(Lowers(tokens, text),
            (std::vector<std::string>{"zitiert", "ndr.de", "meyer", ".", "dann"}));
}

// The tokenizer reads text 32 bytes at a time and falls back on its general
// rules wherever a window cannot decide; a range that ends inside a window
// is read from a copy padded with spaces. Whatever the range, its tokens
// must be those of the general rules alone. Random texts from the
// characters where the two could part (case, digits, joiners before and
// after non-ASCII letters, periods of initials and abbreviations, commas in
// numbers, curly apostrophes, invalid bytes), each tokenized whole and in
// random ranges, which may end inside a word, after a period or inside a
// character of several bytes.
TEST(Tokenize, WindowsAgreeWithTheGeneralRules) {
  const std::vector<std::string> pieces = {
      "a", "b", "z", "A", "M", "Z", "0", "7", "9", "'", "-", ".", ",", ":",
      "(", "\"", "@", "`", "[", "{", "\x7f", "\x01", "\u00e9", "\u00c9", "\u00df",
      "\u2019", "\u2014", "\u201c", "\xff", "\xc3", "\u00a0", "\t", "mr", "Mr", "sen",
      "U", "S", "de", "x1", "NATO"};
  const AbbreviationSet abbr = {"mr.", "sen."};
  std::mt19937 rng(11);
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const size_t size = 1 + rng() % 240;
    while (text.size() < size) {
      if (rng() % 5 == 0) {
        text += rng() % 4 == 0 ? "\n" : " ";
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    ByteSpan range{0, text.size()};
    if (round % 2 == 1) {
      range.begin = rng() % text.size();
      range.end = range.begin + rng() % (text.size() - range.begin + 1);
    }
    WordStore store;
    const std::vector<Token> windows = Tokenize(text, range, abbr, &store);
    std::vector<Token> general;
    internal::TokenizeByGeneralRules(text, range, abbr, &store, &general);
    const std::string where = absl::StrCat("[", range.begin, ", ", range.end, ") of ", text);
    ASSERT_EQ(windows.size(), general.size()) << where;
    for (size_t k = 0; k < windows.size(); ++k) {
      const Token& a = windows[k];
      const Token& b = general[k];
      ASSERT_EQ(a.span.begin, b.span.begin) << where;
      ASSERT_EQ(a.span.end, b.span.end) << where;
      EXPECT_EQ(a.type, b.type) << where << " @" << a.span.begin;
      EXPECT_EQ(a.capitalized, b.capitalized) << where << " @" << a.span.begin;
      EXPECT_EQ(a.all_caps, b.all_caps) << where << " @" << a.span.begin;
      EXPECT_EQ(a.lower, b.lower) << where << " @" << a.span.begin;
      EXPECT_EQ(a.punct, b.punct) << where << " @" << a.span.begin;
    }
  }
}

// Every end of a range through texts where what follows a word decides
// its token: an abbreviation's or initial's period, a number's comma, a
// joiner, a web address.
TEST(Tokenize, RangesEndingAnywhereAgreeWithTheGeneralRules) {
  const AbbreviationSet abbr = {"mr.", "sen."};
  for (const std::string text :
       {"Mr. Smith and Sen. Jones of the U.S. met J. Doe at 3.5 or 1,000 ndr.de",
        "don't non-starter O\u2019Brien al\u2010Assad mr.x sen.,"}) {
    for (size_t end = 0; end <= text.size(); ++end) {
      WordStore store;
      const std::vector<Token> windows = Tokenize(text, ByteSpan{0, end}, abbr, &store);
      std::vector<Token> general;
      internal::TokenizeByGeneralRules(text, ByteSpan{0, end}, abbr, &store, &general);
      ASSERT_EQ(windows.size(), general.size()) << end;
      for (size_t k = 0; k < windows.size(); ++k) {
        EXPECT_EQ(windows[k].span.end, general[k].span.end) << end << " #" << k;
        EXPECT_EQ(windows[k].lower, general[k].lower) << end << " #" << k;
      }
    }
  }
}

TEST(FirstTokenAtOrAfter, AgreesWithLowerBound) {
  std::mt19937 rng(7);
  for (int n = 0; n < 40; ++n) {
    std::vector<Token> tokens(n);
    size_t at = 0;
    for (Token& t : tokens) {
      at += 1 + rng() % 3;
      t.span = ByteSpan{at, at + 1};
    }
    for (size_t pos = 0; pos <= at + 2; ++pos) {
      const auto it = std::lower_bound(
          tokens.begin(), tokens.end(), pos,
          [](const Token& t, size_t v) { return t.span.begin < v; });
      EXPECT_EQ(FirstTokenAtOrAfter(tokens, pos), it - tokens.begin()) << n << " " << pos;
    }
  }
}

}  // namespace
}  // namespace quotes
