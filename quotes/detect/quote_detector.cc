#include "quotes/detect/quote_detector.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "quotes/text/utf8.h"
#include "re2/re2.h"
#include "unicode/uchar.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace quotes {
namespace {

// 0 stands for the edge of the paragraph.
bool IsSpaceOrEdge(char32_t c) { return c == 0 || IsSpaceChar(c); }

using MarkInfo = internal::QuoteMarkInfo;

// A mark as the scan found it: where, and which mark.
struct FoundMark {
  ByteSpan span;
  const MarkInfo* info;
};

// A mark occurrence with what flanks it.
struct MarkAt {
  ByteSpan span;
  const MarkInfo* info;
  bool can_open;   // flanked like an opening mark
  bool can_close;  // flanked like a closing mark
};

struct Open {
  MarkAt mark;
  int pairing;
  int paragraph;
  std::vector<ByteSpan> reopens;
};

// True when the quote opened at the start of its paragraph, after a colon,
// or was already continued: the places where news text sets off speech.
bool SetOff(absl::string_view text, ByteSpan paragraph, const Open& o) {
  if (!o.reopens.empty() || o.mark.span.begin == paragraph.begin) return true;
  size_t b = o.mark.span.begin;
  while (b > paragraph.begin && text[b - 1] == ' ') --b;
  return b > paragraph.begin && text[b - 1] == ':';
}

// Detect()'s working vectors, kept on each thread from one article to the
// next: made anew, they grew from empty for every article.
struct Working {
  std::vector<FoundMark> found;  // every mark of the article
  std::vector<MarkAt> marks;
  std::vector<MarkAt> next_marks;
  std::vector<Open> stack;
};

// An article with more marks than this gives the working vectors back.
constexpr size_t kKeptMarks = size_t{1} << 16;

}  // namespace

QuoteDetector::QuoteDetector(Options options, std::vector<QuotePairing> pairings,
                             absl::flat_hash_map<std::string, MarkInfo> marks,
                             std::unique_ptr<re2::RE2> pattern)
    : options_(options),
      pairings_(std::move(pairings)),
      marks_(std::move(marks)),
      pattern_(std::move(pattern)) {
  closers_.resize(pairings_.size());
  single_pairing_.resize(pairings_.size());
  for (size_t i = 0; i < pairings_.size(); ++i) {
    for (const std::string& c : pairings_[i].closes) closers_[i].push_back(&marks_.at(c));
    single_pairing_[i] = pairings_[i].mark_class == "single";
  }
  for (const auto& [m, info] : marks_) {
    lead_bytes_[static_cast<unsigned char>(m[0])] = true;
    max_mark_bytes_ = std::max(max_mark_bytes_, m.size());
  }
  for (int b = 0; b < 256; ++b) {
    if (!lead_bytes_[b]) continue;
    if (b < 0x80) {
      ascii_leads_.push_back(static_cast<unsigned char>(b));
    } else {
      non_ascii_leads_ = true;
    }
  }
  for (size_t k = 0; k < kVectorLeads; ++k) {
    lead_rows_[k].fill(ascii_leads_.empty() ? 0x80 : ascii_leads_[k < ascii_leads_.size() ? k : 0]);
  }
  lead_rows_[kVectorLeads].fill(non_ascii_leads_ ? 0x80 : 0);
}

