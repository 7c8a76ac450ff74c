// quotes/html/json_ld.h
//
// Reads the article metadata that news sites publish as JSON-LD
// (<script type="application/ld+json">, schema.org vocabulary): headline,
// dates, authors and publisher of the NewsArticle the page is about.
//
// Example:
//
//   absl::StatusOr<JsonLdArticle> a = ParseJsonLdArticle(script_text);
//   if (a.ok()) title = a->headline;
#ifndef QUOTES_HTML_JSON_LD_H_
#define QUOTES_HTML_JSON_LD_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

// The article fields of one JSON-LD object. Empty strings where the object
// does not say. A plain struct; copyable.
struct JsonLdArticle {
  std::string type;            // the schema.org type matched: "NewsArticle"
  std::string headline;        // `headline`, else `name`
  std::string date_published;  // as written, usually ISO 8601
  std::string date_modified;
  std::vector<std::string> authors;  // each `author`'s name, in order
  std::string publisher;             // `publisher`'s name
  std::string url;                   // `url`, else `mainEntityOfPage`
  std::string language;              // `inLanguage`
  std::string description;
};

// Finds the article object in one JSON-LD block: the top-level object, an
// element of a top-level array, or a node of an "@graph", whose "@type" (a
// string or a list) names an article type. News types (NewsArticle,
// ReportageNews, AnalysisNewsArticle, ...) win over Article, which wins over
// BlogPosting and the like; among equals the first in the block.
// `author` and `publisher` may each be a string, an object with a `name`,
// or a list of those.
//
// Returns InvalidArgumentError when `json` is not JSON (sites do publish
// broken blocks; callers usually ignore them), NotFoundError when it holds
// no article object. Leading "<!--"/"-->" and CDATA wrappers are ignored.
absl::StatusOr<JsonLdArticle> ParseJsonLdArticle(absl::string_view json);

}  // namespace quotes

#endif  // QUOTES_HTML_JSON_LD_H_
