#include "quotes/match/cross_source.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "quotes/status_macros.h"

namespace quotes {
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// |a ∩ b| / min(|a|, |b|) for sorted, distinct vectors.
float Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++shared, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<float>(shared) / std::min(a.size(), b.size());
}

// Equal for renderings with the same words after normalization: tokens
// [b, e) of a document.
std::string VariantKey(const std::vector<MatchToken>& tokens, uint32_t b,
                       uint32_t e) {
  std::string key;
  for (uint32_t i = b; i < e; ++i) {
    const MatchToken& t = tokens[i];
    if (t.is(MatchToken::kEllipsis)) {
      key += "... ";
    } else {
      absl::StrAppend(&key, t.is(MatchToken::kBracketed) ? "[" : "", t.key, " ");
    }
  }
  return key;
}

// The date string for ordering: undated sorts last.
std::string DateKey(const std::string& date) {
  return date.empty() ? std::string("\xff") : date;
}

void Fill(const Verdicts& v, ClusterMember* m) {
  m->set_verdict(v.verdict);
  for (const Finding& f : v.findings) *m->add_findings() = f;
  m->set_diff_text(v.diff_text);
}

}  // namespace

ComparisonReport CompareCorpus(const ReferenceCorpus& corpus,
                               const CompareOptions& options) {
  ComparisonReport report;
  for (const ReferenceCorpus::Document& d : corpus.documents()) {
    *report.add_documents() = d.meta;
  }

  // Cluster the quotations.
  std::vector<uint32_t> quotes;
  for (uint32_t id = 0; id < corpus.passage_count(); ++id) {
    if (corpus.passage(id).kind == Evidence::QUOTE) quotes.push_back(id);
  }
  absl::flat_hash_map<uint32_t, size_t> slot;
  for (size_t i = 0; i < quotes.size(); ++i) slot[quotes[i]] = i;
  MatchOptions cluster_match = options.match;
  cluster_match.passage_kinds = MatchOptions::kQuotes;
  cluster_match.min_coverage = options.min_cluster_coverage;
  UnionFind clusters(quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    const ReferenceCorpus::Passage& p = corpus.passage(quotes[i]);
    for (const PassageMatch& m :
         MatchQuote(corpus, corpus.Seq(p.document), p.token_begin, p.token_end,
                    p.document, cluster_match)) {
      clusters.Union(i, slot[m.passage]);
    }
  }
  std::map<size_t, std::vector<uint32_t>> groups;
  for (size_t i = 0; i < quotes.size(); ++i) {
    groups[clusters.Find(i)].push_back(quotes[i]);
  }

  MatchOptions turn_match = options.match;
  turn_match.passage_kinds = MatchOptions::kTurns;
  const SpeakerDirectory& directory = corpus.directory();
  for (auto& [root, members] : groups) {
    QuoteCluster* c = report.add_clusters();
    c->set_id(report.clusters_size() - 1);
    auto length = [&](uint32_t id) {
      return corpus.passage(id).token_end - corpus.passage(id).token_begin;
    };
    const uint32_t longest = *std::max_element(
        members.begin(), members.end(),
        [&](uint32_t a, uint32_t b) { return length(a) < length(b); });
    const ReferenceCorpus::Passage& lp = corpus.passage(longest);
    std::vector<PassageMatch> in_transcript =
        MatchQuote(corpus, corpus.Seq(lp.document), lp.token_begin,
                   lp.token_end, -1, turn_match);

    // Each rendering against the source.
    for (uint32_t id : members) {
      const ReferenceCorpus::Passage& p = corpus.passage(id);
      const ReferenceCorpus::Document& doc = corpus.document(p.document);
      ClusterMember* m = c->add_members();
      m->set_document(p.document);
      m->set_outlet(doc.meta.article().outlet());
      m->set_date(doc.meta.article().date());
      m->set_quote_index(p.unit);
      m->set_text(doc.text.substr(p.byte_begin, p.byte_end - p.byte_begin));
      m->mutable_span()->set_begin(p.byte_begin);
      m->mutable_span()->set_end(p.byte_end);
      if (p.speaker >= 0) *m->mutable_speaker() = corpus.speakers()[p.speaker];
      const TokenSeq quote = corpus.Seq(p.document);
      if (!in_transcript.empty()) {
        std::vector<PassageMatch> found = MatchQuote(
            corpus, quote, p.token_begin, p.token_end, -1, turn_match);
        if (!found.empty()) {
          Verdicts v = found[0].verdicts;
          const ReferenceCorpus::Passage& turn = corpus.passage(found[0].passage);
          if (p.speaker >= 0 && turn.speaker >= 0) {
            CheckAttribution(directory, corpus.speakers()[p.speaker],
                             corpus.speakers()[turn.speaker], "the transcript",
                             &v);
          }
          Fill(v, m);
          continue;
        }
      }
      if (members.size() == 1) {
        // No other rendering: only reported speech elsewhere, or nothing.
        Verdicts v;
        if (std::optional<PassageMatch> para = FindParaphrase(
                corpus, absl::MakeConstSpan(quote.tokens).subspan(
                            p.token_begin, p.token_end - p.token_begin),
                p.document, options.match)) {
          v = para->verdicts;
          const ReferenceCorpus::Passage& sp = corpus.passage(para->passage);
          const ReferenceCorpus::Document& sd = corpus.document(sp.document);
          v.findings.back().set_detail(absl::StrCat(
              v.findings.back().detail(), " in ", sd.meta.article().outlet(),
              ": \"", sd.text.substr(sp.byte_begin, sp.byte_end - sp.byte_begin),
              "\""));
        } else {
          Finding f;
          f.set_verdict(NOT_FOUND);
          f.set_detail("no other source carries it");
          AddFinding(std::move(f), &v);
        }
        Fill(v, m);
        continue;
      }
      const std::pair<int, int> source_range[] = {
          {static_cast<int>(lp.token_begin), static_cast<int>(lp.token_end)}};
      Alignment a = AlignWithPieces(quote, p.token_begin, p.token_end,
                                    corpus.Seq(lp.document), lp.token_begin,
                                    lp.token_end, source_range);
      Fill(ClassifyAlignment(quote, corpus.Seq(lp.document), a), m);
    }
    c->set_source_member(
        std::find(members.begin(), members.end(), longest) - members.begin());

    // The transcript's rendering, widened to whole sentences.
    std::string transcript_key;
    if (!in_transcript.empty()) {
      const PassageMatch& best = in_transcript[0];
      const ReferenceCorpus::Passage& turn = corpus.passage(best.passage);
      const auto& tokens = corpus.document(turn.document).tokens;
      int b = best.alignment.source_begin, e = best.alignment.source_end;
      while (b > static_cast<int>(turn.token_begin) &&
             !tokens[b - 1].is(MatchToken::kSentenceEnd)) {
        --b;
      }
      while (e < static_cast<int>(turn.token_end) &&
             !tokens[e - 1].is(MatchToken::kSentenceEnd)) {
        ++e;
      }
      const std::string& text = corpus.document(turn.document).text;
      ClusterMember* m = c->add_members();
      m->set_document(turn.document);
      m->set_outlet(corpus.document(turn.document).meta.article().outlet());
      m->set_date(corpus.document(turn.document).meta.article().date());
      m->set_quote_index(turn.unit);
      // Keep the sentence's closing punctuation.
      size_t end = tokens[e - 1].end;
      while (end < turn.byte_end && text[end] != ' ' && text[end] != '\n') ++end;
      m->mutable_span()->set_begin(tokens[b].begin);
      m->mutable_span()->set_end(end);
      m->set_text(text.substr(tokens[b].begin, end - tokens[b].begin));
      if (turn.speaker >= 0) *m->mutable_speaker() = corpus.speakers()[turn.speaker];
      m->set_verdict(VERBATIM);
      c->set_source_member(c->members_size() - 1);
      transcript_key = VariantKey(tokens, b, e);
    }
    c->set_source_text(c->members(c->source_member()).text());

    // Variants, speakers and disagreements.
    std::vector<std::string> keys;
    for (uint32_t id : members) {
      const ReferenceCorpus::Passage& p = corpus.passage(id);
      keys.push_back(VariantKey(corpus.document(p.document).tokens,
                                p.token_begin, p.token_end));
    }
    if (!transcript_key.empty()) keys.push_back(transcript_key);
    std::map<std::string, int> variant_of;
    absl::flat_hash_set<std::string> surnames;
    for (int i = 0; i < c->members_size(); ++i) {
      ClusterMember* m = c->mutable_members(i);
      auto [it, added] = variant_of.try_emplace(keys[i], c->variants_size());
      if (added) c->add_variants()->set_normalized_text(FoldCase(m->text()));
      Variant* v = c->mutable_variants(it->second);
      v->add_members(i);
      m->set_variant(it->second);
      // The first outlet to publish the variant. The transcript member comes
      // last, so it is named only when no outlet has the variant.
      const bool transcript = i >= static_cast<int>(members.size());
      if (v->members_size() == 1 ||
          (!transcript && DateKey(m->date()) < DateKey(v->first_date()))) {
        v->set_first_date(m->date());
        v->set_first_outlet(m->outlet());
      }
      if (m->has_speaker()) {
        std::string surname = directory.Surname(m->speaker());
        if (!surname.empty() && surnames.insert(surname).second) {
          c->add_speakers(directory.DisplayName(m->speaker()));
        }
      }
      for (const Finding& f : m->findings()) {
        if (f.acceptable()) continue;
        c->add_disagreements(absl::StrCat(m->outlet(), ": ",
                                          VerdictName(f.verdict()), ": ",
                                          f.detail()));
      }
    }
    c->set_speakers_disagree(surnames.size() > 1);
  }
  std::stable_sort(report.mutable_clusters()->begin(),
                   report.mutable_clusters()->end(),
                   [](const QuoteCluster& a, const QuoteCluster& b) {
                     return a.members_size() > b.members_size();
                   });
  for (int i = 0; i < report.clusters_size(); ++i) {
    report.mutable_clusters(i)->set_id(i);
  }

  // Copies of one story.
  const auto& docs = corpus.documents();
  UnionFind copies(docs.size());
  std::vector<float> weakest(docs.size(), 1.0f);
  for (size_t a = 0; a < docs.size(); ++a) {
    for (size_t b = a + 1; b < docs.size(); ++b) {
      float shared = Containment(docs[a].body_shingles, docs[b].body_shingles);
      if (shared < options.min_copy_containment) continue;
      size_t ra = copies.Find(a), rb = copies.Find(b);
      float w = std::min({weakest[ra], weakest[rb], shared});
      copies.Union(a, b);
      weakest[copies.Find(a)] = w;
    }
  }
  std::map<size_t, std::vector<uint32_t>> story;
  for (size_t d = 0; d < docs.size(); ++d) story[copies.Find(d)].push_back(d);
  uint32_t independent = 0;
  for (auto& [root, group] : story) {
    ++independent;
    if (group.size() < 2) continue;
    std::stable_sort(group.begin(), group.end(), [&](uint32_t a, uint32_t b) {
      return DateKey(docs[a].meta.article().date()) <
             DateKey(docs[b].meta.article().date());
    });
    CopyGroup* g = report.add_copies();
    for (uint32_t d : group) g->add_documents(d);
    g->set_containment(weakest[root]);
  }
  report.set_independent_sources(independent);
  return report;
}

absl::StatusOr<ComparisonReport> Compare(const std::vector<Reference>& documents,
                                         const CompareOptions& options) {
  ReferenceCorpus corpus;
  for (const Reference& r : documents) RETURN_IF_ERROR(corpus.Add(r).status());
  corpus.Build();
  return CompareCorpus(corpus, options);
}

}  // namespace quotes
