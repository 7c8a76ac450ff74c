#include "quotes/text/segmenter.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;

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

TEST(SentenceSplitter, KeepsAbbreviationsInside) {
  SentenceSplitter splitter;
  const std::string text =
      "Sen. John Smith spoke on Friday. Mr. Jones replied. Done!";
  auto s = splitter.Split(text, ByteSpan{0, text.size()}, "en", {"sen."});
  ASSERT_THAT(s, IsOk());
  EXPECT_EQ(Texts(text, *s),
            (std::vector<std::string>{"Sen. John Smith spoke on Friday.",
                                      "Mr. Jones replied.", "Done!"}));
}

TEST(SentenceSplitter, OffsetsAreIntoTheWholeText) {
  SentenceSplitter splitter;
  const std::string text = "Header\n\n\u201eDas ist gut.\u201c Er ging.";
  size_t begin = text.find("\u201e");
  auto s = splitter.Split(text, ByteSpan{begin, text.size()}, "de");
  ASSERT_THAT(s, IsOk());
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].begin, begin);
  EXPECT_EQ((*s)[1].Of(text), "Er ging.");
}

}  // namespace
}  // namespace quotes
