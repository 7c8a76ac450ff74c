#include "quotes/html/article_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "quotes/html/charset.h"
#include "quotes/html/json_ld.h"
#include "quotes/html/markup_depth.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

// ---------------------------------------------------------------------------
// Gumbo access. Everything that touches gumbo types stays in this file.

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

const GumboElement* AsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
             ? &node->v.element
             : nullptr;
}

// Lower-case element name; for elements gumbo does not know (custom
// elements such as <share-widget>) the name as written, lower-cased.
std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(element.tag);
  }
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return absl::AsciiStrToLower(absl::string_view(piece.data, piece.length));
}

// The attribute's value, or "" when absent. `found` tells the two apart.
absl::string_view Attribute(const GumboElement& element, const char* name,
                            bool* found = nullptr) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  if (found != nullptr) *found = a != nullptr;
  return a == nullptr ? absl::string_view() : absl::string_view(a->value);
}

bool Is(const GumboNode* node, GumboTag tag) {
  const GumboElement* e = AsElement(node);
  return e != nullptr && e->tag == tag;
}

// Children of an element, document or template node, as a span.
const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  const GumboElement* e = AsElement(node);
  return e == nullptr ? nullptr : &e->children;
}

const GumboNode* Child(const GumboVector& children, unsigned int i) {
  return static_cast<const GumboNode*>(children.data[i]);
}

// Calls `visit(node)` for `root` and its descendants in document order,
// without recursion (pages can nest up to ExtractOptions::max_nesting_depth).
// `visit` returns false to skip the node's children.
template <typename Visit>
void Walk(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (!visit(node)) continue;
    const GumboVector* children = Children(node);
    if (children == nullptr) continue;
    for (unsigned int i = children->length; i > 0; --i) {
      stack.push_back(Child(*children, i - 1));
    }
  }
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

absl::string_view TextOf(const GumboNode* node) {
  return node->v.text.text;
}

// ---------------------------------------------------------------------------
// Text layout.

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Builds paragraphs from text nodes the way a browser lays out normal-flow
// text: white space collapses, block boundaries end a paragraph.
class ParagraphBuilder {
 public:
  void AddText(absl::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (IsHtmlSpace(c)) {
        pending_space_ = true;
      } else if (c == '\xC2' && i + 1 < text.size() &&
                 (text[i + 1] == '\xA0' || text[i + 1] == '\xAD')) {
        // U+00A0 no-break space reads as a space; U+00AD soft hyphen is
        // invisible unless a line breaks there.
        if (text[i + 1] == '\xA0') pending_space_ = true;
        ++i;
      } else {
        FlushSpace();
        current_ += c;
      }
    }
  }

  // An opening mark sticks to the text after it.
  void AddOpeningMark(absl::string_view mark) {
    FlushSpace();
    current_.append(mark.data(), mark.size());
  }

  // A closing mark sticks to the text before it; white space before it
  // moves after it ("<q>word </q>next" reads “word” next).
  void AddClosingMark(absl::string_view mark) {
    current_.append(mark.data(), mark.size());
  }

  void Break() {
    if (!current_.empty()) paragraphs_.push_back(std::move(current_));
    current_.clear();
    pending_space_ = false;
  }

  std::vector<std::string>& paragraphs() { return paragraphs_; }

 private:
  void FlushSpace() {
    if (pending_space_ && !current_.empty()) current_ += ' ';
    pending_space_ = false;
  }

  std::vector<std::string> paragraphs_;
  std::string current_;
  bool pending_space_ = false;
};

// Text of a node and its descendants, white space collapsed, for metadata
// (<title>, <h1>).
std::string CollapsedText(const GumboNode* node) {
  ParagraphBuilder builder;
  Walk(node, [&](const GumboNode* n) {
    if (IsText(n)) builder.AddText(TextOf(n));
    return !Is(n, GUMBO_TAG_SCRIPT) && !Is(n, GUMBO_TAG_STYLE);
  });
  builder.Break();
  return absl::StrJoin(builder.paragraphs(), " ");
}

