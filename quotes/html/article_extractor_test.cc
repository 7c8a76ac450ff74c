#include "quotes/html/article_extractor.h"

#include <random>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/testdata.h"
#include "quotes/text/article_header.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// The extracted text of `html`, or the error's message.
std::string Text(absl::string_view html) {
  absl::StatusOr<ExtractedPage> page = ExtractArticle(html);
  return page.ok() ? page->text : page.status().ToString();
}

TEST(ExtractArticle, LaysOutParagraphsLikeABrowser) {
  EXPECT_EQ(Text("<p>One\n  two\tthree</p><p>Four</p>"),
            "One two three\n\nFour\n");
  EXPECT_EQ(Text("<div>Line one<br>Line two<br><br>Line three</div>"),
            "Line one\n\nLine two\n\nLine three\n");
  EXPECT_EQ(Text("<div>Before<div>inside</div>after</div>"),
            "Before\n\ninside\n\nafter\n");
  EXPECT_EQ(Text("<p>A <b>bold</b> and <a href=x>linked</a> word.</p>"),
            "A bold and linked word.\n");
  EXPECT_EQ(Text("<ul><li>First</li><li>Second</ul><h2>Sub</h2><p>Text"),
            "First\n\nSecond\n\nSub\n\nText\n");
}

TEST(ExtractArticle, DecodesEntities) {
  EXPECT_EQ(Text("<p>&ldquo;Fish &amp; chips&rdquo; cost &pound;5&nbsp;now, "
                 "&#8220;hot&#x201D; &lt;b&gt; &amp;amp;</p>"),
            "\u201CFish & chips\u201D cost \u00A35 now, \u201Chot\u201D <b> "
            "&amp;\n");
  // A soft hyphen is dropped; an unknown entity stays as written.
  EXPECT_EQ(Text("<p>re&shy;open &bogus;</p>"), "reopen &bogus;\n");
}

TEST(ExtractArticle, WritesOutTheMarksOfQ) {
  EXPECT_EQ(Text("<p>He said <q>we <q>must</q> go</q> now.</p>"),
            "He said \u201Cwe \u2018must\u2019 go\u201D now.\n");
  EXPECT_EQ(Text("<html lang=de><p>Sie sagte <q>Wir gehen</q>.</p>"),
            "Sie sagte \u201EWir gehen\u201C.\n");
  EXPECT_EQ(Text("<html lang=fr-CA><p>Il a dit <q>Non</q>.</p>"),
            "Il a dit \u00ABNon\u00BB.\n");
  // White space before the closing tag moves outside the marks.
  EXPECT_EQ(Text("<p><q>Word </q>next</p>"), "\u201CWord\u201D next\n");
}

TEST(ExtractArticle, MarksBlockquotesThatLackMarks) {
  EXPECT_EQ(Text("<p>She said:</p><blockquote><p>First part.</p>"
                 "<p>Second part.</p><footer>— A. Source</footer></blockquote>"
                 "<p>After.</p>"),
            "She said:\n\n\u201CFirst part.\n\n\u201CSecond part.\u201D\n\n"
            "— A. Source\n\nAfter.\n");
  EXPECT_EQ(Text("<blockquote>Bare text<cite>Someone</cite></blockquote>"),
            "\u201CBare text\u201D\n\nSomeone\n");
  // Marks already there are kept as they are.
  EXPECT_EQ(Text("<blockquote><p>\"Quoted already,\" he said.</p></blockquote>"),
            "\"Quoted already,\" he said.\n");
}

TEST(ExtractArticle, DropsBoilerplate) {
  const std::string text = Text(R"(<body>
    <nav><a>Home</a></nav>
    <article>
      <header><h1>Headline</h1><p>By Someone</p></header>
      <p>Kept one.</p>
      <script>var x = "<p>script</p>";</script><style>p { }</style>
      <div class="share-tools">Share this</div>
      <ul class="related-links"><li>Other story</li></ul>
      <figure><img src=a.jpg><figcaption>A caption</figcaption></figure>
      <p aria-hidden="true">Hidden one</p>
      <p hidden>Hidden two</p>
      <p style="DISPLAY : none">Hidden three</p>
      <div role="complementary">Box</div>
      <share-widget>Custom element</share-widget>
      <p>Kept two.</p>
      <footer>Topics: bridges</footer>
    </article>
    <footer>Site footer</footer></body>)");
  EXPECT_EQ(text, "Kept one.\n\nKept two.\n");
}

