#include "quotes/attribute/content_words.h"

#include <array>
#include <cstdint>
#include <cstring>

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
// The set bits of x. (__builtin_popcountll is a library call without
// -mpopcnt, which the build does not assume.)
inline int PopCount64(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555u);
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<int>((x * 0x0101010101010101u) >> 56);
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
  // Reads the n <= 64 bytes content[at, at + n), which p[0, n) holds (p has
  // 64 bytes to read), as Step would one character at a time (without
  // word_start: CountContentWords asks for no run ends): the ASCII ones
  // sixteen at a time. A character that runs past them is left for the next
  // call. Returns the bytes read, or 0 at the tenth word's start, having
  // counted the words before it.
  size_t Step64(absl::string_view content, size_t at, const char* p, size_t n) {
    // Bit k for byte k: an upper-case letter, a letter or digit, in a word
    // after byte k (a word character or a joiner), not ASCII.
    uint64_t upper = 0, letter = 0, in_word_after = 0, high = 0;
    for (int c = 0; c < 64; c += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + c));
      auto bits = [&](__m128i m) {
        return uint64_t{static_cast<uint32_t>(_mm_movemask_epi8(m))} << c;
      };
      const uint64_t u = bits(InRange(v, 'A', 'Z'));
      const uint64_t l = u | bits(InRange(v, 'a', 'z')) | bits(InRange(v, '0', '9'));
      upper |= u;
      letter |= l;
      in_word_after |= l | bits(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))));
      high |= bits(v);
    }
    auto below = [](size_t k) { return k == 64 ? ~uint64_t{0} : (uint64_t{1} << k) - 1; };
    // The other characters one at a time (few in most text): a letter at
    // its first byte, in a word after each of its bytes if it continues one.
    for (high &= below(n); high != 0;) {
      const size_t k = __builtin_ctzll(high);
      char32_t cp;
      const size_t len = DecodeUtf8(content, at + k, &cp);
      if (k + len > n) {
        n = k;  // (not 0: a character has at most four bytes)
        break;
      }
      const uint64_t bytes = below(len) << k;
      high &= ~bytes;
      const bool starts_after = k == 0 ? !in_word : ((in_word_after >> (k - 1)) & 1) == 0;
      if (u_isalnum(cp)) {
        letter |= uint64_t{1} << k;
        // (only asked where a word starts, as Step does)
        if (starts_after && (u_isupper(cp) || u_istitle(cp))) upper |= uint64_t{1} << k;
        in_word_after |= bytes;
      } else if (cp == 0x2019) {
        in_word_after |= bytes;
      }
    }
    letter &= below(n);
    uint64_t starts = letter & ~((in_word_after << 1) | uint64_t{in_word});
    const int room = 9 - counts.words;
    int words = PopCount64(starts);
    const bool tenth = words > room;
    if (tenth) {
      // Keep the first `room` starts: those before the tenth word's.
      uint64_t kept = 0;
      for (int k = 0; k < room; ++k) {
        kept |= starts & (uint64_t{0} - starts);
        starts &= starts - 1;
      }
      starts = kept;
      words = room;
    }
    if (!seen_letter && letter != 0) {
      // The first letter (the lowest bit) starts a word in upper case.
      const uint64_t first = letter & (uint64_t{0} - letter);
      counts.first_upper = (first & starts & upper) != 0;
    }
    counts.words += words;
    counts.capitalized_words += PopCount64(starts & upper);
    seen_letter |= letter != 0;
    in_word = (in_word_after >> (n - 1)) & 1;
    return tenth ? 0 : n;
  }
#endif
};

}  // namespace

ContentWords CountContentWords(absl::string_view content) {
  Scan scan;
  size_t i = 0;
#if defined(__SSE2__)
  while (i + 64 <= content.size()) {
    const size_t read = scan.Step64(content, i, content.data() + i, 64);
    if (read == 0) return scan.counts;
    i += read;
  }
  if (i == content.size()) return scan.counts;
  // The last bytes, fewer than 64 (all of most quotes' content), followed
  // by zeros, which are no word characters.
  alignas(16) char bytes[64] = {};
  std::memcpy(bytes, content.data() + i, content.size() - i);
  scan.Step64(content, i, bytes, content.size() - i);
  return scan.counts;
#else
  auto no_run_end = [](size_t, size_t) {};
  while (i < content.size()) {
    if (!scan.Step(content, &i, no_run_end)) break;
  }
  return scan.counts;
#endif
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
