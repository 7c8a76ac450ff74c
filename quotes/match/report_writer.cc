#include "quotes/match/report_writer.h"

#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "quotes/match/verdict_classifier.h"

namespace quotes {
namespace {

constexpr int kQuoteChars = 70;

std::string Quoted(absl::string_view s) {
  return absl::StrCat("\"", Ellipsize(s, kQuoteChars), "\"");
}

std::string SpeakerName(const Speaker& s) {
  if (s.kind() == Speaker::UNKNOWN || s.name().empty()) return "unknown";
  return s.name();
}

std::string Source(const ReferenceDocument& doc) {
  const Article& a = doc.article();
  std::string name = a.outlet().empty() ? a.source_path() : a.outlet();
  if (!a.date().empty()) absl::StrAppend(&name, " (", a.date(), ")");
  return name;
}

void WriteFindings(const google::protobuf::RepeatedPtrField<Finding>& findings,
                   absl::string_view indent, std::ostream& out) {
  for (const Finding& f : findings) {
    if (f.verdict() == VERBATIM) continue;
    out << indent << (f.acceptable() ? "\xC2\xB7 " : "! ")
        << VerdictName(f.verdict()) << ": " << f.detail() << "\n";
  }
}

void WriteVerificationTable(const VerificationReport& r, std::ostream& out) {
  const Article& a = r.article();
  out << (a.outlet().empty() ? a.source_path() : a.outlet());
  if (!a.date().empty()) out << " (" << a.date() << ")";
  out << ": " << r.quotes_size() << " quotes checked against "
      << r.references_size() << " references\n";
  for (const QuoteVerification& q : r.quotes()) {
    out << "\n[" << q.quote_index() << "] " << VerdictName(q.verdict()) << "  "
        << Quoted(q.text()) << "  (" << SpeakerName(q.speaker()) << ")\n";
    if (q.has_evidence()) {
      const Evidence& e = q.evidence();
      std::string where = e.reference() < static_cast<uint32_t>(r.references_size())
                              ? Source(r.references(e.reference()))
                              : e.outlet();
      const char* kind = e.passage_kind() == Evidence::SPEAKER_TURN ? "transcript turn"
                         : e.passage_kind() == Evidence::QUOTE ? "quote"
                                                               : "reported speech";
      out << "    evidence: " << where << ", " << kind;
      if (e.has_speaker()) out << " of " << SpeakerName(e.speaker());
      out << ": " << Quoted(e.matched_text()) << "\n";
    }
    if (!q.diff_text().empty() && q.verdict() != VERBATIM) {
      out << "    diff:     " << q.diff_text() << "\n";
    }
    WriteFindings(q.findings(), "    ", out);
    if (q.also_in_size() > 0) {
      std::vector<std::string> names;
      for (const Evidence& e : q.also_in()) names.push_back(e.outlet());
      out << "    also in:  " << absl::StrJoin(names, ", ") << "\n";
    }
  }
  std::map<std::string, uint32_t> counts(r.verdict_counts().begin(),
                                         r.verdict_counts().end());
  std::vector<std::string> parts;
  for (int v = VERBATIM; v <= NOT_FOUND; ++v) {
    auto it = counts.find(VerdictName(static_cast<Verdict>(v)));
    if (it != counts.end()) parts.push_back(absl::StrCat(it->first, " ", it->second));
  }
  out << "\nverdicts: " << absl::StrJoin(parts, ", ") << "\n";
}

void WriteComparisonTable(const ComparisonReport& r, std::ostream& out) {
  out << r.documents_size() << " documents, " << r.independent_sources()
      << " independent sources, " << r.clusters_size() << " utterances\n";
  for (const CopyGroup& g : r.copies()) {
    std::vector<std::string> names;
    for (uint32_t d : g.documents()) names.push_back(Source(r.documents(d)));
    out << "copies of one story: " << absl::StrJoin(names, " -> ")
        << absl::StrCat("  (", static_cast<int>(g.containment() * 100 + 0.5),
                        "% shared)\n");
  }
  for (const QuoteCluster& c : r.clusters()) {
    out << "\n#" << c.id() << " " << Quoted(c.source_text()) << "\n";
    out << "    speakers: " << absl::StrJoin(c.speakers(), ", ")
        << (c.speakers_disagree() ? "  <- outlets disagree" : "") << "\n";
    for (int i = 0; i < c.members_size(); ++i) {
      const ClusterMember& m = c.members(i);
      out << "    " << (i == static_cast<int>(c.source_member()) ? "*" : " ")
          << " v" << m.variant() << " " << m.outlet();
      if (!m.date().empty()) out << " " << m.date();
      out << "  " << SpeakerName(m.speaker()) << "  " << VerdictName(m.verdict())
          << "  " << Quoted(m.text()) << "\n";
    }
    for (int v = 0; v < c.variants_size(); ++v) {
      const Variant& var = c.variants(v);
      out << "    v" << v << " first published by " << var.first_outlet();
      if (!var.first_date().empty()) out << " " << var.first_date();
      out << " (" << var.members_size() << " rendering"
          << (var.members_size() == 1 ? "" : "s") << ")\n";
    }
    for (const std::string& d : c.disagreements()) out << "    ! " << d << "\n";
  }
}

}  // namespace

absl::Status WriteVerificationReport(const VerificationReport& report,
                                     Format format, std::ostream& out) {
  if (format == Format::kTable) {
    WriteVerificationTable(report, out);
    return absl::OkStatus();
  }
  return WriteMessage(report, format, out);
}

absl::Status WriteComparisonReport(const ComparisonReport& report,
                                   Format format, std::ostream& out) {
  if (format == Format::kTable) {
    WriteComparisonTable(report, out);
    return absl::OkStatus();
  }
  return WriteMessage(report, format, out);
}

}  // namespace quotes
