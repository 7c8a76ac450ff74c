// quotes/lexicon/word_table.h
//
// A read-only table from words to small numbers, for the lexicon lookups the
// attribution rules make for nearly every token (which lists a word is in,
// whether it is a speech verb). absl's hash tables hash the whole word and
// then probe; here the hash reads the first and last eight bytes, a word that
// lands on an empty slot (most words outside the lists) costs no comparison,
// and a word of up to 16 bytes is compared without a call.
//
// Example:
//
//   quotes::WordTable table;
//   table.Assign({{"said", 1}, {"told", 2}});
//   table.Find("told");    // 2
//   table.Find("walked");  // 0: not in the table
//
// Values are nonzero: 0 is the answer for a word not in the table.
#ifndef QUOTES_LEXICON_WORD_TABLE_H_
#define QUOTES_LEXICON_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace quotes {

class WordTable {
 public:
  WordTable() : slots_(1) {}

  // Replaces the contents with `entries` (distinct words, nonzero values).
  void Assign(const std::vector<std::pair<absl::string_view, uint32_t>>& entries);

  // The value of `word`, or 0 when it is not in the table.
  uint32_t Find(absl::string_view word) const {
    const Ends ends = EndsOf(word.data(), word.size());
    for (size_t i = Hash(ends, word.size()) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (s.size == word.size() && EndsOf(words_.data() + s.offset, s.size) == ends &&
          (word.size() <= 16 ||
           std::memcmp(words_.data() + s.offset, word.data(), word.size()) == 0)) {
        return s.value;
      }
    }
  }

 private:
  // A word of words_ with its value; value 0 marks an empty slot.
  struct Slot {
    uint32_t offset = 0;
    uint32_t size = 0;
    uint32_t value = 0;
  };

  // The first and the last eight bytes of a word (overlapping in a word
  // shorter than 16 bytes; four where it is shorter than 8; its bytes where
  // it is shorter than 4). Two words of the same length up to 16 bytes are
  // equal when their Ends are, so the table compares most words with two
  // integer comparisons and no call; only a longer word is compared in full.
  struct Ends {
    uint64_t head;
    uint64_t tail;
    bool operator==(const Ends& o) const { return head == o.head && tail == o.tail; }
  };
  static Ends EndsOf(const char* p, size_t n) {
    if (n >= 8) return {Load<uint64_t>(p), Load<uint64_t>(p + n - 8)};
    if (n >= 4) return {Load<uint32_t>(p), Load<uint32_t>(p + n - 4)};
    if (n == 0) return {0, 0};
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    return {byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16, 0};
  }
  template <typename T>
  static uint64_t Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof(v));
    return v;
  }

  // Mixed by one multiplication (Fibonacci hashing: the high bits are the
  // well-mixed ones).
  static size_t Hash(const Ends& e, size_t n) {
    const uint64_t key = e.head ^ (e.tail << 29 | e.tail >> 35) ^ n;
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15u) >> 40);
  }

  // Open addressing, linear probing; at most a quarter full, so that most
  // words outside the table (most words asked about) meet an empty slot at
  // the first or second probe. (Half full, the lexicon's tables were half
  // the size and the pipeline 1.4% slower.)
  std::vector<Slot> slots_;
  size_t mask_ = 0;          // slots_.size() - 1, a power of two minus one
  std::string words_;        // the words, end to end
};

// A set of words, filled while a lexicon loads and asked afterwards:
// listed and counted as the absl::flat_hash_set it keeps, asked through a
// WordTable built by Index(). (Until Index() has seen every word, contains()
// asks the hash set: correct, only slower.)
class WordSet {
 public:
  using value_type = std::string;
  using const_iterator = absl::flat_hash_set<std::string>::const_iterator;
  using iterator = const_iterator;

  bool insert(std::string word) { return words_.insert(std::move(word)).second; }
  // Builds the table contains() asks.
  void Index();

  bool contains(absl::string_view word) const {
    return indexed_ == words_.size() ? table_.Find(word) != 0 : words_.contains(word);
  }
  bool empty() const { return words_.empty(); }
  size_t size() const { return words_.size(); }
  const_iterator begin() const { return words_.begin(); }
  const_iterator end() const { return words_.end(); }

 private:
  absl::flat_hash_set<std::string> words_;
  WordTable table_;
  size_t indexed_ = 0;  // words_.size() when Index() last ran
};

}  // namespace quotes

#endif  // QUOTES_LEXICON_WORD_TABLE_H_
