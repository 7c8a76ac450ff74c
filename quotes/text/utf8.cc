#include "quotes/text/utf8.h"

#include <cstdint>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "unicode/uchar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quotes {
namespace {

// The first position in [pos, n) whose byte is not ASCII or, with
// kStopAtNul, is NUL; n when there is none. Reads no byte at or past n.
template <bool kStopAtNul>
size_t SkipAsciiRun(const unsigned char* s, size_t pos, size_t n) {
#if defined(__SSE2__)
  // The top bit of each byte of stops(v) marks a byte that ends the run: a
  // byte that is not ASCII has its own, NUL gets one from the comparison.
  auto stops = [](__m128i v) {
    return kStopAtNul ? _mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())) : v;
  };
  auto load = [&](size_t at) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
  };
  // Thirty-two bytes a step, tested as one: news text has a non-ASCII
  // character every few hundred bytes, so most steps go straight on.
  // A NUL in either half is a zero byte in their (unsigned) minimum.
  for (; pos + 32 <= n; pos += 32) {
    const __m128i v0 = load(pos);
    const __m128i v1 = load(pos + 16);
    const __m128i either =
        kStopAtNul ? _mm_or_si128(_mm_or_si128(v0, v1),
                                  _mm_cmpeq_epi8(_mm_min_epu8(v0, v1), _mm_setzero_si128()))
                   : _mm_or_si128(v0, v1);
    if (_mm_movemask_epi8(either) != 0) {
      const uint32_t bits = static_cast<uint32_t>(_mm_movemask_epi8(stops(v0))) |
                            static_cast<uint32_t>(_mm_movemask_epi8(stops(v1))) << 16;
      return pos + __builtin_ctz(bits);
    }
  }
  if (pos + 16 <= n) {
    const unsigned bits = _mm_movemask_epi8(stops(load(pos)));
    if (bits != 0) return pos + __builtin_ctz(bits);
    pos += 16;
  }
#endif
  // The last bytes (all of them without SSE2) one at a time.
  for (; pos < n; ++pos) {
    if (s[pos] >= 0x80 || (kStopAtNul && s[pos] == 0)) return pos;
  }
  return n;
}

// The length of the well-formed UTF-8 sequence that starts at s[0] (a byte
// of 0x80 or above), or 0 when there is none: Unicode's table of
// well-formed byte sequences (Table 3-7), which excludes overlong forms,
// surrogates and what lies above U+10FFFF, as DecodeUtf8 does. Reads only
// s[0, avail). ValidateUtf8 asks this for each non-ASCII character, most of
// them the three bytes of a quotation mark or a dash (E2 80 9C), without
// DecodeUtf8's general decoding.
int WellFormedLength(const unsigned char* s, size_t avail) {
  auto tail = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  const unsigned char c = s[0];
  if (c >= 0xC2 && c <= 0xDF) return avail >= 2 && tail(s[1]) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (avail < 3 || !tail(s[1]) || !tail(s[2])) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && s[1] >= 0xA0) return 0;  // a surrogate, D800..DFFF
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (avail < 4 || !tail(s[1]) || !tail(s[2]) || !tail(s[3])) return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && s[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;  // a continuation byte, C0 or C1 (overlong), or F5 and up
}

}  // namespace

int DecodeUtf8(absl::string_view text, size_t pos, char32_t* cp) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char c = s[pos];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  char32_t v;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    *cp = 0xFFFD;
    return 1;
  }
  if (pos + len > n) {
    *cp = 0xFFFD;
    return 1;
  }
  for (int i = 1; i < len; ++i) {
    unsigned char d = s[pos + i];
    if ((d & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = (v << 6) | (d & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = v;
  return len;
}

int DecodeUtf8Before(absl::string_view text, size_t pos, char32_t* cp) {
  if (pos == 0) {
    *cp = 0;
    return 0;
  }
  size_t start = pos - 1;
  int back = 1;
  while (start > 0 && back < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
    ++back;
  }
  int len = DecodeUtf8(text, start, cp);
  if (start + len != pos) {
    *cp = 0xFFFD;
    return 1;
  }
  return len;
}

absl::Status ValidateUtf8(absl::string_view text) {
  // UTF-16 would otherwise be reported as invalid UTF-8 at byte 0.
  if (absl::StartsWith(text, "\xFF\xFE") || absl::StartsWith(text, "\xFE\xFF")) {
    return absl::InvalidArgumentError(absl::StrCat(
        "UTF-16 text (byte order mark ", text[0] == '\xFF' ? "FF FE" : "FE FF",
        " at byte 0), not UTF-8; convert it to UTF-8"));
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = SkipAsciiRun<true>(s, 0, n); i < n;) {
    if (s[i] == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("NUL byte at byte ", i, " (binary file?)"));
    }
    const int len = WellFormedLength(s + i, n - i);
    if (len == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", i));
    }
    i = SkipAsciiRun<true>(s, i + len, n);
  }
  return absl::OkStatus();
}

size_t SkipAscii(absl::string_view text, size_t pos) {
  return SkipAsciiRun<false>(reinterpret_cast<const unsigned char*>(text.data()), pos,
                             text.size());
}

std::string ToValidUtf8(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const int len = DecodeUtf8(text, i, &cp);
    if (cp == 0xFFFD && len == 1) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
  return out;
}

namespace internal {

bool IsWordCharBeyondAscii(char32_t c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsSpaceCharBeyondAscii(char32_t c) {
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

}  // namespace internal

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace quotes
