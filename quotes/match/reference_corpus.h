// quotes/match/reference_corpus.h
//
// The documents quotes are checked against, prepared for matching: each is
// tokenized once (tokenizer.h) and cut into passages that can carry a quote:
//
//   QUOTE            each quotation of another outlet's report (ArticleQuotes)
//   SPEAKER_TURN     each turn of a transcript (Transcript)
//   REPORTED_SPEECH  each sentence of a report's body outside quotation
//                    marks, where a paraphrase would be
//
// QUOTE and SPEAKER_TURN passages are indexed by word bigrams; REPORTED_SPEECH
// passages by content words, since a paraphrase keeps words, not order.
//
// Example:
//
//   quotes::ReferenceCorpus corpus;
//   RETURN_IF_ERROR(corpus.Add(other_outlet_quotes).status());
//   RETURN_IF_ERROR(corpus.Add(transcript).status());
//   corpus.Build();
//   std::vector<quotes::MatchToken> quote;
//   RETURN_IF_ERROR(corpus.TokenizeQuery(text, begin, end, &quote));
//   ... quotes::MatchQuote(corpus, ...) (quote_matcher.h)
#ifndef QUOTES_MATCH_REFERENCE_CORPUS_H_
#define QUOTES_MATCH_REFERENCE_CORPUS_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/quote.pb.h"
#include "proto/verification.pb.h"
#include "quotes/match/shingle_index.h"
#include "quotes/match/speaker_names.h"
#include "quotes/match/tokenizer.h"
#include "quotes/match/transcript.h"
#include "quotes/match/word_aligner.h"

namespace quotes {

// A reference: another outlet's report (run through the Pipeline) or a
// transcript.
using Reference = std::variant<ArticleQuotes, Transcript>;

// Documents, passages and their indexes. Fill with Add*() from one thread,
// then Build(); afterwards the corpus is read-only except for TokenizeQuery(),
// which interns new words and so must not run concurrently with itself.
class ReferenceCorpus {
 public:
  struct Passage {
    uint32_t document = 0;
    uint32_t token_begin = 0;  // [token_begin, token_end) of the document's
    uint32_t token_end = 0;    // tokens
    uint32_t byte_begin = 0;   // [byte_begin, byte_end) of its text: the
    uint32_t byte_end = 0;     // range given (a quote's content, a turn), or
                               // a sentence's first to last word
    Evidence::PassageKind kind = Evidence::PASSAGE_KIND_UNSPECIFIED;
    int32_t speaker = -1;  // index into speakers(), -1 when none
    uint32_t unit = 0;     // QuoteRecord.index, turn index, or sentence count
  };
  struct Document {
    ReferenceDocument meta;  // meta.index == its position in documents()
    std::string text;
    std::vector<MatchToken> tokens;
    std::vector<uint32_t> passages;  // ids, in the order added
    std::vector<uint64_t> body_shingles;  // word 5-grams of the body (copies)
  };

  explicit ReferenceCorpus(const WordLists& lists = WordLists::Default());

  // Adds a reference; returns its document index. Returns InvalidArgumentError
  // naming the document's source_path for invalid UTF-8 or spans outside
  // the text.
  absl::StatusOr<uint32_t> Add(const Reference& reference);
  absl::StatusOr<uint32_t> AddArticle(const ArticleQuotes& article);
  absl::StatusOr<uint32_t> AddTranscript(const Transcript& transcript);

  // Low level (benchmarks, tests): a document of `kind` with no passages,
  // then a passage over text[begin, end). Sets MatchToken::kSentenceEnd on
  // the passage's last word: a passage ends its last sentence.
  uint32_t AddDocument(ReferenceDocument::Kind kind, Article article,
                       std::string text);
  absl::Status AddPassage(uint32_t document, size_t begin, size_t end,
                          Evidence::PassageKind kind, int32_t speaker,
                          uint32_t unit);
  int32_t AddSpeaker(const Speaker& speaker);

  // Sorts the indexes. Call once, after the last Add*().
  void Build();

  // Tokenizes text[begin, end) of a quote with this corpus's vocabulary.
  absl::Status TokenizeQuery(absl::string_view text, size_t begin, size_t end,
                             std::vector<MatchToken>* tokens);

  // Bits of a mask of passage kinds, for Candidates().
  enum KindBits { kQuoteBit = 1, kTurnBit = 2 };
  static int KindBit(Evidence::PassageKind kind) {
    return kind == Evidence::SPEAKER_TURN ? kTurnBit : kQuoteBit;
  }

  // QUOTE and SPEAKER_TURN passages sharing word bigrams with `quote`, most
  // shared first, at most `max`, only of the kinds in `kinds` (KindBits),
  // none from `exclude_document` (-1: none), and none sharing less than
  // `min_fraction` of what the best one shares.
  std::vector<uint32_t> Candidates(absl::Span<const MatchToken> quote,
                                   size_t max, int exclude_document,
                                   int kinds = kQuoteBit | kTurnBit,
                                   float min_fraction = 0) const;
  // REPORTED_SPEECH passages sharing content words with `quote`.
  std::vector<ShingleIndex::Candidate> ReportedSpeechCandidates(
      absl::Span<const MatchToken> quote, size_t max,
      int exclude_document) const;
  // Distinct content words of `quote` (the denominator for paraphrase).
  size_t ContentWords(absl::Span<const MatchToken> quote) const;

  const std::vector<Document>& documents() const { return documents_; }
  const Document& document(uint32_t i) const { return documents_[i]; }
  const Passage& passage(uint32_t i) const { return passages_[i]; }
  size_t passage_count() const { return passages_.size(); }
  const std::vector<Speaker>& speakers() const { return speakers_; }
  const SpeakerDirectory& directory() const { return directory_; }
  SpeakerDirectory* mutable_directory() { return &directory_; }
  TokenSeq Seq(uint32_t document) const {
    return {documents_[document].tokens, documents_[document].text};
  }

 private:
  absl::Status AddTokens(uint32_t document, std::vector<MatchToken> tokens,
                         Evidence::PassageKind kind, int32_t speaker,
                         uint32_t unit);
  absl::Status Check(const Document& doc, size_t begin, size_t end) const;

  const WordLists& lists_;
  KeyVocabulary vocab_;
  std::vector<Document> documents_;
  std::vector<Passage> passages_;
  std::vector<Speaker> speakers_;
  SpeakerDirectory directory_;
  ShingleIndex quote_index_;
  ShingleIndex speech_index_;
};

}  // namespace quotes

#endif  // QUOTES_MATCH_REFERENCE_CORPUS_H_
