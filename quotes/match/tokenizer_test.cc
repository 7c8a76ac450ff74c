#include "quotes/match/tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace quotes {
namespace {

struct Tokenized {
  KeyVocabulary vocab;
  std::vector<MatchToken> tokens;
  std::string text;

  std::string Surface(size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string Key(size_t i) const {
    return std::string(vocab.Key(tokens[i].key));
  }
};

Tokenized TokenizeAll(std::string text) {
  Tokenized t;
  t.text = std::move(text);
  absl::Status s = TokenizeForMatching(t.text, WordLists::Default(), &t.vocab, &t.tokens);
  EXPECT_TRUE(s.ok()) << s;
  return t;
}

TEST(TokenizeForMatching, WordsKeepSpansAndFoldedKeys) {
  Tokenized t = TokenizeAll("We RECOGNISE Kiev\xE2\x80\x99s claim.");
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_EQ(t.Surface(2), "Kiev\xE2\x80\x99s");
  EXPECT_EQ(t.Key(0), "we");
  EXPECT_EQ(t.Key(1), "recognize");
  EXPECT_EQ(t.Key(2), "kiev's");  // variants apply to whole words only
  EXPECT_TRUE(t.tokens[3].is(MatchToken::kSentenceEnd));
  EXPECT_FALSE(t.tokens[2].is(MatchToken::kSentenceEnd));
}

TEST(TokenizeForMatching, FoldsNonAsciiWithNfkc) {
  Tokenized t = TokenizeAll("\xEF\xAC\x81sh STRA\xC3\x9F" "E");  // "ﬁsh STRAßE"
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.Key(0), "fish");
  EXPECT_EQ(t.Key(1), "strasse");
}

TEST(TokenizeForMatching, ElisionMarkersBecomeOneToken) {
  for (const char* marker : {"...", "\xE2\x80\xA6", "[\xE2\x80\xA6]", "[...]",
                             "(...)"}) {
    Tokenized t = TokenizeAll(std::string("we will ") + marker + " never");
    ASSERT_EQ(t.tokens.size(), 4u) << marker;
    EXPECT_TRUE(t.tokens[2].is(MatchToken::kEllipsis)) << marker;
    EXPECT_EQ(t.Surface(2), marker);
    EXPECT_FALSE(t.tokens[1].is(MatchToken::kSentenceEnd)) << marker;
  }
}

TEST(TokenizeForMatching, BracketedWordsAreEditorial) {
  Tokenized t = TokenizeAll("[Putin] said (our) plan");
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_TRUE(t.tokens[0].is(MatchToken::kBracketed));
  EXPECT_FALSE(t.tokens[1].is(MatchToken::kBracketed));
  EXPECT_TRUE(t.tokens[2].is(MatchToken::kBracketed));
  EXPECT_FALSE(t.tokens[3].is(MatchToken::kBracketed));
}

TEST(TokenizeForMatching, AbbreviationsAndNumbersDoNotEndSentences) {
  Tokenized t = TokenizeAll("Mr. Oduya paid 3.5 million. Then he left!");
  ASSERT_EQ(t.tokens.size(), 8u);
  EXPECT_FALSE(t.tokens[0].is(MatchToken::kSentenceEnd));  // Mr.
  EXPECT_EQ(t.Surface(3), "3.5");
  EXPECT_TRUE(t.tokens[4].is(MatchToken::kSentenceEnd));   // million.
  EXPECT_TRUE(t.tokens[7].is(MatchToken::kSentenceEnd));   // left!
}

TEST(TokenizeForMatching, RangeIsHonoured) {
  KeyVocabulary vocab;
  std::vector<MatchToken> tokens;
  std::string text = "skip these words";
  ASSERT_TRUE(TokenizeForMatching(text, 5, 10, WordLists::Default(), &vocab, &tokens).ok());
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].begin, 5u);
  EXPECT_EQ(tokens[0].end, 10u);
}

TEST(TokenizeForMatching, EmptyTextHasNoTokens) {
  EXPECT_TRUE(TokenizeAll("").tokens.empty());
  EXPECT_TRUE(TokenizeAll(" \" , \xE2\x80\x9D ").tokens.empty());
}

TEST(TokenizeForMatching, InvalidUtf8NamesOffset) {
  KeyVocabulary vocab;
  std::vector<MatchToken> tokens;
  absl::Status s = TokenizeForMatching("ok \xC3( bad", WordLists::Default(), &vocab,
                            &tokens);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "invalid UTF-8 at byte 3");
}

}  // namespace
}  // namespace quotes
