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

}  // namespace
}  // namespace quotes
