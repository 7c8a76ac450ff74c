#include "quotes/text/segmenter.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "unicode/brkiter.h"
#include "unicode/locid.h"
#include "unicode/utext.h"

namespace quotes {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// Line ends are \n, \r\n or \r; returns the position after the line end at
// `pos`, or `pos` when there is none.
size_t SkipNewline(absl::string_view text, size_t pos) {
  if (pos < text.size() && text[pos] == '\r') {
    return pos + 1 < text.size() && text[pos + 1] == '\n' ? pos + 2 : pos + 1;
  }
  if (pos < text.size() && text[pos] == '\n') return pos + 1;
  return pos;
}

ByteSpan Trim(absl::string_view text, ByteSpan s) {
  auto ws = [](char c) { return IsSpace(c) || c == '\n' || c == '\r'; };
  while (s.begin < s.end && ws(text[s.begin])) ++s.begin;
  while (s.end > s.begin && ws(text[s.end - 1])) --s.end;
  // No-break spaces (U+00A0, C2 A0) at the edges are white space too.
  while (s.end - s.begin >= 2 && text[s.begin] == '\xC2' &&
         text[s.begin + 1] == '\xA0') {
    s.begin += 2;
  }
  return s;
}

// True when `sentence` ends in "J." or in a listed abbreviation ("Sen.").
bool EndsWithAbbreviation(absl::string_view sentence,
                          const absl::flat_hash_set<std::string>& abbreviations) {
  if (sentence.empty() || sentence.back() != '.') return false;
  size_t start = sentence.size() - 1;
  while (start > 0 && sentence[start - 1] != ' ' && sentence[start - 1] != '\n' &&
         sentence[start - 1] != '(') {
    --start;
  }
  absl::string_view word = sentence.substr(start);
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') return true;
  if (abbreviations.empty()) return false;
  std::string lower(word);
  for (char& c : lower) c = absl::ascii_tolower(static_cast<unsigned char>(c));
  return abbreviations.contains(lower);
}

}  // namespace

std::vector<ByteSpan> SplitParagraphs(absl::string_view text, ByteSpan body) {
  // Cut into lines first, remembering which are blank.
  struct Line {
    ByteSpan span;
    bool blank;
  };
  std::vector<Line> lines;
  size_t pos = body.begin;
  while (pos < body.end) {
    size_t end = pos;
    bool blank = true;
    while (end < body.end && text[end] != '\n' && text[end] != '\r') {
      if (!IsSpace(text[end])) blank = false;
      ++end;
    }
    lines.push_back(Line{ByteSpan{pos, end}, blank});
    size_t next = SkipNewline(text, end);
    if (next > body.end) next = body.end;
    if (next == end) next = end + 1;  // end == body.end
    pos = next;
  }
  bool any_blank_between = false;
  bool seen_text = false;
  for (const Line& l : lines) {
    if (!l.blank) seen_text = true;
    if (l.blank && seen_text) any_blank_between = true;
  }
  std::vector<ByteSpan> out;
  auto flush = [&](size_t b, size_t e) {
    if (b >= e) return;
    ByteSpan t = Trim(text, ByteSpan{b, e});
    if (!t.empty()) out.push_back(t);
  };
  if (!any_blank_between) {
    for (const Line& l : lines) {
      if (!l.blank) flush(l.span.begin, l.span.end);
    }
    return out;
  }
  size_t start = body.begin;
  bool open = false;
  size_t last_end = body.begin;
  for (const Line& l : lines) {
    if (l.blank) {
      if (open) flush(start, last_end);
      open = false;
    } else {
      if (!open) start = l.span.begin;
      open = true;
      last_end = l.span.end;
    }
  }
  if (open) flush(start, last_end);
  return out;
}

SentenceSplitter::SentenceSplitter() = default;
SentenceSplitter::~SentenceSplitter() = default;

absl::StatusOr<std::unique_ptr<icu::BreakIterator>> SentenceSplitter::Iterator(
    absl::string_view language) const {
  std::string lang(language.empty() ? "en" : language);
  absl::MutexLock lock(&mu_);
  auto it = prototypes_.find(lang);
  if (it == prototypes_.end()) {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on the locale's list of abbreviations that do not
    // end a sentence.
    icu::Locale locale(absl::StrCat(lang, "@ss=standard").c_str());
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || bi == nullptr) {
      return absl::InternalError(absl::StrCat(
          "ICU sentence iterator for '", lang, "': ", u_errorName(status)));
    }
    it = prototypes_.emplace(lang, std::move(bi)).first;
  }
  return std::unique_ptr<icu::BreakIterator>(it->second->clone());
}

absl::StatusOr<std::vector<ByteSpan>> SentenceSplitter::Split(
    absl::string_view text, ByteSpan range, absl::string_view language,
    const absl::flat_hash_set<std::string>& abbreviations) const {
  std::vector<ByteSpan> out;
  if (range.empty()) return out;
  // Cloning an iterator costs more than splitting a paragraph: each thread
  // keeps one clone per language for reuse (every splitter builds the same
  // iterator for a language, so they can share it).
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> clones;
  std::unique_ptr<icu::BreakIterator>& bi = clones[std::string(language)];
  if (bi == nullptr) {
    auto bi_or = Iterator(language);
    if (!bi_or.ok()) return bi_or.status();
    bi = std::move(*bi_or);
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + range.begin,
                             static_cast<int64_t>(range.size()), &status);
  if (U_FAILURE(status)) {
    return absl::InternalError(
        absl::StrCat("ICU utext_openUTF8: ", u_errorName(status)));
  }
  bi->setText(ut, status);
  int32_t prev = bi->first();
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
    ByteSpan s = Trim(text, ByteSpan{range.begin + prev, range.begin + b});
    if (s.empty()) continue;
    if (b < static_cast<int32_t>(range.size()) &&
        EndsWithAbbreviation(s.Of(text), abbreviations)) {
      continue;  // keep `prev`: the sentence goes on
    }
    out.push_back(s);
    prev = b;
  }
  utext_close(ut);
  return out;
}

}  // namespace quotes
