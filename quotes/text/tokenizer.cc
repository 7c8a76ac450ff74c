#include "quotes/text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "absl/base/attributes.h"
#include "absl/strings/ascii.h"
#include "quotes/text/ascii_vectors.h"
#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quotes {
namespace {

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(c);
}

bool IsAlpha(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

// Decodes with an ASCII fast path.
inline int Decode(absl::string_view text, size_t i, char32_t* c) {
  // text.data()[i], not text[i]: Debian's Abseil checks every operator[].
  unsigned char b = static_cast<unsigned char>(text.data()[i]);
  if (b < 0x80) {
    *c = b;
    return 1;
  }
  return DecodeUtf8(text, i, c);
}

// Classes of the ASCII bytes that make up words: kLower, kUpper, kDigit;
// of the others, kSpace for white space and kJoiner for the ones that may
// join two parts of a word ("don't", "non-starter", "3.5", "1,000").
constexpr unsigned char kLower = 1, kUpper = 2, kDigit = 4, kSpace = 8, kJoiner = 16;
constexpr auto kAsciiWordClass = [] {
  std::array<unsigned char, 256> table{};
  for (int b = 'a'; b <= 'z'; ++b) table[b] = kLower;
  for (int b = 'A'; b <= 'Z'; ++b) table[b] = kUpper;
  for (int b = '0'; b <= '9'; ++b) table[b] = kDigit;
  return table;
}();
constexpr auto kAsciiOtherClass = [] {
  std::array<unsigned char, 128> table{};
  for (int b = '\t'; b <= '\r'; ++b) table[b] = kSpace;
  table[' '] = kSpace;
  for (unsigned char b : {'\'', '-', '.', ','}) table[b] = kJoiner;
  return table;
}();

// The number of ASCII letters and digits that open the eight bytes of `w`
// (LoadLittleEndian8: p[0] in the lowest byte), and kLower and kUpper for
// the cases of those letters (the tokenizer never asks `seen` about digits).
// The tests run on all eight bytes at once; with the top bit of each byte
// cleared first, no sum carries into the next byte.
inline int AsciiWordRun(uint64_t w, unsigned* seen) {
  constexpr uint64_t kHigh = EveryByte(0x80);
  const uint64_t ascii = ~w & kHigh;
  const uint64_t x = w & ~kHigh;
  const uint64_t folded = x | EveryByte(0x20);  // A-Z onto a-z
  // The top bit of each byte that is a letter, a digit.
  const uint64_t alpha =
      (folded + EveryByte(0x80 - 'a')) & ~(folded + EveryByte(0x80 - 'z' - 1)) & ascii;
  const uint64_t digit = (x + EveryByte(0x80 - '0')) & ~(x + EveryByte(0x80 - '9' - 1)) & ascii;
  const uint64_t stop = ~(alpha | digit) & kHigh;
  const int run = stop == 0 ? 8 : __builtin_ctzll(stop) / 8;
  const uint64_t in_run = run == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * run)) - 1;
  const uint64_t letters = alpha & in_run;
  const uint64_t lower_case = x << 2;  // bit 5 (set in a-z) onto bit 7
  *seen = ((letters & lower_case) != 0 ? kLower : 0) | ((letters & ~lower_case) != 0 ? kUpper : 0);
  return run;
}

// The letters of a word and how many of them are upper case.
void CountLetters(absl::string_view word, int* letters, int* uppers) {
  for (size_t i = 0; i < word.size();) {
    const unsigned char b = static_cast<unsigned char>(word.data()[i]);
    if (b < 0x80) {
      const unsigned char v = kAsciiWordClass[b];
      *letters += (v & (kLower | kUpper)) != 0;
      *uppers += v == kUpper;
      ++i;
      continue;
    }
    char32_t d;
    i += Decode(word, i, &d);
    if (IsAlpha(d)) {
      ++*letters;
      if (IsUpper(d)) ++*uppers;
    }
  }
}

// Whether `word` lower-cased (as ToLowerUtf8) is in `set`: short ASCII
// words, most of them, are lowered on the stack.
bool ContainsLowered(const AbbreviationSet& set, absl::string_view word) {
  char lowered[32];
  if (word.size() > sizeof(lowered)) return set.Contains(ToLowerUtf8(word));
  for (size_t k = 0; k < word.size(); ++k) {
    const unsigned char b = static_cast<unsigned char>(word.data()[k]);
    if (b >= 0x80) return set.Contains(ToLowerUtf8(word));
    lowered[k] = absl::ascii_tolower(b);
  }
  return set.Contains(absl::string_view(lowered, word.size()));
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
}  // namespace