// Elements that start and end a paragraph. <br> is handled on its own.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

// The quotation marks a browser draws for <q>, by nesting level.
struct QMarks {
  absl::string_view open[2];
  absl::string_view close[2];
};

QMarks QMarksFor(absl::string_view language) {
  const std::string primary = absl::AsciiStrToLower(
      language.substr(0, language.find_first_of("-_")));
  if (primary == "de") return {{"\u201E", "\u201A"}, {"\u201C", "\u2018"}};
  if (primary == "fr") return {{"\u00AB", "\u2039"}, {"\u00BB", "\u203A"}};
  return {{"\u201C", "\u2018"}, {"\u201D", "\u2019"}};
}

bool StartsWithQuotationMark(absl::string_view text) {
  constexpr absl::string_view kMarks[] = {
      "\"", "'", "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB",
      "\u2039", "\u203A", "\u2018", "\u2019", "\u201A", "\u300C", "\u300E"};
  for (absl::string_view mark : kMarks) {
    if (absl::StartsWith(text, mark)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// What to drop.

class Dropper {
 public:
  explicit Dropper(const BoilerplateRules& rules) : rules_(rules) {}

  // True when `node` (an element) and all it contains is not article text.
  bool Drops(const GumboNode* node) const {
    const GumboElement* e = AsElement(node);
    if (e == nullptr) return false;
    const std::string tag = TagName(*e);
    // A footer inside a blockquote names the quote's source.
    if (e->tag == GUMBO_TAG_FOOTER && node->parent != nullptr &&
        Is(node->parent, GUMBO_TAG_BLOCKQUOTE)) {
      return false;
    }
    if (rules_.DropsTag(tag)) return true;
    // Custom elements are named like classes: <share-widget>.
    if (e->tag == GUMBO_TAG_UNKNOWN && rules_.DropsWord(tag)) return true;
    for (unsigned int i = 0; i < e->attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(e->attributes.data[i]);
      if (rules_.DropsAttribute(a->name)) return true;
    }
    if (absl::EqualsIgnoreCase(Attribute(*e, "aria-hidden"), "true")) {
      return true;
    }
    const std::string style = absl::StrReplaceAll(
        absl::AsciiStrToLower(Attribute(*e, "style")), {{" ", ""}});
    if (absl::StrContains(style, "display:none") ||
        absl::StrContains(style, "visibility:hidden")) {
      return true;
    }
    // State classes such as "nav-open" sit on these; see boilerplate.tsv.
    if (e->tag == GUMBO_TAG_HTML || e->tag == GUMBO_TAG_BODY ||
        e->tag == GUMBO_TAG_MAIN || e->tag == GUMBO_TAG_ARTICLE) {
      return false;
    }
    if (rules_.DropsRole(Attribute(*e, "role"))) return true;
    for (absl::string_view word :
         absl::StrSplit(Attribute(*e, "class"), absl::ByAnyChar(" \t\n\r\f"),
                        absl::SkipEmpty())) {
      if (rules_.DropsWord(word)) return true;
    }
    absl::string_view id = absl::StripAsciiWhitespace(Attribute(*e, "id"));
    return !id.empty() && rules_.DropsWord(id);
  }

 private:
  const BoilerplateRules& rules_;
};

// ---------------------------------------------------------------------------
// One pass over the page: metadata and body candidates.

struct PageFacts {
  std::string html_lang;
  std::string title;
  std::string first_h1;
  std::string first_time;
  std::string canonical;
  // <meta> content by lower-case property, name or itemprop; first wins.
  absl::flat_hash_map<std::string, std::string> meta;
  std::vector<std::string> json_ld;
  const GumboNode* body = nullptr;
  // <article>, itemprop=articleBody, <main>, role=main.
  std::vector<const GumboNode*> candidates;
  // Paragraph text bytes inside each element (dropped parts excluded), and
  // in its own <p> children only; `blocks` lists the keys of the latter in
  // document order, so that ties are broken the same way on every run.
  absl::flat_hash_map<const GumboNode*, size_t> paragraph_text;
  absl::flat_hash_map<const GumboNode*, size_t> own_paragraph_text;
  std::vector<const GumboNode*> blocks;
};

PageFacts CollectFacts(const GumboNode* document, const Dropper& dropper) {
  PageFacts facts;
  // Whether each element is inside a dropped one, elements in document
  // order, and the bytes of text directly inside each element that is not.
  absl::flat_hash_map<const GumboNode*, bool> dropped;
  std::vector<const GumboNode*> order;
  absl::flat_hash_map<const GumboNode*, size_t> text;
  Walk(document, [&](const GumboNode* node) {
    if (IsText(node)) {
      if (node->parent != nullptr && !dropped[node->parent]) {
        text[node->parent] += TextOf(node).size();
      }
      return false;
    }
    const GumboElement* e = AsElement(node);
    if (e == nullptr) return true;
    const bool inside_dropped =
        (node->parent != nullptr && dropped[node->parent]) ||
        dropper.Drops(node);
    dropped[node] = inside_dropped;
    order.push_back(node);
    switch (e->tag) {
      case GUMBO_TAG_HTML:
        facts.html_lang = std::string(Attribute(*e, "lang"));
        break;
      case GUMBO_TAG_BODY:
        facts.body = node;
        break;
      case GUMBO_TAG_TITLE:
        // An <svg>'s <title> labels an icon.
        if (e->tag_namespace != GUMBO_NAMESPACE_HTML) return false;
        if (facts.title.empty()) facts.title = CollapsedText(node);
        return false;
      case GUMBO_TAG_H1:
        if (facts.first_h1.empty()) facts.first_h1 = CollapsedText(node);
        break;
      case GUMBO_TAG_TIME:
        if (facts.first_time.empty()) {
          facts.first_time = std::string(Attribute(*e, "datetime"));
        }
        break;
      case GUMBO_TAG_LINK:
        if (absl::EqualsIgnoreCase(Attribute(*e, "rel"), "canonical") &&
            facts.canonical.empty()) {
          facts.canonical = std::string(Attribute(*e, "href"));
        }
        break;
      case GUMBO_TAG_META: {
        for (const char* key : {"property", "name", "itemprop"}) {
          std::string k = absl::AsciiStrToLower(Attribute(*e, key));
          if (!k.empty()) {
            facts.meta.try_emplace(std::move(k),
                                   std::string(absl::StripAsciiWhitespace(
                                       Attribute(*e, "content"))));
          }
        }
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (absl::EqualsIgnoreCase(
                absl::StripAsciiWhitespace(Attribute(*e, "type")),
                "application/ld+json")) {
          std::string json;
          for (unsigned int i = 0; i < e->children.length; ++i) {
            const GumboNode* child = Child(e->children, i);
            if (IsText(child)) absl::StrAppend(&json, TextOf(child));
          }
          facts.json_ld.push_back(std::move(json));
        }
        return false;
      default:
        break;
    }
    if (!inside_dropped &&
        (e->tag == GUMBO_TAG_ARTICLE || e->tag == GUMBO_TAG_MAIN ||
         Attribute(*e, "itemprop") == "articleBody" ||
         Attribute(*e, "role") == "main")) {
      facts.candidates.push_back(node);
    }
    return true;
  });

  // Children before parents: sums of text up the tree, one step per element,
  // so the cost stays linear however deep the page nests.
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const GumboNode* node = *it;
    const GumboNode* parent = node->parent;
    if (parent == nullptr) continue;
    if (Is(node, GUMBO_TAG_P)) {
      // All of a paragraph's text is paragraph text (a <p> nested in it,
      // through a table, is counted once, here).
      const size_t length = text[node];
      facts.paragraph_text[node] = length;
      // A blockquote's paragraphs belong to the text around it.
      const GumboNode* block = parent;
      while (block->parent != nullptr && Is(block, GUMBO_TAG_BLOCKQUOTE)) {
        block = block->parent;
      }
      auto [own, added] = facts.own_paragraph_text.try_emplace(block, 0);
      if (added) facts.blocks.push_back(block);
      own->second += length;
    }
    text[parent] += text[node];
    if (!Is(parent, GUMBO_TAG_P)) {
      facts.paragraph_text[parent] += facts.paragraph_text[node];
    }
  }
  // `blocks` was filled from the end; put it back in document order (of each
  // block's last paragraph) so that ties are broken the same way every run.
  std::reverse(facts.blocks.begin(), facts.blocks.end());
  return facts;
}

// The element whose content is the article; see the header.
const GumboNode* ChooseRoot(const PageFacts& facts) {
  auto score = [](const absl::flat_hash_map<const GumboNode*, size_t>& map,
                  const GumboNode* node) {
    auto it = map.find(node);
    return it == map.end() ? size_t{0} : it->second;
  };
  const size_t total =
      facts.body == nullptr ? 0 : score(facts.paragraph_text, facts.body);
  const GumboNode* best = nullptr;
  for (const GumboNode* c : facts.candidates) {
    if (best == nullptr ||
        score(facts.paragraph_text, c) > score(facts.paragraph_text, best)) {
      best = c;
    }
  }
  if (best != nullptr && score(facts.paragraph_text, best) > 0 &&
      2 * score(facts.paragraph_text, best) >= total) {
    return best;
  }
  const GumboNode* block = nullptr;
  size_t block_score = 0;
  for (const GumboNode* node : facts.blocks) {
    const size_t s = score(facts.own_paragraph_text, node);
    if (s > block_score) {
      block = node;
      block_score = s;
    }
  }
  return block != nullptr ? block : facts.body;
}

// ---------------------------------------------------------------------------
// The body.

class BodyWriter {
 public:
  BodyWriter(const Dropper& dropper, QMarks marks)
      : dropper_(dropper), marks_(marks) {}

  std::vector<std::string> Write(const GumboNode* root) {
    // Each entry is a node to enter, or (exit == true) a node to leave.
    struct Step {
      const GumboNode* node;
      bool exit;
    };
    std::vector<Step> stack = {{root, false}};
    while (!stack.empty()) {
      const Step step = stack.back();
      stack.pop_back();
      if (step.exit) {
        Leave(step.node);
        continue;
      }
      if (IsText(step.node)) {
        text_.AddText(TextOf(step.node));
        continue;
      }
      const GumboElement* e = AsElement(step.node);
      if (e == nullptr) continue;  // comments
      if (step.node != root && (dropper_.Drops(step.node) ||
                                e->tag == GUMBO_TAG_H1)) {
        continue;
      }
      if (e->tag == GUMBO_TAG_BR) {
        text_.Break();
        continue;
      }
      Enter(step.node);
      stack.push_back({step.node, true});
      for (unsigned int i = e->children.length; i > 0; --i) {
        stack.push_back({Child(e->children, i - 1), false});
      }
    }
    text_.Break();
    return std::move(text_.paragraphs());
  }

 private:
  // A <footer> or <cite> directly inside a blockquote names its source.
  static bool IsQuoteSource(const GumboNode* node) {
    return (Is(node, GUMBO_TAG_FOOTER) || Is(node, GUMBO_TAG_CITE)) &&
           node->parent != nullptr && Is(node->parent, GUMBO_TAG_BLOCKQUOTE);
  }

  void Enter(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (IsBlock(tag) || IsQuoteSource(node)) text_.Break();
    if (tag == GUMBO_TAG_Q) {
      text_.AddOpeningMark(marks_.open[q_depth_ % 2]);
      ++q_depth_;
    } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
      if (blockquote_depth_++ == 0) {
        quote_begin_ = text_.paragraphs().size();
        source_begin_ = std::string::npos;
      }
    }
    if (IsQuoteSource(node) && blockquote_depth_ == 1 &&
        source_begin_ == std::string::npos) {
      source_begin_ = text_.paragraphs().size();
    }
  }

  void Leave(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (IsBlock(tag) || IsQuoteSource(node)) text_.Break();
    if (tag == GUMBO_TAG_Q) {
      --q_depth_;
      text_.AddClosingMark(marks_.close[q_depth_ % 2]);
    } else if (tag == GUMBO_TAG_BLOCKQUOTE && --blockquote_depth_ == 0) {
      MarkBlockquote();
    }
  }

  // Writes out the marks a blockquote implies; see the header.
  void MarkBlockquote() {
    std::vector<std::string>& paragraphs = text_.paragraphs();
    const size_t end = std::min(source_begin_, paragraphs.size());
    if (quote_begin_ >= end ||
        StartsWithQuotationMark(paragraphs[quote_begin_])) {
      return;
    }
    for (size_t i = quote_begin_; i < end; ++i) {
      paragraphs[i].insert(0, marks_.open[0].data(), marks_.open[0].size());
    }
    paragraphs[end - 1].append(marks_.close[0].data(), marks_.close[0].size());
  }

  const Dropper& dropper_;
  const QMarks marks_;
  ParagraphBuilder text_;
  int q_depth_ = 0;
  int blockquote_depth_ = 0;
  size_t quote_begin_ = 0;
  size_t source_begin_ = std::string::npos;
};

// ---------------------------------------------------------------------------
// Metadata.

// Number of bytes that are not part of a well-formed UTF-8 sequence.
size_t CountInvalidUtf8(absl::string_view text) {
  size_t invalid = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const int length = DecodeUtf8(text, i, &cp);
    if (cp == 0xFFFD && length == 1) ++invalid;
    i += length;
  }
  return invalid;
}

std::string FirstOf(std::initializer_list<absl::string_view> values) {
  for (absl::string_view v : values) {
    v = absl::StripAsciiWhitespace(v);
    if (!v.empty()) return std::string(v);
  }
  return "";
}

std::string Meta(const PageFacts& facts, absl::string_view key) {
  auto it = facts.meta.find(key);
  return it == facts.meta.end() ? "" : it->second;
}

void FillArticle(const PageFacts& facts, std::vector<std::string>& warnings,
                 Article& article) {
  // The first block with an article object wins; every broken block is
  // reported.
  JsonLdArticle ld;
  bool found = false;
  for (size_t i = 0; i < facts.json_ld.size(); ++i) {
    absl::StatusOr<JsonLdArticle> parsed = ParseJsonLdArticle(facts.json_ld[i]);
    if (parsed.ok()) {
      if (!found) ld = *std::move(parsed);
      found = true;
    } else if (parsed.status().code() != absl::StatusCode::kNotFound) {
      warnings.push_back(absl::StrCat("JSON-LD block ", i + 1, " ignored: ",
                                      parsed.status().message()));
    }
  }
  std::string article_author = Meta(facts, "article:author");
  if (absl::StartsWith(article_author, "http")) article_author.clear();

  article.set_title(FirstOf({ld.headline, Meta(facts, "og:title"),
                             Meta(facts, "twitter:title"), facts.title,
                             facts.first_h1}));
  article.set_outlet(FirstOf({ld.publisher, Meta(facts, "og:site_name"),
                              Meta(facts, "application-name")}));
  article.set_url(FirstOf({Meta(facts, "og:url"), facts.canonical, ld.url}));
  article.set_date(FirstOf(
      {ld.date_published, Meta(facts, "article:published_time"),
       Meta(facts, "date"), Meta(facts, "pubdate"), Meta(facts, "publish-date"),
       Meta(facts, "dc.date"), facts.first_time}));
  article.set_byline(FirstOf({absl::StrJoin(ld.authors, ", "),
                              Meta(facts, "author"), article_author}));
  std::string locale = Meta(facts, "og:locale");
  absl::StrReplaceAll({{"_", "-"}}, &locale);
  // Lower case, as the text header's parser gives it (BCP 47 tags are
  // case-insensitive), so a page and its text version agree.
  article.set_language(
      absl::AsciiStrToLower(FirstOf({facts.html_lang, ld.language, locale})));
  if (!article.language().empty()) {
    article.set_language_source(Article::HEADER);
  }
  const std::string description =
      FirstOf({ld.description, Meta(facts, "og:description"),
               Meta(facts, "description")});
  const std::string modified =
      FirstOf({ld.date_modified, Meta(facts, "article:modified_time")});
  const std::string section = Meta(facts, "article:section");
  if (!description.empty()) (*article.mutable_extra())["description"] = description;
  if (!modified.empty()) (*article.mutable_extra())["date_modified"] = modified;
  if (!section.empty()) (*article.mutable_extra())["section"] = section;
}

}  // namespace

