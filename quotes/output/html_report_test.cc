#include "quotes/output/html_report.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::testing::HasSubstr;
using ::testing::Not;

void SetSpan(Span* span, size_t begin, size_t end) {
  span->set_begin(begin);
  span->set_end(end);
}

// Adds a quote whose marked text (marks included) is `marked`, the first
// occurrence at or after `from` in result->text().
QuoteRecord* AddQuote(ArticleQuotes* result, absl::string_view marked,
                      size_t mark_bytes, QuoteRecord::Kind kind,
                      absl::string_view speaker, size_t from = 0) {
  const size_t at = result->text().find(std::string(marked), from);
  EXPECT_NE(at, std::string::npos) << marked;
  QuoteRecord* q = result->add_quotes();
  q->set_index(result->quotes_size() - 1);
  q->set_kind(kind);
  q->set_closed(true);
  SetSpan(q->mutable_open_mark(), at, at + mark_bytes);
  SetSpan(q->mutable_content(), at + mark_bytes,
          at + marked.size() - mark_bytes);
  SetSpan(q->mutable_close_mark(), at + marked.size() - mark_bytes,
          at + marked.size());
  q->set_text(result->text().substr(q->content().begin(),
                                    q->content().end() - q->content().begin()));
  if (!speaker.empty()) {
    q->mutable_speaker()->set_kind(Speaker::PERSON);
    q->mutable_speaker()->set_name(std::string(speaker));
  } else {
    q->mutable_speaker()->set_kind(Speaker::UNKNOWN);
  }
  return q;
}

void SetMention(ArticleQuotes* result, QuoteRecord* q, absl::string_view word,
                size_t from = 0) {
  const size_t at = result->text().find(std::string(word), from);
  ASSERT_NE(at, std::string::npos);
  SetSpan(q->mutable_speaker()->mutable_mention_span(), at, at + word.size());
  q->mutable_speaker()->set_mention(std::string(word));
}

// The article every test starts from: a header, a hostile first paragraph,
// and a quote running over two paragraphs.
ArticleQuotes Sample() {
  ArticleQuotes result;
  result.set_text(
      "title: Sample <b>\n---\n"
      "The <script>alert(1)</script> & \"co\" row: \u201CWe will <b>not</b> "
      "go,\u201D she said.\n\n"
      "\u201CFirst part.\n\n\u201CSecond part.\u201D Anand said.\n");
  Article* a = result.mutable_article();
  a->set_title("Sample <b>");
  a->set_outlet("Harbour & Co");
  a->set_source_path("in/sample.txt");
  const size_t body = result.text().find("---\n") + 4;
  SetSpan(a->mutable_body(), body, result.text().size());
  QuoteRecord* q1 = AddQuote(&result, "\u201CWe will <b>not</b> go,\u201D", 3,
                             QuoteRecord::DIRECT, "Elena <Marsh>");
  SetMention(&result, q1, "she");
  q1->mutable_cue()->set_text("said");
  QuoteRecord* q2 =
      AddQuote(&result, "\u201CFirst part.\n\n\u201CSecond part.\u201D", 3,
               QuoteRecord::DIRECT, "Priya Anand");
  q2->set_paragraph_count(2);
  SetMention(&result, q2, "Anand");
  return result;
}

std::string Render(const ArticleQuotes& result) {
  std::ostringstream out;
  EXPECT_THAT(WriteHtmlReport(result, out), IsOk());
  return out.str();
}

// Checks that every element opened is closed in order (void elements
// aside): the markup of crossing spans was split, not interleaved.
void ExpectWellNested(absl::string_view html) {
  std::vector<std::string> open;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != absl::string_view::npos) {
    size_t end = html.find('>', pos);
    ASSERT_NE(end, absl::string_view::npos);
    absl::string_view tag = html.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    if (absl::StartsWith(tag, "!")) continue;
    const bool closing = absl::ConsumePrefix(&tag, "/");
    const std::string name(tag.substr(0, tag.find_first_of(" \n")));
    if (name == "meta" || name == "br") continue;
    if (!closing) {
      open.push_back(name);
      if (name == "style") {
        pos = html.find("</style>", pos);
      }
      continue;
    }
    ASSERT_FALSE(open.empty()) << "stray </" << name << ">";
    ASSERT_EQ(open.back(), name) << "at byte " << pos;
    open.pop_back();
  }
  EXPECT_TRUE(open.empty());
}

