#include "quotes/detect/quote_detector.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"
#include "quotes/text/segmenter.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

// The production mark table: detection is about exactly these marks.
const QuoteDetector& Detector() {
  static const QuoteDetector* d = [] {
    auto lex = Lexicon::Default();
    auto det = QuoteDetector::Create(**lex, QuoteDetector::Options());
    return det->release();
  }();
  return *d;
}

DetectResult DetectIn(const std::string& text) {
  return Detector().Detect(text, SplitParagraphs(text, ByteSpan{0, text.size()}));
}

std::vector<std::string> Contents(const std::string& text) {
  std::vector<std::string> out;
  for (const QuoteSpan& q : DetectIn(text).quotes) {
    out.emplace_back(q.content.Of(text));
  }
  return out;
}

struct MarkCase {
  const char* name;
  const char* text;
  std::vector<std::string> quotes;
};

class MarkStyles : public ::testing::TestWithParam<MarkCase> {};

TEST_P(MarkStyles, FindsExactlyTheQuotes) {
  EXPECT_EQ(Contents(GetParam().text), GetParam().quotes) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    QuoteDetector, MarkStyles,
    ::testing::Values(
        MarkCase{"straight", "He said \"we will win,\" and left.", {"we will win,"}},
        MarkCase{"curly", "\u201cWe will win,\u201d she said.", {"We will win,"}},
        MarkCase{"single_curly", "\u2018We will win,\u2019 she said.", {"We will win,"}},
        MarkCase{"straight_single", "She said 'we will win' today.", {"we will win"}},
        MarkCase{"french_nbsp", "Il a dit\u00a0: \u00ab\u00a0Nous gagnerons\u00a0\u00bb.",
                 {"\u00a0Nous gagnerons\u00a0"}},
        MarkCase{"french_tight", "Il a dit \u00abnous gagnerons\u00bb.", {"nous gagnerons"}},
        MarkCase{"german_low_high", "Er sagte: \u201eWir gewinnen.\u201c Dann ging er.",
                 {"Wir gewinnen."}},
        MarkCase{"german_mixed", "Er sagte \u201eWir gewinnen\u201d heute.", {"Wir gewinnen"}},
        MarkCase{"german_chevrons", "Er sagte: \u00bbWir gewinnen.\u00ab Dann ging er.",
                 {"Wir gewinnen."}},
        MarkCase{"danish_chevrons_same", "Han sagde \u00bbvi vinder\u00bb i dag.", {"vi vinder"}},
        // “ closes „ and "; a quote opened with » it leaves open.
        MarkCase{"closing_mark_of_another_pairing",
                 "Er sagte \u00bbWir gewinnen\u201c heute.", {}},
        MarkCase{"swedish_same_mark", "Han sa \u201dvi vinner\u201d i dag.", {"vi vinner"}},
        MarkCase{"german_single", "Er nannte es \u201aSieg\u2018 und ging.", {"Sieg"}},
        MarkCase{"japanese_corner", "\u5f7c\u306f\u300c\u52dd\u3064\u300d\u3068\u8a00\u3063\u305f\u3002",
                 {"\u52dd\u3064"}},
        MarkCase{"nested", "\u201cHe told me \u2018never\u2019 twice,\u201d she said.",
                 {"He told me \u2018never\u2019 twice,", "never"}},
        MarkCase{"apostrophes_are_not_quotes",
                 "Don\u2019t touch Reuters\u2019 copy from the \u201990s, it\u2019s rock \u2019n\u2019 roll.",
                 {}},
        MarkCase{"apostrophe_inside_quote",
                 "\u201cIt\u2019s the voters\u2019 choice,\u201d he said.",
                 {"It\u2019s the voters\u2019 choice,"}},
        MarkCase{"straight_apostrophes", "It's the players' fault, 'tis true.", {}},
        MarkCase{"two_quotes", "\"Yes,\" he said, \"and no.\"", {"Yes,", "and no."}},
        MarkCase{"nested_with_spaces",
                 "\" 'Above the law,' \" said Win.",
                 {" 'Above the law,' ", "Above the law,"}},
        MarkCase{"two_apostrophes", "He said ''we will win'' today.", {"we will win"}},
        MarkCase{"mixed_styles", "\u201cWe will win,\" he said.", {"We will win,"}}),
    [](const ::testing::TestParamInfo<MarkCase>& info) { return info.param.name; });

