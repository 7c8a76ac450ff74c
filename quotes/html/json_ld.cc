#include "quotes/html/json_ld.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace quotes {
namespace {

using ::google::protobuf::Struct;
using ::google::protobuf::Value;

// 0 for a type that is not an article; higher is more specifically news.
int ArticleTypeRank(absl::string_view type) {
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same
  // type as "NewsArticle".
  size_t cut = type.find_last_of("/:");
  if (cut != absl::string_view::npos) type.remove_prefix(cut + 1);
  if (absl::EndsWith(type, "NewsArticle") || type == "ReportageNews") return 3;
  if (type == "Article") return 2;
  if (type == "BlogPosting" || type == "LiveBlogPosting" ||
      type == "SocialMediaPosting" || type == "Report") {
    return 1;
  }
  return 0;
}

// The best rank among the object's "@type" values, and the type that has it.
std::pair<int, std::string> TypeOf(const Struct& object) {
  auto it = object.fields().find("@type");
  if (it == object.fields().end()) return {0, ""};
  std::vector<const Value*> types;
  if (it->second.has_list_value()) {
    for (const Value& v : it->second.list_value().values()) types.push_back(&v);
  } else {
    types.push_back(&it->second);
  }
  std::pair<int, std::string> best = {0, ""};
  for (const Value* v : types) {
    if (!v->has_string_value()) continue;
    int rank = ArticleTypeRank(v->string_value());
    if (rank > best.first) best = {rank, v->string_value()};
  }
  return best;
}

const Value* Field(const Struct& object, const char* name) {
  auto it = object.fields().find(name);
  return it == object.fields().end() ? nullptr : &it->second;
}

std::string StringField(const Struct& object, const char* name) {
  const Value* v = Field(object, name);
  return v != nullptr && v->has_string_value() ? v->string_value() : "";
}

// The names a `author`/`publisher`-like value gives: a string, an object's
// "name", or a list of those.
void AppendNames(const Value* value, std::vector<std::string>& names) {
  if (value == nullptr) return;
  if (value->has_string_value()) {
    std::string name(absl::StripAsciiWhitespace(value->string_value()));
    if (!name.empty()) names.push_back(std::move(name));
  } else if (value->has_struct_value()) {
    const Value* name = Field(value->struct_value(), "name");
    if (name != nullptr && name->has_string_value()) {
      AppendNames(name, names);
    }
  } else if (value->has_list_value()) {
    for (const Value& v : value->list_value().values()) {
      // One level only: a list of lists is not a schema.org shape.
      if (!v.has_list_value()) AppendNames(&v, names);
    }
  }
}

JsonLdArticle ToArticle(const Struct& object, std::string type) {
  JsonLdArticle article;
  article.type = std::move(type);
  article.headline = StringField(object, "headline");
  if (article.headline.empty()) article.headline = StringField(object, "name");
  article.date_published = StringField(object, "datePublished");
  article.date_modified = StringField(object, "dateModified");
  AppendNames(Field(object, "author"), article.authors);
  std::vector<std::string> publishers;
  AppendNames(Field(object, "publisher"), publishers);
  if (!publishers.empty()) article.publisher = publishers.front();
  article.url = StringField(object, "url");
  if (article.url.empty()) {
    const Value* page = Field(object, "mainEntityOfPage");
    if (page != nullptr && page->has_string_value()) {
      article.url = page->string_value();
    } else if (page != nullptr && page->has_struct_value()) {
      article.url = StringField(page->struct_value(), "@id");
    }
  }
  article.language = StringField(object, "inLanguage");
  article.description = StringField(object, "description");
  return article;
}

// Real JSON-LD nests a handful deep. protobuf 3.21's JSON parser takes time
// growing faster than the square of the nesting depth (measured: 4,000
// levels 0.8 s, 8,000 levels 5.8 s), so deeper blocks are refused before it
// sees them.
constexpr int kMaxJsonDepth = 64;

// The deepest nesting of [] and {} outside strings.
int JsonDepth(absl::string_view json) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// Sites wrap JSON-LD in comment or CDATA markers for old browsers.
absl::string_view Unwrap(absl::string_view json) {
  json = absl::StripAsciiWhitespace(json);
  for (auto [open, close] : {std::pair<absl::string_view, absl::string_view>{
                                 "<!--", "-->"},
                             {"//<![CDATA[", "//]]>"},
                             {"<![CDATA[", "]]>"}}) {
    if (absl::ConsumePrefix(&json, open)) absl::ConsumeSuffix(&json, close);
    json = absl::StripAsciiWhitespace(json);
  }
  return json;
}

}  // namespace

absl::StatusOr<JsonLdArticle> ParseJsonLdArticle(absl::string_view json) {
  json = Unwrap(json);
  if (JsonDepth(json) > kMaxJsonDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat("JSON-LD nests deeper than ", kMaxJsonDepth, " levels"));
  }
  Value root;
  const auto parsed = google::protobuf::util::JsonStringToMessage(
      std::string(json), &root);
  if (!parsed.ok()) {
    // protobuf's message continues with an excerpt of the input on further
    // lines; the first line says what is wrong.
    const std::string message = parsed.message().ToString();
    return absl::InvalidArgumentError(absl::StrCat(
        "JSON-LD is not valid JSON: ", message.substr(0, message.find('\n'))));
  }
  int best_rank = 0;
  const Struct* best = nullptr;
  std::string best_type;
  // Depth-first, children in document order where JSON keeps one (arrays).
  std::vector<const Value*> stack = {&root};
  while (!stack.empty()) {
    const Value* v = stack.back();
    stack.pop_back();
    if (v->has_list_value()) {
      const auto& values = v->list_value().values();
      for (int i = values.size() - 1; i >= 0; --i) stack.push_back(&values[i]);
    } else if (v->has_struct_value()) {
      auto [rank, type] = TypeOf(v->struct_value());
      if (rank > best_rank) {
        best_rank = rank;
        best = &v->struct_value();
        best_type = std::move(type);
      }
      for (const auto& [key, child] : v->struct_value().fields()) {
        stack.push_back(&child);
      }
    }
  }
  if (best == nullptr) {
    return absl::NotFoundError("JSON-LD holds no article object");
  }
  return ToArticle(*best, std::move(best_type));
}

}  // namespace quotes
