#include "quotes/text/word_shape_filter.h"

#include "gtest/gtest.h"

namespace quotes {
namespace {

TEST(WordShapeFilter, HoldsTheShapesAdded) {
  WordShapeFilter filter;
  EXPECT_FALSE(filter.MayHold("mr."));
  EXPECT_FALSE(filter.MayHold(""));
  filter.Add("mr.");
  filter.Add("sen.");
  EXPECT_TRUE(filter.MayHold("mr."));
  EXPECT_TRUE(filter.MayHold("ms."));   // the same first byte and length
  EXPECT_FALSE(filter.MayHold("mrs."));  // the same first byte, longer
  EXPECT_FALSE(filter.MayHold("dr."));   // the same length, another byte
  EXPECT_TRUE(filter.MayHold('s', 4));
  EXPECT_FALSE(filter.MayHold('s', 3));
  EXPECT_FALSE(filter.MayHold(""));
  filter.Add("");
  EXPECT_TRUE(filter.MayHold(""));
}

TEST(WordShapeFilter, LongWordsShareOneLength) {
  WordShapeFilter filter;
  filter.Add("administrations");  // 15 bytes
  EXPECT_TRUE(filter.MayHold("administrations"));
  EXPECT_TRUE(filter.MayHold("abcdefghijklmnopqrstuvwxyz"));  // may: 15 or more
  EXPECT_FALSE(filter.MayHold("administration"));              // 14
}

}  // namespace
}  // namespace quotes
