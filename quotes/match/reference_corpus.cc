#include "quotes/match/reference_corpus.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "quotes/status_macros.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

ShingleIndex::Options SpeechIndexOptions() {
  ShingleIndex::Options o;
  o.shingle_words = 1;
  o.content_only = true;
  return o;
}

// Word 5-grams: long enough that two independent reports rarely share one,
// short enough to survive a wire copy's light edits.
constexpr int kCopyShingleWords = 5;

}  // namespace

ReferenceCorpus::ReferenceCorpus(const WordLists& lists)
    : lists_(lists),
      directory_(SpeakerNames::Default()),
      quote_index_(ShingleIndex::Options{}),
      speech_index_(SpeechIndexOptions()) {}

absl::StatusOr<uint32_t> ReferenceCorpus::Add(const Reference& reference) {
  if (const auto* a = std::get_if<ArticleQuotes>(&reference)) {
    return AddArticle(*a);
  }
  return AddTranscript(std::get<Transcript>(reference));
}

uint32_t ReferenceCorpus::AddDocument(ReferenceDocument::Kind kind,
                                      Article article, std::string text) {
  Document doc;
  doc.meta.set_kind(kind);
  *doc.meta.mutable_article() = std::move(article);
  doc.meta.set_index(documents_.size());
  doc.text = std::move(text);
  documents_.push_back(std::move(doc));
  return documents_.size() - 1;
}

int32_t ReferenceCorpus::AddSpeaker(const Speaker& speaker) {
  directory_.Register(speaker);
  speakers_.push_back(speaker);
  return speakers_.size() - 1;
}

absl::Status ReferenceCorpus::Check(const Document& doc, size_t begin,
                                    size_t end) const {
  if (begin > end || end > doc.text.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat(doc.meta.article().source_path(), ": span [", begin, ", ",
                     end, ") is outside the text of ", doc.text.size(),
                     " bytes"));
  }
  return absl::OkStatus();
}

absl::Status ReferenceCorpus::TokenizeQuery(absl::string_view text,
                                            size_t begin, size_t end,
                                            std::vector<MatchToken>* tokens) {
  return TokenizeForMatching(text, begin, end, lists_, &vocab_, tokens);
}

absl::Status ReferenceCorpus::AddTokens(uint32_t document,
                                        std::vector<MatchToken> tokens,
                                        Evidence::PassageKind kind,
                                        int32_t speaker, uint32_t unit) {
  if (tokens.empty()) return absl::OkStatus();
  Document& doc = documents_[document];
  tokens.back().flags |= MatchToken::kSentenceEnd;
  Passage p;
  p.document = document;
  p.token_begin = doc.tokens.size();
  p.token_end = p.token_begin + tokens.size();
  p.byte_begin = tokens.front().begin;
  p.byte_end = tokens.back().end;
  p.kind = kind;
  p.speaker = speaker;
  p.unit = unit;
  const uint32_t id = passages_.size();
  if (kind == Evidence::REPORTED_SPEECH) {
    speech_index_.Add(id, tokens);
  } else {
    quote_index_.Add(id, tokens);
  }
  doc.tokens.insert(doc.tokens.end(), tokens.begin(), tokens.end());
  doc.passages.push_back(id);
  passages_.push_back(p);
  return absl::OkStatus();
}

absl::Status ReferenceCorpus::AddPassage(uint32_t document, size_t begin,
                                         size_t end, Evidence::PassageKind kind,
                                         int32_t speaker, uint32_t unit) {
  const Document& doc = documents_[document];
  RETURN_IF_ERROR(Check(doc, begin, end));
  std::vector<MatchToken> tokens;
  absl::Status s =
      TokenizeForMatching(doc.text, begin, end, lists_, &vocab_, &tokens);
  if (!s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(doc.meta.article().source_path(), ": ", s.message()));
  }
  const size_t before = passages_.size();
  RETURN_IF_ERROR(AddTokens(document, std::move(tokens), kind, speaker, unit));
  if (passages_.size() > before) {  // the passage keeps its punctuation
    passages_.back().byte_begin = begin;
    passages_.back().byte_end = end;
  }
  return absl::OkStatus();
}

