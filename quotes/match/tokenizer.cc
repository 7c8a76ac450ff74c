#include "quotes/match/tokenizer.h"

#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "unicode/utf8.h"

namespace quotes {
namespace {

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC ||
         c == 0xFF07;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return absl::ascii_isalnum(static_cast<unsigned char>(c));
  int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

bool IsSentencePunct(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x203C || c == 0x2047;
}

// Decodes the code point at text[i]; returns -1 when invalid.
UChar32 Decode(absl::string_view text, size_t i, size_t end, size_t* next) {
  int32_t pos = 0;
  UChar32 c;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data() + i);
  int32_t length = static_cast<int32_t>(std::min<size_t>(end - i, 4));
  U8_NEXT(s, pos, length, c);
  *next = i + pos;
  return c;
}

}  // namespace

uint32_t KeyVocabulary::Intern(absl::string_view key) {
  auto [it, inserted] = ids_.try_emplace(key, keys_.size());
  if (inserted) keys_.emplace_back(key);
  return it->second;
}

int64_t KeyVocabulary::Find(absl::string_view key) const {
  auto it = ids_.find(key);
  return it == ids_.end() ? -1 : it->second;
}

std::string FoldCase(absl::string_view text) {
  bool ascii = true;
  for (char ch : text) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii) return absl::AsciiStrToLower(text);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < s.length(); ++i) {
    if (IsApostrophe(s.charAt(i))) s.setCharAt(i, u'\'');
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  std::string out;
  if (U_SUCCESS(status)) {
    icu::UnicodeString folded = nfkc_cf->normalize(s, status);
    if (U_SUCCESS(status)) return folded.toUTF8String(out);
  }
  // ICU data missing: fall back to simple case folding.
  return s.foldCase().toUTF8String(out);
}

std::string MatchKey(absl::string_view word, const WordLists& lists) {
  return lists.CanonicalSpelling(FoldCase(word));
}

absl::Status TokenizeForMatching(absl::string_view text, size_t begin, size_t end,
                      const WordLists& lists, KeyVocabulary* vocab,
                      std::vector<MatchToken>* tokens) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    return absl::OutOfRangeError(
        absl::StrCat("text of ", text.size(), " bytes is over 4 GiB"));
  }
  end = std::min(end, text.size());
  int bracket_depth = 0;
  size_t word_begin = 0;
  bool in_word = false;
  size_t dots = 0;         // consecutive '.' seen
  size_t dots_begin = 0;
  int bracket_open_at = -1;  // token count when the innermost bracket opened
  size_t bracket_begin = 0;
  auto end_word = [&](size_t at) {
    if (!in_word) return;
    in_word = false;
    MatchToken t;
    t.begin = static_cast<uint32_t>(word_begin);
    t.end = static_cast<uint32_t>(at);
    std::string key =
        MatchKey(text.substr(word_begin, at - word_begin), lists);
    if (key.size() >= 4) t.flags |= MatchToken::kContent;
    t.key = vocab->Intern(key);
    if (bracket_depth > 0) t.flags |= MatchToken::kBracketed;
    tokens->push_back(t);
  };
  auto add_ellipsis = [&](size_t b, size_t e) {
    MatchToken t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.flags = MatchToken::kEllipsis;
    tokens->push_back(t);
  };
  auto flush_dots = [&]() {
    if (dots >= 3) {
      add_ellipsis(dots_begin, dots_begin + dots);
    } else if (dots > 0 && !tokens->empty() &&
               !tokens->back().is(MatchToken::kEllipsis)) {
      // A period after an abbreviation ("Mr.") or an initial ("J.") does not
      // end the sentence.
      MatchToken& last = tokens->back();
      absl::string_view word = text.substr(last.begin, last.end - last.begin);
      bool initial = word.size() == 1;
      if (!initial && !lists.IsAbbreviation(vocab->Key(last.key))) {
        last.flags |= MatchToken::kSentenceEnd;
      }
    }
    dots = 0;
  };
  for (size_t i = begin; i < end;) {
    size_t next;
    UChar32 c = Decode(text, i, end, &next);
    if (c < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", i));
    }
    if (c != '.') flush_dots();
    if (IsWordChar(c)) {
      if (!in_word) {
        in_word = true;
        word_begin = i;
      }
    } else if (in_word && next < end) {
      // Keep apostrophes inside words ("don't") and separators inside
      // numbers ("3.5", "1,200").
      size_t after;
      UChar32 n = Decode(text, next, end, &after);
      bool joins = (IsApostrophe(c) && IsWordChar(n)) ||
                   ((c == '.' || c == ',') && u_isdigit(n) &&
                    u_isdigit(static_cast<unsigned char>(text[i - 1])));
      if (!joins) end_word(i);
    } else {
      end_word(i);
    }
    if (!in_word) {
      if (c == '.') {
        if (dots == 0) dots_begin = i;
        ++dots;
      } else if (c == 0x2026) {
        add_ellipsis(i, next);
      } else if (c == '[' || c == '(') {
        ++bracket_depth;
        bracket_open_at = static_cast<int>(tokens->size());
        bracket_begin = i;
      } else if ((c == ']' || c == ')') && bracket_depth > 0) {
        --bracket_depth;
        // "[…]" and "[...]": the brackets belong to the elision marker.
        if (bracket_open_at >= 0 &&
            static_cast<int>(tokens->size()) == bracket_open_at + 1 &&
            tokens->back().is(MatchToken::kEllipsis)) {
          tokens->back().begin = static_cast<uint32_t>(bracket_begin);
          tokens->back().end = static_cast<uint32_t>(next);
        }
        bracket_open_at = -1;
      } else if (IsSentencePunct(c) && c != '.' && !tokens->empty()) {
        tokens->back().flags |= MatchToken::kSentenceEnd;
      }
    }
    i = next;
  }
  end_word(end);
  flush_dots();
  return absl::OkStatus();
}

}  // namespace quotes
