#include "quotes/detect/quote_detector.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "quotes/text/utf8.h"
#include "re2/re2.h"
#include "unicode/uchar.h"

namespace quotes {
namespace {

bool IsSpaceOrEdge(char32_t c) {
  return c == 0 || u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

bool IsAlnum(char32_t c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// A mark occurrence with what flanks it.
struct MarkAt {
  ByteSpan span;
  char32_t cp;
  bool can_open;   // flanked like an opening mark
  bool can_close;  // flanked like a closing mark
};

struct Open {
  MarkAt mark;
  int pairing;
  int paragraph;
  std::vector<ByteSpan> reopens;
};

}  // namespace

QuoteDetector::QuoteDetector(Options options, std::vector<QuotePairing> pairings,
                             absl::flat_hash_map<char32_t, MarkInfo> marks,
                             std::unique_ptr<re2::RE2> pattern)
    : options_(options),
      pairings_(std::move(pairings)),
      marks_(std::move(marks)),
      pattern_(std::move(pattern)) {}

QuoteDetector::~QuoteDetector() = default;

absl::StatusOr<std::unique_ptr<QuoteDetector>> QuoteDetector::Create(
    const Lexicon& lexicon, Options options) {
  absl::flat_hash_map<char32_t, MarkInfo> marks;
  std::string cls;
  auto single_cp = [](const std::string& s, char32_t* cp) {
    return !s.empty() && DecodeUtf8(s, 0, cp) == static_cast<int>(s.size());
  };
  const auto& pairings = lexicon.pairings();
  for (size_t i = 0; i < pairings.size(); ++i) {
    const QuotePairing& p = pairings[i];
    std::vector<std::string> all = p.closes;
    all.push_back(p.open);
    for (const std::string& m : all) {
      char32_t cp;
      if (!single_cp(m, &cp)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "quote_marks.tsv: '", m, "' is not a single code point"));
      }
      if (!marks.contains(cp)) {
        // Escape for a character class: none of the marks needs it, but a
        // lexicon may add one that does.
        if (cp == ']' || cp == '\\' || cp == '^' || cp == '-') cls += '\\';
        cls += m;
      }
      MarkInfo& info = marks[cp];
      if (p.mark_class == "single") info.single = true;
      if (&m != &all.back()) info.closes = true;
      if (m == p.open && &m == &all.back()) {
        if (info.opens < 0) info.opens = static_cast<int>(i);
        info.spaced = p.spaced;
      }
    }
  }
  if (cls.empty()) {
    return absl::InvalidArgumentError("quote_marks.tsv: no marks");
  }
  auto pattern = std::make_unique<re2::RE2>(absl::StrCat("[", cls, "]"));
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
  int problems = 0;
  auto diagnose = [&](ByteSpan span, std::string message) {
    if (++problems <= options_.max_diagnostics) {
      result.diagnostics.push_back(MarkDiagnostic{span, std::move(message)});
    }
  };
  auto closes = [&](int pairing, char32_t cp) {
    for (const std::string& c : pairings_[pairing].closes) {
      char32_t ccp;
      DecodeUtf8(c, 0, &ccp);
      if (ccp == cp) return true;
    }
    return false;
  };
  auto class_of = [&](int pairing) -> const std::string& {
    return pairings_[pairing].mark_class;
  };

  // Reads the marks of one paragraph, with their flanking.
  auto marks_of = [&](ByteSpan para) {
    std::vector<MarkAt> out;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = para.begin;
    while (pos < para.end &&
           pattern_->Match(input, pos, para.end, re2::RE2::UNANCHORED, &m, 1)) {
      size_t at = m.data() - text.data();
      pos = at + m.size();
      char32_t cp, prev = 0, next = 0;
      DecodeUtf8(text, at, &cp);
      if (at > para.begin) DecodeUtf8Before(text, at, &prev);
      if (pos < para.end) DecodeUtf8(text, pos, &next);
      const MarkInfo& info = marks_.at(cp);
      MarkAt mark{ByteSpan{at, pos}, cp, false, false};
      bool prev_mark = marks_.contains(prev);
      bool next_mark = marks_.contains(next);
      if (info.spaced) {
        mark.can_open = !IsAlnum(prev) && !IsSpaceOrEdge(next);
        mark.can_close = !IsAlnum(next) && !IsSpaceOrEdge(prev);
        // « ... » with (no-break) spaces inside.
        if (IsSpaceOrEdge(next) && next != 0 && !IsAlnum(prev)) mark.can_open = true;
        if (IsSpaceOrEdge(prev) && prev != 0 && !IsAlnum(next)) mark.can_close = true;
      } else {
        mark.can_open = !IsSpaceOrEdge(next) && (!IsAlnum(prev) || prev_mark);
        mark.can_close = !IsSpaceOrEdge(prev) && (!IsAlnum(next) || next_mark);
      }
      // A mark with one role only („ opens, 」 closes) needs no flanking:
      // scripts without spaces (「…」) rely on that.
      if (info.opens >= 0 && !info.closes && next != 0) mark.can_open = true;
      if (info.opens < 0 && prev != 0) mark.can_close = true;
      if (info.single) {
        // Apostrophes: inside a word (don't), before a year (’90s).
        if (IsAlnum(prev) && IsAlnum(next)) continue;
        if (u_isdigit(next) && !IsAlnum(prev)) continue;
      }
      if (!mark.can_open && !mark.can_close) {
        if (!info.single) diagnose(mark.span, "quotation mark between spaces ignored");
        continue;
      }
      out.push_back(mark);
    }
    return out;
  };

