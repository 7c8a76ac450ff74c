#include "quotes/text/segmenter.h"

#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace quotes {
namespace {

std::vector<std::string> Texts(absl::string_view text,
                               const std::vector<ByteSpan>& spans) {
  std::vector<std::string> out;
  for (const ByteSpan& s : spans) out.emplace_back(s.Of(text));
  return out;
}

TEST(SplitParagraphs, BlankLinesSeparate) {
  const std::string text = "  One line\ncontinues.\n\n\n Two. \r\n \r\nThree";
  EXPECT_EQ(Texts(text, SplitParagraphs(text, ByteSpan{0, text.size()})),
            (std::vector<std::string>{"One line\ncontinues.", "Two.", "Three"}));
}

TEST(SplitParagraphs, LinesAreParagraphsWhenNoBlankLine) {
  const std::string text = "First.\rSecond.\nThird.";
  EXPECT_EQ(Texts(text, SplitParagraphs(text, ByteSpan{0, text.size()})),
            (std::vector<std::string>{"First.", "Second.", "Third."}));
}

TEST(SplitParagraphs, EmptyBody) {
  EXPECT_TRUE(SplitParagraphs("   \n\n  ", ByteSpan{0, 7}).empty());
  EXPECT_TRUE(SplitParagraphs("", ByteSpan{0, 0}).empty());
}

TEST(SplitParagraphs, IntoReplacesWhatTheVectorHeld) {
  const std::string text = "One.\n\nTwo.";
  std::vector<ByteSpan> out = {ByteSpan{1, 2}, ByteSpan{3, 4}, ByteSpan{5, 6}};
  SplitParagraphs(text, ByteSpan{0, text.size()}, &out);
  EXPECT_EQ(Texts(text, out), (std::vector<std::string>{"One.", "Two."}));
  SplitParagraphs(text, ByteSpan{0, 0}, &out);
  EXPECT_TRUE(out.empty());
}

// The paragraph rules of segmenter.h written plainly: the lines collected
// first, then grouped.
std::vector<ByteSpan> ReferenceParagraphs(absl::string_view text, ByteSpan body) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; };
  struct Line {
    ByteSpan span;
    bool blank;
  };
  std::vector<Line> lines;
  for (size_t pos = body.begin; pos < body.end;) {
    size_t end = pos;
    while (end < body.end && text[end] != '\n' && text[end] != '\r') ++end;
    bool blank = true;
    for (size_t i = pos; i < end; ++i) blank = blank && space(text[i]);
    lines.push_back(Line{ByteSpan{pos, end}, blank});
    pos = end + (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
  }
  auto trim = [&](ByteSpan s) {
    auto ws = [&](char c) { return space(c) || c == '\n' || c == '\r'; };
    while (s.begin < s.end && ws(text[s.begin])) ++s.begin;
    while (s.end > s.begin && ws(text[s.end - 1])) --s.end;
    while (s.end - s.begin >= 2 && text.substr(s.begin, 2) == "\u00a0") s.begin += 2;
    return s;
  };
  bool seen_text = false, blank_between = false;
  for (const Line& l : lines) {
    if (l.blank && seen_text) blank_between = true;
    if (!l.blank) seen_text = true;
  }
  std::vector<ByteSpan> out;
  auto add = [&](ByteSpan s) {
    s = trim(s);
    if (!s.empty()) out.push_back(s);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    size_t last = i;
    while (blank_between && last + 1 < lines.size() && !lines[last + 1].blank) ++last;
    add(ByteSpan{lines[i].span.begin, lines[last].span.end});
    i = last;
  }
  return out;
}

TEST(SplitParagraphs, AgreesWithReferenceOnRandomText) {
  const char* const pieces[] = {"word", "Two words.", " ",      "\t", "\n",  "\r",
                                "\r\n", "\n\n",      "  \n ", "\f", "\u00a0", "\u00a0x"};
  std::mt19937 rng(5);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int parts = rng() % 16;
    for (int p = 0; p < parts; ++p) text += pieces[rng() % std::size(pieces)];
    const size_t begin = rng() % 3 == 0 ? rng() % (text.size() + 1) : 0;
    const size_t end = rng() % 3 == 0 ? begin + rng() % (text.size() - begin + 1) : text.size();
    const std::vector<ByteSpan> want = ReferenceParagraphs(text, ByteSpan{begin, end});
    const std::vector<ByteSpan> got = SplitParagraphs(text, ByteSpan{begin, end});
    ASSERT_EQ(Texts(text, got), Texts(text, want)) << round;
    for (size_t i = 0; i < want.size(); ++i) ASSERT_EQ(got[i].begin, want[i].begin) << round;
  }
}

}  // namespace
}  // namespace quotes