// The scan for marks reads many bytes at once: a mark must be found at every
// offset, after letters that are not ASCII and are no mark (é, —), and at
// the very end of the text.
TEST(QuoteDetector, FindsMarksAtEveryOffset) {
  for (int filler = 0; filler < 80; ++filler) {
    for (const std::string& before : {"", "caf\u00e9 \u2014 "}) {
      const std::string lead = before + std::string(filler, 'x') + " said ";
      for (const auto& [open, close] : {std::pair<std::string, std::string>{"\"", "\""},
                                        {"\u201c", "\u201d"},
                                        {"\u00ab", "\u00bb"}}) {
        const std::string text = lead + open + "Yes, we did" + close + ".";
        EXPECT_THAT(Contents(text), ElementsAre("Yes, we did")) << text;
        const std::string at_end = lead + open + "Yes, we did" + close;
        EXPECT_THAT(Contents(at_end), ElementsAre("Yes, we did")) << at_end;
      }
    }
  }
}

TEST(QuoteDetector, QuoteReopenedAtEachParagraphIsOneQuote) {
  const std::string text =
      "\u201cFirst paragraph of the quote.\n\n"
      "\u201cSecond paragraph.\n\n"
      "\u201cLast one,\u201d she said.\n\nAfter.";
  DetectResult r = DetectIn(text);
  ASSERT_EQ(r.quotes.size(), 1u);
  const QuoteSpan& q = r.quotes[0];
  EXPECT_EQ(q.content.Of(text),
            "First paragraph of the quote.\n\n\u201cSecond paragraph.\n\n"
            "\u201cLast one,");
  EXPECT_EQ(q.first_paragraph, 0);
  EXPECT_EQ(q.last_paragraph, 2);
  ASSERT_EQ(q.reopen_marks.size(), 2u);
  EXPECT_EQ(q.reopen_marks[0].begin, text.find("\u201cSecond"));
  EXPECT_EQ(q.reopen_marks[1].begin, text.find("\u201cLast"));
  EXPECT_EQ(q.open, "\u201c");
  EXPECT_EQ(q.close, "\u201d");
  EXPECT_TRUE(q.closed);
}

// A quote nested in a continued quote has the outer quote's marks and
// reopening marks neither taken nor shared.
TEST(QuoteDetector, QuoteInsideAContinuedQuoteKeepsItsOwnMarks) {
  const std::string text =
      "\u201cFirst paragraph of the quote.\n\n"
      "\u201cShe said \u2018no\u2019 twice,\u201d he said.";
  DetectResult r = DetectIn(text);
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[0].open, "\u201c");
  EXPECT_EQ(r.quotes[0].close, "\u201d");
  ASSERT_EQ(r.quotes[0].reopen_marks.size(), 1u);
  EXPECT_EQ(r.quotes[0].reopen_marks[0].begin, text.find("\u201cShe"));
  EXPECT_EQ(r.quotes[1].content.Of(text), "no");
  EXPECT_EQ(r.quotes[1].open, "\u2018");
  EXPECT_EQ(r.quotes[1].close, "\u2019");
  EXPECT_THAT(r.quotes[1].reopen_marks, IsEmpty());
  EXPECT_EQ(r.quotes[1].depth, 1);
}

TEST(QuoteDetector, UnclosedQuoteEndsWithItsParagraph) {
  const std::string text =
      "\u201cThis never closes.\n\nThe reporter went on. \u201cThis does,\u201d he said.";
  DetectResult r = DetectIn(text);
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_FALSE(r.quotes[0].closed);
  EXPECT_EQ(r.quotes[0].content.Of(text), "This never closes.");
  EXPECT_TRUE(r.quotes[1].closed);
  EXPECT_EQ(r.quotes[1].content.Of(text), "This does,");
  EXPECT_FALSE(r.diagnostics.empty());
}

TEST(QuoteDetector, StrayMidSentenceMarkSwallowsNothing) {
  const std::string text =
      "A stray \" mark and a \"real quote\" here.\n\nNext \"one\" too.";
  EXPECT_THAT(Contents(text), ElementsAre("real quote", "one"));
}

TEST(QuoteDetector, UnclosedMidSentenceQuoteIsOnlyADiagnostic) {
  const std::string text = "He called it \u201ca disaster and left.\n\nMore text.";
  DetectResult r = DetectIn(text);
  EXPECT_THAT(r.quotes, IsEmpty());
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].span.begin, text.find("\u201c"));
}

TEST(QuoteDetector, HostileInputIsBounded) {
  std::string marks(100000, '"');
  DetectResult r = DetectIn(marks);
  EXPECT_LE(r.diagnostics.size(), 51u);
  std::string nested;
  for (int i = 0; i < 100000; ++i) nested += "\u201c a";
  r = DetectIn(nested);
  EXPECT_LE(r.quotes.size(), 6u);
}

