#include "quotes/match/verifier.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/match/test_articles.h"

namespace quotes {
namespace {

using testing::ArticleBuilder;

Transcript Briefing() {
  absl::StatusOr<Transcript> t = ParseTranscript(
      "outlet: Ministry transcript\ndate: 2026-03-13\n---\n"
      "MINISTER HALVORSEN: We came here in good faith. We will not be rushed "
      "into a deal that leaves our fishermen with empty nets.\n\n"
      "COMMISSIONER ODUYA: The quotas must reflect the science, not the "
      "calendar. Talks will resume in April.\n",
      "briefing.txt");
  EXPECT_TRUE(t.ok()) << t.status();
  return *t;
}

ArticleQuotes OtherReport() {
  return ArticleBuilder("Harbour Gazette", "2026-03-14")
      .Text("Oduya later told reporters that Valdoria would double its "
            "patrol boats in the northern channel before the summer.\n\n")
      .Quote("The quotas must reflect the science", "Marek Oduya",
             "Trade Commissioner")
      .Text(", Oduya said.\n")
      .Build();
}

QuoteVerification Only(const VerificationReport& r) {
  EXPECT_EQ(r.quotes_size(), 1);
  return r.quotes(0);
}

VerificationReport VerifyQuote(const std::string& quote,
                               const std::string& speaker) {
  ArticleQuotes article = ArticleBuilder("Coastline Daily", "2026-03-14")
                              .Quote(quote, speaker)
                              .Text(", they said.\n")
                              .Build();
  absl::StatusOr<VerificationReport> r =
      Verify(article, {Briefing(), OtherReport()}, VerifyOptions());
  EXPECT_TRUE(r.ok()) << r.status();
  return *r;
}

TEST(Verify, VerbatimAgainstTranscriptWithSpeakerEvidence) {
  VerificationReport r =
      VerifyQuote("We came here in good faith.", "Ingrid Halvorsen");
  const QuoteVerification q = Only(r);
  EXPECT_EQ(q.verdict(), VERBATIM);
  EXPECT_EQ(q.evidence().passage_kind(), Evidence::SPEAKER_TURN);
  EXPECT_EQ(q.evidence().speaker().name(), "Halvorsen");
  EXPECT_EQ(q.evidence().matched_text(), "We came here in good faith");
  EXPECT_EQ(r.references_size(), 2);
  EXPECT_EQ(r.verdict_counts().at("VERBATIM"), 1u);
}

TEST(Verify, TranscriptIsPreferredOverAnotherOutlet) {
  const QuoteVerification q = Only(
      VerifyQuote("The quotas must reflect the science", "Oduya"));
  EXPECT_EQ(q.evidence().passage_kind(), Evidence::SPEAKER_TURN);
  EXPECT_EQ(q.verdict(), TRUNCATED);
  EXPECT_EQ(q.truncation(), TAIL);
  ASSERT_EQ(q.also_in_size(), 1);
  EXPECT_EQ(q.also_in(0).outlet(), "Harbour Gazette");
}

TEST(Verify, MisattributedWhenTheTranscriptSpeakerDiffers) {
  const QuoteVerification q = Only(VerifyQuote(
      "We came here in good faith.", "Marek Oduya"));
  EXPECT_EQ(q.verdict(), MISATTRIBUTED);
  ASSERT_EQ(q.findings_size(), 2);
  EXPECT_EQ(q.findings(0).verdict(), VERBATIM);
  EXPECT_EQ(q.findings(1).detail(),
            "attributed to Marek Oduya; the transcript gives Halvorsen");
}

TEST(Verify, RoleAliasIsNotAMisattribution) {
  ArticleQuotes article =
      ArticleBuilder("Coastline Daily", "2026-03-14")
          .Quote("The quotas must reflect the science, not the calendar.",
                 "the commissioner")
          .Build();
  absl::StatusOr<VerificationReport> r =
      Verify(article, {Briefing()}, VerifyOptions());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Only(*r).verdict(), VERBATIM);
}

TEST(Verify, AlteredSplicedAndElidedThroughTheCorpus) {
  EXPECT_EQ(Only(VerifyQuote("We will never be rushed into a deal that leaves "
                             "our fishermen with empty nets.",
                             "Halvorsen"))
                .verdict(),
            ALTERED);
  EXPECT_EQ(Only(VerifyQuote("We came here in good faith. Talks will resume in "
                             "April.",
                             ""))
                .verdict(),
            SPLICED);
  EXPECT_EQ(Only(VerifyQuote("We will not be rushed into a deal that leaves "
                             "our fishermen with nets.",
                             "Halvorsen"))
                .verdict(),
            ELIDED);
}

TEST(Verify, ParaphraseOnlyFromReportedSpeech) {
  const QuoteVerification q = Only(VerifyQuote(
      "Valdoria will double its patrol boats in the northern channel by "
      "summer.",
      "Oduya"));
  EXPECT_EQ(q.verdict(), PARAPHRASE_ONLY);
  EXPECT_EQ(q.evidence().passage_kind(), Evidence::REPORTED_SPEECH);
  EXPECT_EQ(q.evidence().outlet(), "Harbour Gazette");
}

TEST(Verify, NotFoundWithAndWithoutReferences) {
  EXPECT_EQ(Only(VerifyQuote("Nobody in this harbour believes a word of it.",
                             ""))
                .verdict(),
            NOT_FOUND);
  ArticleQuotes article = ArticleBuilder("X", "2026-03-14")
                              .Quote("We came here in good faith.", "Halvorsen")
                              .Build();
  absl::StatusOr<VerificationReport> r = Verify(article, {}, VerifyOptions());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Only(*r).verdict(), NOT_FOUND);
  EXPECT_EQ(Only(*r).findings(0).detail(), "no references given");
}

TEST(Verify, EmptyQuoteAndEmptyArticleAreNotErrors) {
  ArticleQuotes empty_quote =
      ArticleBuilder("X", "2026-03-14").Quote("", "Halvorsen").Build();
  absl::StatusOr<VerificationReport> r =
      Verify(empty_quote, {Briefing()}, VerifyOptions());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Only(*r).verdict(), NOT_FOUND);
  absl::StatusOr<VerificationReport> none =
      Verify(ArticleQuotes(), {Briefing()}, VerifyOptions());
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->quotes_size(), 0);
}

TEST(Verify, BadInputNamesTheFile) {
  ArticleQuotes bad = ArticleBuilder("Bad Outlet", "2026-03-14")
                          .Quote("broken \xC3( bytes here", "X")
                          .Build();
  absl::StatusOr<VerificationReport> r =
      Verify(bad, {Briefing()}, VerifyOptions());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message().substr(0, 15), "Bad Outlet.txt:");

  // As a reference, too.
  absl::StatusOr<VerificationReport> as_ref =
      Verify(OtherReport(), {bad}, VerifyOptions());
  EXPECT_EQ(as_ref.status().code(), absl::StatusCode::kInvalidArgument);

  ArticleQuotes outside = ArticleBuilder("Odd", "2026-03-14").Build();
  QuoteRecord* q = outside.add_quotes();
  q->mutable_content()->set_begin(5);
  q->mutable_content()->set_end(5000);
  EXPECT_EQ(Verify(outside, {Briefing()}, VerifyOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace quotes
