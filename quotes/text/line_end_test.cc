#include "quotes/text/line_end.h"

#include <string>
#include <utility>

#include "gtest/gtest.h"

namespace quotes {
namespace {

// The line's text and where the next starts, for the line at `pos`.
std::pair<std::string, size_t> Line(absl::string_view text, size_t pos, size_t limit,
                                    bool may_hold_cr = true) {
  const LineEnd e = FindLineEnd(text, pos, limit, may_hold_cr);
  return {std::string(text.substr(pos, e.end - pos)), e.next};
}

TEST(FindLineEnd, EachKindOfLineEnd) {
  const std::string text = "a\nbc\r\nd\re\r\rf";
  EXPECT_EQ(Line(text, 0, text.size()), (std::pair<std::string, size_t>{"a", 2}));
  EXPECT_EQ(Line(text, 2, text.size()), (std::pair<std::string, size_t>{"bc", 6}));  // \r\n
  EXPECT_EQ(Line(text, 6, text.size()), (std::pair<std::string, size_t>{"d", 8}));   // lone \r
  EXPECT_EQ(Line(text, 8, text.size()), (std::pair<std::string, size_t>{"e", 10}));
  EXPECT_EQ(Line(text, 10, text.size()), (std::pair<std::string, size_t>{"", 11}));
  EXPECT_EQ(Line(text, 11, text.size()), (std::pair<std::string, size_t>{"f", 12}));
  EXPECT_EQ(Line(text, 12, text.size()), (std::pair<std::string, size_t>{"", 12}));
}

TEST(FindLineEnd, StopsAtTheLimit) {
  const std::string text = "ab\r\ncd\n";
  // A \r at the limit's edge: its \n is beyond the limit.
  EXPECT_EQ(Line(text, 0, 3), (std::pair<std::string, size_t>{"ab", 3}));
  EXPECT_EQ(Line(text, 4, 5), (std::pair<std::string, size_t>{"c", 5}));
  EXPECT_EQ(Line(text, 0, 0), (std::pair<std::string, size_t>{"", 0}));
}

TEST(FindLineEnd, NoCarriageReturnLookedFor) {
  const std::string text = "ab\rcd\nef";
  EXPECT_EQ(Line(text, 0, text.size(), /*may_hold_cr=*/false),
            (std::pair<std::string, size_t>{"ab\rcd", 6}));
  EXPECT_EQ(Line(text, 0, text.size()), (std::pair<std::string, size_t>{"ab", 3}));
}

}  // namespace
}  // namespace quotes
