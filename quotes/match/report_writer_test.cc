#include "quotes/match/report_writer.h"

#include <sstream>
#include <string>

#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace quotes {
namespace {

VerificationReport Sample() {
  VerificationReport r;
  r.mutable_article()->set_outlet("Coastline Daily");
  r.add_references()->mutable_article()->set_outlet("Transcript");
  QuoteVerification* q = r.add_quotes();
  q->set_quote_index(2);
  q->set_text("We must not be rushed");
  q->set_verdict(ALTERED);
  q->mutable_speaker()->set_name("Halvorsen");
  q->mutable_speaker()->set_kind(Speaker::PERSON);
  q->set_diff_text("We [-will-]{+must+} not be rushed");
  Finding* f = q->add_findings();
  f->set_verdict(ALTERED);
  f->set_detail("'must' for 'will'");
  q->mutable_evidence()->set_passage_kind(Evidence::SPEAKER_TURN);
  q->mutable_evidence()->set_matched_text("We will not be rushed");
  q->mutable_evidence()->mutable_source_match()->set_begin(10);
  (*r.mutable_verdict_counts())["ALTERED"] = 1;
  return r;
}

TEST(WriteVerificationReport, TableShowsVerdictEvidenceDiffAndWarning) {
  std::ostringstream out;
  ASSERT_TRUE(WriteVerificationReport(Sample(), Format::kTable, out).ok());
  const std::string s = out.str();
  EXPECT_NE(s.find("[2] ALTERED  \"We must not be rushed\"  (Halvorsen)"),
            std::string::npos) << s;
  EXPECT_NE(s.find("evidence: Transcript, transcript turn"), std::string::npos);
  EXPECT_NE(s.find("diff:     We [-will-]{+must+} not be rushed"),
            std::string::npos);
  EXPECT_NE(s.find("! ALTERED: 'must' for 'will'"), std::string::npos);
  EXPECT_NE(s.find("verdicts: ALTERED 1"), std::string::npos);
}

TEST(WriteVerificationReport, JsonRoundTripsWithOffsets) {
  for (Format f : {Format::kJson, Format::kJsonLines}) {
    std::ostringstream out;
    ASSERT_TRUE(WriteVerificationReport(Sample(), f, out).ok());
    if (f == Format::kJsonLines) {
      EXPECT_EQ(out.str().find('\n'), out.str().size() - 1);
    }
    VerificationReport back;
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(out.str(), &back).ok());
    EXPECT_EQ(back.quotes(0).verdict(), ALTERED);
    EXPECT_EQ(back.quotes(0).evidence().source_match().begin(), 10u);
  }
  std::ostringstream json;
  ASSERT_TRUE(WriteVerificationReport(Sample(), Format::kJson, json).ok());
  EXPECT_NE(json.str().find("\"verdict\": \"ALTERED\""), std::string::npos);
}

TEST(WriteComparisonReport, TextProtoRoundTrips) {
  ComparisonReport r;
  QuoteCluster* c = r.add_clusters();
  c->set_source_text("We came here in good faith.");
  c->add_members()->set_outlet("Northern Wire");
  r.set_independent_sources(3);
  std::ostringstream out;
  ASSERT_TRUE(WriteComparisonReport(r, Format::kTextProto, out).ok());
  ComparisonReport back;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(out.str(), &back));
  EXPECT_EQ(back.clusters(0).members(0).outlet(), "Northern Wire");

  std::ostringstream table;
  ASSERT_TRUE(WriteComparisonReport(r, Format::kTable, table).ok());
  EXPECT_NE(table.str().find("0 documents, 3 independent sources, 1 utterances"),
            std::string::npos) << table.str();
}

}  // namespace
}  // namespace quotes
