#include "quotes/output/writer.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "google/protobuf/util/json_util.h"
#include "quotes/output/proto_json.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

// Display width of UTF-8 text in code points (good enough for alignment of
// Latin and Cyrillic; wide CJK characters count as one).
int Width(absl::string_view s) {
  int w = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++w;
  }
  return w;
}

std::string Pad(absl::string_view s, int width) {
  std::string out(s);
  for (int w = Width(s); w < width; ++w) out.push_back(' ');
  return out;
}

std::string JsonEscape(absl::string_view raw) {
  // JSON text is UTF-8; a path or message need not be.
  const std::string s = ToValidUtf8(raw);
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out;
}

void WriteTable(const ArticleQuotes& r, const WriteOptions& options,
                std::ostream& out) {
  const Article& a = r.article();
  std::vector<std::string> about;
  if (!a.outlet().empty()) about.push_back(a.outlet());
  if (!a.date().empty()) about.push_back(a.date());
  about.push_back(absl::StrCat(
      "language ", a.language(), " (",
      absl::AsciiStrToLower(Article::LanguageSource_Name(a.language_source())),
      ")"));
  out << "== " << (a.source_path().empty() ? a.id() : a.source_path()) << "  ["
      << absl::StrJoin(about, ", ") << "]  " << r.quotes_size()
      << (r.quotes_size() == 1 ? " quote" : " quotes") << "\n";
  if (!a.title().empty()) out << "   " << a.title() << "\n";
  if (r.quotes_size() > 0) {
    out << "  " << Pad("#", 3) << Pad("kind", 8) << Pad("speaker", 24)
        << Pad("cue", 12) << Pad("where", 18) << "quote\n";
  }
  for (const QuoteRecord& q : r.quotes()) {
    std::string speaker = q.speaker().kind() == Speaker::UNKNOWN
                              ? "(unknown)"
                              : q.speaker().name();
    std::string cue = q.cue().text();
    if (cue.empty() && q.rule() == PARAGRAPH_CONTINUATION) cue = "(continues)";
    std::string where = absl::StrCat("¶", q.paragraph() + 1, " @",
                                     q.content().begin(), "-", q.content().end());
    std::string flags;
    if (!q.closed()) flags += " [unclosed]";
    if (q.paragraph_count() > 1) {
      flags += absl::StrCat(" [", q.paragraph_count(), " paragraphs]");
    }
    if (q.depth() > 0) flags += " [nested]";
    out << "  " << Pad(absl::StrCat(q.index() + 1), 3)
        << Pad(QuoteRecord::Kind_Name(q.kind()), 8)
        << Pad(Ellipsize(speaker, 22), 24) << Pad(Ellipsize(cue, 10), 12)
        << Pad(where, 18) << q.mark_style().substr(0, q.open_mark().end() - q.open_mark().begin())
        << Ellipsize(q.text(), options.width) << flags << "\n";
  }
  for (const Diagnostic& d : r.diagnostics()) {
    out << "  note @" << d.span().begin() << ": " << d.message() << "\n";
  }
}

// Protobuf's own printer, for what AppendProtoJson leaves to it.
// MessageToJsonString writes map entries in hash order, which changes from
// run to run; going through a deterministic binary encoding sorts them.
google::protobuf::util::Status DeterministicJson(
    const google::protobuf::Message& msg,
    const google::protobuf::util::JsonPrintOptions& options, std::string* out) {
  std::string binary;
  {
    google::protobuf::io::StringOutputStream stream(&binary);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    msg.SerializeToCodedStream(&coded);
  }
  static google::protobuf::util::TypeResolver* const resolver =
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", google::protobuf::DescriptorPool::generated_pool());
  return google::protobuf::util::BinaryToJsonString(
      resolver, "type.googleapis.com/" + msg.GetDescriptor()->full_name(), binary,
      out, options);
}

// Writes `message` as JSON (pretty for kJson, one line otherwise), leaving
// out the field `skip` when it is not null.
absl::Status WriteJson(const google::protobuf::Message& message, Format format,
                       const google::protobuf::FieldDescriptor* skip,
                       std::ostream& out) {
  const bool pretty = format == Format::kJson;
  std::string s;
  if (!AppendProtoJson(message, pretty, &s, skip)) {
    google::protobuf::util::JsonPrintOptions json;
    json.preserve_proto_field_names = true;
    json.add_whitespace = pretty;
    std::unique_ptr<google::protobuf::Message> copy;
    if (skip != nullptr) {
      copy.reset(message.New());
      copy->CopyFrom(message);
      copy->GetReflection()->ClearField(copy.get(), skip);
    }
    auto status = DeterministicJson(copy != nullptr ? *copy : message, json, &s);
    if (!status.ok()) {
      return absl::InternalError(absl::StrCat("JSON conversion: ", status.ToString()));
    }
  }
  // Without add_whitespace (jsonl) the object is on one line already.
  out << s;
  if (s.empty() || s.back() != '\n') out << "\n";
  return absl::OkStatus();
}

}  // namespace

std::string Ellipsize(absl::string_view s, int max_chars) {
  std::string out;
  int chars = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    len = std::min(len, s.size() - i);
    if (chars == max_chars) {
      // Replace the last character by the ellipsis.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) {
        out.pop_back();
      }
      if (!out.empty()) out.pop_back();
      out += "\u2026";
      return out;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      if (out.empty() || out.back() != ' ') {
        out.push_back(' ');
        ++chars;
      }
    } else {
      out.append(s.data() + i, len);
      ++chars;
    }
    i += len;
  }
  return out;
}

absl::StatusOr<Format> ParseFormat(absl::string_view name) {
  if (name == "table" || name == "text") return Format::kTable;
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonLines;
  if (name == "textproto") return Format::kTextProto;
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown format '", name, "' (use table, json, jsonl or textproto)"));
}

absl::Status WriteMessage(const google::protobuf::Message& message, Format format,
                          std::ostream& out) {
  if (format == Format::kTextProto || format == Format::kTable) {
    std::string s;
    if (!google::protobuf::TextFormat::PrintToString(message, &s)) {
      return absl::InternalError("text format printing failed");
    }
    out << s << "\n";
    return absl::OkStatus();
  }
  return WriteJson(message, format, /*skip=*/nullptr, out);
}

absl::Status WriteArticleQuotes(const ArticleQuotes& result, Format format,
                                std::ostream& out, const WriteOptions& options) {
  if (format == Format::kTable) {
    WriteTable(result, options, out);
    return absl::OkStatus();
  }
  if (options.include_text) return WriteMessage(result, format, out);
  if (format == Format::kTextProto) {
    ArticleQuotes without_text = result;
    without_text.clear_text();
    return WriteMessage(without_text, format, out);
  }
  // JSON leaves the text out without copying the whole record.
  return WriteJson(result, format,
                   ArticleQuotes::descriptor()->FindFieldByNumber(ArticleQuotes::kTextFieldNumber),
                   out);
}

void WriteInputError(absl::string_view path, const absl::Status& status,
                     Format format, std::ostream& out) {
  std::string message(status.message());
  switch (format) {
    case Format::kTable:
      out << path << ": error: " << message << "\n";
      return;
    case Format::kTextProto:
      out << "# " << path << ": error: " << message << "\n";
      return;
    case Format::kJson:
    case Format::kJsonLines:
      out << "{\"article\": {\"source_path\": \"" << JsonEscape(path)
          << "\"}, \"error\": \"" << JsonEscape(message) << "\", \"code\": \""
          << absl::StatusCodeToString(status.code()) << "\", \"quotes\": []}\n";
      return;
  }
}

}  // namespace quotes
