// quotes/lexicon/word_table.h
//
// A read-only table from words to small numbers, for the lexicon lookups the
// attribution rules make for nearly every token (which lists a word is in,
// whether it is a speech verb). absl's hash tables hash the whole word and
// then probe; here the hash reads five bytes and the length, and a word that
// lands on an empty slot (most words outside the lists) costs no comparison.
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

#include "absl/strings/string_view.h"

namespace quotes {

class WordTable {
 public:
  WordTable() : slots_(1) {}

  // Replaces the contents with `entries` (distinct words, nonzero values).
  void Assign(const std::vector<std::pair<absl::string_view, uint32_t>>& entries);

  // The value of `word`, or 0 when it is not in the table.
  uint32_t Find(absl::string_view word) const {
    for (size_t i = Hash(word) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (s.size == word.size() &&
          std::memcmp(words_.data() + s.offset, word.data(), word.size()) == 0) {
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

  // Length, first two, middle and last bytes, mixed by one multiplication
  // (Fibonacci hashing: the high bits are the well-mixed ones).
  static size_t Hash(absl::string_view w) {
    const size_t n = w.size();
    if (n == 0) return 0;
    auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(w[i])}; };
    const uint64_t key = n ^ byte(0) << 8 ^ byte(n > 1 ? 1 : 0) << 16 ^ byte(n / 2) << 24 ^
                         byte(n - 1) << 32;
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15u) >> 40);
  }

  std::vector<Slot> slots_;  // open addressing, linear probing; at most half full
  size_t mask_ = 0;          // slots_.size() - 1, a power of two minus one
  std::string words_;        // the words, end to end
};

}  // namespace quotes

#endif  // QUOTES_LEXICON_WORD_TABLE_H_
