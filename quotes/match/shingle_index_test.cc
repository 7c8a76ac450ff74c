#include "quotes/match/shingle_index.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace quotes {
namespace {

class ShingleIndexTest : public ::testing::Test {
 protected:
  std::vector<MatchToken> Tokens(const std::string& text) {
    texts_.push_back(text);
    std::vector<MatchToken> tokens;
    EXPECT_TRUE(
        TokenizeForMatching(texts_.back(), WordLists::Default(), &vocab_, &tokens)
            .ok());
    return tokens;
  }
  KeyVocabulary vocab_;
  std::vector<std::string> texts_;
};

TEST_F(ShingleIndexTest, RanksPassagesBySharedShingles) {
  ShingleIndex index(ShingleIndex::Options{});
  index.Add(0, Tokens("the talks will resume in April after the holiday"));
  index.Add(1, Tokens("we will not be rushed into a deal"));
  index.Add(2, Tokens("nobody will be rushed into anything"));
  index.Build();
  std::vector<ShingleIndex::Candidate> found =
      index.Lookup(Tokens("We will not be rushed into a bad deal."), 10);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].passage, 1u);
  EXPECT_EQ(found[0].shared, 6u);  // we will, will not, ..., into a
  EXPECT_EQ(found[1].passage, 2u);
  EXPECT_TRUE(index.Lookup(Tokens("entirely unrelated sentence"), 10).empty());
  EXPECT_EQ(index.Lookup(Tokens("be rushed into"), 10, 3).size(), 0u);
  EXPECT_EQ(index.Lookup(Tokens("be rushed into"), 1).size(), 1u);
}

TEST_F(ShingleIndexTest, ShinglesBridgeElisionsAndBrackets) {
  ShingleIndex index(ShingleIndex::Options{});
  EXPECT_EQ(index.Shingles(Tokens("we will ... never [ever] accept")),
            index.Shingles(Tokens("we will never accept")));
}

TEST_F(ShingleIndexTest, CommonShinglesAreSkipped) {
  ShingleIndex::Options options;
  options.max_postings = 2;
  ShingleIndex index(options);
  for (uint32_t i = 0; i < 3; ++i) index.Add(i, Tokens("of the sea"));
  index.Add(3, Tokens("the sea wall"));
  index.Build();
  // "of the" is in 3 passages and "the sea" in 4, both over the limit.
  EXPECT_TRUE(index.Lookup(Tokens("of the sea"), 10).empty());
  std::vector<ShingleIndex::Candidate> wall =
      index.Lookup(Tokens("the sea wall"), 10);
  ASSERT_EQ(wall.size(), 1u);
  EXPECT_EQ(wall[0].passage, 3u);
}

TEST_F(ShingleIndexTest, ContentOnlyIndexIgnoresOrderAndShortWords) {
  ShingleIndex::Options options;
  options.shingle_words = 1;
  options.content_only = true;
  ShingleIndex index(options);
  index.Add(7, Tokens("she said the patrol boats would double by summer"));
  index.Build();
  std::vector<ShingleIndex::Candidate> found =
      index.Lookup(Tokens("we will double our patrol boats before summer"), 5);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].shared, 4u);  // double, patrol, boats, summer
}

}  // namespace
}  // namespace quotes
