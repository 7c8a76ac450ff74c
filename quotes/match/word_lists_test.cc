#include "quotes/match/word_lists.h"

#include "gtest/gtest.h"

namespace quotes {
namespace {

TEST(WordLists, DefaultAppliesWholeWordVariants) {
  const WordLists& lists = WordLists::Default();
  EXPECT_EQ(lists.CanonicalSpelling("kiev"), "kyiv");
  EXPECT_EQ(lists.CanonicalSpelling("kyiv"), "kyiv");
  EXPECT_EQ(lists.CanonicalSpelling("harbour"), "harbor");
}

TEST(WordLists, SuffixRulesRespectStemLength) {
  const WordLists& lists = WordLists::Default();
  EXPECT_EQ(lists.CanonicalSpelling("recognise"), "recognize");
  EXPECT_EQ(lists.CanonicalSpelling("organisation"), "organization");
  EXPECT_EQ(lists.CanonicalSpelling("rise"), "rise");
  EXPECT_EQ(lists.CanonicalSpelling("wise"), "wise");
}

TEST(WordLists, AbbreviationsComeFromTheLexiconTitles) {
  const WordLists& lists = WordLists::Default();
  EXPECT_TRUE(lists.IsAbbreviation("mr"));
  EXPECT_TRUE(lists.IsAbbreviation("dr"));
  EXPECT_FALSE(lists.IsAbbreviation("minister"));
  EXPECT_FALSE(lists.IsAbbreviation("talks"));
}

TEST(WordLists, MalformedLinesNameFileAndLine) {
  absl::StatusOr<WordLists> bad_number =
      WordLists::FromTsv("", "# c\nise\tize\t4\nise\tize\tfour\n");
  ASSERT_EQ(bad_number.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(bad_number.status().message(),
            "spelling_suffixes.tsv:3: minimum stem length 'four' is not a "
            "number");

  absl::StatusOr<WordLists> one_column = WordLists::FromTsv("kiev\n", "");
  EXPECT_EQ(one_column.status().message(),
            "spelling_variants.tsv:1: expected 2 tab-separated columns");
}

}  // namespace
}  // namespace quotes
