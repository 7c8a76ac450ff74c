// End to end: quote_compare on the fictional event of testdata/event/,
// checked against gold_clusters.tsv and gold_copies.tsv.
#include "tools/quote_compare.h"

#include <map>
#include <set>
#include <sstream>

#include "absl/strings/match.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "proto/verification.pb.h"
#include "quotes/match/verdict_classifier.h"
#include "tools/event_gold.h"

namespace quotes {
namespace {

using testing::BaseName;
using testing::ReadEventGold;

ComparisonReport CompareEvent() {
  CompareFlags flags;
  flags.format = "json";
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(RunCompare(flags, {"testdata/event"}, in, out, err), 0) << err.str();
  ComparisonReport report;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(out.str(), &report).ok());
  return report;
}

TEST(QuoteCompare, ClustersAndVerdictsMatchTheGold) {
  const ComparisonReport report = CompareEvent();
  const auto gold = ReadEventGold("gold_clusters.tsv");
  ASSERT_EQ(gold.size(), 15u);
  std::vector<bool> seen(gold.size());
  std::map<std::string, int> cluster_of_label;
  std::map<int, std::string> label_of_cluster;
  for (const QuoteCluster& c : report.clusters()) {
    for (const ClusterMember& m : c.members()) {
      const ReferenceDocument& doc = report.documents(m.document());
      if (doc.kind() == ReferenceDocument::TRANSCRIPT) continue;
      const std::string file = BaseName(doc.article().source_path());
      int found = -1;
      for (size_t i = 0; i < gold.size(); ++i) {
        if (gold[i][1] == file && absl::StartsWith(m.text(), gold[i][2])) {
          found = i;
        }
      }
      ASSERT_GE(found, 0) << "unexpected rendering " << file << ": " << m.text();
      seen[found] = true;
      const std::string& label = gold[found][0];
      EXPECT_EQ(VerdictName(m.verdict()), gold[found][3]) << file << ": " << m.text();
      auto [it, added] = cluster_of_label.try_emplace(label, c.id());
      EXPECT_EQ(it->second, static_cast<int>(c.id()))
          << label << " split over clusters";
      auto [jt, added2] = label_of_cluster.try_emplace(c.id(), label);
      EXPECT_EQ(jt->second, label) << "cluster " << c.id() << " mixes labels";
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    EXPECT_TRUE(seen[i]) << "not reported: " << gold[i][1] << ": " << gold[i][2];
  }
}

TEST(QuoteCompare, TranscriptIsTheSourceAndSpeakersAreCompared) {
  const ComparisonReport report = CompareEvent();
  bool found = false;
  for (const QuoteCluster& c : report.clusters()) {
    if (!absl::StartsWith(c.source_text(), "The quotas must reflect")) continue;
    found = true;
    EXPECT_EQ(c.source_text(), "The quotas must reflect the science, not the calendar.");
    EXPECT_TRUE(c.speakers_disagree());
    const ClusterMember& source = c.members(c.source_member());
    EXPECT_EQ(report.documents(source.document()).kind(),
              ReferenceDocument::TRANSCRIPT);
    EXPECT_EQ(source.speaker().name(), "Oduya");
  }
  EXPECT_TRUE(found);
}

TEST(QuoteCompare, WireCopyAndFirstPublisher) {
  const ComparisonReport report = CompareEvent();
  const auto gold = ReadEventGold("gold_copies.tsv");
  ASSERT_EQ(report.copies_size(), static_cast<int>(gold.size()));
  for (size_t i = 0; i < gold.size(); ++i) {
    const CopyGroup& g = report.copies(i);
    ASSERT_EQ(g.documents_size(), 2);
    EXPECT_EQ(BaseName(report.documents(g.documents(0)).article().source_path()),
              gold[i][0]);
    EXPECT_EQ(BaseName(report.documents(g.documents(1)).article().source_path()),
              gold[i][1]);
  }
  EXPECT_EQ(report.documents_size(), 6);
  EXPECT_EQ(report.independent_sources(), 5u);
  // The wire and its reprint render "We will not be rushed ..." alike; the
  // wire published it first.
  for (const QuoteCluster& c : report.clusters()) {
    if (!absl::StartsWith(c.source_text(), "We will not be rushed")) continue;
    ASSERT_EQ(c.variants_size(), 1);
    EXPECT_EQ(c.variants(0).first_outlet(), "Northern Wire Service");
  }
}

TEST(QuoteCompare, ReadableTableAndUsageErrors) {
  CompareFlags flags;
  std::istringstream in;
  std::ostringstream out, err;
  EXPECT_EQ(RunCompare(flags, {"testdata/event"}, in, out, err), 0);
  EXPECT_NE(out.str().find("6 documents, 5 independent sources"),
            std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("! The Meridian Post: MISATTRIBUTED: attributed to "
                           "Ingrid Halvorsen; the transcript gives Marek Oduya"),
            std::string::npos);

  std::ostringstream e1, e2, e3, o;
  EXPECT_EQ(RunCompare(flags, {}, in, o, e1), 2);
  flags.format = "xml";
  EXPECT_EQ(RunCompare(flags, {"testdata/event"}, in, o, e2), 2);
  flags.format = "table";
  EXPECT_EQ(RunCompare(flags, {"testdata/event", "missing.txt"}, in, o, e3), 1);
  EXPECT_NE(e3.str().find("missing.txt"), std::string::npos) << e3.str();
}

}  // namespace
}  // namespace quotes
