#include "quotes/output/proto_json.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "gtest/gtest.h"
#include "proto/quote.pb.h"
#include "proto/verification.pb.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

// What protobuf prints: BinaryToJsonString over a deterministic
// serialization, the path the writer took before AppendProtoJson.
std::string Reference(const google::protobuf::Message& message, bool pretty) {
  std::string binary;
  {
    google::protobuf::io::StringOutputStream stream(&binary);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  static google::protobuf::util::TypeResolver* const resolver =
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", google::protobuf::DescriptorPool::generated_pool());
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.add_whitespace = pretty;
  std::string json;
  EXPECT_TRUE(google::protobuf::util::BinaryToJsonString(
                  resolver, "type.googleapis.com/" + message.GetDescriptor()->full_name(),
                  binary, &json, options)
                  .ok());
  return json;
}

std::string Fast(const google::protobuf::Message& message, bool pretty) {
  std::string json = "kept";
  EXPECT_TRUE(AppendProtoJson(message, pretty, &json));
  return json.substr(4);
}

// Both layouts, compared with protobuf's.
void ExpectSameAsProtobuf(const google::protobuf::Message& message) {
  EXPECT_EQ(Fast(message, false), Reference(message, false));
  EXPECT_EQ(Fast(message, true), Reference(message, true));
}

ArticleQuotes Full() {
  ArticleQuotes r;
  r.set_text("\"Hi,\" said Al Bo. <b> & \u00e9");
  Article* a = r.mutable_article();
  a->set_id("x1");
  a->set_source_path("dir/a \"b\".txt");
  a->set_language("en");
  a->set_language_source(Article::HEADER);
  (*a->mutable_extra())["zeta"] = "last";
  (*a->mutable_extra())["alpha"] = "first";
  (*a->mutable_extra())["Mid key"] = "";
  (*a->mutable_extra())["\u00e4"] = "non-ASCII key";
  a->mutable_body()->set_begin(7);
  a->mutable_body()->set_end(70);
  for (int i = 0; i < 3; ++i) {
    QuoteRecord* q = r.add_quotes();
    q->set_index(i);
    q->set_id(absl::StrCat("q", i));
    q->set_text("Hi,\n\t\u201cthere\u201d");
    q->mutable_content()->set_begin(1);
    q->mutable_content()->set_end(4);
    q->mutable_open_mark();  // set but empty: printed as {}
    q->add_reopen_marks()->set_begin(9);
    q->add_reopen_marks();
    q->set_kind(QuoteRecord::PARTIAL);
    q->set_closed(i % 2 == 0);
    q->mutable_speaker()->set_kind(Speaker::GROUP);
    q->mutable_speaker()->add_members("Al Bo");
    q->mutable_speaker()->add_members("");
    q->set_rule(CLAUSE_SUBJECT);
    q->set_confidence(0.61f * static_cast<float>(i));
    q->set_mark_style("\u201e\u201c");
  }
  r.add_diagnostics()->set_message("note");
  return r;
}

TEST(AppendProtoJson, RecordWithEveryFieldKind) { ExpectSameAsProtobuf(Full()); }

TEST(AppendProtoJson, EmptyMessages) {
  ExpectSameAsProtobuf(ArticleQuotes());
  ArticleQuotes r;
  r.mutable_article();
  ExpectSameAsProtobuf(r);
}

TEST(AppendProtoJson, VerificationMessages) {
  VerificationReport report;
  (*report.mutable_verdict_counts())["VERBATIM"] = 3;
  (*report.mutable_verdict_counts())["ALTERED"] = 0;  // map values print at 0
  ExpectSameAsProtobuf(report);
  ComparisonReport comparison;
  QuoteCluster* cluster = comparison.add_clusters();
  cluster->add_speakers("A");
  cluster->set_speakers_disagree(true);
  Variant* variant = cluster->add_variants();
  variant->add_members(0);  // packed repeated uint32
  variant->add_members(7);
  CopyGroup* copies = comparison.add_copies();
  copies->add_documents(2);
  copies->set_containment(0.875f);
  ExpectSameAsProtobuf(comparison);
}

TEST(AppendProtoJson, SkipLeavesTheFieldOut) {
  ArticleQuotes r = Full();
  std::string json;
  ASSERT_TRUE(AppendProtoJson(r, false, &json, ArticleQuotes::descriptor()->FindFieldByName("text")));
  r.clear_text();
  EXPECT_EQ(json, Reference(r, false));
}

// Every code point from U+0000 to U+10FFFF, a block at a time, so that a
// difference names its block.
TEST(AppendProtoJson, EscapesEveryCodePointAsProtobufDoes) {
  for (char32_t block = 0; block < 0x110000; block += 0x400) {
    if (block >= 0xD800 && block < 0xE000) continue;  // surrogates are not text
    Speaker s;
    std::string* text = s.mutable_name();
    for (char32_t cp = block; cp < block + 0x400; ++cp) AppendUtf8(cp, text);
    ASSERT_EQ(Fast(s, false), Reference(s, false)) << "block U+" << std::hex << block;
  }
}

TEST(AppendProtoJson, FloatsAsProtobufPrintsThem) {
  std::vector<float> values = {0.6f, 0.61f, 1.0f / 3, 0.1f, 1e-10f, 1e10f, 123456789.0f,
                               -1.5f, 100.0f, 1e6f, 1e7f, 0.0001f, 0.00001f,
                               std::numeric_limits<float>::min(),
                               std::numeric_limits<float>::max(),
                               std::numeric_limits<float>::denorm_min(), 1e-40f};
  std::mt19937 rng(7);
  while (values.size() < 20000) {
    uint32_t bits = rng();
    float f;
    std::memcpy(&f, &bits, sizeof(f));
    if (std::isfinite(f)) values.push_back(f);
  }
  for (float f : values) {
    QuoteRecord q;
    q.set_confidence(f);
    ASSERT_EQ(Fast(q, false), Reference(q, false)) << "float bits of " << f;
  }
}

// Serialization keeps a float whose bits are not all zero, so -0 is printed.
TEST(AppendProtoJson, NegativeZeroIsPrinted) {
  QuoteRecord q;
  q.set_confidence(-0.0f);
  ExpectSameAsProtobuf(q);
  EXPECT_EQ(Fast(q, false), "{\"confidence\":-0}");
}

// What it leaves to protobuf's printer: it says so and appends nothing.
TEST(AppendProtoJson, DeclinesWhatItDoesNotReproduce) {
  auto declines = [](const google::protobuf::Message& m) {
    std::string json = "kept";
    return !AppendProtoJson(m, false, &json) && json == "kept";
  };
  Speaker bad_utf8;
  bad_utf8.set_name("caf\xe9");
  EXPECT_TRUE(declines(bad_utf8));
  Speaker surrogate;
  surrogate.set_name("\xed\xa0\x80");
  EXPECT_TRUE(declines(surrogate));
  Speaker unknown_enum;
  unknown_enum.set_kind(static_cast<Speaker::Kind>(99));
  EXPECT_TRUE(declines(unknown_enum));
  Article empty_key;
  (*empty_key.mutable_extra())[""] = "v";
  EXPECT_TRUE(declines(empty_key));
  QuoteRecord nan;
  nan.set_confidence(std::numeric_limits<float>::quiet_NaN());
  EXPECT_TRUE(declines(nan));
  ArticleQuotes nested;
  nested.add_quotes()->mutable_speaker()->set_name("\xff");
  EXPECT_TRUE(declines(nested));
}

}  // namespace
}  // namespace quotes
