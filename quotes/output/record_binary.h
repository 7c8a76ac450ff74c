// quotes/output/record_binary.h
//
// The protobuf wire encoding of a pipeline result, without validating the
// article text a second time.
//
// ArticleQuotes.text is a proto3 string, so protobuf checks that it is UTF-8
// every time the message is serialized: a byte-by-byte pass over the whole
// article, about a tenth of the pipeline's time on news text. The pipeline
// has already rejected any text that is not UTF-8 (Pipeline::RunInto), so
// AppendArticleQuotes writes that field itself. It writes the quote records
// itself too, whose strings (the quotes' text among them) are parts of that
// text or come from the lexicons (and protobuf, finding a string that is not
// UTF-8, only logs it and writes the same bytes); the article and the
// diagnostics it leaves to protobuf. The bytes are those of AppendToString, field for field
// (record_binary_test.cc compares them).
//
// Example:
//
//   std::string bytes;
//   quotes::AppendArticleQuotes(result, &bytes);
#ifndef QUOTES_OUTPUT_RECORD_BINARY_H_
#define QUOTES_OUTPUT_RECORD_BINARY_H_

#include <string>

#include "proto/quote.pb.h"

namespace quotes {

// Appends the wire encoding of `result` to `out`: the bytes of
// result.AppendToString(out), with `text` copied as it is. Call it on the
// pipeline's results, or on messages whose text is known to be UTF-8.
// Messages it does not know field for field (unknown fields, or messages
// with fields added since) go through protobuf's serializer.
void AppendArticleQuotes(const ArticleQuotes& result, std::string* out);

}  // namespace quotes

#endif  // QUOTES_OUTPUT_RECORD_BINARY_H_
