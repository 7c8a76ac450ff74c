// Byte-class tests on 16 bytes at once (SSE2), shared by the scans that read
// mostly-ASCII text a vector at a time: the tokenizer's 32-byte window and
// the quote classifier's word count.
//
// Example:
//
//   const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
//   const unsigned upper = _mm_movemask_epi8(InRange(v, 'A', 'Z'));
//
// Only where SSE2 is (every x86-64 processor); callers keep a scalar path.
#ifndef QUOTES_TEXT_ASCII_VECTORS_H_
#define QUOTES_TEXT_ASCII_VECTORS_H_

#if defined(__SSE2__)
#include <emmintrin.h>

namespace quotes {

// Bytes of `v` in [lo, hi] (both ASCII), as 0xFF bytes: compared as signed
// bytes, so that no byte above 0x7F is ever in range.
inline __m128i InRange(__m128i v, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
}

// `v` with its bytes A-Z made a-z.
inline __m128i LowerAscii(__m128i v) {
  return _mm_or_si128(v, _mm_and_si128(InRange(v, 'A', 'Z'), _mm_set1_epi8(0x20)));
}

}  // namespace quotes

#endif  // defined(__SSE2__)
#endif  // QUOTES_TEXT_ASCII_VECTORS_H_
