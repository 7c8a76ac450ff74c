// End to end, in every language of the project: the pipeline runs on the
// team's own articles in testdata/lang/<language>/NAME.txt and must agree with
// NAME.gold.json (../shared/eval/FORMAT.md): every direct and partial quote
// found and attributed to the speaker's canonical name, spelled as in the
// article (diacritics, Cyrillic), scare quotes not taken for speech, nothing
// else taken for speech, and the language read from the header or, without
// one, guessed from the body.
#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "quotes/pipeline.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;

constexpr char kRoot[] = "testdata/lang";

struct GoldQuote {
  std::string text;
  std::string speaker;  // empty when the gold has null
  std::string kind;     // direct, partial, scare
};

struct TestArticle {
  std::string language;  // the folder name
  std::string name;      // file stem
  std::string text;
  std::vector<GoldQuote> quotes;
};

// Names the article in test output instead of dumping its bytes.
void PrintTo(const TestArticle& a, std::ostream* os) {
  *os << a.language << "/" << a.name;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') names.push_back(e->d_name);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<GoldQuote> ParseGold(const std::string& json) {
  google::protobuf::Struct gold;
  auto status = google::protobuf::util::JsonStringToMessage(json, &gold);
  EXPECT_TRUE(status.ok()) << status.ToString();
  std::vector<GoldQuote> out;
  for (const auto& q : gold.fields().at("quotes").list_value().values()) {
    const auto& f = q.struct_value().fields();
    out.push_back({f.at("text").string_value(), f.at("speaker").string_value(),
                   f.at("kind").string_value()});
  }
  return out;
}

std::vector<TestArticle> LoadArticles() {
  std::vector<TestArticle> out;
  for (const std::string& language : ListDir(kRoot)) {
    const std::string dir = absl::StrCat(kRoot, "/", language);
    for (const std::string& file : ListDir(dir)) {
      absl::string_view stem = file;
      if (!absl::ConsumeSuffix(&stem, ".gold.json")) continue;
      TestArticle a{language, std::string(stem), ""};
      a.text = ReadFile(absl::StrCat(dir, "/", stem, ".txt"));
      a.quotes = ParseGold(ReadFile(absl::StrCat(dir, "/", file)));
      out.push_back(std::move(a));
    }
  }
  return out;
}

// Quote text compared without the spaces French sets inside « » and without
// the punctuation a quote may end with.
std::string Comparable(absl::string_view text) {
  for (bool changed = true; changed;) {
    changed = false;
    for (absl::string_view edge : {" ", "\u00a0", "\u202f", "\n", ".", ",", "!", "?"}) {
      if (absl::ConsumePrefix(&text, edge)) changed = true;
      if (absl::ConsumeSuffix(&text, edge)) changed = true;
    }
  }
  return std::string(text);
}

const QuoteRecord* Find(const ArticleQuotes& result, absl::string_view text) {
  for (const QuoteRecord& q : result.quotes()) {
    if (Comparable(q.text()) == Comparable(text)) return &q;
  }
  return nullptr;
}

bool IsSpeech(const GoldQuote& g) { return g.kind == "direct" || g.kind == "partial"; }

class PipelineLanguagesTest : public ::testing::TestWithParam<TestArticle> {
 protected:
  static void SetUpTestSuite() {
    auto pipeline = Pipeline::Create();
    ASSERT_THAT(pipeline, IsOk());
    pipeline_ = std::move(pipeline).value().release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  ArticleQuotes Run(absl::string_view text) {
    auto result = pipeline_->Run(text);
    EXPECT_THAT(result, IsOk());
    return result.ok() ? *std::move(result) : ArticleQuotes();
  }

  static const Pipeline* pipeline_;
};

const Pipeline* PipelineLanguagesTest::pipeline_ = nullptr;

TEST_P(PipelineLanguagesTest, FindsEveryQuoteWithItsSpeaker) {
  const TestArticle& a = GetParam();
  ArticleQuotes result = Run(a.text);
  for (const GoldQuote& g : a.quotes) {
    if (!IsSpeech(g)) continue;
    const QuoteRecord* q = Find(result, g.text);
    ASSERT_NE(q, nullptr) << "missed: " << g.text;
    EXPECT_NE(q->kind(), QuoteRecord::SCARE) << g.text;
    if (g.kind == "direct" && q->mark_style().rfind("\u2014", 0) == 0) {
      // A dash-opened utterance is a whole one.
      EXPECT_EQ(q->kind(), QuoteRecord::DIRECT) << g.text;
    }
    EXPECT_EQ(q->speaker().name(), g.speaker) << g.text;
  }
}

TEST_P(PipelineLanguagesTest, ScareQuotesAreNotSpeech) {
  const TestArticle& a = GetParam();
  ArticleQuotes result = Run(a.text);
  for (const GoldQuote& g : a.quotes) {
    if (g.kind != "scare") continue;
    const QuoteRecord* q = Find(result, g.text);
    if (q != nullptr) {
      EXPECT_EQ(q->kind(), QuoteRecord::SCARE) << g.text;
    }
  }
}

TEST_P(PipelineLanguagesTest, NothingElseIsTakenForSpeech) {
  const TestArticle& a = GetParam();
  ArticleQuotes result = Run(a.text);
  for (const QuoteRecord& q : result.quotes()) {
    if (q.kind() == QuoteRecord::SCARE) continue;
    bool in_gold = std::any_of(a.quotes.begin(), a.quotes.end(), [&](const GoldQuote& g) {
      return IsSpeech(g) && Comparable(g.text) == Comparable(q.text());
    });
    EXPECT_TRUE(in_gold) << "not speech in the gold: " << q.text();
  }
}

TEST_P(PipelineLanguagesTest, LanguageComesFromTheHeader) {
  const TestArticle& a = GetParam();
  ArticleQuotes result = Run(a.text);
  EXPECT_EQ(result.article().language(), a.language);
  EXPECT_EQ(result.article().language_source(), Article::HEADER);
}

TEST_P(PipelineLanguagesTest, LanguageIsGuessedWithoutAHeader) {
  const TestArticle& a = GetParam();
  size_t rule = a.text.find("\n---\n");
  ASSERT_NE(rule, std::string::npos);
  ArticleQuotes result = Run(absl::string_view(a.text).substr(rule + 5));
  EXPECT_EQ(result.article().language(), a.language);
  EXPECT_EQ(result.article().language_source(), Article::GUESSED);
}

INSTANTIATE_TEST_SUITE_P(
    Testdata, PipelineLanguagesTest, ::testing::ValuesIn(LoadArticles()),
    [](const ::testing::TestParamInfo<TestArticle>& info) {
      return absl::StrCat(info.param.language, "_", info.param.name);
    });

// Guards against an empty parameter list (a moved folder would otherwise
// pass silently): every language of the project has articles.
TEST(PipelineLanguages, EveryLanguageHasArticles) {
  std::vector<std::string> languages;
  for (const TestArticle& a : LoadArticles()) languages.push_back(a.language);
  for (const char* l : {"de", "fr", "es", "it", "ru", "pl"}) {
    EXPECT_NE(std::count(languages.begin(), languages.end(), l), 0) << l;
  }
}

}  // namespace
}  // namespace quotes
