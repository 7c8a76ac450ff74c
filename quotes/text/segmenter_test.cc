#include "quotes/text/segmenter.h"

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

}  // namespace
}  // namespace quotes