TEST(ExtractArticle, StateClassesOnContainersDoNotDropTheArticle) {
  EXPECT_EQ(Text("<body class=nav-open><main class=ad-free><article "
                 "class=share-enabled><p>Text.</p></article></main></body>"),
            "Text.\n");
}

TEST(ExtractArticle, TakesTheArticleWithTheMostText) {
  const std::string page = R"(<body>
    <article><p>Teaser.</p></article>
    <article><p>The real story, which is much longer than the teaser.</p>
             <p>Second paragraph.</p></article>
    <div><p>Footer blurb.</p></div></body>)";
  EXPECT_EQ(Text(page),
            "The real story, which is much longer than the teaser.\n\n"
            "Second paragraph.\n");
}

TEST(ExtractArticle, FallsBackToTheMainTextBlock) {
  // The only <article> is a small teaser: it holds less than half of the
  // page's paragraph text, so the div with the most paragraph text wins.
  const std::string page = R"(<body>
    <div class="col"><p>Side note.</p></div>
    <div class="text"><p>First paragraph of the story, a long one.</p>
      <p>Second paragraph of the story.</p></div>
    <article><p>Teaser.</p></article></body>)";
  EXPECT_EQ(Text(page),
            "First paragraph of the story, a long one.\n\n"
            "Second paragraph of the story.\n");
  // No paragraphs at all: the whole body, less furniture.
  EXPECT_EQ(Text("<body><nav>Menu</nav><div>Only text</div></body>"),
            "Only text\n");
}

