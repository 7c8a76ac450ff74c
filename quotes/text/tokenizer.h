// Splits text into words and punctuation for the attribution rules.
//
// A word is a run of letters, combining marks and digits, with apostrophes
// and hyphens inside it (don't, O'Brien, non-starter, al-Assad). A period
// joins the word before it for single letters and initialisms (J., U.S.) and
// for the abbreviations the caller names (mr., sen.), so that "Sen. John
// McCain" is three words. Every other visible character is a one-character
// punctuation token; white space separates tokens and is dropped.
#ifndef QUOTES_TEXT_TOKENIZER_H_
#define QUOTES_TEXT_TOKENIZER_H_

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "quotes/text/byte_span.h"
#include "quotes/text/word_shape_filter.h"

namespace quotes {

struct Token {
  enum Type : unsigned char { kWord, kNumber, kPunct };

  ByteSpan span;       // into the text given to Tokenize
  // A word lower-cased (ICU simple case mapping); empty for punctuation. It
  // views the text itself when that is already lower case, else the
  // WordStore given to Tokenize.
  absl::string_view lower;
  Type type = kWord;
  bool capitalized = false;  // first letter is upper or title case
  bool all_caps = false;     // two or more letters, all upper case
  // Scratch space for one client to memoize per-token lexicon lookups (the
  // attribution rules look at each token many times). 0 means "not yet".
  // (Beside the flags, so that the token takes 40 bytes, not 48.)
  mutable unsigned char memo = 0;
  char32_t punct = 0;        // the code point, for kPunct

  bool is_word() const { return type == kWord; }
  bool Is(char32_t c) const { return type == kPunct && punct == c; }
};

// Holds the lower-cased words that differ from their text, for the tokens
// that view them. Append-only: what it holds never moves, so it must simply
// outlive the tokens. Not thread-safe.
class WordStore {
 public:
  // Copies `word` in and returns the copy.
  absl::string_view Add(absl::string_view word);
  // Adds `word` lower-cased (as ToLowerUtf8) and returns it; ASCII words are
  // lowered straight into the store.
  absl::string_view AddLower(absl::string_view word, bool ascii);
  // Returns room for n bytes, counted as held, for the caller to fill: the
  // tokenizer lower-cases a whole 32-byte window into it at once.
  char* AddRoom(size_t n);
  // Forgets every word (the tokens viewing them must be gone), keeping the
  // first block (unless a huge word made it): a store reused from text to
  // text allocates only for a text that needs more.
  void Clear();

 private:
  // Room for `n` more bytes at blocks_.back().get() + used_.
  char* Reserve(size_t n);

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0;
  size_t capacity_ = 0;        // of blocks_.back()
  size_t first_capacity_ = 0;  // of blocks_.front()
};

// The lower-case words with their final period ("mr.", "sen.") that keep the
// period when tokenized. The tokenizer asks about every word before a
// period that is not an initial, mostly sentence ends, so the set rules most
// of them out by first byte and length before hashing them.
class AbbreviationSet {
 public:
  AbbreviationSet() = default;
  AbbreviationSet(std::initializer_list<absl::string_view> words) {
    for (absl::string_view w : words) Insert(w);
  }

  void Insert(absl::string_view word) {
    words_.emplace(word);
    shapes_.Add(word);
  }
  bool empty() const { return words_.empty(); }
  // False when no word held begins with byte `first` and has `size` bytes.
  bool MayHold(unsigned char first, size_t size) const { return shapes_.MayHold(first, size); }
  // Whether `lowered` (lower case, with its period) is held.
  bool Contains(absl::string_view lowered) const {
    return shapes_.MayHold(lowered) && words_.contains(lowered);
  }

 private:
  absl::flat_hash_set<std::string> words_;
  WordShapeFilter shapes_;
};

// Tokenizes text[range]. `abbreviations` holds the words that keep their
// final period. The tokens view `text`
// and `*store`. Never fails: invalid UTF-8 bytes become punctuation tokens.
std::vector<Token> Tokenize(absl::string_view text, ByteSpan range,
                            const AbbreviationSet& abbreviations,
                            WordStore* store);
// The same into *tokens, which is cleared first and keeps its capacity: a
// caller that tokenizes text after text into the same vector allocates once.
void TokenizeInto(absl::string_view text, ByteSpan range,
                  const AbbreviationSet& abbreviations, WordStore* store,
                  std::vector<Token>* tokens);

// The index of the first of `tokens` (in text order) that starts at or after
// byte `pos`; tokens.size() when none does. As std::lower_bound, but each
// step of the search is a conditional move, not a branch: the attribution
// rules search the tokens many times per quote, and a branch per step
// mispredicts half the time.
inline int FirstTokenAtOrAfter(const std::vector<Token>& tokens, size_t pos) {
  if (tokens.empty()) return 0;
  const Token* base = tokens.data();
  size_t len = tokens.size();
  // The answer lies in [base, base + len].
  while (len > 1) {
    const size_t half = len / 2;
    // half when the token is before pos, else 0: a mask, not a branch.
    base += half & (size_t{0} - static_cast<size_t>(base[half - 1].span.begin < pos));
    len -= half;
  }
  return static_cast<int>(base - tokens.data()) + (base->span.begin < pos ? 1 : 0);
}

// Lower-cases `s` with ICU's simple case mapping, code point by code point.
std::string ToLowerUtf8(absl::string_view s);

namespace internal {
// TokenizeInto without its 32-byte window: the general rules alone, which
// the window must agree with (for tests).
void TokenizeByGeneralRules(absl::string_view text, ByteSpan range,
                            const AbbreviationSet& abbreviations,
                            WordStore* store, std::vector<Token>* tokens);
}  // namespace internal

}  // namespace quotes

#endif  // QUOTES_TEXT_TOKENIZER_H_
