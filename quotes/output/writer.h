// quotes/output/writer.h
//
// Writes pipeline results for people (an aligned table) and for programs
// (the protobuf JSON mapping, one object or one per line, and text proto).
//
// Example:
//
//   ASSIGN_OR_RETURN(quotes::Format format, quotes::ParseFormat("jsonl"));
//   RETURN_IF_ERROR(quotes::WriteArticleQuotes(result, format, std::cout));
//
// JSON uses the proto field names (`speaker.name`, `open_mark.begin`) and
// enum names ("DIRECT"); fields at their default value are left out. The
// bytes are those of protobuf's own JSON printer, written without its
// serialize-and-reparse round trip (proto_json.h).
#ifndef QUOTES_OUTPUT_WRITER_H_
#define QUOTES_OUTPUT_WRITER_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "proto/quote.pb.h"

namespace quotes {

enum class Format {
  kTable,      // aligned columns for a terminal (default)
  kJson,       // one pretty-printed JSON object per article
  kJsonLines,  // one JSON object per line per article
  kTextProto,  // protobuf text format
};

// Parses "table", "json", "jsonl", "textproto". Returns InvalidArgumentError
// listing the accepted names otherwise.
absl::StatusOr<Format> ParseFormat(absl::string_view name);

struct WriteOptions {
  // The options are (defaults in parentheses):
  //
  //   include_text   (false)  JSON and text proto carry the whole article text
  //                           (ArticleQuotes.text); offsets are into it either way
  //   width          (72)     table: characters of quote text shown per row
  bool include_text = false;
  int width = 72;
};

// Writes one article's result. Returns InternalError when JSON conversion
// fails (it does not for messages the pipeline builds).
absl::Status WriteArticleQuotes(const ArticleQuotes& result, Format format,
                                std::ostream& out,
                                const WriteOptions& options = WriteOptions());

// Writes any message as JSON (kJson pretty, kJsonLines one line) or text
// proto (kTextProto, and kTable, which has no generic form). JSON uses the
// proto field names and is deterministic: map entries are sorted.
absl::Status WriteMessage(const google::protobuf::Message& message, Format format,
                          std::ostream& out);

// The record for an input that could not be processed, in `format`: a JSON
// object {"article": {"source_path": ...}, "error": "..."} (one line for
// kJsonLines), or a line "PATH: error: MESSAGE" for a table.
void WriteInputError(absl::string_view path, const absl::Status& status,
                     Format format, std::ostream& out);

// Cuts `s` to at most `max_chars` code points, ending with "…" when cut;
// never splits a UTF-8 sequence. Line breaks become spaces.
std::string Ellipsize(absl::string_view s, int max_chars);

}  // namespace quotes

#endif  // QUOTES_OUTPUT_WRITER_H_
