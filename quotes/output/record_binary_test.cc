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
