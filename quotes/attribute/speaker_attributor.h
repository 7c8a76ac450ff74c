// quotes/attribute/speaker_attributor.h
//
// Decides who said each quote, and whether it is presented as speech at all
// (DIRECT, PARTIAL) or is a term in quotation marks (SCARE).
//
// The rules form a sieve, most reliable first; the first that finds a
// speaker decides, and the record names it (AttributionRule):
//
//   ADJACENT_CUE    a cue right after the closing mark: `"…," Lavrov said.`,
//                   `"…," said Lavrov.`, `"…," he told reporters.`; or right
//                   before the opening mark: `Lavrov said, "…"`
//   COLON_INTRO     `Lavrov said in a statement: "…"`, `Lavrov: "…"`
//   ACCORDING_TO    a cue phrase of the lexicon: `according to X`,
//                   `X told reporters` anywhere in the quote's sentence
//   GOVERNING_VERB  the reporting clause closing the sentence (`…, the
//                   chancellery said.`), else the speech verb nearest before
//                   the quote and that verb's subject, not the nearest name:
//                   `Biden assessed that Putin is likely to "move in"` → Biden;
//                   a verb after "and"/"but" takes the sentence's subject
//   PRECEDING_CUE   a quote opening its sentence after a sentence that ends
//                   in a speech cue: `Bystrom agreed. "…"`
//   CLAUSE_SUBJECT  no cue at all: the subject of the sentence holding a
//                   partial quote (`Das Gericht machte klar, dass „…“`), or of
//                   the sentence before a quote that opens its own; never in
//                   a main clause of reported speech (`Die Lage sei „ernst“`)
//   PARAGRAPH_CONTINUATION  a quote with no cue takes the speaker of a quote
//                   in the same paragraph, or of the previous paragraph's
//                   last quote when it opens its paragraph
//
// Speakers are then resolved: a pronoun to the person mentioned last
// (he/she) or the last organisation that spoke (they); a role ("the
// secretary") to the person introduced with it; a surname to the full name
// (EntityRegistry). What cannot be resolved is UNKNOWN, never a guess.
//
// Thread-safety: immutable after Create(); Attribute() may be called
// concurrently. Keeps a pointer to the Lexicon, which must outlive it.
#ifndef QUOTES_ATTRIBUTE_SPEAKER_ATTRIBUTOR_H_
#define QUOTES_ATTRIBUTE_SPEAKER_ATTRIBUTOR_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"
#include "quotes/detect/quote_detector.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/text/byte_span.h"
#include "quotes/text/tokenizer.h"
#include "quotes/text/word_shape_filter.h"

namespace quotes {

// The attributor's finding for one quote. Spans are into the text given to
// Attribute().
struct Attribution {
  Speaker::Kind speaker_kind = Speaker::UNKNOWN;
  std::string name;     // canonical; empty when UNKNOWN
  std::string mention;  // the words the decision rests on
  ByteSpan mention_span;
  std::string title;
  std::vector<std::string> members;

  std::string cue;  // the cue's words ("said", "according to", ":")
  ByteSpan cue_span;
  std::string cue_lemma;
  // The cue is a naming verb ("called", "dubbed"): evidence for a term
  // rather than speech.
  bool naming = false;

  AttributionRule rule = NO_RULE;
  float confidence = 0;

  QuoteRecord::Kind kind = QuoteRecord::PARTIAL;
  int sentence = 0;  // index of the opening mark's sentence in its paragraph
};

// Cue phrases of one language by their first word. The rules ask about
// every word of a quote's sentence, and few words begin a cue phrase: a
// word's first byte and length rule most out, and the few first words that
// share its first byte are compared, not hashed.
class CueIndex {
 public:
  void Add(const CuePhrase* phrase);
  // The phrases beginning with `word`, or nullptr.
  const std::vector<const CuePhrase*>* Find(absl::string_view word) const {
    if (!shapes_.MayHold(word)) return nullptr;
    for (const FirstWord& f : by_first_byte_[FirstByte(word)]) {
      if (absl::string_view(f.word) == word) return &f.phrases;
    }
    return nullptr;
  }

 private:
  struct FirstWord {
    std::string word;
    std::vector<const CuePhrase*> phrases;  // in the order added
  };

  // The byte a word is filed under (0 for the empty word).
  static unsigned char FirstByte(absl::string_view word) {
    return word.empty() ? 0 : static_cast<unsigned char>(word.data()[0]);
  }

  // The first words, by their first byte.
  std::array<std::vector<FirstWord>, 256> by_first_byte_;
  // Their first bytes and lengths, which rule most words out at once.
  WordShapeFilter shapes_;
};

// Scare cues of one language (LanguageLexicon::scare_cues) by their last
// word: the word right before a quote finds the cues that may end there.
using ScareCueIndex =
    absl::flat_hash_map<std::string, std::vector<const std::vector<std::string>*>>;

class SpeakerAttributor {
 public:
  // Precomputes per-language abbreviation lists.
  static absl::StatusOr<std::unique_ptr<SpeakerAttributor>> Create(
      const Lexicon* lexicon);

  // One Attribution per quote, in the order of `quotes`. `paragraphs` and
  // `quotes` are as returned by SplitParagraphs and QuoteDetector::Detect on
  // `text`. Does not fail today; the Status leaves room for rules that may.
  absl::StatusOr<std::vector<Attribution>> Attribute(
      absl::string_view text, const std::vector<ByteSpan>& paragraphs,
      const std::vector<QuoteSpan>& quotes, absl::string_view language) const;

 private:
  explicit SpeakerAttributor(const Lexicon* lexicon);

  const AbbreviationSet& AbbreviationsFor(
      const LanguageLexicon& lex) const;

  const Lexicon* lexicon_;
  std::map<std::string, AbbreviationSet> abbreviations_;
  // Per language: cue phrases by their first word.
  std::map<std::string, CueIndex> cue_index_;
  // Per language: scare cues by their last word.
  std::map<std::string, ScareCueIndex> scare_cue_index_;
};

}  // namespace quotes

#endif  // QUOTES_ATTRIBUTE_SPEAKER_ATTRIBUTOR_H_
