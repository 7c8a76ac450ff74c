#include "quotes/match/verdict_classifier.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace quotes {
namespace {

void SetSpan(uint32_t begin, uint32_t end, Span* span) {
  span->set_begin(begin);
  span->set_end(end);
}

// Text between two tokens with whitespace runs collapsed to one space.
std::string Separator(const TokenSeq& seq, int left) {
  absl::string_view between = seq.text.substr(
      seq.tokens[left].end, seq.tokens[left + 1].begin - seq.tokens[left].end);
  std::string out;
  bool space = false;
  for (char c : between) {
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Source words [b, e) as text, "a b c".
std::string Words(const TokenSeq& seq, int b, int e) {
  std::vector<absl::string_view> words;
  for (int i = b; i < e; ++i) words.push_back(seq.Surface(i));
  return absl::StrJoin(words, " ");
}

// True when a token in [b, e) ends a sentence.
bool CrossesSentence(const TokenSeq& seq, int b, int e) {
  for (int i = std::max(b, 0); i < e; ++i) {
    if (seq.tokens[i].is(MatchToken::kSentenceEnd)) return true;
  }
  return false;
}

Finding MakeFinding(Verdict verdict, bool acceptable, std::string detail) {
  Finding f;
  f.set_verdict(verdict);
  f.set_acceptable(acceptable);
  f.set_detail(std::move(detail));
  return f;
}

}  // namespace

const std::string& VerdictName(Verdict v) { return Verdict_Name(v); }

void AddFinding(Finding finding, Verdicts* v) {
  auto* findings = &v->findings;
  auto at = std::upper_bound(findings->begin(), findings->end(), finding,
                             [](const Finding& a, const Finding& b) {
                               return a.verdict() < b.verdict();
                             });
  if (finding.verdict() > v->verdict) v->verdict = finding.verdict();
  findings->insert(at, std::move(finding));
}

Verdicts ClassifyAlignment(const TokenSeq& quote, const TokenSeq& source,
                           const Alignment& alignment) {
  Verdicts v;
  const std::vector<AlignOp>& ops = alignment.ops;
  if (alignment.matched == 0) {
    AddFinding(MakeFinding(NOT_FOUND, false, "no word of the quote aligns"), &v);
    return v;
  }

  // The diff, in quote order.
  std::vector<std::string> rendered;
  for (const AlignOp& op : ops) {
    DiffOp d;
    d.set_kind(op.kind);
    if (op.q >= 0) {
      d.set_quote(std::string(quote.Surface(op.q)));
      SetSpan(quote.tokens[op.q].begin, quote.tokens[op.q].end,
              d.mutable_quote_span());
    }
    if (op.s >= 0 && op.s_end > op.s) {
      d.set_source(Words(source, op.s, op.s_end));
      SetSpan(source.tokens[op.s].begin, source.tokens[op.s_end - 1].end,
              d.mutable_source_span());
    }
    switch (op.kind) {
      case DiffOp::EQUAL:
        rendered.push_back(d.quote());
        break;
      case DiffOp::EQUIVALENT:
        rendered.push_back(absl::StrCat(d.quote(), "(=", d.source(), ")"));
        break;
      case DiffOp::INSERT:
        rendered.push_back(absl::StrCat("{+", d.quote(), "+}"));
        break;
      case DiffOp::DELETE:
        rendered.push_back(absl::StrCat("[-", d.source(), "-]"));
        break;
      case DiffOp::MOVED:
        rendered.push_back(absl::StrCat("{>", d.quote(), "<}"));
        break;
      case DiffOp::SUBSTITUTE:
      case DiffOp::BRACKET:
      case DiffOp::ELLIPSIS:
        rendered.push_back(
            d.source().empty()
                ? absl::StrCat("{+", d.quote(), "+}")
                : absl::StrCat("[-", d.source(), "-]{+", d.quote(), "+}"));
        break;
      default:
        break;
    }
    v.diff.push_back(std::move(d));
  }
  v.diff_text = absl::StrJoin(rendered, " ");

  // Matched ops bound the interior: gaps outside them are truncation.
  int first = -1, last = -1;
  for (int k = 0; k < static_cast<int>(ops.size()); ++k) {
    if (ops[k].kind == DiffOp::EQUAL || ops[k].kind == DiffOp::EQUIVALENT) {
      if (first < 0) first = k;
      last = k;
    }
  }

  Finding equivalent = MakeFinding(EQUIVALENT, true, "");
  Finding unmarked = MakeFinding(ELIDED, false, "");
  Finding marked = MakeFinding(ELIDED, true, "");
  Finding bracketed = MakeFinding(BRACKETED, true, "");
  Finding altered = MakeFinding(ALTERED, false, "");
  Finding spliced = MakeFinding(SPLICED, false, "");
  std::vector<std::string> equivalent_notes, unmarked_notes, marked_notes,
      bracket_notes, altered_notes;
  auto add_spans = [&](const DiffOp& d, Finding* f) {
    if (d.has_quote_span()) *f->add_quote_spans() = d.quote_span();
    if (d.has_source_span()) *f->add_source_spans() = d.source_span();
  };

  int pieces = 1;
  int prev_s = -1;     // source index after the previous matched op
  int prev_q = -1;     // previous matched quote token
  bool marker_since = false;
  for (int k = first; k <= last; ++k) {
    const AlignOp& op = ops[k];
    const DiffOp& d = v.diff[k];
    switch (op.kind) {
      case DiffOp::EQUAL:
      case DiffOp::EQUIVALENT: {
        if (prev_s >= 0) {
          const int jump = op.s - prev_s;
          const bool joins_far =
              jump > 0 && !marker_since &&
              (jump > kMaxUnmarkedElisionWords ||
               CrossesSentence(source, prev_s - 1, op.s));
          if (jump < 0 || joins_far) {
            ++pieces;
            *spliced.add_source_spans() = d.source_span();
          } else if (prev_q == op.q - 1 && jump == 0 &&
                     Separator(quote, prev_q) != Separator(source, op.s - 1)) {
            equivalent_notes.push_back(
                absl::StrCat("punctuation '", Separator(quote, prev_q),
                             "' for '", Separator(source, op.s - 1), "'"));
            add_spans(d, &equivalent);
          }
        }
        if (op.kind == DiffOp::EQUIVALENT) {
          equivalent_notes.push_back(
              absl::StrCat("'", d.quote(), "' for '", d.source(), "'"));
          add_spans(d, &equivalent);
        }
        prev_s = op.s_end;
        prev_q = op.q;
        marker_since = false;
        break;
      }
      case DiffOp::DELETE: {
        // Merge a run of deletions into one note.
        int run_end = k;
        while (run_end + 1 <= last && ops[run_end + 1].kind == DiffOp::DELETE &&
               ops[run_end + 1].s == ops[run_end].s_end) {
          ++run_end;
        }
        const int words = ops[run_end].s_end - op.s;
        // A longer gap, or one across a sentence end, is a splice (below).
        if (words <= kMaxUnmarkedElisionWords &&
            !CrossesSentence(source, prev_s - 1, ops[run_end].s_end)) {
          unmarked_notes.push_back(
              absl::StrCat("unmarked elision of ", words, " word",
                           words == 1 ? "" : "s", ": '",
                           Words(source, op.s, ops[run_end].s_end), "'"));
          for (int r = k; r <= run_end; ++r) add_spans(v.diff[r], &unmarked);
        }
        k = run_end;
        break;
      }
      case DiffOp::ELLIPSIS:
        marker_since = true;
        if (op.s_end > op.s) {
          const int words = op.s_end - op.s;
          marked_notes.push_back(absl::StrCat("'", d.quote(), "' for ", words,
                                              words == 1 ? " word" : " words",
                                              ": '", d.source(), "'"));
          add_spans(d, &marked);
        }
        break;
      default:
        break;
    }
  }
  // Bracket and alteration ops count anywhere in the quote, ends included.
  for (size_t k = 0; k < ops.size(); ++k) {
    const DiffOp& d = v.diff[k];
    switch (ops[k].kind) {
      case DiffOp::BRACKET: {
        std::string note = d.quote();
        while (k + 1 < ops.size() && ops[k + 1].kind == DiffOp::BRACKET &&
               ops[k + 1].s < 0) {
          add_spans(v.diff[++k], &bracketed);
          absl::StrAppend(&note, " ", v.diff[k].quote());
        }
        bracket_notes.push_back(
            d.source().empty()
                ? absl::StrCat("inserted '", note, "'")
                : absl::StrCat("'", note, "' for '", d.source(), "'"));
        add_spans(d, &bracketed);
        break;
      }
      case DiffOp::SUBSTITUTE:
        altered_notes.push_back(
            absl::StrCat("'", d.quote(), "' for '", d.source(), "'"));
        add_spans(d, &altered);
        break;
      case DiffOp::INSERT:
        altered_notes.push_back(absl::StrCat("inserted '", d.quote(), "'"));
        add_spans(d, &altered);
        break;
      case DiffOp::MOVED:
        altered_notes.push_back(absl::StrCat("moved '", d.quote(), "'"));
        add_spans(d, &altered);
        break;
      default:
        break;
    }
  }

  // Truncation: does the matched source run start and end a sentence?
  const int s_first = ops[first].s;
  const int s_last = ops[last].s_end - 1;
  const bool head =
      s_first > 0 && !source.tokens[s_first - 1].is(MatchToken::kSentenceEnd);
  const bool tail = !source.tokens[s_last].is(MatchToken::kSentenceEnd) &&
                    s_last + 1 < static_cast<int>(source.tokens.size());
  v.truncation = head && tail ? BOTH : head ? HEAD : tail ? TAIL : NOT_TRUNCATED;

  auto emit = [&](Finding f, const std::vector<std::string>& notes,
                  absl::string_view prefix) {
    if (notes.empty()) return;
    f.set_detail(absl::StrCat(prefix, absl::StrJoin(notes, "; ")));
    AddFinding(std::move(f), &v);
  };
  emit(std::move(equivalent), equivalent_notes, "");
  if (v.truncation != NOT_TRUNCATED) {
    Finding t = MakeFinding(
        TRUNCATED, true,
        v.truncation == BOTH ? "head and tail of the sentence cut"
        : v.truncation == HEAD ? "head of the sentence cut"
                               : "tail of the sentence cut");
    AddFinding(std::move(t), &v);
  }
  emit(std::move(marked), marked_notes, "marked elision: ");
  emit(std::move(unmarked), unmarked_notes, "");
  emit(std::move(bracketed), bracket_notes, "editorial insertion: ");
  emit(std::move(altered), altered_notes, "");
  if (pieces > 1) {
    spliced.set_detail(
        absl::StrCat("joined from ", pieces, " non-adjacent parts of the source"));
    AddFinding(std::move(spliced), &v);
  }
  if (v.findings.empty()) {
    AddFinding(MakeFinding(VERBATIM, true, "same words"), &v);
  }
  return v;
}

}  // namespace quotes
