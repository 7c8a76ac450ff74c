#include "quotes/text/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

namespace quotes {
namespace {

// The classes of the code points most punctuation of most text is written
// with, from tables filled once from ICU: one load, where a switch over the
// marks compiled to an indirect jump that mispredicts, and ICU's lookup
// cost a call.
struct BreakTables {
  std::array<uint8_t, 0x80> ascii;
  // General Punctuation, U+2000-U+206F: curly quotes, dashes, the ellipsis.
  static constexpr char32_t kGeneralBegin = 0x2000;
  std::array<uint8_t, 0x70> general;
};

const BreakTables& Tables() {
  static const BreakTables kTables = [] {
    BreakTables t{};
    for (char32_t a = 0; a < t.ascii.size(); ++a) {
      t.ascii[a] = static_cast<uint8_t>(u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK));
    }
    for (char32_t g = 0; g < t.general.size(); ++g) {
      t.general[g] = static_cast<uint8_t>(
          u_getIntPropertyValue(BreakTables::kGeneralBegin + g, UCHAR_SENTENCE_BREAK));
    }
    return t;
  }();
  return kTables;
}

// internal::BreakClass, inline: the scan asks about every punctuation token.
inline USentenceBreak BreakClass(char32_t c) {
  const BreakTables& tables = Tables();
  if (c < tables.ascii.size()) return static_cast<USentenceBreak>(tables.ascii[c]);
  if (c - BreakTables::kGeneralBegin < tables.general.size()) {
    return static_cast<USentenceBreak>(tables.general[c - BreakTables::kGeneralBegin]);
  }
  return static_cast<USentenceBreak>(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

}  // namespace

namespace internal {

USentenceBreak BreakClass(char32_t c) { return quotes::BreakClass(c); }

}  // namespace internal

namespace {

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

// Whether [p, end) begins with U+2028 or U+2029.
inline bool SeparatorAt(const char* p, const char* end) {
  return end - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' && (p[2] == '\xA8' || p[2] == '\xA9');
}

// Whether text[from, to) holds a line end: \n, \r, U+2028 or U+2029.
bool HoldsLineBreak(const char* bytes, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    const char c = bytes[i];
    if (c == '\n' || c == '\r' || SeparatorAt(bytes + i, bytes + to)) return true;
  }
  return false;
}

// HoldsLineBreak for a whole paragraph: the bytes are searched with memchr,
// not looked at one by one.
bool SearchLineBreak(const char* bytes, size_t from, size_t to) {
  if (from >= to) return false;
  const char* const begin = bytes + from;
  const char* const end = bytes + to;
  if (std::memchr(begin, '\n', to - from) != nullptr ||
      std::memchr(begin, '\r', to - from) != nullptr) {
    return true;
  }
  // The separators' lead byte E2 also begins most curly quotes and dashes:
  // look at each.
  for (const char* p = begin;
       (p = static_cast<const char*>(std::memchr(p, '\xE2', end - p))) != nullptr; ++p) {
    if (SeparatorAt(p, end)) return true;
  }
  return false;
}

// A line break between two tokens ends a sentence (UAX #29 rule SB4).
// Inline, the scan of a longer gap apart: in a paragraph of several lines
// this runs between every two tokens, and a call for each cost more than its
// test.
inline bool LineBreakBetween(absl::string_view text, const Token& a, const Token& b) {
  // text.data()[i], not text[i]: Debian's Abseil checks every operator[].
  const char* const bytes = text.data();
  // Most tokens are apart by one space or none.
  if (b.span.begin - a.span.end <= 1 && bytes[a.span.end] != '\n' && bytes[a.span.end] != '\r') {
    return false;
  }
  return HoldsLineBreak(bytes, a.span.end, b.span.begin);
}

// The line breaks between the tokens of a paragraph. Most paragraphs are
// one line: one search of their bytes answers for every two tokens.
class LineBreaks {
 public:
  LineBreaks(absl::string_view text, const std::vector<Token>& tokens)
      : text_(text),
        tokens_(tokens),
        any_(!tokens.empty() && SearchLineBreak(text.data(), tokens.front().span.begin,
                                                tokens.back().span.end)) {}

  // Whether the paragraph holds a line break at all.
  bool any() const { return any_; }
  // Whether a line break stands between tokens[k - 1] and tokens[k].
  bool Before(int k) const { return any_ && LineBreakBetween(text_, tokens_[k - 1], tokens_[k]); }

 private:
  absl::string_view text_;
  const std::vector<Token>& tokens_;
  bool any_;  // the paragraph holds a line break
};

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
bool LowerFollows(absl::string_view text, const std::vector<Token>& tokens,
                  const LineBreaks& breaks, int k) {
  const int n = static_cast<int>(tokens.size());
  for (int m = k; m < n; ++m) {
    if (m > k && breaks.Before(m)) return false;
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
  const LineBreaks breaks(text, tokens);
  int i = 0;
  while (i < n) {
    // On to the next terminal, ending a sentence at each line break on the
    // way (where the paragraph holds any).
    const Token* next = tokens.data() + i;
    const Token* const last = tokens.data() + n;
    while (next != last && !IsTerminal(*next)) ++next;
    const int j = static_cast<int>(next - tokens.data());
    if (breaks.any()) {
      for (int m = std::max(i, 1); m <= j && m < n; ++m) {
        if (breaks.Before(m)) end_at(m);
      }
    }
    if (j >= n) break;
    i = j;
    // The terminals and the closing marks written right after them.
    bool period = tokens[i].punct == '.';
    int k = i + 1;
    while (k < n && tokens[k].span.begin == tokens[k - 1].span.end &&
           (IsTerminal(tokens[k]) || IsClose(tokens[k]))) {
      if (IsTerminal(tokens[k])) period = tokens[k].punct == '.';
      ++k;
    }
    if (k >= n) break;
    if (!breaks.Before(k)) {
      // A period with no space after it is inside something ("N.Y.",
      // "3.5", "example.com"); scripts without spaces end with 。 instead.
      const bool joined = tokens[k].span.begin == tokens[k - 1].span.end;
      if (IsContinue(tokens[k]) || IsTerminal(tokens[k]) ||
          (period && (joined || LowerFollows(text, tokens, breaks, k)))) {
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