size_t QuoteDetector::NextLeadByte(const unsigned char* bytes, size_t pos, size_t end) const {
#if defined(__SSE2__)
  // Thirty-two bytes at a time where there is SSE2 (every x86-64
  // processor), then sixteen: a bit for each byte that is an ASCII lead
  // byte or not ASCII, and the table says which of those start a mark.
  if (ascii_leads_.size() <= kVectorLeads) {
    auto row = [&](size_t k) {
      return _mm_load_si128(reinterpret_cast<const __m128i*>(lead_rows_[k].data()));
    };
    const __m128i lead0 = row(0), lead1 = row(1), lead2 = row(2), lead3 = row(3);
    const __m128i top = row(kVectorLeads);  // keeps "not ASCII"
    auto hits = [&](size_t at) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
      return _mm_or_si128(
          _mm_or_si128(_mm_and_si128(v, top), _mm_cmpeq_epi8(v, lead0)),
          _mm_or_si128(_mm_cmpeq_epi8(v, lead1),
                       _mm_or_si128(_mm_cmpeq_epi8(v, lead2), _mm_cmpeq_epi8(v, lead3))));
    };
    // The first byte of mask (bit k for bytes[from + k]) that is a lead byte.
    auto first_lead = [&](size_t from, uint32_t mask) -> size_t {
      for (; mask != 0; mask &= mask - 1) {
        const size_t at = from + __builtin_ctz(mask);
        if (lead_bytes_[bytes[at]]) return at;
      }
      return end;
    };
    for (; pos + 32 <= end; pos += 32) {
      const __m128i h0 = hits(pos), h1 = hits(pos + 16);
      if (_mm_movemask_epi8(_mm_or_si128(h0, h1)) == 0) continue;
      const uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(h0)) |
                            static_cast<uint32_t>(_mm_movemask_epi8(h1)) << 16;
      if (const size_t at = first_lead(pos, mask); at != end) return at;
    }
    if (pos + 16 <= end) {
      if (const size_t at = first_lead(pos, _mm_movemask_epi8(hits(pos))); at != end) return at;
      pos += 16;
    }
  }
#endif
  while (true) {
    // Words with no lead byte are skipped whole.
    for (; pos + 8 <= end; pos += 8) {
      const uint64_t w = LoadWord8(bytes + pos);
      uint64_t hit = non_ascii_leads_ ? NonAsciiBytes(w) : 0;
      for (const unsigned char lead : ascii_leads_) hit |= ZeroBytes(w ^ EveryByte(lead));
      if (hit != 0) break;
    }
    // Byte by byte through the word that may hold one (a non-ASCII byte
    // need not be a lead byte: then the words go on).
    const size_t stop = std::min(end, pos + 8);
    for (; pos < stop; ++pos) {
      if (lead_bytes_[bytes[pos]]) return pos;
    }
    if (pos >= end) return end;
  }
}

QuoteDetector::~QuoteDetector() = default;

absl::StatusOr<std::unique_ptr<QuoteDetector>> QuoteDetector::Create(
    const Lexicon& lexicon, Options options) {
  absl::flat_hash_map<std::string, MarkInfo> marks;
  const auto& pairings = lexicon.pairings();
  for (size_t i = 0; i < pairings.size(); ++i) {
    const QuotePairing& p = pairings[i];
    for (const std::string& m : p.closes) marks[m].closes = true;
    MarkInfo& info = marks[p.open];
    if (info.opens < 0) info.opens = static_cast<int>(i);
    info.spaced = p.spaced;
  }
  for (size_t i = 0; i < pairings.size(); ++i) {
    if (pairings[i].mark_class != "single") continue;
    marks[pairings[i].open].single = true;
    for (const std::string& m : pairings[i].closes) marks[m].single = true;
  }
  // In reverse byte order, so that a mark comes before every mark it is a
  // prefix of ('' before '): of the marks matching at a place, RE2 takes the
  // first listed, so that is the longest, and '' is one mark and not two.
  // The order also keeps marks with the same first character together,
  // where RE2 factors them ('' and ' become '(?:'|)): no two alternatives
  // then start with the same byte, which lets RE2 match in one pass.
  std::vector<absl::string_view> ordered;
  for (const auto& [m, info] : marks) {
    char32_t cp;
    if (m.empty() || (DecodeUtf8(m, 0, &cp) == 1 && cp == 0xFFFD)) {
      return absl::InvalidArgumentError(
          absl::StrCat("quote_marks.tsv: '", m, "' is not a mark"));
    }
    ordered.push_back(m);
  }
  if (ordered.empty()) {
    return absl::InvalidArgumentError("quote_marks.tsv: no marks");
  }
  std::sort(ordered.begin(), ordered.end(), std::greater<absl::string_view>());
  std::vector<std::string> alternatives;
  for (absl::string_view m : ordered) {
    alternatives.push_back(re2::RE2::QuoteMeta(re2::StringPiece(m.data(), m.size())));
  }
  auto pattern = std::make_unique<re2::RE2>(absl::StrJoin(alternatives, "|"));
  if (!pattern->ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("quote mark pattern: ", pattern->error()));
  }
  return std::unique_ptr<QuoteDetector>(new QuoteDetector(
      options, pairings, std::move(marks), std::move(pattern)));
}

