// quotes/html/markup_depth.h
//
// A guard run before the HTML parser. Gumbo 0.10 (Debian's) takes time
// quadratic in the depth of element nesting and overflows the stack on pages
// nested hundreds of thousands deep (measured: 100,000 nested <div> take 40 s;
// 300,000 unclosed <b> crash it). Real pages nest a few dozen deep, so the
// extractor refuses pages whose estimated depth passes a limit.
// Internal to quotes/html.
#ifndef QUOTES_HTML_MARKUP_DEPTH_H_
#define QUOTES_HTML_MARKUP_DEPTH_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace quotes {
namespace internal {

// Estimates the deepest element nesting the HTML5 parser will build for
// `html`, stopping early once it passes `limit` (the result is then
// limit + 1). Linear in the input; never fails.
//
// The estimate keeps a stack of open elements: a start tag pushes, an end tag
// pops back to the innermost open element of its name and is ignored when
// none is open (as the parser ignores a stray end tag). Void elements (<br>,
// <img>), elements the parser closes implicitly (<p>, <li>, <td>, ...),
// comments and the contents of raw-text elements (<script>, <style>, ...)
// do not count. It errs high: misnested formatting tags that the parser's
// adoption agency would close count as open.
size_t EstimateNestingDepth(absl::string_view html, size_t limit);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_HTML_MARKUP_DEPTH_H_
