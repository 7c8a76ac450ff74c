#include "quotes/match/verifier.h"

#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "quotes/status_macros.h"

namespace quotes {

absl::StatusOr<VerificationReport> VerifyAgainstCorpus(
    const ArticleQuotes& article, ReferenceCorpus* corpus,
    const VerifyOptions& options) {
  VerificationReport report;
  *report.mutable_article() = article.article();
  for (const ReferenceCorpus::Document& doc : corpus->documents()) {
    *report.add_references() = doc.meta;
  }
  for (const QuoteRecord& q : article.quotes()) {
    corpus->mutable_directory()->Register(q.speaker());
  }
  const std::string& path = article.article().source_path();
  for (const QuoteRecord& q : article.quotes()) {
    if (options.skip_scare_quotes && q.kind() == QuoteRecord::SCARE) continue;
    if (q.content().end() > article.text().size() ||
        q.content().begin() > q.content().end()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": quote ", q.index(), " lies outside the text"));
    }
    std::vector<MatchToken> tokens;
    absl::Status s = corpus->TokenizeQuery(article.text(), q.content().begin(),
                                           q.content().end(), &tokens);
    if (!s.ok()) return absl::InvalidArgumentError(absl::StrCat(path, ": ", s.message()));

    QuoteVerification* out = report.add_quotes();
    out->set_quote_index(q.index());
    out->set_quote_id(q.id());
    out->set_text(q.text());
    *out->mutable_quote_span() = q.content();
    *out->mutable_speaker() = q.speaker();

    const TokenSeq quote{tokens, article.text()};
    std::vector<PassageMatch> found =
        MatchQuote(*corpus, quote, 0, tokens.size(), -1, options.match);
    Verdicts v;
    if (!found.empty()) {
      v = std::move(found[0].verdicts);
      *out->mutable_evidence() = MakeEvidence(*corpus, found[0]);
      const Evidence& e = out->evidence();
      if (e.has_speaker()) {
        CheckAttribution(corpus->directory(), q.speaker(), e.speaker(),
                         e.passage_kind() == Evidence::SPEAKER_TURN
                             ? "the transcript"
                             : e.outlet(),
                         &v);
      }
      absl::flat_hash_set<uint32_t> seen = {out->evidence().reference()};
      for (size_t i = 1; i < found.size(); ++i) {
        Evidence e = MakeEvidence(*corpus, found[i]);
        if (seen.insert(e.reference()).second) *out->add_also_in() = std::move(e);
      }
    } else if (std::optional<PassageMatch> p =
                   FindParaphrase(*corpus, tokens, -1, options.match)) {
      v = std::move(p->verdicts);
      *out->mutable_evidence() = MakeEvidence(*corpus, *p);
    } else {
      Finding f;
      f.set_verdict(NOT_FOUND);
      f.set_detail(corpus->documents().empty()
                       ? "no references given"
                       : "no reference carries these words");
      AddFinding(std::move(f), &v);
    }
    out->set_verdict(v.verdict);
    for (Finding& f : v.findings) *out->add_findings() = std::move(f);
    out->set_truncation(v.truncation);
    for (DiffOp& d : v.diff) *out->add_diff() = std::move(d);
    out->set_diff_text(v.diff_text);
    (*report.mutable_verdict_counts())[VerdictName(v.verdict)]++;
  }
  return report;
}

absl::StatusOr<VerificationReport> Verify(
    const ArticleQuotes& article, const std::vector<Reference>& references,
    const VerifyOptions& options) {
  ReferenceCorpus corpus;
  for (const Reference& r : references) RETURN_IF_ERROR(corpus.Add(r).status());
  corpus.Build();
  return VerifyAgainstCorpus(article, &corpus, options);
}

}  // namespace quotes