DetectResult QuoteDetector::Detect(absl::string_view text,
                                   const std::vector<ByteSpan>& paragraphs) const {
  DetectResult result;
  Detect(text, paragraphs, &result);
  return result;
}

void QuoteDetector::Detect(absl::string_view text, const std::vector<ByteSpan>& paragraphs,
                           DetectResult* out) const {
  DetectResult& result = *out;
  result.quotes.clear();
  result.diagnostics.clear();
  thread_local Working working;
  int problems = 0;
  auto diagnose = [&](ByteSpan span, std::string message) {
    if (++problems <= options_.max_diagnostics) {
      result.diagnostics.push_back(MarkDiagnostic{span, std::move(message)});
    }
  };
  auto closes = [&](int pairing, const MarkInfo* mark) {
    for (const MarkInfo* c : closers_[pairing]) {
      if (c == mark) return true;
    }
    return false;
  };
  // True when the one character text[at, at + len) is a mark.
  auto is_mark = [&](size_t at, int len) {
    return len > 0 && lead_bytes_[static_cast<unsigned char>(text[at])] &&
           marks_.contains(text.substr(at, len));
  };
  auto is_mark_at = [&](size_t pos, size_t limit) {
    if (!lead_bytes_[static_cast<unsigned char>(text[pos])]) return false;
    for (size_t len = 1; len <= 4 && pos + len <= limit; ++len) {
      if (marks_.contains(text.substr(pos, len))) return true;
    }
    return false;
  };
  auto class_of = [&](int pairing) -> const std::string& {
    return pairings_[pairing].mark_class;
  };

  // Every mark of the paragraphs, from the first paragraph to the last. A
  // mark starts with one of lead_bytes_: the bytes between are skipped by
  // table, and the pattern is matched, anchored, only where such a byte
  // stands. That finds what an unanchored scan finds (the leftmost match,
  // the same alternative), without RE2's per-call cost of an unanchored
  // search, which it pays again for every mark found (about 4,000
  // instructions a mark on news text).
  std::vector<FoundMark>& found = working.found;
  found.clear();
  if (!paragraphs.empty()) {
    re2::StringPiece m;
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
    size_t pos = paragraphs.front().begin;
    const size_t end = paragraphs.back().end;
    while (true) {
      pos = NextLeadByte(bytes, pos, end);
      if (pos >= end) break;
      // RE2 is shown only the widest mark's bytes: no match is longer, and
      // on a text of at most 16 bytes RE2 runs its one-pass matcher rather
      // than its DFA, whose shared cache costs more to consult per call.
      const re2::StringPiece window(text.data() + pos,
                                    std::min(end - pos, max_mark_bytes_));
      if (pattern_->Match(window, 0, window.size(), re2::RE2::ANCHOR_START, &m, 1)) {
        const MarkInfo* info = &marks_.find(absl::string_view(m.data(), m.size()))->second;
        found.push_back(FoundMark{ByteSpan{pos, pos + m.size()}, info});
        pos += m.size();
      } else {
        ++pos;  // a lead byte of another character (an em dash): go on
      }
    }
  }
  size_t next_found = 0;  // the first of `found` not yet read

  // Reads the marks of one paragraph (in order), with their flanking, into
  // *out (cleared first): two vectors serve every paragraph, where one per
  // paragraph with a mark was an allocation each.
  auto marks_of = [&](ByteSpan para, std::vector<MarkAt>* out) {
    out->clear();
    while (next_found < found.size() && found[next_found].span.begin < para.begin) ++next_found;
    for (; next_found < found.size() && found[next_found].span.end <= para.end; ++next_found) {
      const size_t at = found[next_found].span.begin;
      const size_t pos = found[next_found].span.end;
      char32_t prev = 0, next = 0;
      int prev_len = 0;
      if (at > para.begin) prev_len = DecodeUtf8Before(text, at, &prev);
      if (pos < para.end) DecodeUtf8(text, pos, &next);
      const MarkInfo& info = *found[next_found].info;
      MarkAt mark{ByteSpan{at, pos}, &info, false, false};
      bool prev_mark = is_mark(at - prev_len, prev_len);
      bool next_mark = next != 0 && is_mark_at(pos, para.end);
      if (info.spaced) {
        mark.can_open = !IsWordChar(prev) && !IsSpaceOrEdge(next);
        mark.can_close = !IsWordChar(next) && !IsSpaceOrEdge(prev);
        // « ... » with (no-break) spaces inside.
        if (IsSpaceOrEdge(next) && next != 0 && !IsWordChar(prev)) mark.can_open = true;
        if (IsSpaceOrEdge(prev) && prev != 0 && !IsWordChar(next)) mark.can_close = true;
      } else {
        mark.can_open = !IsSpaceOrEdge(next) && (!IsWordChar(prev) || prev_mark);
        mark.can_close = !IsSpaceOrEdge(prev) && (!IsWordChar(next) || next_mark);
        // Nested marks are often set apart by one space: `'above the law,' "`
        // closes twice, `" 'Yes` opens twice.
        if (prev == ' ' && at - 1 > para.begin) {
          char32_t before;
          int bl = DecodeUtf8Before(text, at - 1, &before);
          if (is_mark(at - 1 - bl, bl) && (IsSpaceOrEdge(next) || !IsWordChar(next))) {
            mark.can_close = true;
          }
        }
        if (next == ' ' && pos + 1 < para.end && is_mark_at(pos + 1, para.end) &&
            (IsSpaceOrEdge(prev) || !IsWordChar(prev))) {
          mark.can_open = true;
        }
      }
      // A mark with one role only („ opens, 」 closes) needs no flanking:
      // scripts without spaces (「…」) rely on that.
      if (info.opens >= 0 && !info.closes && next != 0) mark.can_open = true;
      if (info.opens < 0 && prev != 0) mark.can_close = true;
      if (info.single) {
        // Apostrophes: inside a word (don't), before a year (’90s).
        if (IsWordChar(prev) && IsWordChar(next)) continue;
        if (u_isdigit(next) && !IsWordChar(prev)) continue;
      }
      if (!mark.can_open && !mark.can_close) {
        if (!info.single) diagnose(mark.span, "quotation mark between spaces ignored");
        continue;
      }
      out->push_back(mark);
    }
  };

  // Takes o's reopening marks: each caller is done with o.
  auto emit = [&](Open& o, ByteSpan close, bool closed, int last_para,
                  int depth) {
    const ByteSpan content_span{o.mark.span.end, close.begin};
    absl::string_view content = content_span.Of(text);
    // Nothing but space, or (for single marks) fewer than two letters, as in
    // rock ’n’ roll: not a quotation.
    int letters = 0;
    for (size_t i = 0; i < content.size() && letters < 2;) {
      char32_t cp;
      i += DecodeUtf8(content, i, &cp);
      if (IsWordChar(cp)) ++letters;
    }
    if (letters == 0 || (single_pairing_[o.pairing] && letters < 2)) return;
    if (content_span.size() > options_.max_quote_bytes) {
      diagnose(o.mark.span, absl::StrCat("quotation longer than ",
                                         options_.max_quote_bytes,
                                         " bytes ignored"));
      return;
    }
    // Built in place once kept: a QuoteSpan made first and moved in cost a
    // move of its two strings and vector for every quote.
    QuoteSpan& q = result.quotes.emplace_back();
    q.open_mark = o.mark.span;
    q.close_mark = close;
    q.content = content_span;
    q.reopen_marks = std::move(o.reopens);
    q.first_paragraph = o.paragraph;
    q.last_paragraph = last_para;
    q.depth = depth;
    q.closed = closed;
    q.open.assign(o.mark.span.Of(text).data(), o.mark.span.size());
    q.close.assign(close.Of(text).data(), close.size());
  };

  std::vector<Open>& stack = working.stack;
  stack.clear();
  std::vector<MarkAt>& marks = working.marks;
  // The next paragraph's, when already read.
  std::vector<MarkAt>& next_marks = working.next_marks;
  bool have_next = false;
  size_t first_mark = 0;  // 1 when the first mark reopened a quote
  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const ByteSpan para = paragraphs[pi];
    if (have_next) {
      marks.swap(next_marks);
      have_next = false;
    } else {
      marks_of(para, &marks);
    }
    for (size_t mi = first_mark; mi < marks.size(); ++mi) {
      const MarkAt& mark = marks[mi];
      const MarkInfo& info = *mark.info;
      // The innermost open quote this mark can close, if any.
      int target = -1;
      if (mark.can_close) {
        for (int s = static_cast<int>(stack.size()) - 1; s >= 0; --s) {
          if (closes(stack[s].pairing, mark.info)) {
            target = s;
            break;
          }
        }
      }
      const bool can_open = info.opens >= 0 && mark.can_open;
      // Closing the top of the stack wins; closing an outer quote (and so
      // dropping unclosed inner ones) only when the mark cannot open.
      const bool close_top =
          target >= 0 && target == static_cast<int>(stack.size()) - 1;
      if (close_top || (target >= 0 && !can_open)) {
        for (int s = static_cast<int>(stack.size()) - 1; s > target; --s) {
          if (!single_pairing_[stack[s].pairing]) {
            diagnose(stack[s].mark.span, "unclosed quotation mark inside a quote");
          }
        }
        Open o = std::move(stack[target]);
        stack.resize(target);
        emit(o, mark.span, true, static_cast<int>(pi), target);
      } else if (can_open) {
        if (static_cast<int>(stack.size()) >= options_.max_depth) {
          diagnose(mark.span, "quotation nested too deeply; mark ignored");
          continue;
        }
        stack.push_back(Open{mark, info.opens, static_cast<int>(pi), {}});
      } else if (!info.single) {
        diagnose(mark.span, "closing quotation mark with no open quote");
      }
    }
    first_mark = 0;
    if (stack.empty()) continue;

    // The paragraph ends inside a quote. In news style, the next paragraph
    // reopening it with a mark of the same class continues the quote.
    Open outer = stack.front();
    for (size_t s = 1; s < stack.size(); ++s) {
      if (!single_pairing_[stack[s].pairing]) {
        diagnose(stack[s].mark.span, "unclosed quotation mark inside a quote");
      }
    }
    stack.clear();
    if (pi + 1 < paragraphs.size()) {
      marks_of(paragraphs[pi + 1], &next_marks);
      have_next = true;
      // Only a quote set off at the start of its paragraph (or after a
      // colon) is continued: a stray mark mid-sentence must not join the
      // next paragraph's quote. Nor is one already over max_quote_bytes: it
      // will be dropped, and must not take the next paragraph's quote along.
      if (SetOff(text, paragraphs[outer.paragraph], outer) &&
          para.end - outer.mark.span.end <= options_.max_quote_bytes &&
          !next_marks.empty() &&
          next_marks[0].span.begin == paragraphs[pi + 1].begin &&
          next_marks[0].can_open) {
        const MarkInfo& ni = *next_marks[0].info;
        if (ni.opens >= 0 && class_of(ni.opens) == class_of(outer.pairing)) {
          outer.reopens.push_back(next_marks[0].span);
          stack.push_back(std::move(outer));
          first_mark = 1;
          continue;
        }
      }
    }
    if (single_pairing_[outer.pairing]) continue;  // likely apostrophes
    diagnose(outer.mark.span,
             "quotation mark never closed; quote ends with its paragraph");
    // Only a quote set off at the start of its paragraph (or after a colon)
    // is kept: mid-sentence, a stray mark is likelier than speech.
    if (SetOff(text, paragraphs[outer.paragraph], outer)) {
      emit(outer, ByteSpan{para.end, para.end}, false, static_cast<int>(pi), 0);
    }
  }
  if (problems > options_.max_diagnostics) {
    result.diagnostics.push_back(MarkDiagnostic{
        ByteSpan{0, 0},
        absl::StrCat(problems - options_.max_diagnostics,
                     " further quotation-mark problems not listed")});
  }
  // Quotes are emitted as they close, so only an inner quote comes before
  // the quote around it. Most articles have none: for them the sort, which
  // moves every QuoteSpan out and back even when it is in place, is skipped.
  const auto by_open = [](const QuoteSpan& a, const QuoteSpan& b) {
    return a.open_mark.begin < b.open_mark.begin;
  };
  if (!std::is_sorted(result.quotes.begin(), result.quotes.end(), by_open)) {
    std::sort(result.quotes.begin(), result.quotes.end(), by_open);
  }
  if (found.capacity() > kKeptMarks) working = Working();
}

}  // namespace quotes