TEST(ExtractArticle, ReadsMetadataInOrderOfPreference) {
  absl::StatusOr<ExtractedPage> page = ExtractArticle(R"(<html lang="en-US">
    <head><title>Tab title</title>
    <meta property="og:title" content="OG title">
    <meta property="og:site_name" content="OG Outlet">
    <meta property="article:author" content="https://outlet.example/staff/x">
    <meta name="author" content="Meta Author">
    <meta property="article:published_time" content="2026-01-02">
    <meta property="article:section" content="Local">
    <meta name="description" content="What it is about">
    <link rel="canonical" href="https://outlet.example/canonical">
    <script type="application/ld+json">
      {"@type": "NewsArticle", "headline": "LD headline",
       "author": {"name": "LD Author"}, "dateModified": "2026-01-03"}
    </script></head>
    <body><svg><title>Icon</title></svg><article><p>Body.</p></article></body>)");
  ASSERT_TRUE(page.ok()) << page.status();
  const Article& a = page->article;
  EXPECT_EQ(a.title(), "LD headline");
  EXPECT_EQ(a.outlet(), "OG Outlet");
  EXPECT_EQ(a.url(), "https://outlet.example/canonical");
  EXPECT_EQ(a.date(), "2026-01-02");
  EXPECT_EQ(a.byline(), "LD Author");
  EXPECT_EQ(a.language(), "en-us");
  EXPECT_EQ(a.language_source(), Article::HEADER);
  EXPECT_EQ(a.extra().at("description"), "What it is about");
  EXPECT_EQ(a.extra().at("date_modified"), "2026-01-03");
  EXPECT_EQ(a.extra().at("section"), "Local");
  EXPECT_EQ(a.text_origin(), Article::HTML_EXTRACTED);
  EXPECT_EQ(a.body().begin(), 0u);
  EXPECT_EQ(a.body().end(), page->text.size());
  EXPECT_THAT(page->warnings, IsEmpty());

  page = ExtractArticle(
      "<head><meta property='og:locale' content='en_GB'><title> Plain \n "
      "title </title></head><h1>Ignored</h1><p>x</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->article.title(), "Plain title");
  EXPECT_EQ(page->article.language(), "en-gb");
  EXPECT_EQ(page->article.byline(), "");

  page = ExtractArticle("<h1>Headline as title</h1><p>x</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->article.title(), "Headline as title");
  EXPECT_EQ(page->article.language(), "");
  EXPECT_EQ(page->article.language_source(), Article::LANGUAGE_SOURCE_UNSPECIFIED);
}

TEST(ExtractArticle, WarnsAboutBrokenJsonLd) {
  absl::StatusOr<ExtractedPage> page = ExtractArticle(
      "<script type='application/ld+json'>{broken</script>"
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"headline\":\"Second block\"}</script><p>x</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->article.title(), "Second block");
  ASSERT_EQ(page->warnings.size(), 1u);
  EXPECT_THAT(page->warnings[0], HasSubstr("JSON-LD block 1 ignored"));
}

TEST(ExtractArticle, RefusesWhatIsNotAPage) {
  EXPECT_EQ(ExtractArticle("").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ExtractArticle(" \n\t ").status().code(),
            absl::StatusCode::kInvalidArgument);
  absl::Status binary =
      ExtractArticle(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).status();
  EXPECT_EQ(binary.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(binary.message(), HasSubstr("offset 8"));
}

TEST(ExtractArticle, ReportsPagesWithoutText) {
  for (const char* html :
       {"<html></html>", "<html><head><title>T</title></head><body></body>",
        "<body><nav>Only navigation</nav><script>x()</script></body>",
        "<!-- just a comment -->", "<p>   </p><br><br>"}) {
    EXPECT_EQ(ExtractArticle(html).status().code(), absl::StatusCode::kNotFound)
        << html;
  }
}

TEST(ExtractArticle, EnforcesLimits) {
  ExtractOptions options;
  options.max_html_bytes = 100;
  EXPECT_EQ(ExtractArticle(std::string(101, 'x'), options).status().code(),
            absl::StatusCode::kResourceExhausted);
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<span>";
  deep += "text";
  EXPECT_EQ(ExtractArticle(deep).status().code(),
            absl::StatusCode::kResourceExhausted);
  // Deep but within the limit: extracted without recursion trouble.
  std::string nested;
  for (int i = 0; i < 900; ++i) nested += "<div>";
  nested += "deep text";
  EXPECT_EQ(Text(nested), "deep text\n");
}

TEST(ExtractArticle, ReadsMalformedAndNonUtf8Pages) {
  EXPECT_EQ(Text("<p>Unclosed <b>bold <i>both</b> after</i><p>Next"),
            "Unclosed bold both after\n\nNext\n");
  EXPECT_EQ(Text("</div></p><p>Stray end tags</span>"), "Stray end tags\n");
  EXPECT_EQ(Text("<p>Attribute <a href=\"unterminated>x</a></p>"),
            "Attribute\n");
  absl::StatusOr<ExtractedPage> page =
      ExtractArticle("<p>Caf\xE9 cr\xE8me \xFF\xFE</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->text, "Caf\uFFFD cr\uFFFDme \uFFFD\uFFFD\n");
  ASSERT_EQ(page->warnings.size(), 1u);
  EXPECT_THAT(page->warnings[0], HasSubstr("4 bytes"));
}

TEST(ExtractArticle, ConvertsDeclaredWindows1252) {
  absl::StatusOr<ExtractedPage> page = ExtractArticle(
      "<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>"
      "<p>\x93" "Caf\xE9 cr\xE8me,\x94 she said.</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->text, "\u201C" "Caf\u00E9 cr\u00E8me,\u201D she said.\n");
  EXPECT_THAT(page->warnings, IsEmpty());
  // Mislabelled: the bytes are UTF-8, so they are read as UTF-8.
  page = ExtractArticle("<meta charset=latin1><p>Caf\u00E9</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->text, "Caf\u00E9\n");
  // A label that is not supported: replaced bytes, and a warning naming it.
  page = ExtractArticle("<meta charset=shift_jis><p>\x82\xA0</p>");
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->warnings.size(), 1u);
  EXPECT_THAT(page->warnings[0], HasSubstr("declares shift_jis"));
}

TEST(ExtractArticle, SurvivesEveryPrefixOfAPage) {
  // Truncated downloads: each prefix either extracts or fails cleanly.
  const std::string page =
      "<!DOCTYPE html><html lang=en><head><title>T</title><script "
      "type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script></head>"
      "<body><article><p>\u201CA quote,\u201D she said.</p><blockquote><p>B"
      "</p></blockquote><p><q>C</q></p></article></body></html>";
  for (size_t n = 0; n <= page.size(); ++n) {
    absl::StatusOr<ExtractedPage> result = ExtractArticle(page.substr(0, n));
    if (result.ok()) {
      EXPECT_THAT(result->text, Not(IsEmpty()));
    } else {
      EXPECT_THAT(result.status().code(),
                  ::testing::AnyOf(absl::StatusCode::kInvalidArgument,
                                 absl::StatusCode::kNotFound));
    }
  }
}

TEST(ExtractArticle, UsesTheRulesItIsGiven) {
  absl::StatusOr<BoilerplateRules> rules =
      BoilerplateRules::FromTsv("word\tlegal\n");
  ASSERT_TRUE(rules.ok());
  ExtractOptions options;
  options.rules = &*rules;
  const std::string html =
      "<p>Body.</p><p class=legal-note>Small print.</p><nav>Menu</nav>";
  absl::StatusOr<ExtractedPage> page = ExtractArticle(html, options);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->text, "Body.\n\nMenu\n");
}

// --- The pages in testdata/html against their text versions. ---

std::string ReadPage(const std::string& name) {
  absl::StatusOr<std::string> bytes =
      testing::ReadTestdata("testdata/html/" + name);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  return bytes.ok() ? *bytes : "";
}

class TestdataPage : public ::testing::TestWithParam<const char*> {};

TEST_P(TestdataPage, GivesItsTextVersion) {
  const std::string name = GetParam();
  absl::StatusOr<ExtractedPage> page = ExtractArticle(ReadPage(name + ".html"));
  ASSERT_TRUE(page.ok()) << page.status();
  const std::string text_version = ReadPage(name + ".txt");
  const ArticleHeader expected = ParseArticleHeader(text_version);
  ASSERT_TRUE(expected.has_header);
  EXPECT_EQ(page->text, expected.body.Of(text_version));
  const Article& a = page->article;
  EXPECT_EQ(a.outlet(), expected.article.outlet());
  EXPECT_EQ(a.url(), expected.article.url());
  EXPECT_EQ(a.date(), expected.article.date());
  EXPECT_EQ(a.title(), expected.article.title());
  EXPECT_EQ(a.byline(), expected.article.byline());
  EXPECT_EQ(a.language(), expected.article.language());
}

TEST(TestdataPage, SurvivesRandomDamage) {
  // Bytes changed, dropped and duplicated at random (fixed seed), as in a
  // corrupted download: each result is a clean error or valid UTF-8 text.
  const std::string original = ReadPage("coastline_daily.html");
  ASSERT_FALSE(original.empty());
  std::mt19937 random(7);
  constexpr char kNasty[] = {'<', '>', '/', '"', '\'', '&', '=', '\0', '\xFF',
                             '\xE2', ' ', '!', '-'};
  for (int round = 0; round < 200; ++round) {
    std::string page = original;
    for (int edit = 0; edit < 20; ++edit) {
      const size_t at = random() % page.size();
      switch (random() % 3) {
        case 0:
          page[at] = kNasty[random() % sizeof(kNasty)];
          break;
        case 1:
          page.erase(at, random() % 40);
          break;
        default:
          page.insert(at, page.substr(random() % page.size(), random() % 60));
          break;
      }
      if (page.empty()) page = "<";
    }
    absl::StatusOr<ExtractedPage> result = ExtractArticle(page);
    if (result.ok()) {
      EXPECT_TRUE(ValidateUtf8(result->text).ok()) << "round " << round;
      EXPECT_EQ(result->article.body().end(), result->text.size());
    } else {
      EXPECT_THAT(result.status().code(),
                  ::testing::AnyOf(absl::StatusCode::kInvalidArgument,
                                   absl::StatusCode::kNotFound))
          << result.status();
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, TestdataPage,
                         ::testing::Values("wrenmouth_post", "coastline_daily",
                                         "estuary_herald"));

TEST(TestdataPage, CoastlineDailyWarnsAboutItsBrokenJsonLd) {
  absl::StatusOr<ExtractedPage> page =
      ExtractArticle(ReadPage("coastline_daily.html"));
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->warnings.size(), 1u);
  EXPECT_THAT(page->warnings[0], HasSubstr("JSON-LD block 2"));
  EXPECT_EQ(page->article.extra().at("section"), "Regional");
  EXPECT_EQ(page->article.extra().at("date_modified"),
            "2026-03-17T11:40:00+00:00");
}

}  // namespace
}  // namespace quotes