std::string ToLowerUtf8(absl::string_view s) {
  // ASCII in place; from the first other byte on, code point by code point.
  std::string out(s);
  size_t i = 0;
  for (; i < out.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(out[i]);
    if (b >= 0x80) break;
    out[i] = absl::ascii_tolower(b);
  }
  if (i == out.size()) return out;
  out.resize(i);
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(absl::ascii_tolower(b));
      ++i;
      continue;
    }
    char32_t cp;
    int len = DecodeUtf8(s, i, &cp);
    AppendUtf8(static_cast<char32_t>(u_tolower(cp)), &out);
    i += len;
  }
  return out;
}

char* WordStore::Reserve(size_t n) {
  if (used_ + n > capacity_) {
    capacity_ = std::max<size_t>(4096, n);
    blocks_.push_back(std::unique_ptr<char[]>(new char[capacity_]));
    if (blocks_.size() == 1) first_capacity_ = capacity_;
    used_ = 0;
  }
  return blocks_.back().get() + used_;
}

void WordStore::Clear() {
  // A first block made for one huge word is not kept.
  constexpr size_t kKeptBytes = size_t{1} << 16;
  blocks_.resize(first_capacity_ <= kKeptBytes ? std::min<size_t>(blocks_.size(), 1) : 0);
  capacity_ = blocks_.empty() ? 0 : first_capacity_;
  used_ = 0;
}

absl::string_view WordStore::Add(absl::string_view word) {
  if (word.empty()) return absl::string_view();
  char* at = Reserve(word.size());
  std::memcpy(at, word.data(), word.size());
  used_ += word.size();
  return absl::string_view(at, word.size());
}

char* WordStore::AddRoom(size_t n) {
  char* at = Reserve(n);
  used_ += n;
  return at;
}

absl::string_view WordStore::AddLower(absl::string_view word, bool ascii) {
  if (!ascii) return Add(ToLowerUtf8(word));
  if (word.empty()) return absl::string_view();
  char* at = Reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(word.data()[i]);
    at[i] = absl::ascii_tolower(b);
  }
  used_ += word.size();
  return absl::string_view(at, word.size());
}

std::vector<Token> Tokenize(
    absl::string_view text, ByteSpan range,
    const AbbreviationSet& abbreviations, WordStore* store) {
  std::vector<Token> tokens;
  TokenizeInto(text, range, abbreviations, store, &tokens);
  return tokens;
}

namespace {

// The window TokenizeWindow reads: 32 bytes, as two 16-byte vectors.
constexpr size_t kWindowBytes = 32;

#if defined(__SSE2__)
// One bit per byte of the window: bit k for byte k.
struct WindowMasks {
  uint32_t upper = 0, lower = 0, digit = 0, space = 0, joiner = 0, non_ascii = 0;

