#include "quotes/attribute/content_words.h"

#include <array>
#include <cstdint>

#include "quotes/text/ascii_vectors.h"
#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quotes {
namespace {

// What an ASCII byte is to the scan, as bits of one table entry: a word
// character, an upper-case letter, a character that continues a word but
// does not start one.
constexpr unsigned char kLetter = 1;
constexpr unsigned char kUpper = 2;
constexpr unsigned char kJoiner = 4;
constexpr std::array<unsigned char, 128> kAsciiClasses = [] {
  std::array<unsigned char, 128> classes{};
  for (int c = '0'; c <= '9'; ++c) classes[c] = kLetter;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kLetter | kUpper;
  classes['\''] = kJoiner;
  classes['-'] = kJoiner;
  return classes;
}();

#if defined(__SSE2__)
// The set bits of a 16-bit mask. (__builtin_popcount is a library call
// without -mpopcnt, which the build does not assume.)
inline int PopCount16(uint32_t x) {
  x = x - ((x >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0F0F;
  return static_cast<int>((x + (x >> 8)) & 0x1F);
}
#endif

// The scan's state between characters.
struct Scan {
  ContentWords counts;
  bool in_word = false;
  bool seen_letter = false;
  size_t word_start = 0;

  // Reads the character at content[*i] and moves *i past it. Returns false,
  // having counted nothing, at the tenth word's start. Word boundaries fall
  // anywhere, so an ASCII character costs no branch on its class: a branch
  // per byte on it mispredicted about once a word.
  template <typename RunEnd>
  bool Step(absl::string_view content, size_t* i, RunEnd& run_end) {
    char32_t cp = static_cast<unsigned char>(content[*i]);
    const size_t at = *i;
    bool letter, upper, next_in_word;
    if (cp < 0x80) {
      const unsigned char classes = kAsciiClasses[cp];
      ++*i;
      letter = (classes & kLetter) != 0;
      upper = (classes & kUpper) != 0;
      next_in_word = (classes & (kLetter | kJoiner)) != 0;
    } else {
      *i += DecodeUtf8(content, at, &cp);
      letter = u_isalnum(cp);
      // (only asked where a word starts)
      upper = letter && !in_word && (u_isupper(cp) || u_istitle(cp));
      next_in_word = letter || cp == 0x2019;
    }
    const bool starts = letter & !in_word;
    if (starts & (counts.words == 9)) return false;
    if (starts) word_start = at;
    counts.words += starts;
    counts.capitalized_words += starts & upper;
    counts.first_upper |= starts & upper & !seen_letter;
    seen_letter |= letter;
    if (in_word && !next_in_word) run_end(word_start, at);
    in_word = next_in_word;
    return true;
  }

#if defined(__SSE2__)
  // Reads the sixteen ASCII bytes `v` (no byte above 0x7F) at once, as Step
  // would one by one (without word_start: CountContentWords asks for no run
  // ends). Returns false at the tenth word's start, having counted the words
  // before it.
  bool Step16(__m128i v) {
    auto bits = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
    const uint32_t upper = bits(InRange(v, 'A', 'Z'));
    const uint32_t letter = upper | bits(InRange(v, 'a', 'z')) | bits(InRange(v, '0', '9'));
    const uint32_t joiner = bits(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))));
    const uint32_t in_word_after = letter | joiner;  // bit k: in a word after byte k
    uint32_t starts = letter & ~((in_word_after << 1) | static_cast<uint32_t>(in_word));
    const int room = 9 - counts.words;
    const bool tenth = PopCount16(starts) > room;
    if (tenth) {
      // Keep the first `room` starts: those before the tenth word's.
      uint32_t kept = 0;
      for (int k = 0; k < room; ++k) {
        kept |= starts & (0u - starts);
        starts &= starts - 1;
      }
      starts = kept;
    }
    if (!seen_letter && letter != 0) {
      // The first letter (the lowest bit) starts a word in upper case.
      const uint32_t first = letter & (0u - letter);
      counts.first_upper = (first & starts & upper) != 0;
    }
    counts.words += PopCount16(starts);
    counts.capitalized_words += PopCount16(starts & upper);
    seen_letter |= letter != 0;
    in_word = (in_word_after >> 15) & 1;
    return !tenth;
  }
#endif
};

}  // namespace

ContentWords CountContentWords(absl::string_view content) {
  Scan scan;
  auto no_run_end = [](size_t, size_t) {};
  size_t i = 0;
#if defined(__SSE2__)
  while (i + 16 <= content.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(content.data() + i));
    if (_mm_movemask_epi8(v) != 0) {
      // Not all ASCII: these bytes one character at a time (the last may
      // run past them).
      for (const size_t end = i + 16; i < end;) {
        if (!scan.Step(content, &i, no_run_end)) return scan.counts;
      }
      continue;
    }
    if (!scan.Step16(v)) return scan.counts;
    i += 16;
  }
#endif
  while (i < content.size()) {
    if (!scan.Step(content, &i, no_run_end)) break;
  }
  return scan.counts;
}

ContentWords ScanContentWords(absl::string_view content,
                              absl::FunctionRef<void(size_t begin, size_t end)> run_end) {
  Scan scan;
  size_t i = 0;
  while (i < content.size()) {
    if (!scan.Step(content, &i, run_end)) return scan.counts;
  }
  if (scan.in_word) run_end(scan.word_start, content.size());
  return scan.counts;
}

}  // namespace quotes
