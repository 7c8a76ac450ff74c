#include "quotes/match/quote_matcher.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"

namespace quotes {

std::vector<PassageMatch> MatchQuote(const ReferenceCorpus& corpus,
                                     const TokenSeq& quote, int q_begin,
                                     int q_end, int exclude_document,
                                     const MatchOptions& options) {
  std::vector<PassageMatch> out;
  const absl::Span<const MatchToken> q =
      quote.tokens.subspan(q_begin, q_end - q_begin);
  std::vector<uint32_t> candidates =
      corpus.Candidates(q, options.max_candidates, exclude_document,
                        options.passage_kinds, options.min_shared_fraction);
  for (uint32_t id : candidates) {
    const ReferenceCorpus::Passage& p = corpus.passage(id);
    // Pieces of a splice come from the candidates of the same document.
    std::vector<std::pair<int, int>> pieces;
    for (uint32_t other : candidates) {
      const ReferenceCorpus::Passage& o = corpus.passage(other);
      if (o.document == p.document) {
        pieces.emplace_back(o.token_begin, o.token_end);
      }
    }
    const TokenSeq source = corpus.Seq(p.document);
    PassageMatch m;
    m.passage = id;
    m.alignment = AlignWithPieces(quote, q_begin, q_end, source, p.token_begin,
                                  p.token_end, pieces);
    const int needed =
        std::min(options.min_matched_words, m.alignment.quote_words);
    if (m.alignment.matched == 0 || m.alignment.matched < needed ||
        m.alignment.coverage() < options.min_coverage) {
      continue;
    }
    m.verdicts = ClassifyAlignment(quote, source, m.alignment);
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](const PassageMatch& a, const PassageMatch& b) {
                     const bool ta = corpus.passage(a.passage).kind ==
                                     Evidence::SPEAKER_TURN;
                     const bool tb = corpus.passage(b.passage).kind ==
                                     Evidence::SPEAKER_TURN;
                     if (ta != tb) return ta;
                     if (a.alignment.matched != b.alignment.matched) {
                       return a.alignment.matched > b.alignment.matched;
                     }
                     return a.verdicts.verdict < b.verdicts.verdict;
                   });
  return out;
}

std::optional<PassageMatch> FindParaphrase(const ReferenceCorpus& corpus,
                                           absl::Span<const MatchToken> quote,
                                           int exclude_document,
                                           const MatchOptions& options) {
  const size_t content = corpus.ContentWords(quote);
  std::vector<ShingleIndex::Candidate> found =
      corpus.ReportedSpeechCandidates(quote, 1, exclude_document);
  if (found.empty() || found[0].shared < options.min_paraphrase_words ||
      found[0].shared < options.min_paraphrase_share * content) {
    return std::nullopt;
  }
  PassageMatch m;
  m.passage = found[0].passage;
  Finding f;
  f.set_verdict(PARAPHRASE_ONLY);
  f.set_acceptable(false);
  f.set_detail(absl::StrCat("only reported speech shares ", found[0].shared,
                            " of the quote's ", content, " content words"));
  AddFinding(std::move(f), &m.verdicts);
  return m;
}

void CheckAttribution(const SpeakerDirectory& directory, const Speaker& quoted,
                      const Speaker& source_speaker,
                      absl::string_view source_name, Verdicts* v) {
  if (directory.Compare(quoted, source_speaker) !=
      SpeakerDirectory::Sameness::kDifferent) {
    return;
  }
  Finding f;
  f.set_verdict(MISATTRIBUTED);
  f.set_acceptable(false);
  f.set_detail(absl::StrCat("attributed to ", directory.DisplayName(quoted),
                            "; ", source_name, " gives ",
                            directory.DisplayName(source_speaker)));
  if (quoted.has_mention_span()) *f.add_quote_spans() = quoted.mention_span();
  AddFinding(std::move(f), v);
}

Evidence MakeEvidence(const ReferenceCorpus& corpus, const PassageMatch& match) {
  const ReferenceCorpus::Passage& p = corpus.passage(match.passage);
  const ReferenceCorpus::Document& doc = corpus.document(p.document);
  Evidence e;
  e.set_reference(p.document);
  e.set_outlet(doc.meta.article().outlet());
  e.set_date(doc.meta.article().date());
  e.set_passage_kind(p.kind);
  if (p.speaker >= 0) *e.mutable_speaker() = corpus.speakers()[p.speaker];
  e.mutable_source_passage()->set_begin(p.byte_begin);
  e.mutable_source_passage()->set_end(p.byte_end);
  uint32_t begin = p.byte_begin, end = p.byte_end;
  const Alignment& a = match.alignment;
  if (a.source_begin >= 0) {
    begin = doc.tokens[a.source_begin].begin;
    end = doc.tokens[a.source_end - 1].end;
  }
  e.mutable_source_match()->set_begin(begin);
  e.mutable_source_match()->set_end(end);
  e.set_matched_text(doc.text.substr(begin, end - begin));
  e.set_coverage(a.coverage());
  return e;
}

}  // namespace quotes
