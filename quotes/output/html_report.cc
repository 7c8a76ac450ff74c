#include "quotes/output/html_report.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
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

std::vector<Markup> QuoteMarkups(const ArticleQuotes& result,
                                 absl::string_view prefix) {
  std::vector<Markup> markups;
  for (const QuoteRecord& q : result.quotes()) {
    const auto [begin, end] = QuoteExtent(q);
    const std::string kind = KindName(q.kind());
    const std::string attributes = absl::StrCat(
        " class=\"q kind-", kind, "\" data-kind=\"",
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

std::string Note(const QuoteRecord& q, absl::string_view prefix) {
  std::string note = absl::StrCat(
      "<div class=\"note kind-", KindName(q.kind()), "\" data-quote=\"",
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
  absl::StrAppend(&note, "</span></div>");
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

std::string ArticleSection(const ArticleQuotes& result, int number) {
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

  const std::vector<Markup> markups = QuoteMarkups(result, prefix);
  const size_t body_begin = a.body().begin();
  const size_t body_end =
      a.body().end() > 0 ? a.body().end() : result.text().size();
  for (const auto& [begin, end] : Paragraphs(result.text(), body_begin, body_end)) {
    absl::StrAppend(&html, "<div class=\"para\"><p class=\"text\">",
                    RenderRange(result.text(), begin, end, markups),
                    "</p><div class=\"notes\">");
    for (const QuoteRecord& q : result.quotes()) {
      const size_t opens = QuoteExtent(q).first;
      if (opens >= begin && opens < end) absl::StrAppend(&html, Note(q, prefix));
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
       << "</h1>\n<p class=\"legend\">Quotes: <span class=\"kind-direct\">direct"
       << "</span><span class=\"kind-partial\">partial</span><span "
          "class=\"kind-scare\">scare quotes</span> <span class=\"mention\">"
          "speaker mention</span> <span class=\"cue\">cue</span></p>\n</header>\n";
}

absl::Status HtmlReport::AddArticle(const ArticleQuotes& result) {
  absl::Status valid = CheckSpans(result);
  if (!valid.ok()) return valid;
  out_ << ArticleSection(result, ++sections_);
  return absl::OkStatus();
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