absl::StatusOr<uint32_t> ReferenceCorpus::AddArticle(
    const ArticleQuotes& article) {
  // Refuse bad input before anything is added, so that a failed reference
  // leaves no partial document behind.
  const std::string& path = article.article().source_path();
  if (absl::Status s = ValidateUtf8(article.text()); !s.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": ", s.message()));
  }
  for (const QuoteRecord& q : article.quotes()) {
    if (q.content().begin() > q.content().end() ||
        q.content().end() > article.text().size()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": quote ", q.index(), " lies outside the text"));
    }
  }
  const uint32_t d =
      AddDocument(ReferenceDocument::ARTICLE, article.article(), article.text());
  const Document& doc = documents_[d];
  const size_t body_begin = article.article().has_body()
                                ? article.article().body().begin()
                                : 0;
  const size_t body_end = article.article().has_body()
                              ? article.article().body().end()
                              : doc.text.size();
  RETURN_IF_ERROR(Check(doc, body_begin, body_end));

  // Quotes, and the stretches of body between them (marks included in the
  // quote's stretch).
  std::vector<std::pair<size_t, size_t>> outside;
  size_t cursor = body_begin;
  for (const QuoteRecord& q : article.quotes()) {
    if (q.kind() == QuoteRecord::SCARE) continue;
    RETURN_IF_ERROR(AddPassage(d, q.content().begin(), q.content().end(),
                               Evidence::QUOTE, AddSpeaker(q.speaker()),
                               q.index()));
    const size_t open = q.has_open_mark() ? q.open_mark().begin()
                                          : q.content().begin();
    const size_t close =
        q.has_close_mark() ? std::max(q.close_mark().end(), q.content().end())
                           : q.content().end();
    if (open > cursor) outside.emplace_back(cursor, open);
    cursor = std::max(cursor, close);
  }
  if (body_end > cursor) outside.emplace_back(cursor, body_end);

  // Reported speech: the body outside quotes, one passage per sentence.
  uint32_t sentence = 0;
  std::vector<MatchToken> body;
  for (const auto& [b, e] : outside) {
    std::vector<MatchToken> tokens;
    absl::Status s =
        TokenizeForMatching(doc.text, b, e, lists_, &vocab_, &tokens);
    if (!s.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(article.article().source_path(), ": ", s.message()));
    }
    size_t start = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].is(MatchToken::kSentenceEnd) || i + 1 == tokens.size()) {
        RETURN_IF_ERROR(AddTokens(
            d, std::vector<MatchToken>(tokens.begin() + start,
                                       tokens.begin() + i + 1),
            Evidence::REPORTED_SPEECH, -1, sentence++));
        start = i + 1;
      }
    }
  }
  // Body shingles for copy detection, over the whole body in order.
  std::vector<MatchToken> all;
  RETURN_IF_ERROR(
      TokenizeForMatching(doc.text, body_begin, body_end, lists_, &vocab_, &all));
  ShingleIndex::Options copy;
  copy.shingle_words = kCopyShingleWords;
  documents_[d].body_shingles = ShingleIndex(copy).Shingles(all);
  return d;
}

absl::StatusOr<uint32_t> ReferenceCorpus::AddTranscript(
    const Transcript& transcript) {
  if (absl::Status s = ValidateUtf8(transcript.text); !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(transcript.article.source_path(), ": ", s.message()));
  }
  const uint32_t d = AddDocument(ReferenceDocument::TRANSCRIPT,
                                 transcript.article, transcript.text);
  for (size_t i = 0; i < transcript.turns.size(); ++i) {
    const Transcript::Turn& turn = transcript.turns[i];
    RETURN_IF_ERROR(AddPassage(d, turn.content.begin(), turn.content.end(),
                               Evidence::SPEAKER_TURN,
                               AddSpeaker(turn.speaker), i));
  }
  return d;
}

void ReferenceCorpus::Build() {
  quote_index_.Build();
  speech_index_.Build();
}

std::vector<uint32_t> ReferenceCorpus::Candidates(
    absl::Span<const MatchToken> quote, size_t max, int exclude_document,
    int kinds, float min_fraction) const {
  std::vector<uint32_t> out;
  uint32_t best = 0;
  // Ask for extra: some may be in the excluded document or, when a kind is
  // filtered out, of that kind (many outlets' quotes must not crowd out the
  // transcript's turn).
  const size_t ask = kinds == (kQuoteBit | kTurnBit) ? 4 * max : 16 * max;
  for (const ShingleIndex::Candidate& c : quote_index_.Lookup(quote, ask)) {
    const Passage& p = passages_[c.passage];
    if (static_cast<int>(p.document) == exclude_document ||
        (KindBit(p.kind) & kinds) == 0) {
      continue;
    }
    best = std::max(best, c.shared);
    if (c.shared < min_fraction * best) break;  // sorted: the rest share less
    out.push_back(c.passage);
    if (out.size() == max) break;
  }
  return out;
}

std::vector<ShingleIndex::Candidate> ReferenceCorpus::ReportedSpeechCandidates(
    absl::Span<const MatchToken> quote, size_t max,
    int exclude_document) const {
  std::vector<ShingleIndex::Candidate> out;
  for (const ShingleIndex::Candidate& c : speech_index_.Lookup(quote, 4 * max)) {
    if (static_cast<int>(passages_[c.passage].document) == exclude_document) {
      continue;
    }
    out.push_back(c);
    if (out.size() == max) break;
  }
  return out;
}

size_t ReferenceCorpus::ContentWords(absl::Span<const MatchToken> quote) const {
  return speech_index_.Shingles(quote).size();
}

}  // namespace quotes
