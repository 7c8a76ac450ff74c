// UTF-8 helpers shared by the text components: validation that names the
// offending byte, decoding of one code point at a time, and tests on eight
// bytes at once for scans that skip long runs of plain text.
#ifndef QUOTES_TEXT_UTF8_H_
#define QUOTES_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace quotes {

// Returns OK when `text` is well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF) and has no NUL byte. Otherwise returns
// InvalidArgumentError naming the byte offset: "invalid UTF-8 at byte 1234"
// or "NUL byte at byte 0 (binary file?)"; text starting with a UTF-16 byte
// order mark (FF FE or FE FF) gets "UTF-16 text (byte order mark FF FE at
// byte 0), not UTF-8; ...". A UTF-8 byte order mark is valid UTF-8.
absl::Status ValidateUtf8(absl::string_view text);

// Decodes the code point starting at text[pos] into *cp and returns its
// length in bytes (1 to 4). On a malformed sequence sets *cp to U+FFFD and
// returns 1, so callers always make progress. Requires pos < text.size().
int DecodeUtf8(absl::string_view text, size_t pos, char32_t* cp);

// Decodes the code point that ends just before text[pos] into *cp and returns
// its length; returns 0 (and *cp = 0) when pos == 0.
int DecodeUtf8Before(absl::string_view text, size_t pos, char32_t* cp);

// Returns `text` with each byte that is not part of well-formed UTF-8
// replaced by U+FFFD, for showing text that may not be UTF-8 (a file name) in
// UTF-8 output such as JSON. Valid UTF-8 comes back unchanged.
std::string ToValidUtf8(absl::string_view text);

namespace internal {
bool IsWordCharBeyondAscii(char32_t c);
bool IsSpaceCharBeyondAscii(char32_t c);
}  // namespace internal

// True for a code point that belongs inside a word: a letter, digit or
// combining mark (ICU). Inline for ASCII: the tokenizer asks for every byte.
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return static_cast<char32_t>((c | 0x20) - 'a') < 26 ||
           static_cast<char32_t>(c - '0') < 10;
  }
  return internal::IsWordCharBeyondAscii(c);
}

// True for white space (ICU White_Space) and the invisible U+FEFF, U+200B.
inline bool IsSpaceChar(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return internal::IsSpaceCharBeyondAscii(c);
}

// Eight bytes at a time: the bytes p[0, 8) as one word, and tests on all of
// its bytes at once (each result is nonzero exactly when a byte matches).
inline uint64_t LoadWord8(const void* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
// The same, byte p[0] in the lowest bits on every platform (for tests that
// count bytes from the low end, and for hashes that must not depend on it).
inline uint64_t LoadLittleEndian8(const void* p) {
  uint64_t w = LoadWord8(p);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  w = __builtin_bswap64(w);
#endif
  return w;
}
// `b` in every byte of a word: ZeroBytes(w ^ EveryByte(b)) finds b in w.
constexpr uint64_t EveryByte(unsigned char b) { return 0x0101010101010101ULL * b; }
// A byte of `w` is not ASCII.
inline uint64_t NonAsciiBytes(uint64_t w) { return w & EveryByte(0x80); }
// A byte of `w` is zero.
inline uint64_t ZeroBytes(uint64_t w) { return (w - EveryByte(1)) & ~w & EveryByte(0x80); }

// Returns the first position at or after `pos` whose byte is not ASCII (is
// 0x80 or above), or text.size() when there is none; `pos` may be
// text.size(). For scans that look only at the non-ASCII characters of
// mostly ASCII text: with SSE2 it passes over 32 bytes at a time.
size_t SkipAscii(absl::string_view text, size_t pos);

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace quotes

#endif  // QUOTES_TEXT_UTF8_H_