// Found by pipeline_hostile_input_test: 100,000 opening marks, then a
// paragraph reopening with a quote. The first paragraph's quote, far over the
// length limit, was continued into the second, and both were dropped.
TEST(QuoteDetector, OverlongQuoteDoesNotTakeTheNextParagraphsQuote) {
  auto lex = Lexicon::Default();
  ASSERT_THAT(lex, IsOk());
  QuoteDetector::Options options;
  options.max_quote_bytes = 30;
  auto detector = QuoteDetector::Create(**lex, options);
  ASSERT_THAT(detector, IsOk());
  const std::string text =
      "\u201cThis paragraph opens a quote far too long to be one.\n\n"
      "\u201cNext,\u201d she said.";
  DetectResult r =
      (*detector)->Detect(text, SplitParagraphs(text, ByteSpan{0, text.size()}));
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].content.Of(text), "Next,");
  EXPECT_EQ(r.quotes[0].first_paragraph, 1);
}

// The contents of the quotes a detector built from `quote_marks_tsv` finds.
std::vector<std::string> ContentsWithMarks(const std::string& quote_marks_tsv,
                                           const std::string& text) {
  auto lex = Lexicon::FromFiles({{"quote_marks.tsv", quote_marks_tsv},
                                  {"en/function_words.tsv", "the of and\n"}});
  std::vector<std::string> out;
  if (!lex.ok()) {
    ADD_FAILURE() << lex.status();
    return out;
  }
  auto det = QuoteDetector::Create(**lex, QuoteDetector::Options());
  if (!det.ok()) {
    ADD_FAILURE() << det.status();
    return out;
  }
  for (const QuoteSpan& q :
       (*det)->Detect(text, SplitParagraphs(text, ByteSpan{0, text.size()})).quotes) {
    out.emplace_back(q.content.Of(text));
  }
  return out;
}

// Where several marks match at one place, the longest is the mark, whatever
// the order of the table: RE2 is shown only the widest mark's bytes, and
// the pattern lists the marks so that no two alternatives start alike.
TEST(QuoteDetector, LongestOfMarksSharingAPrefixWins) {
  const std::string text = "A <<<x y z>>> b <<p q r>> c <u v w> d <<e f g>>";
  const std::vector<std::string> want = {"x y z", "p q r", "u v w", "e f g"};
  EXPECT_THAT(ContentsWithMarks("<\t>\tdouble\ttight\n<<\t>>\tdouble\ttight\n"
                                "<<<\t>>>\tdouble\ttight\n",
                                text),
              ElementsAreArray(want));
  EXPECT_THAT(ContentsWithMarks("<<<\t>>>\tdouble\ttight\n<\t>\tdouble\ttight\n"
                                "<<\t>>\tdouble\ttight\n",
                                text),
              ElementsAreArray(want));
  // A mark wider than 16 bytes: RE2 then matches with its DFA.
  const std::string wide(20, '<'), wide_close(20, '>');
  EXPECT_THAT(ContentsWithMarks("<\t>\tdouble\ttight\n" + wide + "\t" + wide_close +
                                    "\tdouble\ttight\n",
                                "A " + wide + "x y z" + wide_close + " b <u v w>"),
              ElementsAre("x y z", "u v w"));
}

TEST(QuoteDetector, NoMarksNoQuotes) {
  EXPECT_THAT(DetectIn("Nothing quoted here.").quotes, IsEmpty());
  EXPECT_THAT(DetectIn("").quotes, IsEmpty());
}

TEST(QuoteDetector, ResultReusedForTheNextArticleHoldsOnlyThatArticle) {
  // The first article leaves quotes, diagnostics and an open quote behind.
  const std::string first =
      "\"A long quote,\" he said. \"Another \"one\" here.\"\n\n"
      "\"Never closed at all\n\n\"Continued and still open";
  const std::string second = "She said \"yes\" twice.";
  DetectResult reused;
  Detector().Detect(first, SplitParagraphs(first, ByteSpan{0, first.size()}), &reused);
  ASSERT_FALSE(reused.quotes.empty());
  ASSERT_FALSE(reused.diagnostics.empty());
  Detector().Detect(second, SplitParagraphs(second, ByteSpan{0, second.size()}), &reused);
  ASSERT_EQ(reused.quotes.size(), 1u);
  EXPECT_EQ(reused.quotes[0].content.Of(second), "yes");
  EXPECT_THAT(reused.diagnostics, IsEmpty());
}

}  // namespace
}  // namespace quotes