  auto emit = [&](const Open& o, ByteSpan close, bool closed, int last_para,
                  int depth) {
    QuoteSpan q;
    q.open_mark = o.mark.span;
    q.close_mark = close;
    q.content = ByteSpan{o.mark.span.end, close.begin};
    q.reopen_marks = o.reopens;
    q.first_paragraph = o.paragraph;
    q.last_paragraph = last_para;
    q.depth = depth;
    q.closed = closed;
    q.open = std::string(o.mark.span.Of(text));
    q.close = std::string(close.Of(text));
    absl::string_view content = q.content.Of(text);
    // Nothing but space, or (for single marks) fewer than two letters, as in
    // rock ’n’ roll: not a quotation.
    int letters = 0;
    for (size_t i = 0; i < content.size() && letters < 2;) {
      char32_t cp;
      i += DecodeUtf8(content, i, &cp);
      if (IsAlnum(cp)) ++letters;
    }
    if (letters == 0 || (class_of(o.pairing) == "single" && letters < 2)) return;
    if (q.content.size() > options_.max_quote_bytes) {
      diagnose(o.mark.span, absl::StrCat("quotation longer than ",
                                         options_.max_quote_bytes,
                                         " bytes ignored"));
      return;
    }
    result.quotes.push_back(std::move(q));
  };

  std::vector<Open> stack;
  std::vector<MarkAt> marks;
  std::vector<MarkAt> next_marks;  // the next paragraph's, when already read
  bool have_next = false;
  size_t first_mark = 0;  // 1 when the first mark reopened a quote
  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const ByteSpan para = paragraphs[pi];
    if (have_next) {
      marks = std::move(next_marks);
      have_next = false;
    } else {
      marks = marks_of(para);
    }
    for (size_t mi = first_mark; mi < marks.size(); ++mi) {
      const MarkAt& mark = marks[mi];
      const MarkInfo& info = marks_.at(mark.cp);
      // The innermost open quote this mark can close, if any.
      int target = -1;
      if (mark.can_close) {
        for (int s = static_cast<int>(stack.size()) - 1; s >= 0; --s) {
          if (closes(stack[s].pairing, mark.cp)) {
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
          if (class_of(stack[s].pairing) != "single") {
            diagnose(stack[s].mark.span, "unclosed quotation mark inside a quote");
          }
        }
        Open o = stack[target];
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
      if (class_of(stack[s].pairing) != "single") {
        diagnose(stack[s].mark.span, "unclosed quotation mark inside a quote");
      }
    }
    stack.clear();
    if (pi + 1 < paragraphs.size()) {
      next_marks = marks_of(paragraphs[pi + 1]);
      have_next = true;
      if (!next_marks.empty() &&
          next_marks[0].span.begin == paragraphs[pi + 1].begin &&
          next_marks[0].can_open) {
        const MarkInfo& ni = marks_.at(next_marks[0].cp);
        if (ni.opens >= 0 && class_of(ni.opens) == class_of(outer.pairing)) {
          outer.reopens.push_back(next_marks[0].span);
          stack.push_back(std::move(outer));
          first_mark = 1;
          continue;
        }
      }
    }
    if (class_of(outer.pairing) == "single") continue;  // likely apostrophes
    diagnose(outer.mark.span,
             "quotation mark never closed; quote ends with its paragraph");
    // Only a quote set off at the start of its paragraph (or after a colon)
    // is kept: mid-sentence, a stray mark is likelier than speech.
    bool set_off = !outer.reopens.empty() ||
                   outer.mark.span.begin == paragraphs[outer.paragraph].begin;
    if (!set_off) {
      size_t b = outer.mark.span.begin;
      while (b > paragraphs[outer.paragraph].begin && text[b - 1] == ' ') --b;
      set_off = b > 0 && text[b - 1] == ':';
    }
    if (set_off) {
      emit(outer, ByteSpan{para.end, para.end}, false, static_cast<int>(pi), 0);
    }
  }
  if (problems > options_.max_diagnostics) {
    result.diagnostics.push_back(MarkDiagnostic{
        ByteSpan{0, 0},
        absl::StrCat(problems - options_.max_diagnostics,
                     " further quotation-mark problems not listed")});
  }
  std::sort(result.quotes.begin(), result.quotes.end(),
            [](const QuoteSpan& a, const QuoteSpan& b) {
              return a.open_mark.begin < b.open_mark.begin;
            });
  return result;
}

}  // namespace quotes
