#include "quotes/output/html_report.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

// The style sheet. Colours: kinds are light backgrounds that keep the text
// readable; nested quotes get an outline so both levels stay visible.
constexpr absl::string_view kStyle = R"css(
:root { color-scheme: light; }
body { font: 17px/1.55 Georgia, "DejaVu Serif", "Liberation Serif", serif;
       color: #1d1d1d; background: #fafaf7; margin: 0; padding: 24px 32px; }
h1 { font: 600 22px/1.3 "DejaVu Sans", "Liberation Sans", sans-serif; margin: 0 0 8px; }
h2 { font: 600 20px/1.3 "DejaVu Sans", "Liberation Sans", sans-serif; margin: 0 0 6px; }
.legend, .meta, .summary, .note, .diagnostics, .error {
  font: 13px/1.45 "DejaVu Sans", "Liberation Sans", sans-serif; }
.legend span { display: inline-block; padding: 1px 8px; margin-right: 6px; border-radius: 3px; }
section.article, section.error { background: #fff; border: 1px solid #ddd; border-radius: 6px;
  padding: 18px 22px; margin: 18px 0; max-width: 1180px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 10px; }
dl.meta dt { color: #666; } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.para { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 20px;
        border-top: 1px solid #f0f0f0; padding: 4px 0; }
.para p.text { margin: 6px 0; }
.notes { padding-top: 6px; }
.note { border-left: 4px solid #ccc; padding: 2px 8px; margin: 0 0 6px; background: #fbfbfb; }
mark.q { color: inherit; border-radius: 2px; padding: 0 1px; }
.kind-direct { background: #ffe08a; }
.kind-partial { background: #bfe3ff; }
.kind-scare { background: #ececec; }
.kind-unspecified { background: #f3d0ff; }
mark.q mark.q { outline: 2px solid #b07a00; outline-offset: -1px; }
.note.kind-direct { border-left-color: #e0a800; }
.note.kind-partial { border-left-color: #3b8fd9; }
.note.kind-scare { border-left-color: #999; }
sup.qn, .note .qn { font: 600 11px "DejaVu Sans", sans-serif; color: #555; }
.mention { text-decoration: underline 2px #3b8fd9; text-underline-offset: 3px; }
.cue { text-decoration: underline dotted 2px #777; text-underline-offset: 3px; }
.speaker { font-weight: 600; } .unknown { color: #a00; font-style: italic; }
.muted { color: #777; }
.diagnostics li { margin: 2px 0; }
section.error { border-color: #d88; background: #fff5f5; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 3px;
           font: 600 12px "DejaVu Sans", sans-serif; }
.verdict-verbatim { background: #b7e4b0; } .verdict-equivalent { background: #d8f2cc; }
.verdict-truncated { background: #fff1a8; } .verdict-bracketed { background: #fff1a8; }
.verdict-elided { background: #ffd98a; } .verdict-altered { background: #ffb07a; }
.verdict-spliced { background: #ff9a9a; } .verdict-misattributed { background: #e2b0ff; }
.verdict-paraphrase_only { background: #ffc4df; } .verdict-not_found { background: #ff7b7b; }
.verdict-unverified { background: #eeeeee; }
.note .verdict { margin-right: 4px; }
.note.checked { background: #fbfbfb; }
.diff { font: 13px/1.5 "DejaVu Sans Mono", "Liberation Mono", monospace; }
del { background: #ffd0d0; color: #8a0000; }
ins { background: #cdf2c8; color: #0b5d00; text-decoration: none; }
.equiv { border-bottom: 1px dotted #3b8fd9; } .moved { background: #e6dcff; }
.findings { margin: 2px 0 0; padding-left: 16px;
            font: 13px/1.45 "DejaVu Sans", "Liberation Sans", sans-serif; }
.findings li.warn::marker { content: "! "; color: #b00; font-weight: 700; }
.findings li.ok::marker { content: "\00B7  "; }
section.cluster { background: #fff; border: 1px solid #ddd; border-radius: 6px;
  padding: 14px 22px; margin: 18px 0; max-width: 1180px; }
.source-text { margin: 6px 0 10px; padding: 6px 12px; border-left: 4px solid #888; background: #f6f6f2; }
table.renderings { border-collapse: collapse; width: 100%;
  font: 13px/1.45 "DejaVu Sans", "Liberation Sans", sans-serif; }
table.renderings th, table.renderings td { text-align: left; vertical-align: top;
  padding: 4px 8px; border-bottom: 1px solid #eee; }
table.renderings tr.source td { background: #f6f6f2; }
.warn { color: #a00; }
)css";

// ---------------------------------------------------------------------------
// Nested markup over byte ranges of a text.

// An element to wrap around text[begin, end). Elements that cross each other
// are split: the inner one is closed and reopened with `reopen` (its opening
// tag without the id) around the boundary. A `point` is written once at
// `begin` and wraps nothing.
struct Markup {
  size_t begin = 0;
  size_t end = 0;
  std::string open;
  std::string reopen;
  std::string close;
  bool point = false;
};

// Writes text[begin, end) with `markups` (clipped to the range), escaped.
std::string RenderRange(absl::string_view text, size_t begin, size_t end,
                        const std::vector<Markup>& markups) {
  std::vector<const Markup*> live;
  std::vector<size_t> cuts = {begin, end};
  for (const Markup& m : markups) {
    if (m.point ? (m.begin < begin || m.begin > end)
                : (m.end <= begin || m.begin >= end || m.begin >= m.end)) {
      continue;
    }
    live.push_back(&m);
    cuts.push_back(std::max(m.begin, begin));
    if (!m.point) cuts.push_back(std::min(m.end, end));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  // Outer elements first: earlier start, then later end. A point goes before
  // an element starting where it stands (a quote's number stays outside the
  // next quote).
  std::stable_sort(live.begin(), live.end(), [](const Markup* a, const Markup* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    if (a->point != b->point) return a->point;
    return a->end > b->end;
  });

  std::string html;
  std::vector<const Markup*> open;  // innermost last
  auto clipped_end = [&](const Markup* m) { return std::min(m->end, end); };
  size_t next = 0;  // next element of `live` to consider opening
  for (size_t c = 0; c < cuts.size(); ++c) {
    const size_t at = cuts[c];
    // Close what ends here; elements opened inside one that ends are closed
    // with it and reopened after.
    size_t outermost = open.size();
    for (size_t i = 0; i < open.size(); ++i) {
      if (clipped_end(open[i]) <= at) {
        outermost = i;
        break;
      }
    }
    std::vector<const Markup*> reopen;
    while (open.size() > outermost) {
      const Markup* m = open.back();
      open.pop_back();
      html += m->close;
      if (clipped_end(m) > at) reopen.push_back(m);
    }
    for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
      html += (*it)->reopen.empty() ? (*it)->open : (*it)->reopen;
      open.push_back(*it);
    }
    // Open what starts here (points are written and done).
    for (; next < live.size() && std::max(live[next]->begin, begin) <= at;
         ++next) {
      const Markup* m = live[next];
      if (m->point) {
        html += m->open;
      } else if (at < end) {
        html += m->begin < begin ? (m->reopen.empty() ? m->open : m->reopen)
                                 : m->open;
        open.push_back(m);
      }
    }
    if (c + 1 < cuts.size()) {
      html += HtmlEscape(text.substr(at, cuts[c + 1] - at));
    }
  }
  while (!open.empty()) {
    html += open.back()->close;
    open.pop_back();
  }
  return html;
}

// ---------------------------------------------------------------------------
// Verdicts and word diffs.

// "ALTERED", ...; "UNVERIFIED" for a quote without a verdict (unspecified,
// or a value this build does not know).
std::string VerdictName(int verdict) {
  if (verdict == VERDICT_UNSPECIFIED || !Verdict_IsValid(verdict)) {
    return "UNVERIFIED";
  }
  return Verdict_Name(static_cast<Verdict>(verdict));
}

// The verdict of a quote's verification, or VERDICT_UNSPECIFIED for none.
int VerdictOf(const QuoteVerification* v) {
  return v == nullptr ? VERDICT_UNSPECIFIED : v->verdict();
}

// "altered", "paraphrase_only", "unverified": the CSS class suffix.
std::string VerdictClass(int verdict) {
  return absl::AsciiStrToLower(VerdictName(verdict));
}

std::string VerdictBadge(int verdict) {
  return absl::StrCat("<span class=\"verdict verdict-", VerdictClass(verdict),
                      "\">", VerdictName(verdict), "</span>");
}

// <del> for source words the quote lacks, <ins> for the quote's own.
std::string DelIns(absl::string_view source, absl::string_view quote,
                   absl::string_view ins_class = "") {
  std::string html;
  if (!source.empty()) absl::StrAppend(&html, "<del>", HtmlEscape(source), "</del>");
  if (!quote.empty()) {
    absl::StrAppend(&html, "<ins",
                    ins_class.empty() ? "" : absl::StrCat(" class=\"", ins_class, "\""),
                    ">", HtmlEscape(quote), "</ins>");
  }
  return html;
}

std::string EquivalentWord(absl::string_view quote, absl::string_view source) {
  return absl::StrCat("<span class=\"equiv\" title=\"source: ", HtmlEscape(source),
                      "\">", HtmlEscape(quote), "</span>");
}

// A verification's alignment, word by word.
std::string DiffHtml(const google::protobuf::RepeatedPtrField<DiffOp>& ops) {
  std::vector<std::string> words;
  for (const DiffOp& op : ops) {
    switch (op.kind()) {
      case DiffOp::EQUAL:
        words.push_back(HtmlEscape(op.quote()));
        break;
      case DiffOp::EQUIVALENT:
        words.push_back(EquivalentWord(op.quote(), op.source()));
        break;
      case DiffOp::INSERT:
      case DiffOp::DELETE:
      case DiffOp::SUBSTITUTE:
        words.push_back(DelIns(op.source(), op.quote()));
        break;
      case DiffOp::ELLIPSIS:
        words.push_back(DelIns(op.source(), op.quote(), "ellipsis"));
        break;
      case DiffOp::BRACKET:
        words.push_back(DelIns(op.source(), op.quote(), "bracket"));
        break;
      case DiffOp::MOVED:
        words.push_back(absl::StrCat("<span class=\"moved\">",
                                     HtmlEscape(op.quote()), "</span>"));
        break;
      default:
        break;
    }
  }
  return absl::StrJoin(words, " ");
}

// The same for the one-line form ClusterMember carries: "a [-b-]{+c+} d(=D)
// {>e<}" (see quotes/match/verdict_classifier.h). Text outside the markers
// is escaped as it stands.
std::string DiffTextHtml(absl::string_view diff) {
  std::string html;
  auto take = [&](absl::string_view open, absl::string_view close,
                  std::string* inside) {
    if (!absl::StartsWith(diff, open)) return false;
    size_t end = diff.find(close, open.size());
    if (end == absl::string_view::npos) return false;
    *inside = std::string(diff.substr(open.size(), end - open.size()));
    diff.remove_prefix(end + close.size());
    return true;
  };
  while (!diff.empty()) {
    std::string a, b;
    if (take("[-", "-]", &a)) {
      if (take("{+", "+}", &b)) {
        absl::StrAppend(&html, DelIns(a, b));
      } else {
        absl::StrAppend(&html, DelIns(a, ""));
      }
    } else if (take("{+", "+}", &b)) {
      absl::StrAppend(&html, DelIns("", b));
    } else if (take("{>", "<}", &b)) {
      absl::StrAppend(&html, "<span class=\"moved\">", HtmlEscape(b), "</span>");
    } else {
      size_t end = diff.find(' ');
      if (end == absl::string_view::npos) end = diff.size();
      // Only a marker can start inside a word: "word[-x-]" does not occur.
      absl::string_view word = diff.substr(0, end);
      diff.remove_prefix(end == diff.size() ? end : end + 1);
      size_t eq = word.find("(=");
      if (eq != absl::string_view::npos && eq > 0 && absl::EndsWith(word, ")")) {
        absl::StrAppend(&html, EquivalentWord(word.substr(0, eq),
                                              word.substr(eq + 2, word.size() - eq - 3)),
                        " ");
      } else {
        absl::StrAppend(&html, HtmlEscape(word), " ");
      }
      continue;
    }
    if (absl::ConsumePrefix(&diff, " ")) html += ' ';
  }
  return std::string(absl::StripTrailingAsciiWhitespace(html));
}

std::string EvidenceLine(const Evidence& e) {
  std::string line = HtmlEscape(e.outlet().empty() ? "a reference" : e.outlet());
  if (!e.date().empty()) absl::StrAppend(&line, " (", HtmlEscape(e.date()), ")");
  switch (e.passage_kind()) {
    case Evidence::QUOTE: absl::StrAppend(&line, ", quote"); break;
    case Evidence::SPEAKER_TURN: absl::StrAppend(&line, ", transcript turn"); break;
    case Evidence::REPORTED_SPEECH: absl::StrAppend(&line, ", reported speech"); break;
    default: break;
  }
  if (!e.speaker().name().empty()) {
    absl::StrAppend(&line, " of ", HtmlEscape(e.speaker().name()));
  }
  return line;
}

std::string VerificationHtml(const QuoteVerification& v) {
  std::string html = absl::StrCat("<div class=\"verification\">",
                                  VerdictBadge(v.verdict()));
  if (v.has_evidence() && !v.evidence().matched_text().empty()) {
    absl::StrAppend(&html, "vs ", EvidenceLine(v.evidence()),
                    "<div class=\"diff\">", DiffHtml(v.diff()), "</div>");
  } else {
    absl::StrAppend(&html, "no source carries it");
  }
  if (v.findings_size() > 0) {
    absl::StrAppend(&html, "<ul class=\"findings\">");
    for (const Finding& f : v.findings()) {
      absl::StrAppend(&html, "<li class=\"", f.acceptable() ? "ok" : "warn",
                      "\" data-verdict=\"", VerdictName(f.verdict()), "\">",
                      HtmlEscape(f.detail().empty() ? VerdictName(f.verdict())
                                                    : f.detail()),
                      "</li>");
    }
    absl::StrAppend(&html, "</ul>");
  }
  if (v.also_in_size() > 0) {
    std::vector<std::string> outlets;
    for (const Evidence& e : v.also_in()) outlets.push_back(HtmlEscape(e.outlet()));
    absl::StrAppend(&html, "<span class=\"muted\">also in ",
                    absl::StrJoin(outlets, ", "), "</span>");
  }
  absl::StrAppend(&html, "</div>");
  return html;
}

// Each quote's verification, by QuoteRecord.index; nullptr where none.
using Verifications = std::vector<const QuoteVerification*>;

// ---------------------------------------------------------------------------
// Pieces of the article section.

// "direct", "partial", "scare", "unspecified": the CSS class suffix.
std::string KindName(QuoteRecord::Kind kind) {
  if (kind == QuoteRecord::KIND_UNSPECIFIED) return "unspecified";
  return absl::AsciiStrToLower(QuoteRecord::Kind_Name(kind));
}

std::string SpeakerLabel(const Speaker& speaker) {
  return speaker.name().empty() ? "unknown speaker" : speaker.name();
}

absl::Status CheckSpan(const Span& span, size_t size, const QuoteRecord& q,
                       absl::string_view field) {
  if (span.begin() <= span.end() && span.end() <= size) {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "quote %d: %s [%d, %d) is outside the text (%d bytes)", q.index() + 1,
      field, span.begin(), span.end(), size));
}

absl::Status CheckSpans(const ArticleQuotes& result) {
  const size_t size = result.text().size();
  if (result.article().body().end() > size ||
      result.article().body().begin() > result.article().body().end()) {
    return absl::InvalidArgumentError("article body span is outside the text");
  }
  for (const QuoteRecord& q : result.quotes()) {
    for (const auto& [span, field] :
         {std::pair<const Span*, absl::string_view>{&q.content(), "content"},
          {&q.open_mark(), "open_mark"},
          {&q.close_mark(), "close_mark"},
          {&q.speaker().mention_span(), "speaker.mention_span"},
          {&q.cue().span(), "cue.span"}}) {
      absl::Status s = CheckSpan(*span, size, q, field);
      if (!s.ok()) return s;
    }
    for (const Span& span : q.reopen_marks()) {
      absl::Status s = CheckSpan(span, size, q, "reopen_marks");
      if (!s.ok()) return s;
    }
  }
  for (const Diagnostic& d : result.diagnostics()) {
    if (d.span().begin() > d.span().end() || d.span().end() > size) {
      return absl::InvalidArgumentError("diagnostic span is outside the text");
    }
  }
  return absl::OkStatus();
}

// Where a quote's highlight starts and ends: its marks included.
std::pair<size_t, size_t> QuoteExtent(const QuoteRecord& q) {
  size_t begin = q.content().begin();
  size_t end = q.content().end();
  if (q.open_mark().end() > q.open_mark().begin()) {
    begin = std::min<size_t>(begin, q.open_mark().begin());
  }
  if (q.close_mark().end() > q.close_mark().begin()) {
    end = std::max<size_t>(end, q.close_mark().end());
  }
  return {begin, end};
}

std::string QuoteTitle(const QuoteRecord& q) {
  std::string title = absl::StrCat("#", q.index() + 1, " ",
                                   QuoteRecord::Kind_Name(q.kind()), " \u2014 ",
                                   SpeakerLabel(q.speaker()));
  if (!q.cue().text().empty()) absl::StrAppend(&title, " (", q.cue().text(), ")");
  return title;
}

const QuoteVerification* VerificationOf(const QuoteRecord& q,
                                        const Verifications* verifications) {
  if (verifications == nullptr || q.index() >= verifications->size()) {
    return nullptr;
  }
  return (*verifications)[q.index()];
}

std::vector<Markup> QuoteMarkups(const ArticleQuotes& result,
                                 absl::string_view prefix,
                                 const Verifications* verifications) {
  std::vector<Markup> markups;
  for (const QuoteRecord& q : result.quotes()) {
    const auto [begin, end] = QuoteExtent(q);
    const std::string kind = KindName(q.kind());
    std::string verdict;
    if (verifications != nullptr) {
      const int v = VerdictOf(VerificationOf(q, verifications));
      verdict = absl::StrCat(" verdict-", VerdictClass(v), "\" data-verdict=\"",
                             VerdictName(v));
    }
    const std::string attributes = absl::StrCat(
        " class=\"q kind-", kind, verdict, "\" data-kind=\"",
        QuoteRecord::Kind_Name(q.kind()), "\" data-quote=\"", q.index() + 1,
        "\" data-speaker=\"", HtmlEscape(q.speaker().name()), "\" title=\"",
        HtmlEscape(QuoteTitle(q)), "\"");
    Markup mark;
    mark.begin = begin;
    mark.end = end;
    mark.open = absl::StrCat("<mark id=\"", prefix, "q", q.index() + 1, "\"",
                             attributes, ">");
    mark.reopen = absl::StrCat("<mark", attributes, ">");
    mark.close = "</mark>";
    markups.push_back(std::move(mark));

    Markup number;
    number.point = true;
    number.begin = end;
    number.open = absl::StrCat("<sup class=\"qn\">", q.index() + 1, "</sup>");
    markups.push_back(std::move(number));

    const Span& mention = q.speaker().mention_span();
    if (mention.end() > mention.begin()) {
      markups.push_back({mention.begin(), mention.end(),
                         absl::StrCat("<span class=\"mention\" data-quote=\"",
                                      q.index() + 1, "\">"),
                         "", "</span>"});
    }
    const Span& cue = q.cue().span();
    if (cue.end() > cue.begin()) {
      markups.push_back({cue.begin(), cue.end(),
                         absl::StrCat("<span class=\"cue\" data-quote=\"",
                                      q.index() + 1, "\">"),
                         "", "</span>"});
    }
  }
  return markups;
}

std::string Note(const QuoteRecord& q, absl::string_view prefix,
                 const Verifications* verifications) {
  // With verdicts the note stays neutral: the colours are the verdicts'.
  std::string note = absl::StrCat(
      "<div class=\"note kind-", KindName(q.kind()),
      verifications != nullptr ? " checked" : "", "\" data-quote=\"",
      q.index() + 1, "\"><a class=\"qn\" href=\"#", prefix, "q", q.index() + 1,
      "\">", q.index() + 1, "</a> ", QuoteRecord::Kind_Name(q.kind()), " ");
  if (q.speaker().name().empty()) {
    absl::StrAppend(&note, "<span class=\"speaker unknown\">unknown speaker</span>");
  } else {
    absl::StrAppend(&note, "<span class=\"speaker\">",
                    HtmlEscape(q.speaker().name()), "</span>");
  }
  if (!q.speaker().title().empty()) {
    absl::StrAppend(&note, ", ", HtmlEscape(q.speaker().title()));
  }
  if (!q.cue().text().empty()) {
    absl::StrAppend(&note, " \u00B7 <i>", HtmlEscape(q.cue().text()), "</i>");
  }
  absl::StrAppend(&note, "<br><span class=\"muted\">",
                  AttributionRule_Name(q.rule()),
                  absl::StrFormat(" %.2f", q.confidence()));
  if (!q.closed()) absl::StrAppend(&note, " \u00B7 never closed");
  if (q.paragraph_count() > 1) {
    absl::StrAppend(&note, " \u00B7 ", q.paragraph_count(), " paragraphs");
  }
  absl::StrAppend(&note, "</span>");
  if (verifications != nullptr) {
    const QuoteVerification* v = VerificationOf(q, verifications);
    absl::StrAppend(&note, v != nullptr ? VerificationHtml(*v)
                                        : "<div class=\"verification\">" +
                                              VerdictBadge(VERDICT_UNSPECIFIED) +
                                              "not checked</div>");
  }
  absl::StrAppend(&note, "</div>");
  return note;
}

// Paragraphs of text[begin, end): maximal runs of lines that are not blank.
std::vector<std::pair<size_t, size_t>> Paragraphs(absl::string_view text,
                                                  size_t begin, size_t end) {
  std::vector<std::pair<size_t, size_t>> paragraphs;
  size_t para_begin = std::string::npos;
  size_t para_end = begin;
  size_t line = begin;
  while (line < end) {
    size_t line_end = text.find('\n', line);
    if (line_end == absl::string_view::npos || line_end > end) line_end = end;
    const bool blank =
        absl::StripAsciiWhitespace(text.substr(line, line_end - line)).empty();
    if (blank) {
      if (para_begin != std::string::npos) {
        paragraphs.push_back({para_begin, para_end});
        para_begin = std::string::npos;
      }
    } else {
      if (para_begin == std::string::npos) para_begin = line;
      para_end = line_end;
    }
    line = line_end + 1;
  }
  if (para_begin != std::string::npos) paragraphs.push_back({para_begin, para_end});
  return paragraphs;
}

void AppendMetaRow(std::string& html, absl::string_view name,
                   absl::string_view value) {
  if (value.empty()) return;
  absl::StrAppend(&html, "<dt>", name, "</dt><dd>", HtmlEscape(value), "</dd>");
}

std::string ArticleSection(const ArticleQuotes& result, int number,
                           const Verifications* verifications) {
  const Article& a = result.article();
  const std::string prefix = absl::StrCat("a", number, "-");
  std::string html = absl::StrCat("<section class=\"article\" id=\"a", number,
                                  "\" data-source=\"",
                                  HtmlEscape(a.source_path()), "\">\n<h2>");
  absl::StrAppend(&html,
                  HtmlEscape(!a.title().empty()         ? a.title()
                             : !a.source_path().empty() ? a.source_path()
                                                        : "Untitled article"),
                  "</h2>\n<dl class=\"meta\">");
  AppendMetaRow(html, "Outlet", a.outlet());
  AppendMetaRow(html, "Date", a.date());
  AppendMetaRow(html, "Byline", a.byline());
  AppendMetaRow(html, "URL", a.url());
  AppendMetaRow(html, "Language", a.language());
  AppendMetaRow(html, "Source", a.source_path());
  AppendMetaRow(html, "Text",
                a.text_origin() == Article::HTML_EXTRACTED
                    ? "extracted from a web page; offsets are into the "
                      "extracted text"
                    : "");
  absl::StrAppend(&html, "</dl>\n");

  int by_kind[4] = {0, 0, 0, 0};
  for (const QuoteRecord& q : result.quotes()) {
    ++by_kind[std::clamp<int>(q.kind(), 0, 3)];
  }
  absl::StrAppend(&html, "<p class=\"summary\" data-quotes=\"",
                  result.quotes_size(), "\">", result.quotes_size(),
                  result.quotes_size() == 1 ? " quote" : " quotes", ": ",
                  by_kind[QuoteRecord::DIRECT], " direct, ",
                  by_kind[QuoteRecord::PARTIAL], " partial, ",
                  by_kind[QuoteRecord::SCARE], " scare</p>\n");
  if (verifications != nullptr) {
    // Counts per verdict, in the enum's order, as the legend.
    std::vector<int> counts(Verdict_ARRAYSIZE, 0);
    for (const QuoteVerification* v : *verifications) {
      const int verdict = VerdictOf(v);
      ++counts[Verdict_IsValid(verdict) ? verdict : VERDICT_UNSPECIFIED];
    }
    absl::StrAppend(&html, "<p class=\"summary verdicts\">Verdicts: ");
    for (int verdict = 0; verdict < Verdict_ARRAYSIZE; ++verdict) {
      if (counts[verdict] == 0 || !Verdict_IsValid(verdict)) continue;
      absl::StrAppend(&html, VerdictBadge(verdict), " ",
                      counts[verdict], " ");
    }
    absl::StrAppend(&html, "</p>\n");
  }

  const std::vector<Markup> markups = QuoteMarkups(result, prefix, verifications);
  const size_t body_begin = a.body().begin();
  const size_t body_end =
      a.body().end() > 0 ? a.body().end() : result.text().size();
  for (const auto& [begin, end] : Paragraphs(result.text(), body_begin, body_end)) {
    absl::StrAppend(&html, "<div class=\"para\"><p class=\"text\">",
                    RenderRange(result.text(), begin, end, markups),
                    "</p><div class=\"notes\">");
    for (const QuoteRecord& q : result.quotes()) {
      const size_t opens = QuoteExtent(q).first;
      if (opens >= begin && opens < end) {
        absl::StrAppend(&html, Note(q, prefix, verifications));
      }
    }
    absl::StrAppend(&html, "</div></div>\n");
  }
  if (result.diagnostics_size() > 0) {
    absl::StrAppend(&html, "<details class=\"diagnostics\"><summary>",
                    result.diagnostics_size(), " diagnostics</summary><ul>");
    for (const Diagnostic& d : result.diagnostics()) {
      absl::StrAppend(&html, "<li>", Diagnostic::Severity_Name(d.severity()),
                      " @", d.span().begin(), ": ", HtmlEscape(d.message()),
                      "</li>");
    }
    absl::StrAppend(&html, "</ul></details>\n");
  }
  absl::StrAppend(&html, "</section>\n");
  return html;
}

std::string ComparisonSection(const ComparisonReport& report, int number) {
  std::string html = absl::StrCat(
      "<section class=\"comparison\" id=\"s", number, "\">\n<h2>",
      report.documents_size(), " documents, ", report.independent_sources(),
      " independent sources, ", report.clusters_size(), " utterances</h2>\n");
  auto outlet_of = [&](uint32_t document) -> std::string {
    if (document >= static_cast<uint32_t>(report.documents_size())) return "?";
    const Article& a = report.documents(document).article();
    return !a.outlet().empty() ? a.outlet() : a.source_path();
  };
  for (const CopyGroup& copy : report.copies()) {
    std::vector<std::string> outlets;
    for (uint32_t d : copy.documents()) outlets.push_back(HtmlEscape(outlet_of(d)));
    absl::StrAppend(&html, "<p class=\"summary copies\">Copies of one story: ",
                    absl::StrJoin(outlets, " \u2192 "),
                    absl::StrFormat(" (%.0f%% shared)", 100 * copy.containment()),
                    "</p>\n");
  }
  absl::StrAppend(&html, "</section>\n");
  for (const QuoteCluster& cluster : report.clusters()) {
    absl::StrAppend(&html, "<section class=\"cluster\" id=\"s", number, "-c",
                    cluster.id() + 1, "\" data-cluster=\"", cluster.id() + 1,
                    "\" data-members=\"", cluster.members_size(), "\">\n",
                    "<h2>Utterance ", cluster.id() + 1, "</h2>\n");
    std::vector<std::string> speakers;
    for (const std::string& s : cluster.speakers()) speakers.push_back(HtmlEscape(s));
    absl::StrAppend(&html, "<p class=\"summary\">Speaker", speakers.size() == 1 ? "" : "s",
                    ": ", absl::StrJoin(speakers, ", "),
                    cluster.speakers_disagree()
                        ? " <span class=\"warn\">\u2014 the outlets disagree</span>"
                        : "",
                    "</p>\n<blockquote class=\"source-text\">",
                    HtmlEscape(cluster.source_text()), "</blockquote>\n",
                    "<table class=\"renderings\"><thead><tr><th>Outlet</th>"
                    "<th>Date</th><th>Speaker</th><th>Verdict</th><th>Rendering"
                    "</th></tr></thead><tbody>\n");
    for (int i = 0; i < cluster.members_size(); ++i) {
      const ClusterMember& m = cluster.members(i);
      const bool source = static_cast<uint32_t>(i) == cluster.source_member();
      absl::StrAppend(
          &html, "<tr class=\"member", source ? " source" : "", "\" data-verdict=\"",
          VerdictName(m.verdict()), "\" data-outlet=\"", HtmlEscape(m.outlet()), "\"><td>",
          source ? "\u2605 " : "", HtmlEscape(m.outlet()), "</td><td>",
          HtmlEscape(m.date()), "</td><td>", HtmlEscape(m.speaker().name()),
          "</td><td>", VerdictBadge(m.verdict()), "</td><td class=\"rendering diff\">",
          m.diff_text().empty() ? HtmlEscape(m.text()) : DiffTextHtml(m.diff_text()),
          "</td></tr>\n");
    }
    absl::StrAppend(&html, "</tbody></table>\n");
    if (cluster.disagreements_size() > 0) {
      absl::StrAppend(&html, "<ul class=\"findings\">");
      for (const std::string& d : cluster.disagreements()) {
        absl::StrAppend(&html, "<li class=\"warn\">", HtmlEscape(d), "</li>");
      }
      absl::StrAppend(&html, "</ul>\n");
    }
    absl::StrAppend(&html, "</section>\n");
  }
  return html;
}

}  // namespace

std::string HtmlEscape(absl::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; ++i; continue;
      case '<': out += "&lt;"; ++i; continue;
      case '>': out += "&gt;"; ++i; continue;
      case '"': out += "&quot;"; ++i; continue;
      case '\'': out += "&#39;"; ++i; continue;
      default: break;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      // NUL and other C0 controls but tab and line ends are not allowed in
      // HTML text; show them as U+FFFD.
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' &&
          c != '\r') {
        out += "\uFFFD";
      } else {
        out += c;
      }
      ++i;
      continue;
    }
    char32_t cp;
    const int length = DecodeUtf8(text, i, &cp);
    if (cp == 0xFFFD && length == 1) {
      out += "\uFFFD";  // a malformed byte
    } else {
      out.append(text.data() + i, length);
    }
    i += length;
  }
  return out;
}

HtmlReport::HtmlReport(std::ostream& out) : HtmlReport(out, Options()) {}

HtmlReport::HtmlReport(std::ostream& out, Options options)
    : out_(out), options_(std::move(options)) {}

void HtmlReport::Begin() {
  out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>" << HtmlEscape(options_.title) << "</title>\n<style>" << kStyle
       << "</style>\n</head>\n<body>\n<header><h1>" << HtmlEscape(options_.title)
       << "</h1>\n";
  if (options_.kind_legend) {
    out_ << "<p class=\"legend\">Quotes: <span class=\"kind-direct\">direct"
         << "</span><span class=\"kind-partial\">partial</span><span "
            "class=\"kind-scare\">scare quotes</span> <span class=\"mention\">"
            "speaker mention</span> <span class=\"cue\">cue</span></p>\n";
  }
  out_ << "</header>\n";
}

absl::Status HtmlReport::AddArticle(const ArticleQuotes& result) {
  absl::Status valid = CheckSpans(result);
  if (!valid.ok()) return valid;
  out_ << ArticleSection(result, ++sections_, nullptr);
  return absl::OkStatus();
}

absl::Status HtmlReport::AddVerification(const ArticleQuotes& article,
                                         const VerificationReport& report) {
  absl::Status valid = CheckSpans(article);
  if (!valid.ok()) return valid;
  Verifications verifications(article.quotes_size(), nullptr);
  for (const QuoteVerification& v : report.quotes()) {
    if (v.quote_index() >= verifications.size()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "verification of quote %d, but the article has %d quotes",
          v.quote_index() + 1, verifications.size()));
    }
    verifications[v.quote_index()] = &v;
  }
  out_ << ArticleSection(article, ++sections_, &verifications);
  return absl::OkStatus();
}

void HtmlReport::AddComparison(const ComparisonReport& report) {
  out_ << ComparisonSection(report, ++sections_);
}

void HtmlReport::AddError(absl::string_view path, const absl::Status& status) {
  ++sections_;
  out_ << "<section class=\"error\" data-source=\"" << HtmlEscape(path)
       << "\"><h2>" << HtmlEscape(path) << "</h2><p>"
       << HtmlEscape(status.message()) << "</p></section>\n";
}

void HtmlReport::End() { out_ << "</body>\n</html>\n"; }

absl::Status WriteHtmlReport(const ArticleQuotes& result, std::ostream& out) {
  std::ostringstream page;
  HtmlReport report(page);
  report.Begin();
  absl::Status added = report.AddArticle(result);
  if (!added.ok()) return added;
  report.End();
  out << page.str();
  return absl::OkStatus();
}

}  // namespace quotes
