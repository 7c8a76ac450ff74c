// End to end: the pipeline on every article under testdata/ with a gold file
// must find exactly the gold's quotes, with their kinds and speakers.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/pipeline.h"
#include "quotes/testing/status_matchers.h"
#include "quotes/testing/testdata.h"

namespace quotes {
namespace {

using ::quotes::testing::GoldFile;
using ::quotes::testing::GoldQuote;
using ::quotes::testing::IsOk;

std::vector<std::string> AllGoldFiles() {
  std::vector<std::string> out = testing::ListGoldFiles("testdata/articles");
  for (const std::string& f : testing::ListGoldFiles("testdata/lang")) {
    out.push_back(f);
  }
  return out;
}

const Pipeline& SharedPipeline() {
  static const Pipeline* p = Pipeline::Create()->release();
  return *p;
}

bool KindMatches(const std::string& gold, QuoteRecord::Kind kind) {
  if (gold == "direct") return kind == QuoteRecord::DIRECT;
  if (gold == "partial") return kind == QuoteRecord::PARTIAL;
  if (gold == "scare") return kind == QuoteRecord::SCARE;
  return true;  // "nested": any kind
}

bool SpeakerMatches(const GoldQuote& g, const QuoteRecord& q) {
  if (g.speaker().empty()) return true;
  if (q.speaker().name() == g.speaker()) return true;
  for (const std::string& a : g.aliases()) {
    if (q.speaker().name() == a) return true;
  }
  return false;
}

class GoldArticles : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldArticles, FindsExactlyTheGoldQuotes) {
  const std::string gold_path = GetParam();
  auto json = testing::ReadTestdata(gold_path);
  ASSERT_THAT(json, IsOk());
  auto gold = testing::ParseGold(*json);
  ASSERT_THAT(gold, IsOk());
  const std::string dir = gold_path.substr(0, gold_path.rfind('/') + 1);
  auto text = testing::ReadTestdata(dir + gold->article());
  ASSERT_THAT(text, IsOk());
  auto result = SharedPipeline().Run(*text);
  ASSERT_THAT(result, IsOk());

  std::vector<bool> used(result->quotes_size(), false);
  for (const GoldQuote& g : gold->quotes()) {
    if (g.kind() == "indirect") continue;
    int found = -1;
    for (int i = 0; i < result->quotes_size(); ++i) {
      if (!used[i] && result->quotes(i).text() == g.text()) {
        found = i;
        break;
      }
    }
    ASSERT_GE(found, 0) << gold->article() << ": quote not found: " << g.text();
    used[found] = true;
    const QuoteRecord& q = result->quotes(found);
    EXPECT_TRUE(KindMatches(g.kind(), q.kind()))
        << gold->article() << ": \"" << g.text() << "\" is "
        << QuoteRecord::Kind_Name(q.kind()) << ", gold says " << g.kind();
    if (g.kind() != "scare" && g.kind() != "nested") {
      EXPECT_TRUE(SpeakerMatches(g, q))
          << gold->article() << ": \"" << g.text() << "\" attributed to '"
          << q.speaker().name() << "' (" << AttributionRule_Name(q.rule())
          << "), gold says '" << g.speaker() << "'";
    }
    // Offsets point into the input.
    EXPECT_EQ(text->substr(q.content().begin(), q.content().end() - q.content().begin()),
              q.text());
  }
  for (int i = 0; i < result->quotes_size(); ++i) {
    EXPECT_TRUE(used[i]) << gold->article() << ": unexpected quote \""
                         << result->quotes(i).text() << "\" ("
                         << QuoteRecord::Kind_Name(result->quotes(i).kind()) << ")";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Testdata, GoldArticles, ::testing::ValuesIn(AllGoldFiles()),
    [](const ::testing::TestParamInfo<std::string>& info) {
      std::string name = info.param.substr(info.param.rfind('/') + 1);
      name = name.substr(0, name.find('.'));
      for (char& c : name) {
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return absl::StrCat(info.index, "_", name);
    });

TEST(GoldArticles, ThereAreGoldFiles) { EXPECT_GE(AllGoldFiles().size(), 6u); }

}  // namespace
}  // namespace quotes