  void Add(__m128i v, int shift) {
    auto bits = [&](__m128i m) {
      return static_cast<uint32_t>(_mm_movemask_epi8(m)) << shift;
    };
    auto eq = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    upper |= bits(InRange(v, 'A', 'Z'));
    lower |= bits(InRange(v, 'a', 'z'));
    digit |= bits(InRange(v, '0', '9'));
    space |= bits(_mm_or_si128(eq(' '), InRange(v, '\t', '\r')));
    joiner |= bits(_mm_or_si128(eq('\''), eq('-')));
    non_ascii |= bits(v);
  }
};

// Whether window bytes [k, e) (ASCII, e <= 32), lower-cased, are in `set`,
// for the words the set's first-byte and length filter lets through:
// ContainsLowered for a word of the window, lowered sixteen bytes at a time
// instead of byte by byte, where the loop's exit mispredicted once a word.
// Out of line: rare enough, and it keeps the vectors out of the loop's
// registers.
ABSL_ATTRIBUTE_NOINLINE bool IsWindowAbbreviation(const AbbreviationSet& set, __m128i v0,
                                                  __m128i v1, uint32_t k, uint32_t e) {
  alignas(16) char lowered[kWindowBytes];
  _mm_store_si128(reinterpret_cast<__m128i*>(lowered), LowerAscii(v0));
  _mm_store_si128(reinterpret_cast<__m128i*>(lowered + 16), LowerAscii(v1));
  return set.Contains(absl::string_view(lowered + k, e - k));
}
#endif

// Tokenizes from byte i of text (i < end) by the general rules: one token,
// or one white-space character skipped. Returns where the next one starts.
size_t ScalarStep(absl::string_view text, size_t i, size_t end,
                  const AbbreviationSet& abbreviations, WordStore* store,
                  std::vector<Token>& tokens) {
  const char* const bytes = text.data();  // unchecked access in the loops
  char32_t c;
  int len = 1;
  const unsigned char lead = static_cast<unsigned char>(bytes[i]);
  if (lead < 0x80) {
    // ASCII: white space, a word or punctuation, by table.
    if (kAsciiOtherClass[lead] == kSpace) return i + 1;
    c = lead;
  } else {
    len = DecodeUtf8(text, i, &c);
    if (IsSpaceChar(c)) return i + len;
  }
  if (lead < 0x80 ? kAsciiWordClass[lead] == 0 : !IsWordChar(c)) {
    Token& t = tokens.emplace_back();
    t.span = ByteSpan{i, i + len};
    t.type = Token::kPunct;
    t.punct = c;
    return i + len;
  }
  // A word: letters, digits, marks, and joiners followed by a word char.
  // The loop only notes which kinds of characters it saw; letters are
  // counted afterwards, for the few words that need the count.
  size_t start = i;
  bool ascii = true;  // and so lower case when it has no upper-case letter
  unsigned seen = 0;  // kAsciiWordClass bits, and the k* bits below
  constexpr unsigned kOtherUpper = 8, kOtherCaseless = 16, kOtherNonDigit = 32;
  const bool first_upper = IsUpper(c);
  while (i < end) {
    // ASCII letters and digits, the bulk of most text, without decoding:
    // eight bytes at a time where there are eight, so that the end of a
    // word costs no mispredicted branch per letter.
    if (end - i >= 8) {
      unsigned run_seen;
      const int run = AsciiWordRun(LoadLittleEndian8(bytes + i), &run_seen);
      seen |= run_seen;
      i += run;
      if (run == 8) continue;
    } else if (const unsigned char v = kAsciiWordClass[static_cast<unsigned char>(bytes[i])]) {
      seen |= v;
      ++i;
      continue;
    }
    // ASCII and neither letter nor digit: only a joiner may go on.
    if (const unsigned char b = static_cast<unsigned char>(bytes[i]);
        b < 0x80 && kAsciiOtherClass[b] != kJoiner) {
      break;
    }
    char32_t d;
    int dl = Decode(text, i, &d);
    if (d >= 0x80) ascii = false;
    if (IsWordChar(d)) {
      if (!IsDigit(d)) seen |= kOtherNonDigit;
      if (IsAlpha(d)) seen |= IsUpper(d) ? kOtherUpper : kOtherCaseless;
      i += dl;
      continue;
    }
    if ((IsApostrophe(d) || IsHyphen(d) || d == '.' || d == ',') &&
        i + dl < end) {
      char32_t next;
      Decode(text, i + dl, &next);
      const bool all_digits = (seen & (kLower | kUpper | kOtherNonDigit)) == 0;
      const bool letters = (seen & (kLower | kUpper | kOtherUpper | kOtherCaseless)) != 0;
      bool joins = IsWordChar(next) &&
                   (IsApostrophe(d) || IsHyphen(d) ||
                    // 1,000 and 3.5 inside numbers
                    ((d == '.' || d == ',') && all_digits && IsDigit(next)) ||
                    // web addresses: ndr.de, spiegel.de
                    (d == '.' && letters && next >= 'a' && next <= 'z'));
      if (joins) {
        i += dl;
        continue;
      }
    }
    break;
  }
  const bool all_digits = (seen & (kLower | kUpper | kOtherNonDigit)) == 0;
  // Periods of initials and abbreviations: "J.", "U.S.", "Sen.".
  while (i < end && bytes[i] == '.') {
    const absl::string_view word(bytes + start, i - start);
    int letters = 0, uppers = 0;
    CountLetters(word, &letters, &uppers);
    bool initial = letters == 1 || (word.size() >= 2 && word.data()[word.size() - 2] == '.');
    if (!initial && (abbreviations.empty() ||
                     !ContainsLowered(abbreviations, absl::string_view(bytes + start, i + 1 - start)))) {
      break;
    }
    ++i;  // keep the period
    // U.S.: a letter right after the period continues the initialism.
    if (i < end && initial) {
      char32_t next;
      int nl = Decode(text, i, &next);
      if (u_isalpha(next) && (i + nl >= end || bytes[i + nl] == '.')) {
        if (next >= 0x80) ascii = false;
        seen |= u_isupper(next) ? (next < 0x80 ? kUpper : kOtherUpper)
                                : (next < 0x80 ? kLower : kOtherCaseless);
        i += nl;
        continue;
      }
    }
    break;
  }
  Token& t = tokens.emplace_back();
  t.span = ByteSpan{start, i};
  t.type = all_digits ? Token::kNumber : Token::kWord;
  t.capitalized = first_upper;
  const absl::string_view word(bytes + start, i - start);  // unchecked, as above
  const bool has_upper = (seen & (kUpper | kOtherUpper)) != 0;
  // All capitals: two or more letters, none of them lower case or caseless.
  if (has_upper && (seen & (kLower | kOtherCaseless)) == 0) {
    int letters = 0, uppers = 0;
    CountLetters(word, &letters, &uppers);
    t.all_caps = letters >= 2 && uppers == letters;
  }
  t.lower = ascii && !has_upper ? word : store->AddLower(word, ascii);
  return i;
}

// The fast path of TokenizeInto: tokenizes text[i, min(i + kWindowBytes, end)) while
// every token it meets is one the general rules (ScalarStep) would read the
// same way from these bytes alone: white space, punctuation, and ASCII words
// of letters and digits with apostrophes and hyphens between them. What it
// leaves to the general rules: words with letters beyond ASCII, numbers with
// a period or comma inside, initials ("J.", "U.S.") and words that run to the
// window's end. Returns the bytes done, from i (more than 0): the start of
// a word that runs past the window, or the end of the last token (which may
// be end or past it, where the range ends in the window).
size_t TokenizeWindow(absl::string_view text, size_t i, size_t end,
                      const AbbreviationSet& abbreviations, WordStore* store,
                      std::vector<Token>* tokens) {
#if defined(__SSE2__)
  const char* const p = text.data() + i;  // what the tokens view
  // What the window classifies: the text itself, or where the range ends
  // inside the window, a copy of its last bytes followed by spaces (the
  // general rules, too, end every token at the range's end).
  char padded[kWindowBytes];
  const char* w = p;
  if (end - i < kWindowBytes) {
    std::memset(padded, ' ', kWindowBytes);
    std::memcpy(padded, p, end - i);
    w = padded;
  }
  const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w));
  const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + 16));
  WindowMasks m;
  m.Add(v0, 0);
  m.Add(v1, 16);
  // The window lower-cased into the store, made when the first word with a
  // capital needs it: every such word of the window then views its lower
  // case there, with no loop over its letters (which mispredicted at its
  // end) and no room check or copy per word. It costs the store 32 bytes
  // per window with a capital, where the words alone took fewer.
  const char* lowered = nullptr;
  const uint32_t letter = m.upper | m.lower;
  const uint32_t word_char = letter | m.digit;
  // Inside a word: letters and digits, and an apostrophe or hyphen with one
  // on each side. (A joiner in the last byte is never counted: its next byte
  // is unknown, and the word then ends too late to be done here.)
  const uint64_t in_word = word_char | (m.joiner & (word_char << 1) & (word_char >> 1));
  // The token at k by the general rules; k is then its end.
  auto general = [&](uint32_t k) {
    return static_cast<uint32_t>(ScalarStep(text, i + k, end, abbreviations, store, *tokens) - i);
  };
  uint32_t k = 0;
  while (k < kWindowBytes) {
    // White space: to the first other byte (the window's end if none).
    k += __builtin_ctzll(~(uint64_t{m.space} >> k));
    if (k >= kWindowBytes) return kWindowBytes;
    const uint32_t bit = uint32_t{1} << k;
    if ((word_char & bit) == 0) {
      // Punctuation, or white space or a word beyond ASCII.
      char32_t c = static_cast<unsigned char>(w[k]);
      int len = 1;
      if ((m.non_ascii & bit) != 0) {
        len = DecodeUtf8(text, i + k, &c);
        if (IsSpaceChar(c)) {
          k += len;
          continue;
        }
        if (IsWordChar(c)) {
          k = general(k);
          continue;
        }
      }
      Token& t = tokens->emplace_back();
      t.span = ByteSpan{i + k, i + k + len};
      t.type = Token::kPunct;
      t.punct = c;
      k += len;
      continue;
    }
    // A word [k, e), and the byte after it. Both must be in the window.
    uint32_t e = k + __builtin_ctzll(~(in_word >> k));
    if (e + 1 >= kWindowBytes) {
      if (k > 0) return k;  // the next window starts with it
      k = general(k);
      continue;
    }
    const uint32_t span = (uint32_t{1} << e) - bit;
    const uint32_t end_bit = uint32_t{1} << e;
    const bool has_letter = (letter & span) != 0;
    // What follows decides whether the word goes on, as the general rules
    // have it: "ndr.de", "3.5", "1,000", "don’t", "Straße".
    const char after = w[e];
    const char next = w[e + 1];
    const bool next_ascii = (m.non_ascii & (end_bit << 1)) == 0;
    bool left = false;  // to the general rules
    if ((m.non_ascii & end_bit) != 0) {
      char32_t d;
      const int dl = DecodeUtf8(text, i + e, &d);
      left = IsWordChar(d);
      if (d == 0x2019 || d == 0x2010 || d == 0x2011) {  // apostrophe, hyphens
        // As the general rules have it: a joiner joins only a word character
        // before the range's end.
        char32_t n = 0;
        if (i + e + dl < end) DecodeUtf8(text, i + e + dl, &n);
        left = IsWordChar(n);
      }
    } else if ((m.joiner & end_bit) != 0) {
      left = !next_ascii;  // it may join a word beyond ASCII
    } else if (after == '.' || after == ',') {
      const uint32_t letters = letter & span;
      left = (!has_letter && (!next_ascii || (next >= '0' && next <= '9'))) ||
             (after == '.' && has_letter && next >= 'a' && next <= 'z') ||
             // initials: one letter
             (after == '.' && (letters & (letters - 1)) == 0 && letters != 0);
      // Any other word keeps its own period only as an abbreviation ("Sen.").
      // (Most words before a period end a sentence and share no abbreviation's
      // first letter and length: ruled out here, without lowering or hashing.)
      if (!left && after == '.' &&
          abbreviations.MayHold(absl::ascii_tolower(static_cast<unsigned char>(w[k])),
                                e + 1 - k) &&
          IsWindowAbbreviation(abbreviations, v0, v1, k, e + 1)) {
        ++e;
      }
    }
    if (left) {
      k = general(k);
      continue;
    }
    Token& t = tokens->emplace_back();
    t.span = ByteSpan{i + k, i + e};
    t.type = has_letter ? Token::kWord : Token::kNumber;
    t.capitalized = (m.upper & bit) != 0;
    const absl::string_view word(p + k, e - k);
    if ((m.upper & span) == 0) {
      t.lower = word;
    } else {
      // All capitals: two or more letters, none of them lower case.
      const uint32_t uppers = m.upper & span;
      t.all_caps = (m.lower & span) == 0 && (uppers & (uppers - 1)) != 0;
      if (lowered == nullptr) {
        char* room = store->AddRoom(kWindowBytes);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(room), LowerAscii(v0));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(room + 16), LowerAscii(v1));
        lowered = room;
      }
      t.lower = absl::string_view(lowered + k, e - k);
    }
    k = e;
  }
  return k;
#else
  return ScalarStep(text, i, end, abbreviations, store, *tokens) - i;
#endif
}

}  // namespace

void TokenizeInto(absl::string_view text, ByteSpan range,
                  const AbbreviationSet& abbreviations, WordStore* store,
                  std::vector<Token>* out) {
  std::vector<Token>& tokens = *out;
  tokens.clear();
  // News text has a token per 4 bytes or so; a huge range grows as it goes.
  tokens.reserve(std::min<size_t>(range.size() / 3 + 4, size_t{1} << 16));
  size_t i = range.begin;
  const size_t end = range.end;
  while (i < end) i += TokenizeWindow(text, i, end, abbreviations, store, &tokens);
}

namespace internal {

void TokenizeByGeneralRules(absl::string_view text, ByteSpan range,
                            const AbbreviationSet& abbreviations,
                            WordStore* store, std::vector<Token>* tokens) {
  tokens->clear();
  for (size_t i = range.begin; i < range.end;) {
    i = ScalarStep(text, i, range.end, abbreviations, store, *tokens);
  }
}

}  // namespace internal

}  // namespace quotes
