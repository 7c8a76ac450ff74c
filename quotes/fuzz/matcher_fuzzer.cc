// Fuzz target for cross-source matching (quotes/match): a transcript parsed
// from the first part of the input, the same bytes as a report whose lines
// are quote passages, and the second part as the quote to find in them.
//
//   input = REFERENCE "\n===\n" QUOTE
//
// Invariants: every match names an existing passage, its alignment lies
// inside the passage's document, and the evidence's spans lie inside the
// reference text with matched_text exactly the bytes source_match names.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "quotes/fuzz/fuzz_check.h"
#include "quotes/match/quote_matcher.h"
#include "quotes/match/reference_corpus.h"
#include "quotes/match/transcript.h"
#include "quotes/text/utf8.h"

namespace {

void CheckSpan(const quotes::Span& s, absl::string_view text) {
  FUZZ_CHECK(s.begin() <= s.end());
  FUZZ_CHECK(s.end() <= text.size());
}

void CheckMatches(const quotes::ReferenceCorpus& corpus,
                  const std::vector<quotes::PassageMatch>& matches) {
  for (const quotes::PassageMatch& m : matches) {
    FUZZ_CHECK(m.passage < corpus.passage_count());
    const quotes::ReferenceCorpus::Passage& p = corpus.passage(m.passage);
    const quotes::ReferenceCorpus::Document& doc = corpus.document(p.document);
    FUZZ_CHECK(m.alignment.source_begin <= m.alignment.source_end);
    FUZZ_CHECK(m.alignment.source_end <= static_cast<int>(doc.tokens.size()));
    FUZZ_CHECK(m.alignment.matched <= m.alignment.quote_words);
    const quotes::Evidence e = quotes::MakeEvidence(corpus, m);
    CheckSpan(e.source_passage(), doc.text);
    CheckSpan(e.source_match(), doc.text);
    FUZZ_CHECK(e.matched_text() ==
               absl::string_view(doc.text).substr(
                   e.source_match().begin(),
                   e.source_match().end() - e.source_match().begin()));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view input(reinterpret_cast<const char*>(data), size);
  // The pipeline hands the matcher only valid UTF-8 without NULs.
  if (!quotes::ValidateUtf8(input).ok()) return 0;
  const size_t cut = input.find("\n===\n");
  const absl::string_view reference = input.substr(0, cut);
  const absl::string_view quote =
      cut == absl::string_view::npos ? reference : input.substr(cut + 5);

  quotes::ReferenceCorpus corpus;
  absl::StatusOr<quotes::Transcript> transcript =
      quotes::ParseTranscript(std::string(reference), "fuzz.txt");
  if (transcript.ok()) {
    for (const quotes::Transcript::Turn& t : transcript->turns) {
      CheckSpan(t.content, transcript->text);
      CheckSpan(t.speaker.mention_span(), transcript->text);
    }
    FUZZ_CHECK(corpus.AddTranscript(*transcript).ok());
  }
  const uint32_t doc = corpus.AddDocument(quotes::ReferenceDocument::ARTICLE,
                                          quotes::Article(), std::string(reference));
  for (size_t begin = 0; begin < reference.size();) {
    size_t end = reference.find('\n', begin);
    if (end == absl::string_view::npos) end = reference.size();
    if (end > begin) {
      FUZZ_CHECK(corpus.AddPassage(doc, begin, end, quotes::Evidence::QUOTE,
                                   -1, 0).ok());
    }
    begin = end + 1;
  }
  corpus.Build();

  std::vector<quotes::MatchToken> tokens;
  if (!corpus.TokenizeQuery(quote, 0, quote.size(), &tokens).ok()) return 0;
  for (const quotes::MatchToken& t : tokens) {
    FUZZ_CHECK(t.begin <= t.end);
    FUZZ_CHECK(t.end <= quote.size());
  }
  const quotes::TokenSeq seq{tokens, quote};
  const int n = static_cast<int>(tokens.size());
  const quotes::MatchOptions options;
  CheckMatches(corpus, quotes::MatchQuote(corpus, seq, 0, n, -1, options));
  CheckMatches(corpus, quotes::MatchQuote(corpus, seq, n / 3, n, doc, options));
  quotes::FindParaphrase(corpus, tokens, -1, options);
  return 0;
}