TEST(HtmlEscape, EscapesMarkupAndRepairsBytes) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">'&amp;'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(HtmlEscape("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D"),
            "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D");
  EXPECT_EQ(HtmlEscape(std::string("a\xFF" "b\0c\x01\td", 8)),
            "a\uFFFDb\uFFFDc\uFFFD\td");
  EXPECT_EQ(HtmlEscape("\xE2\x80"), "\uFFFD\uFFFD");  // cut sequence
}

TEST(HtmlReport, ArticleTextNeverBecomesMarkup) {
  const std::string html = Render(Sample());
  EXPECT_THAT(html, HasSubstr("The &lt;script&gt;alert(1)&lt;/script&gt; "
                              "&amp; &quot;co&quot; row:"));
  EXPECT_THAT(html, HasSubstr("We will &lt;b&gt;not&lt;/b&gt; go,"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<b>")));
  EXPECT_THAT(html, HasSubstr("<h2>Sample &lt;b&gt;</h2>"));
  EXPECT_THAT(html, HasSubstr("Harbour &amp; Co"));
  EXPECT_THAT(html, HasSubstr("data-speaker=\"Elena &lt;Marsh&gt;\""));
  ExpectWellNested(html);
}

TEST(HtmlReport, HighlightsEachQuoteWithItsSpeaker) {
  const std::string html = Render(Sample());
  EXPECT_THAT(html, HasSubstr(
      "<mark id=\"a1-q1\" class=\"q kind-direct\" data-kind=\"DIRECT\" "
      "data-quote=\"1\" data-speaker=\"Elena &lt;Marsh&gt;\""));
  // The marks are inside the highlight, the number right after it.
  EXPECT_THAT(html, HasSubstr("\">\u201CWe will &lt;b&gt;not&lt;/b&gt; "
                              "go,\u201D</mark><sup class=\"qn\">1</sup> "
                              "<span class=\"mention\" data-quote=\"1\">she"
                              "</span> said."));
  EXPECT_THAT(html, HasSubstr("<span class=\"speaker\">Elena &lt;Marsh&gt;"
                              "</span> \u00B7 <i>said</i>"));
  EXPECT_THAT(html, HasSubstr("<p class=\"summary\" data-quotes=\"2\">2 quotes: "
                              "2 direct, 0 partial, 0 scare</p>"));
  // The header is metadata, not body text.
  EXPECT_THAT(html, Not(HasSubstr("title: Sample")));
}

TEST(HtmlReport, SplitsAQuoteAtParagraphBreaks) {
  const std::string html = Render(Sample());
  // Opened with its id in the first paragraph, reopened without it in the
  // second; numbered once, at its end.
  EXPECT_THAT(html, HasSubstr("<mark id=\"a1-q2\""));
  EXPECT_EQ(html.find("id=\"a1-q2\""), html.rfind("id=\"a1-q2\""));
  EXPECT_THAT(html, HasSubstr("\u201CFirst part.</mark></p>"));
  EXPECT_THAT(html, HasSubstr("\u201CSecond part.\u201D</mark><sup class=\"qn\">2"
                              "</sup>"));
  // Its note sits beside the paragraph it opens in.
  EXPECT_THAT(html, HasSubstr("\u201CFirst part.</mark></p><div class=\"notes\">"
                              "<div class=\"note kind-direct\" data-quote=\"2\">"));
  ExpectWellNested(html);
}

TEST(HtmlReport, NestsCrossingSpansProperly) {
  ArticleQuotes result = Sample();
  // A mention that starts inside quote 1 and ends after it, and a nested
  // partial quote inside quote 1.
  QuoteRecord* q1 = result.mutable_quotes(0);
  const size_t inside = result.text().find("go,");
  const size_t after = result.text().find(" said.");
  SetSpan(q1->mutable_speaker()->mutable_mention_span(), inside, after);
  QuoteRecord* nested = result.add_quotes();
  nested->set_index(2);
  nested->set_kind(QuoteRecord::SCARE);
  const size_t not_at = result.text().find("<b>not</b>");
  SetSpan(nested->mutable_content(), not_at, not_at + 10);
  const std::string html = Render(result);
  ExpectWellNested(html);
  EXPECT_THAT(html, HasSubstr("class=\"q kind-scare\""));
  EXPECT_THAT(html, HasSubstr("<span class=\"speaker unknown\">"));
}

TEST(HtmlReport, RefusesSpansOutsideTheText) {
  ArticleQuotes result = Sample();
  SetSpan(result.mutable_quotes(1)->mutable_close_mark(), 10,
          result.text().size() + 1);
  std::ostringstream out;
  absl::Status status = WriteHtmlReport(result, out);
  EXPECT_THAT(status, StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(std::string(status.message()), HasSubstr("quote 2: close_mark"));
  EXPECT_EQ(out.str(), "");

  result = Sample();
  SetSpan(result.mutable_quotes(0)->mutable_content(), 30, 20);
  EXPECT_THAT(WriteHtmlReport(result, out),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST(HtmlReport, RendersEmptyAndExtractedArticles) {
  ArticleQuotes empty;
  const std::string html = Render(empty);
  EXPECT_THAT(html, HasSubstr("<h2>Untitled article</h2>"));
  EXPECT_THAT(html, HasSubstr("0 quotes"));
  ExpectWellNested(html);

  ArticleQuotes extracted;
  extracted.set_text("One paragraph.\n");
  extracted.mutable_article()->set_text_origin(Article::HTML_EXTRACTED);
  EXPECT_THAT(Render(extracted),
              HasSubstr("extracted from a web page; offsets are into the "
                        "extracted text"));
}

TEST(HtmlReport, StreamsSeveralArticlesAndErrors) {
  std::ostringstream out;
  HtmlReport report(out, {"Report <1>"});
  report.Begin();
  ASSERT_THAT(report.AddArticle(Sample()), IsOk());
  report.AddError("bad<file>.html", absl::NotFoundError("no article text"));
  ASSERT_THAT(report.AddArticle(Sample()), IsOk());
  report.End();
  const std::string html = out.str();
  EXPECT_THAT(html, HasSubstr("<title>Report &lt;1&gt;</title>"));
  EXPECT_THAT(html, HasSubstr("<section class=\"error\" data-source=\"bad&lt;"
                              "file&gt;.html\">"));
  EXPECT_THAT(html, HasSubstr("id=\"a3-q1\""));  // ids stay unique
  EXPECT_TRUE(absl::EndsWith(html, "</body>\n</html>\n"));
  ExpectWellNested(html);
}

VerificationReport SampleVerification() {
  VerificationReport report;
  QuoteVerification* v = report.add_quotes();
  v->set_quote_index(0);
  v->set_verdict(ALTERED);
  v->mutable_evidence()->set_outlet("Ministry <of> Ports");
  v->mutable_evidence()->set_passage_kind(Evidence::SPEAKER_TURN);
  v->mutable_evidence()->set_matched_text("We shall not go");
  v->mutable_evidence()->mutable_speaker()->set_name("Marsh");
  const struct {
    DiffOp::Kind kind;
    const char* quote;
    const char* source;
  } kOps[] = {{DiffOp::EQUAL, "We", "We"},
              {DiffOp::SUBSTITUTE, "will", "shall"},
              {DiffOp::INSERT, "<b>not</b>", ""},
              {DiffOp::DELETE, "", "never"},
              {DiffOp::EQUIVALENT, "go", "Go"}};
  for (const auto& op : kOps) {
    DiffOp* d = v->add_diff();
    d->set_kind(op.kind);
    d->set_quote(op.quote);
    d->set_source(op.source);
  }
  Finding* ok = v->add_findings();
  ok->set_verdict(EQUIVALENT);
  ok->set_acceptable(true);
  ok->set_detail("'go' for 'Go'");
  Finding* bad = v->add_findings();
  bad->set_verdict(ALTERED);
  bad->set_detail("'will' for 'shall' & more");
  v->add_also_in()->set_outlet("Daily <Ledger>");
  return report;
}

TEST(HtmlReport, ShowsVerdictsAndWordDiffs) {
  std::ostringstream out;
  HtmlReport report(out);
  report.Begin();
  ASSERT_THAT(report.AddVerification(Sample(), SampleVerification()), IsOk());
  report.End();
  const std::string html = out.str();
  ExpectWellNested(html);
  // The verdict colours the highlight; a quote without a verification says so.
  EXPECT_THAT(html, HasSubstr("<mark id=\"a1-q1\" class=\"q kind-direct "
                              "verdict-altered\" data-verdict=\"ALTERED\""));
  EXPECT_THAT(html, HasSubstr("<mark id=\"a1-q2\" class=\"q kind-direct "
                              "verdict-unverified\" data-verdict=\"UNVERIFIED\""));
  EXPECT_THAT(html, HasSubstr("<span class=\"verdict verdict-altered\">ALTERED"
                              "</span>vs Ministry &lt;of&gt; Ports, transcript "
                              "turn of Marsh"));
  EXPECT_THAT(html, HasSubstr("<div class=\"diff\">We <del>shall</del><ins>will"
                              "</ins> <ins>&lt;b&gt;not&lt;/b&gt;</ins> <del>never"
                              "</del> <span class=\"equiv\" title=\"source: Go\">go"
                              "</span></div>"));
  EXPECT_THAT(html, HasSubstr("<li class=\"ok\" data-verdict=\"EQUIVALENT\">"
                              "&#39;go&#39; for &#39;Go&#39;</li>"));
  EXPECT_THAT(html, HasSubstr("<li class=\"warn\" data-verdict=\"ALTERED\">"
                              "&#39;will&#39; for &#39;shall&#39; &amp; more</li>"));
  EXPECT_THAT(html, HasSubstr("also in Daily &lt;Ledger&gt;"));
  EXPECT_THAT(html, HasSubstr("<div class=\"note kind-direct checked\" "
                              "data-quote=\"1\">"));
  EXPECT_THAT(html, HasSubstr("Verdicts: <span class=\"verdict verdict-unverified\">"
                              "UNVERIFIED</span> 1 <span class=\"verdict "
                              "verdict-altered\">ALTERED</span> 1"));
}

TEST(HtmlReport, TreatsUnknownVerdictsAsUnverified) {
  // A report from a newer build may carry verdicts this one does not know.
  VerificationReport report = SampleVerification();
  report.mutable_quotes(0)->set_verdict(static_cast<Verdict>(99));
  report.mutable_quotes(0)->mutable_findings(1)->set_verdict(static_cast<Verdict>(-3));
  std::ostringstream out;
  HtmlReport page(out);
  ASSERT_THAT(page.AddVerification(Sample(), report), IsOk());
  EXPECT_THAT(out.str(), HasSubstr("verdict-unverified\" data-verdict=\"UNVERIFIED\""));
  EXPECT_THAT(out.str(), HasSubstr("<li class=\"warn\" data-verdict=\"UNVERIFIED\">"));
  EXPECT_THAT(out.str(), HasSubstr("UNVERIFIED</span> 2 "));
}

TEST(HtmlReport, RefusesAVerificationOfAMissingQuote) {
  VerificationReport report = SampleVerification();
  report.mutable_quotes(0)->set_quote_index(7);
  std::ostringstream out;
  HtmlReport page(out);
  EXPECT_THAT(page.AddVerification(Sample(), report),
              StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_EQ(out.str(), "");
}

TEST(HtmlReport, AlignsEachOutletsRendering) {
  ComparisonReport report;
  report.set_independent_sources(2);
  report.add_documents()->mutable_article()->set_outlet("Wire");
  report.add_documents()->mutable_article()->set_outlet("Gazette");
  CopyGroup* copy = report.add_copies();
  copy->add_documents(0);
  copy->add_documents(1);
  copy->set_containment(0.97f);
  QuoteCluster* cluster = report.add_clusters();
  cluster->set_id(0);
  cluster->set_source_text("We will <never> give up.");
  cluster->set_source_member(0);
  cluster->add_speakers("Marsh");
  cluster->add_speakers("the mayor");
  cluster->set_speakers_disagree(true);
  cluster->add_disagreements("Gazette: ALTERED 'shall' for 'will' <sic>");
  ClusterMember* source = cluster->add_members();
  source->set_outlet("Wire");
  source->set_verdict(VERBATIM);
  source->set_text("We will <never> give up.");
  ClusterMember* other = cluster->add_members();
  other->set_outlet("Gazette & Co");
  other->set_verdict(ALTERED);
  other->mutable_speaker()->set_name("the mayor");
  other->set_diff_text("We [-will-]{+shall+} [-<never>-] give(=Give) {>up<} <x>");
  std::ostringstream out;
  HtmlReport page(out, {"Comparison", false});
  page.Begin();
  page.AddComparison(report);
  page.End();
  const std::string html = out.str();
  ExpectWellNested(html);
  EXPECT_THAT(html, Not(HasSubstr("class=\"legend\"")));
  EXPECT_THAT(html, HasSubstr("2 documents, 2 independent sources, 1 utterances"));
  EXPECT_THAT(html, HasSubstr("Copies of one story: Wire \u2192 Gazette (97% shared)"));
  EXPECT_THAT(html, HasSubstr("<section class=\"cluster\" id=\"s1-c1\" "
                              "data-cluster=\"1\" data-members=\"2\">"));
  EXPECT_THAT(html, HasSubstr("Speakers: Marsh, the mayor <span class=\"warn\">"));
  EXPECT_THAT(html, HasSubstr("<blockquote class=\"source-text\">We will &lt;never"
                              "&gt; give up.</blockquote>"));
  EXPECT_THAT(html, HasSubstr("<tr class=\"member source\" data-verdict=\"VERBATIM\""));
  EXPECT_THAT(html, HasSubstr(
      "<tr class=\"member\" data-verdict=\"ALTERED\" data-outlet=\"Gazette &amp; Co\">"));
  EXPECT_THAT(html, HasSubstr(
      "<td class=\"rendering diff\">We <del>will</del><ins>shall</ins> "
      "<del>&lt;never&gt;</del> <span class=\"equiv\" title=\"source: Give\">give"
      "</span> <span class=\"moved\">up</span> &lt;x&gt;</td>"));
  EXPECT_THAT(html, HasSubstr("<li class=\"warn\">Gazette: ALTERED &#39;shall&#39; "
                              "for &#39;will&#39; &lt;sic&gt;</li>"));
}

TEST(HtmlReport, ShowsBrokenDiffMarkersAsText) {
  ComparisonReport report;
  QuoteCluster* cluster = report.add_clusters();
  ClusterMember* m = cluster->add_members();
  m->set_diff_text("a [-unterminated {+also <i>");
  std::ostringstream out;
  HtmlReport page(out);
  page.AddComparison(report);
  EXPECT_THAT(out.str(), HasSubstr("a [-unterminated {+also &lt;i&gt;</td>"));
  ExpectWellNested(out.str());
}

TEST(HtmlReport, IsSelfContained) {
  const std::string html = Render(Sample());
  for (const char* external : {"<link", "<script", "<img", "@import", "url(",
                               "http://", "https://", "@font-face"}) {
    EXPECT_THAT(html, Not(HasSubstr(external))) << external;
  }
}

}  // namespace
}  // namespace quotes
