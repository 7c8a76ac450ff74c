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

TEST(WordLists, TitleKinds) {
  const WordLists& lists = WordLists::Default();
  EXPECT_EQ(lists.GetTitleKind("mr"), WordLists::TitleKind::kHonorific);
  EXPECT_EQ(lists.GetTitleKind("secretary of state"),
            WordLists::TitleKind::kRole);
  EXPECT_EQ(lists.GetTitleKind("blinken"), WordLists::TitleKind::kNone);
  EXPECT_GE(lists.max_title_words(), 3);
}

TEST(WordLists, MalformedLinesNameFileAndLine) {
  absl::StatusOr<WordLists> bad_kind =
      WordLists::FromTsv("", "", "# c\nmr\thonorific\nboss\trol\n");
  ASSERT_EQ(bad_kind.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(bad_kind.status().message(), "titles.tsv:3: unknown kind 'rol'");

  absl::StatusOr<WordLists> bad_number =
      WordLists::FromTsv("", "ise\tize\tfour\n", "");
  EXPECT_EQ(bad_number.status().code(), absl::StatusCode::kInvalidArgument);

  absl::StatusOr<WordLists> one_column = WordLists::FromTsv("kiev\n", "", "");
  EXPECT_EQ(one_column.status().message(),
            "spelling_variants.tsv:1: expected 2 tab-separated columns");
}

}  // namespace
}  // namespace quotes
