#include "quotes/text/sentences.h"

#include <array>
#include <cstdint>

#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

namespace quotes {
namespace internal {

USentenceBreak BreakClass(char32_t c) {
  // ASCII, most of the punctuation of most text, from a table filled once
  // from ICU: one load, where a switch over the marks compiled to an
  // indirect jump that mispredicts.
  static const std::array<uint8_t, 128> kAscii = [] {
    std::array<uint8_t, 128> table{};
    for (char32_t a = 0; a < 0x80; ++a) {
      table[a] = static_cast<uint8_t>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
    }
    return table;
  }();
  if (c < 0x80) return static_cast<USentenceBreak>(kAscii[c]);
  return static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

}  // namespace internal

namespace {

using internal::BreakClass;

bool IsTerminal(const Token& t) {
  if (t.type != Token::kPunct) return false;
  const USentenceBreak b = BreakClass(t.punct);
  return b == U_SB_ATERM || b == U_SB_STERM;
}

// Closing marks and brackets; Unicode's class also holds the opening
// brackets ( [ 「, which start the next sentence instead.
bool IsClose(const Token& t) {
  return t.type == Token::kPunct && BreakClass(t.punct) == U_SB_CLOSE &&
         u_charType(t.punct) != U_START_PUNCTUATION;
}

bool IsContinue(const Token& t) {
  return t.type == Token::kPunct && BreakClass(t.punct) == U_SB_SCONTINUE;
}

// Whether text[from, to) holds a line end: \n, \r, U+2028 or U+2029.
bool HoldsLineBreak(const char* bytes, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    const char c = bytes[i];
    if (c == '\n' || c == '\r') return true;
    if (c == '\xE2' && i + 2 < to && bytes[i + 1] == '\x80' &&
        (bytes[i + 2] == '\xA8' || bytes[i + 2] == '\xA9')) {
      return true;  // U+2028, U+2029
    }
  }
  return false;
}

// A line break between two tokens ends a sentence (UAX #29 rule SB4).
// Inline, the scan of a longer gap apart: this runs between every two
// tokens of a paragraph, and a call for each cost more than its test.
inline bool LineBreakBetween(absl::string_view text, const Token& a, const Token& b) {
  // text.data()[i], not text[i]: Debian's Abseil checks every operator[].
  const char* const bytes = text.data();
  // Most tokens are apart by one space or none.
  if (b.span.begin - a.span.end <= 1 && bytes[a.span.end] != '\n' && bytes[a.span.end] != '\r') {
    return false;
  }
  return HoldsLineBreak(bytes, a.span.end, b.span.begin);
}

// The case of the first letter of a word token: 1 lower, 0 other letter
// (upper case, or a script without case), -1 none (digits only).
int LetterCase(absl::string_view text, const Token& t) {
  absl::string_view w = t.span.Of(text);
  for (size_t i = 0; i < w.size();) {
    char32_t c;
    i += DecodeUtf8(w, i, &c);
    switch (BreakClass(c)) {
      case U_SB_LOWER:
        return 1;
      case U_SB_UPPER:
      case U_SB_OLETTER:
        return 0;
      default:
        break;
    }
  }
  return -1;
}

// After a period: true when the next letter, past numbers and punctuation
// other than terminals, is lower case (rule SB8).
bool LowerFollows(absl::string_view text, const std::vector<Token>& tokens, int k) {
  const int n = static_cast<int>(tokens.size());
  for (int m = k; m < n; ++m) {
    if (m > k && LineBreakBetween(text, tokens[m - 1], tokens[m])) return false;
    const Token& t = tokens[m];
    if (t.type == Token::kPunct) {
      if (IsTerminal(t)) return false;
      continue;
    }
    const int c = LetterCase(text, t);
    if (c >= 0) return c == 1;
  }
  return false;
}

}  // namespace

std::vector<int> SentenceEnds(absl::string_view text, const std::vector<Token>& tokens,
                              const absl::flat_hash_set<std::string>* months) {
  std::vector<int> ends;
  SentenceEndsInto(text, tokens, months, &ends);
  return ends;
}

void SentenceEndsInto(absl::string_view text, const std::vector<Token>& tokens,
                      const absl::flat_hash_set<std::string>* months, std::vector<int>* out) {
  std::vector<int>& ends = *out;
  ends.clear();
  const int n = static_cast<int>(tokens.size());
  // "am 20. August": the ordinal's period before a month.
  auto ordinal_date = [&](int k) {
    return months != nullptr && k >= 2 && k < n && tokens[k - 1].Is('.') &&
           tokens[k - 2].type == Token::kNumber && tokens[k - 2].span.size() <= 2 &&
           tokens[k].is_word() && months->contains(tokens[k].lower);
  };
  auto end_at = [&](int k) {
    if (k > 0 && (ends.empty() || ends.back() < k) && !ordinal_date(k)) ends.push_back(k);
  };
  int i = 0;
  while (i < n) {
    if (i > 0 && LineBreakBetween(text, tokens[i - 1], tokens[i])) end_at(i);
    if (!IsTerminal(tokens[i])) {
      ++i;
      continue;
    }
    // The terminals and the closing marks written right after them.
    bool period = tokens[i].punct == '.';
    int k = i + 1;
    while (k < n && tokens[k].span.begin == tokens[k - 1].span.end &&
           (IsTerminal(tokens[k]) || IsClose(tokens[k]))) {
      if (IsTerminal(tokens[k])) period = tokens[k].punct == '.';
      ++k;
    }
    if (k >= n) break;
    if (!LineBreakBetween(text, tokens[k - 1], tokens[k])) {
      // A period with no space after it is inside something ("N.Y.",
      // "3.5", "example.com"); scripts without spaces end with 。 instead.
      const bool joined = tokens[k].span.begin == tokens[k - 1].span.end;
      if (IsContinue(tokens[k]) || IsTerminal(tokens[k]) ||
          (period && (joined || LowerFollows(text, tokens, k)))) {
        i = k;
        continue;
      }
    }
    end_at(k);
    i = k;
  }
  end_at(n);
}

}  // namespace quotes
