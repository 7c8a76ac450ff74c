#include "quotes/match/transcript.h"

#include "gtest/gtest.h"

namespace quotes {
namespace {

constexpr char kTranscript[] =
    "outlet: Ministry of Fisheries\n"
    "date: 2026-03-13\n"
    "---\n"
    "Opening remarks, as delivered.\n"
    "\n"
    "MINISTER HALVORSEN: We came here in good faith.\n"
    "\n"
    "And we leave in good faith.\n"
    "\n"
    "MR. ODUYA: Thank you.\n"
    "\n"
    "Q: Will you sign?\n";

absl::string_view Of(const Transcript& t, const Span& s) {
  return absl::string_view(t.text).substr(s.begin(), s.end() - s.begin());
}

TEST(ParseTranscript, TurnsWithSpeakersAndContinuations) {
  absl::StatusOr<Transcript> t = ParseTranscript(kTranscript, "t.txt");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->article.outlet(), "Ministry of Fisheries");
  EXPECT_EQ(t->article.source_path(), "t.txt");
  ASSERT_EQ(t->turns.size(), 3u);
  EXPECT_EQ(t->turns[0].speaker.name(), "Halvorsen");
  EXPECT_EQ(Of(*t, t->turns[0].speaker.mention_span()), "MINISTER HALVORSEN");
  EXPECT_EQ(Of(*t, t->turns[0].content),
            "We came here in good faith.\n\nAnd we leave in good faith.");
  EXPECT_EQ(t->turns[1].speaker.name(), "Oduya");
  EXPECT_EQ(t->turns[2].speaker.kind(), Speaker::UNKNOWN);
}

TEST(ParseTranscript, ErrorsNameTheFile) {
  absl::StatusOr<Transcript> prose =
      ParseTranscript("Just prose: no turns here.\n", "prose.txt");
  EXPECT_EQ(prose.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(prose.status().message().substr(0, 10), "prose.txt:");
  absl::StatusOr<Transcript> bad = ParseTranscript("A: ok \xFF\n", "bad.txt");
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.status().message().substr(0, 8), "bad.txt:");
  EXPECT_FALSE(ParseTranscript("", "empty.txt").ok());
}

TEST(LooksLikeTranscript, LabelsOrHeader) {
  EXPECT_TRUE(LooksLikeTranscript(kTranscript));
  EXPECT_FALSE(LooksLikeTranscript(
      "outlet: X\n---\nThe minister said: \"No.\"\n\nShe left.\n"));
  EXPECT_TRUE(LooksLikeTranscript("type: transcript\n---\nA: one.\n"));
  EXPECT_FALSE(LooksLikeTranscript("UPDATE: one\n\nprose\n\nprose\n\nprose\n"));
}

}  // namespace
}  // namespace quotes
