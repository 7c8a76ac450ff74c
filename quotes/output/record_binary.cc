#include "quotes/output/record_binary.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/message.h"
#include "google/protobuf/message_lite.h"

namespace quotes {
namespace {

using google::protobuf::io::CodedOutputStream;

// The wire types the records use.
constexpr uint32_t kVarint = 0;
constexpr uint32_t kLengthDelimited = 2;
constexpr uint32_t kFixed32 = 5;

uint32_t Tag(int field, uint32_t wire_type) {
  return (static_cast<uint32_t>(field) << 3) | wire_type;
}

// A length-delimited field's key: its tag (wire type 2) and the length.
void AppendKey(int field, size_t length, std::string* out) {
  uint8_t key[20];  // two varints of at most ten bytes
  uint8_t* end = CodedOutputStream::WriteTagToArray(Tag(field, kLengthDelimited), key);
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

// A quote record is written field for field below, as protobuf writes it:
// in field-number order, scalars and strings only when not zero or empty,
// sub-messages when set, every element of a repeated field. Protobuf would
// check each string's UTF-8 first (a pass over every quote's text, about 30%
// of its instructions here) and reach each sub-message through a virtual
// call. Each Fields() below names a message's fields once, for two kinds of
// Out: Sizer adds up their bytes, Writer writes them.

// True when `m` carries no unknown fields, which the code here would leave
// out.
template <typename M>
bool NoUnknownFields(const M& m) {
  static const google::protobuf::Reflection* const reflection = M::GetReflection();
  return reflection->GetUnknownFields(m).empty();
}

// Each message's fields, for an Out below; and the length of a span's.
template <typename Out>
void Fields(const Span& s, Out* out);
size_t SpanLength(const Span& s);

// Counts the bytes that Writer writes for the same calls. The lengths of
// sub-messages go to `lengths` in the order Writer needs them (a message's
// before those of the messages in it), so that each is counted once.
class Sizer {
 public:
  explicit Sizer(std::vector<size_t>* lengths) : lengths_(lengths) {}

  void Varint(int field, uint32_t value) {
    size_ += TagSize(field) + CodedOutputStream::VarintSize32(value);
  }
  void Enum(int field, int value) {
    size_ += TagSize(field) + CodedOutputStream::VarintSize32SignExtended(value);
  }
  void Fixed32(int field, uint32_t) { size_ += TagSize(field) + 4; }
  void String(int field, const std::string& s) { Delimited(field, s.size()); }
  // A span, two varints, is measured again by Writer rather than stored.
  void Message(int field, const Span& s) {
    known_ = known_ && NoUnknownFields(s);
    Delimited(field, SpanLength(s));
  }
  template <typename M>
  void Message(int field, const M& m) {
    known_ = known_ && NoUnknownFields(m);
    const size_t slot = lengths_->size();
    lengths_->push_back(0);
    const size_t before = size_;
    Fields(m, this);
    const size_t length = size_ - before;
    (*lengths_)[slot] = length;
    size_ = before;
    Delimited(field, length);
  }

  size_t size() const { return size_; }
  // False when a sub-message has unknown fields: Writer would lose them.
  bool known() const { return known_; }

 private:
  // A tag's size depends on its field number only, not its wire type.
  static size_t TagSize(int field) {
    return CodedOutputStream::VarintSize32(Tag(field, kVarint));
  }
  void Delimited(int field, size_t length) {
    size_ += TagSize(field) + CodedOutputStream::VarintSize64(length) + length;
  }

  std::vector<size_t>* lengths_;
  size_t size_ = 0;
  bool known_ = true;
};

// Writes the fields that Sizer has measured, to a buffer of that size.
class Writer {
 public:
  Writer(const std::vector<size_t>& lengths, uint8_t* at) : lengths_(lengths), at_(at) {}

  void Varint(int field, uint32_t value) {
    at_ = CodedOutputStream::WriteTagToArray(Tag(field, kVarint), at_);
    at_ = CodedOutputStream::WriteVarint32ToArray(value, at_);
  }
  void Enum(int field, int value) {
    at_ = CodedOutputStream::WriteTagToArray(Tag(field, kVarint), at_);
    at_ = CodedOutputStream::WriteVarint32SignExtendedToArray(value, at_);
  }
  void Fixed32(int field, uint32_t bits) {
    at_ = CodedOutputStream::WriteTagToArray(Tag(field, kFixed32), at_);
    at_ = CodedOutputStream::WriteLittleEndian32ToArray(bits, at_);
  }
  void String(int field, const std::string& s) {
    Key(field, s.size());
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
  }
  void Message(int field, const Span& s) {
    Key(field, SpanLength(s));
    Fields(s, this);
  }
  template <typename M>
  void Message(int field, const M& m) {
    Key(field, lengths_[next_++]);
    Fields(m, this);
  }

 private:
  void Key(int field, size_t length) {
    at_ = CodedOutputStream::WriteTagToArray(Tag(field, kLengthDelimited), at_);
    at_ = CodedOutputStream::WriteVarint64ToArray(length, at_);
  }

  const std::vector<size_t>& lengths_;
  size_t next_ = 0;
  uint8_t* at_;
};

template <typename Out>
void Fields(const Span& s, Out* out) {
  if (s.begin() != 0) out->Varint(Span::kBeginFieldNumber, s.begin());
  if (s.end() != 0) out->Varint(Span::kEndFieldNumber, s.end());
}

size_t SpanLength(const Span& s) {
  Sizer sizer(nullptr);  // no sub-messages: no lengths to keep
  Fields(s, &sizer);
  return sizer.size();
}

template <typename Out>
void Fields(const Speaker& s, Out* out) {
  if (s.kind() != 0) out->Enum(Speaker::kKindFieldNumber, s.kind());
  if (!s.name().empty()) out->String(Speaker::kNameFieldNumber, s.name());
  if (!s.mention().empty()) out->String(Speaker::kMentionFieldNumber, s.mention());
  if (s.has_mention_span()) out->Message(Speaker::kMentionSpanFieldNumber, s.mention_span());
  if (!s.title().empty()) out->String(Speaker::kTitleFieldNumber, s.title());
  for (const std::string& m : s.members()) out->String(Speaker::kMembersFieldNumber, m);
}

template <typename Out>
void Fields(const Cue& c, Out* out) {
  if (!c.text().empty()) out->String(Cue::kTextFieldNumber, c.text());
  if (c.has_span()) out->Message(Cue::kSpanFieldNumber, c.span());
  if (!c.lemma().empty()) out->String(Cue::kLemmaFieldNumber, c.lemma());
}

template <typename Out>
void Fields(const QuoteRecord& q, Out* out) {
  using Q = QuoteRecord;
  if (q.index() != 0) out->Varint(Q::kIndexFieldNumber, q.index());
  if (!q.id().empty()) out->String(Q::kIdFieldNumber, q.id());
  if (!q.text().empty()) out->String(Q::kTextFieldNumber, q.text());
  if (q.has_content()) out->Message(Q::kContentFieldNumber, q.content());
  if (q.has_open_mark()) out->Message(Q::kOpenMarkFieldNumber, q.open_mark());
  if (q.has_close_mark()) out->Message(Q::kCloseMarkFieldNumber, q.close_mark());
  for (const Span& m : q.reopen_marks()) out->Message(Q::kReopenMarksFieldNumber, m);
  if (q.kind() != 0) out->Enum(Q::kKindFieldNumber, q.kind());
  if (q.paragraph() != 0) out->Varint(Q::kParagraphFieldNumber, q.paragraph());
  if (q.sentence() != 0) out->Varint(Q::kSentenceFieldNumber, q.sentence());
  if (q.paragraph_count() != 0) out->Varint(Q::kParagraphCountFieldNumber, q.paragraph_count());
  if (q.closed()) out->Varint(Q::kClosedFieldNumber, 1);
  if (q.depth() != 0) out->Varint(Q::kDepthFieldNumber, q.depth());
  if (q.has_speaker()) out->Message(Q::kSpeakerFieldNumber, q.speaker());
  if (q.has_cue()) out->Message(Q::kCueFieldNumber, q.cue());
  if (q.rule() != 0) out->Enum(Q::kRuleFieldNumber, q.rule());
  // Written unless its bits are all zero: -0.0 is written, as protobuf does.
  const float confidence = q.confidence();
  uint32_t bits;
  std::memcpy(&bits, &confidence, sizeof(bits));
  if (bits != 0) out->Fixed32(Q::kConfidenceFieldNumber, bits);
  if (!q.mark_style().empty()) out->String(Q::kMarkStyleFieldNumber, q.mark_style());
}

// True when the field numbers of `d` are exactly `numbers`: the fields
// Fields() above knows, and no others.
bool HasFields(const google::protobuf::Descriptor* d, std::initializer_list<int> numbers) {
  if (d->field_count() != static_cast<int>(numbers.size())) return false;
  for (int n : numbers) {
    if (d->FindFieldByNumber(n) == nullptr) return false;
  }
  return true;
}

// Appends `q` as field `quotes` of an ArticleQuotes, field for field, or
// through protobuf when any part of it has unknown fields. `lengths` is
// working space.
void AppendQuote(const QuoteRecord& q, std::vector<size_t>* lengths, std::string* out) {
  lengths->clear();
  Sizer sizer(lengths);
  sizer.Message(ArticleQuotes::kQuotesFieldNumber, q);
  if (!sizer.known()) {
    AppendMessage(ArticleQuotes::kQuotesFieldNumber, q, out);
    return;
  }
  const size_t at = out->size();
  out->resize(at + sizer.size());
  Writer writer(*lengths, reinterpret_cast<uint8_t*>(&(*out)[at]));
  writer.Message(ArticleQuotes::kQuotesFieldNumber, q);
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
  if (!known || !NoUnknownFields(result)) {
    result.AppendToString(out);
    return;
  }
  // The quote records' own messages, as Fields() knows them; with any other
  // fields each record goes through protobuf.
  static const bool quotes_known = [] {
    using Q = QuoteRecord;
    return HasFields(Span::descriptor(), {Span::kBeginFieldNumber, Span::kEndFieldNumber}) &&
           HasFields(Cue::descriptor(), {Cue::kTextFieldNumber, Cue::kSpanFieldNumber,
                                         Cue::kLemmaFieldNumber}) &&
           HasFields(Speaker::descriptor(),
                     {Speaker::kKindFieldNumber, Speaker::kNameFieldNumber,
                      Speaker::kMentionFieldNumber, Speaker::kMentionSpanFieldNumber,
                      Speaker::kTitleFieldNumber, Speaker::kMembersFieldNumber}) &&
           HasFields(Q::descriptor(),
                     {Q::kIndexFieldNumber, Q::kIdFieldNumber, Q::kTextFieldNumber,
                      Q::kContentFieldNumber, Q::kOpenMarkFieldNumber, Q::kCloseMarkFieldNumber,
                      Q::kReopenMarksFieldNumber, Q::kKindFieldNumber, Q::kParagraphFieldNumber,
                      Q::kSentenceFieldNumber, Q::kParagraphCountFieldNumber,
                      Q::kClosedFieldNumber, Q::kDepthFieldNumber, Q::kSpeakerFieldNumber,
                      Q::kCueFieldNumber, Q::kRuleFieldNumber, Q::kConfidenceFieldNumber,
                      Q::kMarkStyleFieldNumber});
  }();
  if (result.has_article()) {
    AppendMessage(ArticleQuotes::kArticleFieldNumber, result.article(), out);
  }
  if (!result.text().empty()) {
    AppendKey(ArticleQuotes::kTextFieldNumber, result.text().size(), out);
    out->append(result.text());
  }
  std::vector<size_t> lengths;
  for (const QuoteRecord& q : result.quotes()) {
    if (quotes_known) {
      AppendQuote(q, &lengths, out);
    } else {
      AppendMessage(ArticleQuotes::kQuotesFieldNumber, q, out);
    }
  }
  for (const Diagnostic& d : result.diagnostics()) {
    AppendMessage(ArticleQuotes::kDiagnosticsFieldNumber, d, out);
  }
}

}  // namespace quotes
