// End to end: quote_verifier --against on the fictional event of
// testdata/event/, checked against gold_verdicts.tsv.
#include "tools/verify_against.h"

#include <fstream>
#include <map>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "proto/verification.pb.h"
#include "quotes/match/verdict_classifier.h"
#include "tools/event_gold.h"
#include "tools/quote_verifier.h"

namespace quotes {
namespace {

using testing::EventPath;
using testing::ReadEventGold;

std::unique_ptr<Pipeline> NewPipeline() {
  absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create();
  EXPECT_TRUE(p.ok()) << p.status();
  return *std::move(p);
}

TEST(VerifyAgainst, ReportsEveryPlantedVerdictAndNothingElse) {
  std::unique_ptr<Pipeline> pipeline = NewPipeline();
  std::map<std::string, std::vector<std::vector<std::string>>> gold;
  for (auto& row : ReadEventGold("gold_verdicts.tsv")) {
    ASSERT_GE(row.size(), 4u);
    gold[row[0]].push_back(row);
  }
  ASSERT_EQ(gold.size(), 5u);
  int checked = 0;
  for (const auto& [report_file, rows] : gold) {
    std::istringstream in;
    std::ostringstream out, err;
    ASSERT_EQ(RunVerifyAgainst({"testdata/event"}, {EventPath(report_file)},
                               *pipeline, Format::kJson, size_t{1} << 20, in,
                               out, err),
              0)
        << err.str();
    VerificationReport report;
    ASSERT_TRUE(
        google::protobuf::util::JsonStringToMessage(out.str(), &report).ok())
        << out.str();
    EXPECT_EQ(report.references_size(), 5) << report_file;  // not itself
    std::vector<bool> seen(rows.size());
    for (const QuoteVerification& q : report.quotes()) {
      int found = -1;
      for (size_t i = 0; i < rows.size(); ++i) {
        if (absl::StartsWith(q.text(), rows[i][1])) found = i;
      }
      ASSERT_GE(found, 0) << report_file << ": unexpected quote " << q.text();
      seen[found] = true;
      const auto& row = rows[found];
      EXPECT_EQ(VerdictName(q.verdict()), row[2]) << report_file << ": " << q.text();
      std::vector<std::string> findings;
      for (const Finding& f : q.findings()) {
        if (f.verdict() != VERBATIM || row[3] != "-") {
          findings.push_back(VerdictName(f.verdict()));
        }
      }
      EXPECT_EQ(absl::StrJoin(findings, ","), row[3] == "-" ? "" : row[3])
          << report_file << ": " << q.text();
      ++checked;
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      EXPECT_TRUE(seen[i]) << report_file << ": gold quote not reported: "
                           << rows[i][1];
    }
  }
  EXPECT_EQ(checked, 15);
}

TEST(VerifyAgainst, EvidenceCarriesOffsetsIntoTheTranscript) {
  std::unique_ptr<Pipeline> pipeline = NewPipeline();
  std::istringstream in;
  std::ostringstream out, err;
  ASSERT_EQ(RunVerifyAgainst({EventPath("transcript.txt")},
                             {EventPath("meridian_post.txt")}, *pipeline,
                             Format::kJson, size_t{1} << 20, in, out, err),
            0);
  VerificationReport report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(out.str(), &report).ok());
  std::ifstream t(EventPath("transcript.txt"));
  std::string transcript((std::istreambuf_iterator<char>(t)), {});
  for (const QuoteVerification& q : report.quotes()) {
    const Evidence& e = q.evidence();
    ASSERT_EQ(e.passage_kind(), Evidence::SPEAKER_TURN) << q.text();
    EXPECT_EQ(transcript.substr(e.source_match().begin(),
                                e.source_match().end() - e.source_match().begin()),
              e.matched_text());
  }
}

TEST(VerifyAgainst, ThroughTheVerifierFlag) {
  VerifierFlags flags;
  flags.against = {"testdata/event"};
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(RunVerifier(flags, {EventPath("coastline_daily.txt")}, in, out, err),
            0)
      << err.str();
  EXPECT_NE(out.str().find("! ELIDED: unmarked elision of 4 words: 'in the "
                           "northern channel'"),
            std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("verdicts: ELIDED 2, BRACKETED 1"), std::string::npos);
}

TEST(VerifyAgainst, BadInputsNameTheFile) {
  std::unique_ptr<Pipeline> pipeline = NewPipeline();
  const std::string bad = ::testing::TempDir() + "/bad.txt";
  std::ofstream(bad) << "outlet: X\n---\n\"broken \xC3( quote,\" she said.\n";
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(RunVerifyAgainst({"testdata/event", "no/such/file.txt"},
                             {EventPath("northern_wire.txt"), bad}, *pipeline,
                             Format::kJsonLines, size_t{1} << 20, in, out, err),
            1);
  EXPECT_NE(err.str().find("no/such/file.txt"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find(bad), std::string::npos) << err.str();
  // The good article is still verified, the bad one gets an error record.
  EXPECT_NE(out.str().find("\"verdict\":\"TRUNCATED\""), std::string::npos);
  EXPECT_NE(out.str().find("\"error\""), std::string::npos);

  // A transcript is a reference, not an article to verify.
  std::ostringstream out2, err2;
  EXPECT_EQ(RunVerifyAgainst({"testdata/event"}, {EventPath("transcript.txt")},
                             *pipeline, Format::kTable, size_t{1} << 20, in,
                             out2, err2),
            1);
  EXPECT_NE(err2.str().find("is a transcript"), std::string::npos);
}

}  // namespace
}  // namespace quotes
