// quotes/match/tokenizer.h
//
// Splits text into the words quote matching compares. Each word keeps its
// half-open UTF-8 byte span in the original text and gets a matching key: the
// word after NFKC normalization and ICU case folding, with apostrophes unified
// (’ ʼ ' → ') and the spelling variants of WordLists applied. Words with equal
// keys match; words with equal bytes are identical.
//
// Example:
//
//   quotes::KeyVocabulary vocab;
//   std::vector<quotes::MatchToken> tokens;
//   RETURN_IF_ERROR(quotes::TokenizeForMatching("We recognise [Norland]'s rights...",
//                                    quotes::WordLists::Default(), &vocab,
//                                    &tokens));
//   // tokens: We recognise Norland's rights ...(ellipsis)
//   // vocab.Key(tokens[1].key) == "recognize"; tokens[2] is bracketed.
//
// Besides words the tokenizer emits one token per elision marker ("...",
// "…", "[…]", "[...]", "(...)"), flags the words inside [] or () as
// editorial, and flags the last word of each sentence.
#ifndef QUOTES_MATCH_TOKENIZER_H_
#define QUOTES_MATCH_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "quotes/match/word_lists.h"

namespace quotes {

// A word or an elision marker of a text.
struct MatchToken {
  enum Flag : uint8_t {
    kEllipsis = 1,     // an elision marker, not a word; `key` is unused
    kBracketed = 2,    // inside [] or (): an editorial insertion in a quote
    kSentenceEnd = 4,  // followed by . ! or ? that ends a sentence
    kContent = 8,      // a key of 4 bytes or more: counted for paraphrase
  };
  uint32_t begin = 0;  // half-open byte span in the tokenized text
  uint32_t end = 0;
  uint32_t key = 0;    // KeyVocabulary id of the matching key
  uint8_t flags = 0;

  bool is(Flag f) const { return (flags & f) != 0; }
};

// Interns matching keys as dense ids. Not thread-safe: one KeyVocabulary is
// filled by one thread; reading after filling is safe from many threads.
class KeyVocabulary {
 public:
  // Returns the id of `key`, adding it when new. Ids are 0, 1, 2, ...
  uint32_t Intern(absl::string_view key);
  // Returns the id of `key`, or -1 when it was never interned.
  int64_t Find(absl::string_view key) const;
  // The key of an id returned by Intern(); `id` must be valid.
  absl::string_view Key(uint32_t id) const { return keys_[id]; }
  size_t size() const { return keys_.size(); }

 private:
  absl::flat_hash_map<std::string, uint32_t> ids_;
  std::vector<std::string> keys_;
};

// Appends the tokens of text[begin, end) to `*tokens`, with spans into `text`.
// Returns InvalidArgumentError naming the byte offset for invalid UTF-8 and
// OutOfRangeError when `text` is 4 GiB or more (spans are 32-bit). An empty
// range appends nothing and is not an error.
absl::Status TokenizeForMatching(absl::string_view text, size_t begin, size_t end,
                      const WordLists& lists, KeyVocabulary* vocab,
                      std::vector<MatchToken>* tokens);
inline absl::Status TokenizeForMatching(absl::string_view text, const WordLists& lists,
                             KeyVocabulary* vocab, std::vector<MatchToken>* tokens) {
  return TokenizeForMatching(text, 0, text.size(), lists, vocab, tokens);
}

// The matching key of one word: NFKC + case folding + unified apostrophes +
// canonical spelling. Exposed for speaker names and tests.
std::string MatchKey(absl::string_view word, const WordLists& lists);

// Case-folded, NFKC-normalized `text` with apostrophes unified, without
// spelling canonicalization. Valid UTF-8 is assumed (invalid bytes become
// U+FFFD).
std::string FoldCase(absl::string_view text);

}  // namespace quotes

#endif  // QUOTES_MATCH_TOKENIZER_H_
