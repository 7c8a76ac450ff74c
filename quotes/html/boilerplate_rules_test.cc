#include "quotes/html/boilerplate_rules.h"

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace quotes {
namespace {

TEST(BoilerplateRules, DefaultFileParses) {
  // Default() falls back to no rules when the built-in file is broken.
  EXPECT_GT(BoilerplateRules::Default().size(), 50u);
}

TEST(BoilerplateRules, DefaultDropsFurnitureNotArticleParts) {
  const BoilerplateRules& rules = BoilerplateRules::Default();
  EXPECT_TRUE(rules.DropsTag("nav"));
  EXPECT_TRUE(rules.DropsTag("SCRIPT"));
  EXPECT_TRUE(rules.DropsTag("figcaption"));
  EXPECT_FALSE(rules.DropsTag("p"));
  EXPECT_FALSE(rules.DropsTag("blockquote"));
  EXPECT_FALSE(rules.DropsTag("q"));
  EXPECT_TRUE(rules.DropsRole("navigation"));
  EXPECT_FALSE(rules.DropsRole("main"));
  EXPECT_TRUE(rules.DropsAttribute("hidden"));
}

TEST(BoilerplateRules, WordMatchesAtEitherEndOfAToken) {
  const BoilerplateRules& rules = BoilerplateRules::Default();
  EXPECT_TRUE(rules.DropsWord("share"));
  EXPECT_TRUE(rules.DropsWord("share-bar"));
  EXPECT_TRUE(rules.DropsWord("article_share"));
  EXPECT_TRUE(rules.DropsWord("Related-Stories"));
  EXPECT_TRUE(rules.DropsWord("js-share-bar"));  // rule word "share-bar"
  EXPECT_FALSE(rules.DropsWord("shareholders"));
  EXPECT_FALSE(rules.DropsWord("has-share-count"));
  EXPECT_FALSE(rules.DropsWord("article-body"));
  EXPECT_FALSE(rules.DropsWord("lead"));  // "ad" is a rule word
}

TEST(BoilerplateRules, FromTsvReadsEachKindAndSkipsComments) {
  absl::StatusOr<BoilerplateRules> rules = BoilerplateRules::FromTsv(
      "# comment\n\ntag\tMarquee\t# note\nword\tpromo\nrole\tnote\n"
      "attribute\tinert\r\n");
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_EQ(rules->size(), 4u);
  EXPECT_TRUE(rules->DropsTag("marquee"));
  EXPECT_TRUE(rules->DropsWord("promo-box"));
  EXPECT_TRUE(rules->DropsRole("note"));
  EXPECT_TRUE(rules->DropsAttribute("inert"));
  EXPECT_FALSE(rules->DropsTag("nav"));
}

TEST(BoilerplateRules, FromTsvNamesTheBadLine) {
  absl::StatusOr<BoilerplateRules> rules =
      BoilerplateRules::FromTsv("tag\tnav\ntags\tdiv\n", "mine.tsv");
  ASSERT_EQ(rules.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(rules.status().message(), "mine.tsv:2: unknown kind 'tags'");
  EXPECT_EQ(BoilerplateRules::FromTsv("word\n").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(BoilerplateRules::FromTsv("word\t \n").status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace quotes
