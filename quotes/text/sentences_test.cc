#include "quotes/text/sentences.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/text/tokenizer.h"

namespace quotes {
namespace {

// The sentences of `text`, tokenized with `abbreviations`.
std::vector<std::string> Sentences(const std::string& text,
                                   const AbbreviationSet& abbreviations = {},
                                   const absl::flat_hash_set<std::string>* months = nullptr) {
  WordStore store;
  std::vector<Token> tokens = Tokenize(text, ByteSpan{0, text.size()}, abbreviations, &store);
  std::vector<std::string> out;
  int b = 0;
  for (int e : SentenceEnds(text, tokens, months)) {
    out.push_back(text.substr(tokens[b].span.begin, tokens[e - 1].span.end - tokens[b].span.begin));
    b = e;
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentenceEnds, TerminalsEndSentences) {
  EXPECT_EQ(Sentences("It rained. Was it cold? Very! Yes"),
            (Strings{"It rained.", "Was it cold?", "Very!", "Yes"}));
}

TEST(SentenceEnds, AsciiClassesAreUnicodes) {
  // Visible ASCII: white space and controls never make a token.
  for (char32_t c = 0x21; c < 0x7F; ++c) {
    EXPECT_EQ(internal::BreakClass(c),
              static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)))
        << "U+" << static_cast<int>(c);
  }
}

TEST(SentenceEnds, GeneralPunctuationClassesAreUnicodes) {
  // Read from a table, as ASCII is: curly quotes, dashes, the ellipsis.
  for (char32_t c = 0x1FF0; c < 0x2080; ++c) {
    EXPECT_EQ(internal::BreakClass(c),
              static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)))
        << "U+" << std::hex << static_cast<int>(c);
  }
}

TEST(SentenceEnds, OrdinalDatesWhereMonthsAreGiven) {
  const absl::flat_hash_set<std::string> months = {"august"};
  const std::string text = "Er kam am 20. August 2007 an. Sie blieb 20. Dann ging sie.";
  EXPECT_EQ(Sentences(text, {}, &months),
            (Strings{"Er kam am 20. August 2007 an.", "Sie blieb 20.", "Dann ging sie."}));
  // Without the months the ordinal's period ends a sentence, as Unicode's
  // rules have it.
  EXPECT_EQ(Sentences(text),
            (Strings{"Er kam am 20.", "August 2007 an.", "Sie blieb 20.", "Dann ging sie."}));
}

TEST(SentenceEnds, NoTokensNoSentences) {
  EXPECT_TRUE(SentenceEnds("", {}).empty());
}

TEST(SentenceEndsInto, ReplacesWhatTheVectorHeld) {
  const std::string text = "It rained. Was it cold?";
  WordStore store;
  const std::vector<Token> tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &store);
  std::vector<int> ends = {7, 8, 9, 10};
  SentenceEndsInto(text, tokens, nullptr, &ends);
  EXPECT_EQ(ends, SentenceEnds(text, tokens));
  SentenceEndsInto("", {}, nullptr, &ends);
  EXPECT_TRUE(ends.empty());
}

TEST(SentenceEnds, AbbreviationsAndInitialsEndNothing) {
  EXPECT_EQ(Sentences("Sen. John Smith and J. R. Doe met in the U.S. on Friday. Mr. Jones left.",
                      {"sen.", "mr."}),
            (Strings{"Sen. John Smith and J. R. Doe met in the U.S. on Friday.",
                     "Mr. Jones left."}));
}

TEST(SentenceEnds, PeriodBeforeLowerCaseEndsNothing) {
  EXPECT_EQ(Sentences("They met at 3 p.m. on Monday... and then left."),
            (Strings{"They met at 3 p.m. on Monday... and then left."}));
}

TEST(SentenceEnds, PeriodWithoutSpaceEndsNothing) {
  EXPECT_EQ(Sentences("Rep. Jo Li (D-N.Y.) spoke. See example.com for more.", {"rep."}),
            (Strings{"Rep. Jo Li (D-N.Y.) spoke.", "See example.com for more."}));
}

TEST(SentenceEnds, ClosingMarksStayWithTheirSentence) {
  EXPECT_EQ(Sentences("He said: \u201cWe are done.\u201d Then he left. (It was late.) Rain."),
            (Strings{"He said: \u201cWe are done.\u201d", "Then he left.", "(It was late.)",
                     "Rain."}));
}

TEST(SentenceEnds, QuestionMarkEndsEvenBeforeLowerCase) {
  // As in Unicode's rules: the attribution rules join "asked Lavrov" back.
  EXPECT_EQ(Sentences("\u201cWhy now?\u201d asked Lavrov."),
            (Strings{"\u201cWhy now?\u201d", "asked Lavrov."}));
}

TEST(SentenceEnds, CommaOrDashAfterTerminalContinues) {
  EXPECT_EQ(Sentences("\u00bbWarum?\u00ab, fragte er. Gut! \u2014 sagte sie. Aus."),
            (Strings{"\u00bbWarum?\u00ab, fragte er.", "Gut! \u2014 sagte sie.", "Aus."}));
}

TEST(SentenceEnds, LineBreakEndsSentence) {
  EXPECT_EQ(Sentences("A headline\nThe story starts here."),
            (Strings{"A headline", "The story starts here."}));
}

TEST(SentenceEnds, EveryLineEndInEveryGapEndsSentence) {
  // The gap test is inline for gaps of one byte or none; longer gaps are
  // scanned: each line end alone, and among spaces on either side.
  for (const char* line_end : {"\n", "\r", "\r\n", "\u2028", "\u2029", "\n\n"}) {
    for (const char* before : {"", " ", "  ", "\u00a0"}) {
      for (const char* after : {"", " ", "\t "}) {
        const std::string gap = std::string(before) + line_end + after;
        EXPECT_EQ(Sentences("One two" + gap + "three four"), (Strings{"One two", "three four"}))
            << "gap \"" << gap << "\"";
      }
    }
  }
  // White space that is no line end, U+2003 sharing U+2028's first bytes.
  for (const char* gap : {" ", "  ", "\t", "\u00a0", " \u2003 ", "\u2003"}) {
    EXPECT_EQ(Sentences(std::string("One two") + gap + "three four"),
              (Strings{std::string("One two") + gap + "three four"}))
        << gap;
  }
}

TEST(SentenceEnds, IdeographicFullStopNeedsNoSpace) {
  EXPECT_EQ(Sentences("\u5f7c\u306f\u8a00\u3063\u305f\u3002\u300c\u306f\u3044\u300d"),
            (Strings{"\u5f7c\u306f\u8a00\u3063\u305f\u3002", "\u300c\u306f\u3044\u300d"}));
}

}  // namespace
}  // namespace quotes
