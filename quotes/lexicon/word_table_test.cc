#include "quotes/lexicon/word_table.h"

#include <string>

#include "gtest/gtest.h"

namespace quotes {
namespace {

TEST(WordTable, EmptyFindsNothing) {
  WordTable table;
  EXPECT_EQ(table.Find("said"), 0u);
  EXPECT_EQ(table.Find(""), 0u);
}

TEST(WordTable, FindsWhatWasAssigned) {
  WordTable table;
  table.Assign({{"said", 1}, {"told", 2}, {"a", 3}, {"", 4}, {"über", 5}});
  EXPECT_EQ(table.Find("said"), 1u);
  EXPECT_EQ(table.Find("told"), 2u);
  EXPECT_EQ(table.Find("a"), 3u);
  EXPECT_EQ(table.Find(""), 4u);
  EXPECT_EQ(table.Find("über"), 5u);
  EXPECT_EQ(table.Find("sand"), 0u);
  EXPECT_EQ(table.Find("saids"), 0u);
  EXPECT_EQ(table.Find("sai"), 0u);
}

// Words of every length class (compared byte by byte, by their ends, in
// full) find their own value and no other.
TEST(WordTable, WordsOfEveryLength) {
  std::vector<std::string> words = {"a", "b"};
  for (int n = 2; n <= 40; ++n) {
    words.push_back(std::string(n, 'a'));
    words.push_back(std::string(n - 1, 'a') + "b");
    words.push_back("b" + std::string(n - 1, 'a'));
    if (n >= 3) words.push_back(std::string(n / 2, 'a') + "c" + std::string(n - n / 2 - 1, 'a'));
  }
  std::vector<std::pair<absl::string_view, uint32_t>> entries;
  for (size_t i = 0; i < words.size(); ++i) entries.emplace_back(words[i], i + 1);
  WordTable table;
  table.Assign(entries);
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(table.Find(words[i]), i + 1) << words[i];
  for (int n = 1; n <= 40; ++n) EXPECT_EQ(table.Find(std::string(n, 'z')), 0u);
  // Differs only in the middle, where a word over 16 bytes is compared in full.
  EXPECT_EQ(table.Find(std::string(10, 'a') + "d" + std::string(19, 'a')), 0u);
}

// Words alike in their ends and length still find their own value.
TEST(WordTable, CollidingWordsKeepTheirValues) {
  std::vector<std::string> words;
  for (char c = 'a'; c <= 'z'; ++c) {
    words.push_back(std::string("stated") + c + "tostatesmanned");
  }
  std::vector<std::pair<absl::string_view, uint32_t>> entries;
  for (size_t i = 0; i < words.size(); ++i) entries.emplace_back(words[i], i + 1);
  WordTable table;
  table.Assign(entries);
  for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(table.Find(words[i]), i + 1) << words[i];
  EXPECT_EQ(table.Find("stated-tostatesmanned"), 0u);
}

// Assign replaces what the table held.
TEST(WordTable, AssignReplaces) {
  WordTable table;
  table.Assign({{"said", 1}});
  table.Assign({{"told", 2}});
  EXPECT_EQ(table.Find("said"), 0u);
  EXPECT_EQ(table.Find("told"), 2u);
}

// A WordSet answers the same before and after Index(), and after words
// are added that Index() has not seen.
TEST(WordSet, ContainsBeforeAndAfterIndex) {
  WordSet set;
  EXPECT_FALSE(set.contains("und"));
  EXPECT_TRUE(set.insert("und"));
  EXPECT_FALSE(set.insert("und"));
  EXPECT_TRUE(set.contains("und"));
  set.Index();
  EXPECT_TRUE(set.contains("und"));
  EXPECT_FALSE(set.contains("oder"));
  set.insert("oder");
  EXPECT_TRUE(set.contains("oder"));
  set.Index();
  EXPECT_TRUE(set.contains("oder"));
  EXPECT_EQ(set.size(), 2u);
  EXPECT_FALSE(set.empty());
}

}  // namespace
}  // namespace quotes
