// Each verdict at the alignment level: a quote against a source passage.
#include "quotes/match/verdict_classifier.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/match/tokenizer.h"
#include "quotes/match/word_aligner.h"

namespace quotes {
namespace {

struct Case {
  std::string quote_text, source_text;
  KeyVocabulary vocab;
  std::vector<MatchToken> quote_tokens, source_tokens;
  Alignment alignment;
  Verdicts verdicts;

  Case(std::string q, std::string s)
      : quote_text(std::move(q)), source_text(std::move(s)) {
    EXPECT_TRUE(TokenizeForMatching(quote_text, WordLists::Default(), &vocab,
                         &quote_tokens).ok());
    EXPECT_TRUE(TokenizeForMatching(source_text, WordLists::Default(), &vocab,
                         &source_tokens).ok());
    // As reference builders do: a passage's last word ends a sentence.
    if (!source_tokens.empty()) source_tokens.back().flags |= MatchToken::kSentenceEnd;
    TokenSeq quote{quote_tokens, quote_text};
    TokenSeq source{source_tokens, source_text};
    const int n = source_tokens.size();
    const std::pair<int, int> whole[] = {{0, n}};
    alignment = AlignWithPieces(quote, 0, quote_tokens.size(), source, 0, n,
                                whole);
    verdicts = ClassifyAlignment(quote, source, alignment);
  }

