#include "quotes/detect/dash_quotes.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/text/segmenter.h"

namespace quotes {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::vector<std::string> kDashes = {"\u2014", "\u2013"};

std::vector<QuoteSpan> Detect(absl::string_view text) {
  return DetectDashQuotes(text, SplitParagraphs(text, ByteSpan{0, text.size()}),
                          kDashes);
}

std::vector<std::string> Contents(absl::string_view text) {
  std::vector<std::string> out;
  for (const QuoteSpan& q : Detect(text)) out.emplace_back(q.content.Of(text));
  return out;
}

TEST(DashQuotes, UtteranceBeforeTheReportingClause) {
  const std::string text = "— Мы готовы к диалогу, — сказал он журналистам.";
  std::vector<QuoteSpan> quotes = Detect(text);
  ASSERT_EQ(quotes.size(), 1u);
  const QuoteSpan& q = quotes[0];
  EXPECT_EQ(q.content.Of(text), "Мы готовы к диалогу");
  EXPECT_EQ(q.open_mark.Of(text), "—");
  EXPECT_EQ(q.open_mark.begin, 0u);
  EXPECT_EQ(q.close_mark.Of(text), "—");
  EXPECT_EQ(text.substr(q.close_mark.end), " сказал он журналистам.");
  EXPECT_TRUE(q.closed);
  EXPECT_EQ(q.depth, 0);
}

TEST(DashQuotes, ExclamationAndQuestionStayInTheQuote) {
  EXPECT_THAT(Contents("— Никогда! — воскликнул министр."), ElementsAre("Никогда!"));
  EXPECT_THAT(Contents("— Почему сейчас? – спросила она."), ElementsAre("Почему сейчас?"));
}

TEST(DashQuotes, SecondUtteranceAfterTheReportingClause) {
  EXPECT_THAT(Contents("— Гарантии будут, — ответил Соколов. — Но не сразу, — "
                       "добавил он. — Сначала закон."),
              ElementsAre("Гарантии будут", "Но не сразу", "Сначала закон."));
}

TEST(DashQuotes, DialogueGoesOnWithoutAReportingClause) {
  const std::string text =
      "— Вы подпишете договор? — спросил журналист.\n\n— Да, в июле.\n\n"
      "— Это не цитата, а пункт списка.";
  // The third paragraph follows a dash quote, so it is one too; a dash
  // paragraph after ordinary prose is not.
  EXPECT_THAT(Contents(text), ElementsAre("Вы подпишете договор?", "Да, в июле.",
                                          "Это не цитата, а пункт списка."));
  EXPECT_THAT(Contents("Итоги недели.\n\n— рост цен на 5%;\n\n— новые тарифы."),
              IsEmpty());
}

TEST(DashQuotes, DashesInsideProseAreNotQuotes) {
  EXPECT_THAT(Contents("Москва — столица России, — писал автор."), IsEmpty());
  EXPECT_THAT(Contents("Переговоры — трудные, — продолжатся завтра."), IsEmpty());
  // No space after the dash: a minus sign or a range, not dialogue.
  EXPECT_THAT(Contents("—5 градусов, — сообщили синоптики."), IsEmpty());
}

TEST(DashQuotes, NoDashesNoQuotes) {
  const std::string text = "— Мы готовы, — сказал он.";
  EXPECT_THAT(DetectDashQuotes(text, {ByteSpan{0, text.size()}}, {}), IsEmpty());
  // An entry of several code points is not a dash.
  EXPECT_THAT(DetectDashQuotes(text, {ByteSpan{0, text.size()}}, {"--"}), IsEmpty());
}

TEST(DashQuotes, SpansStayInsideTheirParagraph) {
  const std::string text = "Вступление.\n\n— Ждём ответа, — сказал он.\n\n— Неоконченная";
  std::vector<ByteSpan> paras = SplitParagraphs(text, ByteSpan{0, text.size()});
  std::vector<QuoteSpan> quotes = DetectDashQuotes(text, paras, kDashes);
  ASSERT_EQ(quotes.size(), 2u);
  for (const QuoteSpan& q : quotes) {
    const ByteSpan& p = paras[q.first_paragraph];
    EXPECT_GE(q.open_mark.begin, p.begin);
    EXPECT_LE(q.content.end, p.end);
    EXPECT_LE(q.open_mark.end, q.content.begin);
  }
  EXPECT_EQ(quotes[1].content.Of(text), "Неоконченная");
  EXPECT_TRUE(quotes[1].close_mark.empty());
  EXPECT_EQ(quotes[1].close_mark.begin, quotes[1].content.end);
}

}  // namespace
}  // namespace quotes
