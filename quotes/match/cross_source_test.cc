#include "quotes/match/cross_source.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/match/test_articles.h"

namespace quotes {
namespace {

using testing::ArticleBuilder;

constexpr char kWireBody[] =
    "Fisheries talks between Norland and Valdoria ended on Friday without an "
    "agreement on next year's cod quotas, after two days of meetings in the "
    "port town of Skarvik. Delegates said the gap between the two sides had "
    "narrowed but that the question of the northern channel remained open.\n\n";

ArticleQuotes Wire() {
  return ArticleBuilder("Northern Wire", "2026-03-13T18:00")
      .Text(kWireBody)
      .Quote("We will not be rushed into a deal that leaves our fishermen with "
             "empty nets.",
             "Ingrid Halvorsen", "Fisheries Minister")
      .Text(", Halvorsen said.\n")
      .Build();
}

ArticleQuotes Reprint() {
  return ArticleBuilder("Harbour Gazette", "2026-03-14T07:00")
      .Text(kWireBody)
      .Quote("We will not be rushed into a deal that leaves our fishermen with "
             "empty nets.",
             "Halvorsen")
      .Text(", Halvorsen said.\n")
      .Build();
}

ArticleQuotes Independent() {
  return ArticleBuilder("Meridian Post", "2026-03-13T20:00")
      .Text("In Skarvik, the mood was sour.\n\n")
      .Quote("We will not be rushed into a deal", "Marek Oduya")
      .Text(", said Oduya.\n")
      .Build();
}

Transcript Briefing() {
  absl::StatusOr<Transcript> t = ParseTranscript(
      "outlet: Transcript\ndate: 2026-03-13T12:00\n---\n"
      "MINISTER HALVORSEN: We came here in good faith. We will not be rushed "
      "into a deal that leaves our fishermen with empty nets.\n\n"
      "COMMISSIONER ODUYA: Talks will resume in April.\n",
      "briefing.txt");
  EXPECT_TRUE(t.ok());
  return *t;
}

TEST(Compare, ClustersRenderingsWithVerdictsAgainstTheTranscript) {
  absl::StatusOr<ComparisonReport> r =
      Compare({Wire(), Reprint(), Independent(), Briefing()}, CompareOptions());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->clusters_size(), 1);
  const QuoteCluster& c = r->clusters(0);
  ASSERT_EQ(c.members_size(), 4);  // three outlets + the transcript
  EXPECT_EQ(c.source_text(),
            "We will not be rushed into a deal that leaves our fishermen with "
            "empty nets.");
  EXPECT_EQ(c.members(c.source_member()).outlet(), "Transcript");
  EXPECT_EQ(c.members(0).verdict(), VERBATIM);
  EXPECT_EQ(c.members(2).outlet(), "Meridian Post");
  EXPECT_EQ(c.members(2).verdict(), MISATTRIBUTED);
  EXPECT_TRUE(c.speakers_disagree());
  EXPECT_EQ(c.speakers_size(), 2);
  ASSERT_EQ(c.disagreements_size(), 1);
  EXPECT_EQ(c.disagreements(0),
            "Meridian Post: MISATTRIBUTED: attributed to Marek Oduya; the "
            "transcript gives Ingrid Halvorsen");

  // The wire and its reprint share a variant, first published by the wire.
  EXPECT_EQ(c.members(0).variant(), c.members(1).variant());
  EXPECT_NE(c.members(0).variant(), c.members(2).variant());
  EXPECT_EQ(c.variants(c.members(1).variant()).first_outlet(), "Northern Wire");
}

TEST(Compare, DetectsWireCopies) {
  absl::StatusOr<ComparisonReport> r =
      Compare({Reprint(), Independent(), Wire()}, CompareOptions());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->copies_size(), 1);
  // Earliest first: the wire (document 2), then the reprint (document 0).
  EXPECT_EQ(r->copies(0).documents(0), 2u);
  EXPECT_EQ(r->copies(0).documents(1), 0u);
  EXPECT_GT(r->copies(0).containment(), 0.9f);
  EXPECT_EQ(r->independent_sources(), 2u);
}

TEST(Compare, UnrelatedQuotesStaySeparate) {
  ArticleQuotes other = ArticleBuilder("Valdoria Today", "2026-03-14")
                            .Quote("Nobody in this harbour believes a word of it.",
                                   "")
                            .Build();
  absl::StatusOr<ComparisonReport> r =
      Compare({Wire(), other}, CompareOptions());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->clusters_size(), 2);
  EXPECT_EQ(r->clusters(0).members_size(), 1);
  // Only one outlet carries each: nothing else backs them.
  EXPECT_EQ(r->clusters(0).members(0).verdict(), NOT_FOUND);
  EXPECT_EQ(r->clusters(0).members(0).findings(0).detail(),
            "no other source carries it");
  EXPECT_TRUE(r->copies().empty());
}

TEST(Compare, NothingToCompare) {
  absl::StatusOr<ComparisonReport> r = Compare({}, CompareOptions());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->clusters_size(), 0);
  EXPECT_EQ(r->independent_sources(), 0u);
}

}  // namespace
}  // namespace quotes