  bool Has(Verdict v) const {
    for (const Finding& f : verdicts.findings) {
      if (f.verdict() == v) return true;
    }
    return false;
  }
  const Finding& Get(Verdict v) const {
    for (const Finding& f : verdicts.findings) {
      if (f.verdict() == v) return f;
    }
    static const Finding* none = new Finding;
    ADD_FAILURE() << "no " << VerdictName(v) << " in " << verdicts.diff_text;
    return *none;
  }
};

constexpr char kTurn[] =
    "We came here in good faith. We will not be rushed into a deal that "
    "leaves our fishermen with empty nets, and we recognise that the other "
    "side has made real efforts. The talks will resume in April.";

TEST(ClassifyAlignment, Verbatim) {
  Case c("We came here in good faith.", kTurn);
  EXPECT_EQ(c.verdicts.verdict, VERBATIM);
  EXPECT_EQ(c.verdicts.truncation, NOT_TRUNCATED);
  EXPECT_EQ(c.verdicts.diff_text, "We came here in good faith");
  EXPECT_FLOAT_EQ(c.alignment.coverage(), 1.0f);
}

TEST(ClassifyAlignment, EquivalentCaseSpellingAndPunctuation) {
  Case spelling("the talks will resume in April. ",
                "The talks will resume in April.");
  EXPECT_EQ(spelling.verdicts.verdict, EQUIVALENT);
  EXPECT_NE(spelling.Get(EQUIVALENT).detail().find("'the' for 'The'"),
            std::string::npos);

  Case ize("We recognize that the other side has made real efforts.",
           "We recognise that the other side has made real efforts.");
  EXPECT_EQ(ize.verdicts.verdict, EQUIVALENT);
  EXPECT_TRUE(ize.Get(EQUIVALENT).acceptable());

  Case punct("We will not be rushed, into a deal.",
             "We will not be rushed into a deal.");
  EXPECT_EQ(punct.verdicts.verdict, EQUIVALENT);
}

TEST(ClassifyAlignment, TruncatedSaysWhichSide) {
  Case head("made real efforts.", kTurn);
  EXPECT_EQ(head.verdicts.verdict, TRUNCATED);
  EXPECT_EQ(head.verdicts.truncation, HEAD);

  Case tail("We will not be rushed into a deal", kTurn);
  EXPECT_EQ(tail.verdicts.truncation, TAIL);

  Case both("not be rushed into a deal", kTurn);
  EXPECT_EQ(both.verdicts.truncation, BOTH);
  EXPECT_TRUE(both.Get(TRUNCATED).acceptable());
  EXPECT_FALSE(both.Has(ALTERED));
}

TEST(ClassifyAlignment, MarkedElisionIsAcceptable) {
  for (const char* marker : {"...", "\xE2\x80\xA6", "[\xE2\x80\xA6]"}) {
    Case c(std::string("We will not be rushed into a deal ") + marker +
               " and we recognise that the other side has made real efforts.",
           kTurn);
    EXPECT_EQ(c.verdicts.verdict, ELIDED) << marker;
    const Finding& f = c.Get(ELIDED);
    EXPECT_TRUE(f.acceptable());
    EXPECT_NE(f.detail().find("leaves our fishermen with empty nets"),
              std::string::npos)
        << f.detail();
  }
}

TEST(ClassifyAlignment, UnmarkedElisionIsFlagged) {
  Case c("We will not be rushed into a deal and we recognise that the other "
         "side has made real efforts.",
         kTurn);
  EXPECT_EQ(c.verdicts.verdict, ELIDED);
  const Finding& f = c.Get(ELIDED);
  EXPECT_FALSE(f.acceptable());
  EXPECT_NE(f.detail().find("unmarked elision of 7 words"), std::string::npos)
      << f.detail();
  EXPECT_EQ(f.source_spans_size(), 7) << c.verdicts.diff_text;
}

TEST(ClassifyAlignment, BracketedInsertionNamesReplacedWords) {
  Case c("[Norland] will not be rushed into a deal.",
         "We will not be rushed into a deal.");
  EXPECT_EQ(c.verdicts.verdict, BRACKETED);
  EXPECT_EQ(c.Get(BRACKETED).detail(), "editorial insertion: 'Norland' for 'We'");

  Case added("We will not be rushed (again) into a deal.",
             "We will not be rushed into a deal.");
  EXPECT_EQ(added.verdicts.verdict, BRACKETED);
  EXPECT_FALSE(added.Has(ALTERED));
}

TEST(ClassifyAlignment, AlteredListsSubstitutionsInsertionsAndMoves) {
  Case sub("We must not be rushed into a deal.",
           "We will not be rushed into a deal.");
  EXPECT_EQ(sub.verdicts.verdict, ALTERED);
  EXPECT_EQ(sub.Get(ALTERED).detail(), "'must' for 'will'");
  EXPECT_FALSE(sub.Get(ALTERED).acceptable());
  EXPECT_EQ(sub.verdicts.diff_text,
            "We [-will-]{+must+} not be rushed into a deal");

  Case ins("We will not be rushed into a bad deal.",
           "We will not be rushed into a deal.");
  EXPECT_EQ(ins.Get(ALTERED).detail(), "inserted 'bad'");

  Case moved("We not will be rushed into a deal.",
             "We will not be rushed into a deal.");
  EXPECT_EQ(moved.verdicts.verdict, ALTERED);
  EXPECT_NE(moved.Get(ALTERED).detail().find("moved"), std::string::npos)
      << moved.Get(ALTERED).detail();
}

TEST(ClassifyAlignment, SplicedWhenSourceRunsBackwards) {
  Case c("The talks will resume in April. We came here in good faith.", kTurn);
  EXPECT_EQ(c.verdicts.verdict, SPLICED) << c.verdicts.diff_text;
  EXPECT_FALSE(c.Get(SPLICED).acceptable());
}

TEST(ClassifyAlignment, SplicedWhenUnmarkedGapIsLong) {
  Case c("We came here in good faith and the talks will resume in April.",
         kTurn);
  EXPECT_EQ(c.verdicts.verdict, SPLICED) << c.verdicts.diff_text;
  EXPECT_FALSE(c.Has(ELIDED));
}

TEST(ClassifyAlignment, NothingAlignsIsNotFound) {
  Case c("Completely different sentence now.", kTurn);
  EXPECT_EQ(c.verdicts.verdict, NOT_FOUND);
  EXPECT_EQ(c.alignment.matched, 0);
}

TEST(ClassifyAlignment, EmptyQuoteIsNotFound) {
  Case c("", kTurn);
  EXPECT_EQ(c.verdicts.verdict, NOT_FOUND);
  Case d("Some words.", "");
  EXPECT_EQ(d.verdicts.verdict, NOT_FOUND);
}

}  // namespace
}  // namespace quotes