absl::StatusOr<ExtractedPage> ExtractArticle(absl::string_view html,
                                             const ExtractOptions& options) {
  if (html.size() > options.max_html_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("page of ", html.size(), " bytes is over the limit of ",
                     options.max_html_bytes));
  }
  if (absl::StripAsciiWhitespace(html).empty()) {
    return absl::InvalidArgumentError("empty page");
  }
  if (size_t nul = html.find('\0'); nul != absl::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        "not a web page: binary data (NUL byte at offset ", nul, ")"));
  }
  if (internal::EstimateNestingDepth(html, options.max_nesting_depth) >
      options.max_nesting_depth) {
    return absl::ResourceExhaustedError(
        absl::StrCat("page nests elements more than ",
                     options.max_nesting_depth, " deep"));
  }
  ExtractedPage page;
  std::string converted;
  if (size_t invalid = CountInvalidUtf8(html); invalid > 0) {
    // Valid UTF-8 is read as UTF-8 whatever the page declares: pages
    // labelled iso-8859-1 but written in UTF-8 are common.
    const std::string charset = internal::DeclaredCharset(html);
    if (internal::IsWindows1252Label(charset)) {
      converted = internal::Windows1252ToUtf8(html);
      html = converted;
    } else {
      page.warnings.push_back(absl::StrCat(
          "page is not valid UTF-8", charset.empty() ? "" : " (declares ",
          charset, charset.empty() ? "" : ", which is not supported)", ": ",
          invalid, " bytes read as U+FFFD"));
    }
  }

  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;  // parse errors are not reported; save memory
  GumboTree tree(
      gumbo_parse_with_options(&gumbo_options, html.data(), html.size()));
  if (tree == nullptr) return absl::InternalError("HTML parser failed");

  const Dropper dropper(options.rules != nullptr ? *options.rules
                                                 : BoilerplateRules::Default());
  const PageFacts facts = CollectFacts(tree->document, dropper);
  FillArticle(facts, page.warnings, page.article);

  const GumboNode* root = ChooseRoot(facts);
  std::vector<std::string> paragraphs;
  if (root != nullptr) {
    paragraphs = BodyWriter(dropper, QMarksFor(page.article.language()))
                     .Write(root);
  }
  if (paragraphs.empty()) {
    return absl::NotFoundError("no article text found in the page");
  }
  page.text = absl::StrCat(absl::StrJoin(paragraphs, "\n\n"), "\n");
  page.article.set_text_origin(Article::HTML_EXTRACTED);
  page.article.mutable_body()->set_begin(0);
  page.article.mutable_body()->set_end(page.text.size());
  return page;
}

}  // namespace quotes
