// A quick "surely not" for looking a word up in a set of words: it keeps,
// for each first byte, the lengths of the set's words, so that a word whose
// first byte and length match none of them is ruled out before it is hashed.
// Sets of short function words (cue phrases' first words, abbreviations)
// rule most of the words of a text out this way.
//
// Example:
//
//   WordShapeFilter filter;
//   for (const std::string& w : words) filter.Add(w);
//   if (filter.MayHold(word) && set.contains(word)) ...
#ifndef QUOTES_TEXT_WORD_SHAPE_FILTER_H_
#define QUOTES_TEXT_WORD_SHAPE_FILTER_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace quotes {

class WordShapeFilter {
 public:
  // Notes `word`'s shape. An empty word makes the filter hold every empty
  // word.
  void Add(absl::string_view word) {
    if (word.empty()) {
      holds_empty_ = true;
      return;
    }
    lengths_[First(word)] |= LengthBit(word.size());
  }

  // False when no word added has `word`'s first byte and length.
  bool MayHold(absl::string_view word) const {
    if (word.empty()) return holds_empty_;
    return MayHold(First(word), word.size());
  }
  // The same for a non-empty word of `size` bytes beginning with `first`.
  bool MayHold(unsigned char first, size_t size) const {
    return (lengths_[first] & LengthBit(size)) != 0;
  }

 private:
  static unsigned char First(absl::string_view word) {
    return static_cast<unsigned char>(word.data()[0]);
  }
  // Bit n for n bytes, bit 15 for 15 bytes or more.
  static uint16_t LengthBit(size_t size) {
    return static_cast<uint16_t>(1u << std::min<size_t>(size, 15));
  }

  std::array<uint16_t, 256> lengths_{};
  bool holds_empty_ = false;
};

}  // namespace quotes

#endif  // QUOTES_TEXT_WORD_SHAPE_FILTER_H_
