#include "quotes/output/record_binary.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/pipeline.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

std::string Protobufs(const ArticleQuotes& r) {
  std::string bytes;
  r.AppendToString(&bytes);
  return bytes;
}

std::string Ours(const ArticleQuotes& r) {
  std::string bytes = "prefix";  // appends, keeping what was there
  AppendArticleQuotes(r, &bytes);
  EXPECT_EQ(bytes.substr(0, 6), "prefix");
  return bytes.substr(6);
}

ArticleQuotes RunOn(const std::string& text) {
  static const Pipeline* pipeline = Pipeline::Create()->release();
  ArticleQuotes r;
  EXPECT_THAT(pipeline->RunInto(text, Article(), &r), testing::IsOk());
  return r;
}

TEST(AppendArticleQuotes, SameBytesAsProtobufForPipelineResults) {
  const std::string texts[] = {
      // Quotes with speakers, cues and a title; a long text, so that the
      // text field's length takes two varint bytes.
      "The harbour board met on Monday.\n\n"
      "\u201cWe will not close the ferry,\u201d said Mayor Ilse Brandt. "
      "\u201cNot this year, not next year.\u201d\n\n"
      "Her deputy, Tomas Reyes, called the plan \u201ca gamble\u201d and "
      "warned: \"The money is not there.\"\n\n"
      "\u00abC\u2019est fini\u00bb, a-t-il ajout\u00e9, according to the minutes.\n",
      // An unclosed quote: a diagnostic as well as a record.
      "She said: \u201cThis never ends.\n\nNor does this paragraph.\n",
      // No quotes at all, and no text.
      "Nothing is quoted here.\n",
      "",
  };
  for (const std::string& text : texts) {
    const ArticleQuotes r = RunOn(text);
    EXPECT_EQ(Ours(r), Protobufs(r)) << text;
  }
  EXPECT_GT(RunOn(texts[0]).quotes_size(), 2);
  EXPECT_GT(RunOn(texts[1]).diagnostics_size(), 0);
}

TEST(AppendArticleQuotes, LongTextAndEmptyMessages) {
  ArticleQuotes r;
  EXPECT_EQ(Ours(r), Protobufs(r));
  r.mutable_article();  // set, though empty: still written
  EXPECT_EQ(Ours(r), Protobufs(r));
  r.set_text(std::string(300000, 'x'));  // a three-byte length
  EXPECT_EQ(Ours(r), Protobufs(r));
  r.clear_article();
  r.add_quotes()->set_text("q");
  r.add_diagnostics();
  EXPECT_EQ(Ours(r), Protobufs(r));
}

// Every field of a quote record, with values whose encodings take more
// than one byte, and the values protobuf leaves out.
TEST(AppendArticleQuotes, QuoteRecordsFieldForField) {
  ArticleQuotes r;
  QuoteRecord* q = r.add_quotes();
  EXPECT_EQ(Ours(r), Protobufs(r));  // all fields empty
  q->set_index(300);
  q->set_id("0123456789abcdef:70000");
  q->set_text(std::string(200, 'q'));  // a two-byte length
  q->mutable_content()->set_begin(70000);
  q->mutable_content()->set_end(70200);
  q->mutable_open_mark();  // set, though empty: still written
  q->mutable_close_mark()->set_end(1);
  q->add_reopen_marks()->set_begin(5);
  q->add_reopen_marks();
  q->set_kind(QuoteRecord::DIRECT);
  q->set_paragraph(1);
  q->set_sentence(200);
  q->set_paragraph_count(3);
  q->set_closed(true);
  q->set_depth(2);
  Speaker* s = q->mutable_speaker();
  s->set_kind(Speaker::GROUP);
  s->set_name("Ilse Brandt and Tomas Reyes");
  s->set_mention("Brandt and Reyes");
  s->mutable_mention_span()->set_begin(4000000000u);  // a five-byte varint
  s->set_title("Mayor");
  s->add_members("Ilse Brandt");
  s->add_members("");  // an empty element is still written
  s->add_members("Tomas Reyes");
  Cue* c = q->mutable_cue();
  c->set_text("said");
  c->mutable_span()->set_end(9);
  c->set_lemma("say");
  q->set_rule(ADJACENT_CUE);
  q->set_confidence(0.9f);
  q->set_mark_style("\u201c\u201d");
  EXPECT_EQ(Ours(r), Protobufs(r));
  q->set_confidence(-0.0f);  // not all bits zero: written
  q->mutable_cue()->clear_span();
  q->mutable_speaker()->clear_members();
  EXPECT_EQ(Ours(r), Protobufs(r));
  q->set_kind(static_cast<QuoteRecord::Kind>(-1));  // ten bytes, sign-extended
  q->set_confidence(0.0f);
  q->clear_cue();
  EXPECT_EQ(Ours(r), Protobufs(r));
}

TEST(AppendArticleQuotes, UnknownFieldsInAQuoteGoThroughProtobuf) {
  ArticleQuotes r;
  r.add_quotes()->set_text("first");
  QuoteRecord* q = r.add_quotes();
  q->set_text("second");
  Span* span = q->mutable_speaker()->mutable_mention_span();
  span->set_end(6);
  span->GetReflection()->MutableUnknownFields(span)->AddVarint(99, 7);
  EXPECT_EQ(Ours(r), Protobufs(r));
  r.add_quotes()->set_text("third");
  q->GetReflection()->MutableUnknownFields(q)->AddVarint(98, 1);
  EXPECT_EQ(Ours(r), Protobufs(r));
  ArticleQuotes back;
  ASSERT_TRUE(back.ParseFromString(Ours(r)));
  EXPECT_EQ(back.quotes(1).speaker().mention_span().GetReflection()
                ->GetUnknownFields(back.quotes(1).speaker().mention_span())
                .field_count(),
            1);
}

TEST(AppendArticleQuotes, UnknownFieldsGoThroughProtobuf) {
  ArticleQuotes r;
  r.set_text("abc");
  r.GetReflection()->MutableUnknownFields(&r)->AddVarint(99, 7);
  EXPECT_EQ(Ours(r), Protobufs(r));
  ArticleQuotes back;
  ASSERT_TRUE(back.ParseFromString(Ours(r)));
  EXPECT_EQ(back.GetReflection()->GetUnknownFields(back).field_count(), 1);
}

}  // namespace
}  // namespace quotes
