// quotes/html/article_extractor.h
//
// Turns a saved news web page into the article's text and metadata, ready
// for quotes::Pipeline. The page is parsed with a real HTML5 parser (gumbo),
// so entities, implied end tags and misnested markup are read as a browser
// reads them.
//
// Example:
//
//   ASSIGN_OR_RETURN(quotes::ExtractedPage page, quotes::ExtractArticle(html));
//   // page.article.text_origin() == Article::HTML_EXTRACTED
//   ASSIGN_OR_RETURN(quotes::ArticleQuotes result,
//                    pipeline->Run(page.text, page.article));
//   // Every span in `result` is a byte range of page.text (== result.text()).
//
// What is kept. The body is the page's article: the <article> element (or
// the element marked itemprop="articleBody", or <main>) holding the most
// paragraph text; when none holds at least half of the page's paragraph text,
// the element with the most text in its own <p> children. Inside it, elements
// matched by BoilerplateRules (navigation, scripts, share widgets,
// related-story lists, captions, pull quotes; see boilerplate.tsv) are
// dropped with their content, as are hidden elements and the <h1> headline
// (it becomes Article.title).
//
// How text is laid out. Each paragraph is one line; paragraphs are separated
// by a blank line ("\n\n"), the form Pipeline::Run expects, and the text ends
// with "\n". Block elements (<p>, <div>, <li>, <h2>, <blockquote>, ...) and
// <br> end a paragraph; runs of white space collapse to one space; U+00A0
// becomes a space and soft hyphens are removed. Quotation marks that the page
// only implies are written out, so the text reads as the page does:
//   - <q>...</q> becomes “...” (‘...’ when nested; „...“ for German pages,
//     «...» for French), as a browser renders it;
//   - a <blockquote> whose text does not start with a quotation mark gets one
//     at the start of each of its paragraphs and a closing one at its end
//     (the convention for a quote running over paragraphs). A <footer> or a
//     block <cite> inside it stays outside the marks as its own paragraph.
//
// Metadata (Article fields), first source that has it:
//   title     JSON-LD headline, og:title, twitter:title, <title>, first <h1>
//   outlet    JSON-LD publisher, og:site_name, application-name
//   url       og:url, <link rel=canonical>, JSON-LD url
//   date      JSON-LD datePublished, article:published_time, a <meta> named
//             date/pubdate/publish-date/dc.date, the first <time datetime>
//   byline    JSON-LD author names (", "-joined), <meta name=author>,
//             article:author when it is not a link
//   language  <html lang>, JSON-LD inLanguage, og:locale, lower-cased
//             ("en_GB" → "en-gb"); language_source is HEADER when one is
//             found
//   extra     "description", "date_modified", "section" when present
// text_origin is HTML_EXTRACTED and `body` spans the whole text.
#ifndef QUOTES_HTML_ARTICLE_EXTRACTOR_H_
#define QUOTES_HTML_ARTICLE_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"
#include "quotes/html/boilerplate_rules.h"

namespace quotes {

// An extracted article. A plain struct; copyable.
struct ExtractedPage {
  // The article text: paragraphs separated by blank lines, valid UTF-8.
  std::string text;
  // Metadata; text_origin() == HTML_EXTRACTED, body() == [0, text.size()).
  Article article;
  // Things a reader may want to know that did not stop extraction: an
  // unparsable JSON-LD block, invalid UTF-8 replaced by U+FFFD.
  std::vector<std::string> warnings;
};

struct ExtractOptions {
  // The options are (defaults in parentheses):
  //
  //   max_html_bytes     (32 MiB)  larger pages are refused with
  //                                ResourceExhaustedError
  //   max_nesting_depth  (1000)    pages nested deeper (see markup_depth.h)
  //                                are refused with ResourceExhaustedError;
  //                                news pages nest 20-60 deep
  //   rules              (nullptr) drop rules; nullptr means
  //                                BoilerplateRules::Default(). Not owned;
  //                                must outlive the call.
  size_t max_html_bytes = size_t{32} << 20;
  size_t max_nesting_depth = 1000;
  const BoilerplateRules* rules = nullptr;
};

// Extracts the article of the web page `html`. The page is read as UTF-8;
// a page that is not valid UTF-8 and declares windows-1252 or one of its
// aliases (iso-8859-1, us-ascii, ...; see charset.h) is converted from that,
// and in any other page bytes that are not UTF-8 become U+FFFD, with a
// warning.
//
// Returns InvalidArgumentError for an empty or all-white-space page and for
// binary data (a NUL byte, naming its offset); ResourceExhaustedError for a
// page over the size or nesting limits; NotFoundError when the page has no
// article text after boilerplate is dropped (an empty <body>, a page of
// navigation only). Malformed markup is not an error: it is read as browsers
// read it. Thread-safe.
absl::StatusOr<ExtractedPage> ExtractArticle(
    absl::string_view html, const ExtractOptions& options = ExtractOptions());

}  // namespace quotes

#endif  // QUOTES_HTML_ARTICLE_EXTRACTOR_H_
