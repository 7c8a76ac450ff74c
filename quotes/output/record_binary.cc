#include "quotes/output/record_binary.h"

#include <cstdint>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/message_lite.h"

namespace quotes {
namespace {

// A length-delimited field's key: its tag (wire type 2) and the length.
void AppendKey(int field, size_t length, std::string* out) {
  using google::protobuf::io::CodedOutputStream;
  uint8_t key[20];  // two varints of at most ten bytes
  uint8_t* end = CodedOutputStream::WriteTagToArray((static_cast<uint32_t>(field) << 3) | 2, key);
  end = CodedOutputStream::WriteVarint64ToArray(length, end);
  out->append(reinterpret_cast<const char*>(key), static_cast<size_t>(end - key));
}

void AppendMessage(int field, const google::protobuf::MessageLite& m, std::string* out) {
  const size_t size = m.ByteSizeLong();
  AppendKey(field, size, out);
  const size_t at = out->size();
  out->resize(at + size);
  m.SerializeWithCachedSizesToArray(reinterpret_cast<uint8_t*>(&(*out)[at]));
}

}  // namespace

void AppendArticleQuotes(const ArticleQuotes& result, std::string* out) {
  // The four fields written below, in field-number order, as protobuf
  // writes them; anything else is protobuf's to write.
  static const bool known = [] {
    const google::protobuf::Descriptor* d = ArticleQuotes::descriptor();
    return d->field_count() == 4 &&
           d->FindFieldByNumber(ArticleQuotes::kArticleFieldNumber) != nullptr &&
           d->FindFieldByNumber(ArticleQuotes::kTextFieldNumber) != nullptr &&
           d->FindFieldByNumber(ArticleQuotes::kQuotesFieldNumber) != nullptr &&
           d->FindFieldByNumber(ArticleQuotes::kDiagnosticsFieldNumber) != nullptr;
  }();
  if (!known || !result.GetReflection()->GetUnknownFields(result).empty()) {
    result.AppendToString(out);
    return;
  }
  if (result.has_article()) {
    AppendMessage(ArticleQuotes::kArticleFieldNumber, result.article(), out);
  }
  if (!result.text().empty()) {
    AppendKey(ArticleQuotes::kTextFieldNumber, result.text().size(), out);
    out->append(result.text());
  }
  for (const QuoteRecord& q : result.quotes()) {
    AppendMessage(ArticleQuotes::kQuotesFieldNumber, q, out);
  }
  for (const Diagnostic& d : result.diagnostics()) {
    AppendMessage(ArticleQuotes::kDiagnosticsFieldNumber, d, out);
  }
}

}  // namespace quotes
