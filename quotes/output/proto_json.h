// quotes/output/proto_json.h
//
// Protobuf's JSON mapping printed straight from a message, by reflection.
//
// Protobuf 3.21's printer (util::BinaryToJsonString, and MessageToJsonString,
// which calls it) serializes the message, then decodes the bytes again
// against google.protobuf.Type descriptions it builds anew on every call. For
// a news article that costs more than a third of the pipeline itself.
// AppendProtoJson prints the same bytes without that round trip:
// proto_json_test.cc compares the two byte for byte, so a protobuf upgrade
// that changes its output shows up there.
//
// Example:
//
//   std::string json;
//   if (!quotes::AppendProtoJson(record, /*pretty=*/false, &json)) {
//     // something it does not print (see below): use protobuf's printer
//   }
//
// The output is what BinaryToJsonString prints for a deterministic
// serialization of the message with JsonPrintOptions preserve_proto_field_names
// (and add_whitespace when `pretty`, which also ends it with "\n"): fields in
// field-number order under their proto names; scalars at their proto3 default
// left out; set message fields printed even when empty ({}); enum values by
// name; floats in 6 significant digits, or 9 when 6 do not read back the
// same; map entries sorted by key; strings escaped as protobuf escapes them
// (", \, control characters, < and >, and a list of invisible code points, as
// \uXXXX).
#ifndef QUOTES_OUTPUT_PROTO_JSON_H_
#define QUOTES_OUTPUT_PROTO_JSON_H_

#include <string>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"

namespace quotes {

// Appends `message` as JSON to `out` and returns true. `skip`, when not null,
// is a field of `message` that is left out as if it were unset (the writer
// leaves out the article text this way, without copying the record).
//
// Returns false, leaving `out` as it was, when the message holds something
// whose printing it does not reproduce: a string or map key that is not valid
// UTF-8, an empty map key, a map key that is not a string, a NaN or infinite
// float, an enum number without a name, a message type that can have
// extensions, a well-known type (google.protobuf.*), or a set field of a type
// no proto of this project uses (double, bytes, integers other than uint32
// and fixed32). The caller then uses protobuf's printer, which handles them
// all.
//
// Safe to call from several threads at once. What it works out about each
// message type (field order, names) is kept for the life of the process.
bool AppendProtoJson(const google::protobuf::Message& message, bool pretty,
                     std::string* out,
                     const google::protobuf::FieldDescriptor* skip = nullptr);

}  // namespace quotes

#endif  // QUOTES_OUTPUT_PROTO_JSON_H_
