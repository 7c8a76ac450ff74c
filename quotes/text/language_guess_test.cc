#include "quotes/text/language_guess.h"

#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::testing::HasSubstr;

// A small, stable lexicon: the mechanics are tested apart from the lists.
// "de" and "pl" share their words on purpose, so that only the quotation
// marks can tell them apart.
std::unique_ptr<Lexicon> TestLexicon() {
  std::vector<std::pair<std::string, std::string>> files = {
      {"quote_marks.tsv", "\"\t\"\tdouble\ttight\n"},
      {"en/function_words.tsv", "the of and to in is was he she\n"},
      {"de/function_words.tsv", "der die das und ist nicht er sie xx yy\n"},
      {"pl/function_words.tsv", "der die das und ist nicht er sie xx yy\n"},
      {"fr/function_words.tsv", "le la les et est des il elle\n"},
      {"ru/function_words.tsv", "и в не на что он она\n"},
  };
  auto lex = Lexicon::FromFiles(files);
  EXPECT_THAT(lex, IsOk());
  return std::move(lex).value();
}

TEST(LanguageGuess, FunctionWordsDecide) {
  auto lex = TestLexicon();
  LanguageGuesser guesser(*lex);
  LanguageGuess g = guesser.Guess(
      "Le ministre est arrivé et il a parlé des réformes. La presse et les "
      "syndicats attendent.");
  EXPECT_EQ(g.language, "fr");
  EXPECT_EQ(g.source, Article::GUESSED);
  EXPECT_THAT(g.evidence, HasSubstr("next"));
}

TEST(LanguageGuess, TooShortFallsBackToDefault) {
  auto lex = TestLexicon();
  LanguageGuesser::Options options;
  options.default_language = "de";
  LanguageGuesser guesser(*lex, options);
  for (const char* text : {"", "   ", "Le ministre.", "12 345 678"}) {
    LanguageGuess g = guesser.Guess(text);
    EXPECT_EQ(g.language, "de") << text;
    EXPECT_EQ(g.source, Article::DEFAULT) << text;
  }
}

TEST(LanguageGuess, CyrillicScriptDecidesEvenWhenShort) {
  auto lex = TestLexicon();
  LanguageGuesser guesser(*lex);
  LanguageGuess g = guesser.Guess("Лавров прибыл в Женеву.");
  EXPECT_EQ(g.language, "ru");
  EXPECT_EQ(g.source, Article::GUESSED);
  EXPECT_THAT(g.evidence, HasSubstr("Cyrillic"));
}

TEST(LanguageGuess, QuotationMarksSettleSharedFunctionWords) {
  auto lex = TestLexicon();
  LanguageGuesser guesser(*lex);
  const std::string words = "der die das und ist nicht er sie ";
  LanguageGuess de = guesser.Guess(words + "„Nein“, er. „Ja“, sie.");
  EXPECT_EQ(de.language, "de");
  EXPECT_THAT(de.evidence, HasSubstr("„“ (2)"));
  LanguageGuess pl = guesser.Guess(words + "„Nein”, er. „Ja”, sie.");
  EXPECT_EQ(pl.language, "pl");
  EXPECT_THAT(pl.evidence, HasSubstr("„” (2)"));
}

TEST(LanguageGuess, MarksDoNotOutvoteWords) {
  auto lex = TestLexicon();
  LanguageGuesser guesser(*lex);
  // French words in German marks (a German paper quoting a French text).
  LanguageGuess g = guesser.Guess(
      "„Le ministre est là et il parle des réformes“, la presse et les "
      "syndicats.");
  EXPECT_EQ(g.language, "fr");
}

TEST(LanguageGuess, ReadsOnlyThePrefixAndCutsAtACharacter) {
  auto lex = TestLexicon();
  std::string text = "der die das und ist nicht er sie xx yy der die Bär";
  LanguageGuesser::Options options;
  options.max_bytes = text.find("ä") + 1;  // between the two bytes of "ä"
  LanguageGuesser guesser(*lex, options);
  text += std::string(200, ' ') + "le la les et est des il elle le la les et";
  LanguageGuess g = guesser.Guess(text);
  EXPECT_EQ(g.source, Article::GUESSED);
  EXPECT_NE(g.language, "fr");
}

// The production lists must tell every language of the project apart on a
// few ordinary sentences with the language's own quotation marks.
TEST(LanguageGuess, DefaultLexiconTellsTheLanguagesApart) {
  auto lex = Lexicon::Default();
  ASSERT_THAT(lex, IsOk());
  LanguageGuesser guesser(**lex);
  const std::pair<const char*, const char*> kCases[] = {
      {"en", "“We are ready,” the minister said on Monday. He added that the "
             "talks with the union would go on and that it was too early."},
      {"de", "„Wir sind bereit“, sagte die Ministerin am Montag. Sie fügte "
             "hinzu, dass die Gespräche mit der Gewerkschaft weitergehen."},
      {"fr", "« Nous sommes prêts », a déclaré la ministre lundi. Elle a "
             "ajouté que les discussions avec le syndicat se poursuivent."},
      {"es", "«Estamos preparados», afirmó la ministra el lunes. Añadió que "
             "las conversaciones con el sindicato seguirán y que es pronto."},
      {"it", "«Siamo pronti», ha detto la ministra lunedì. Ha aggiunto che "
             "il dialogo con il sindacato continua e che è presto."},
      {"ru", "«Мы готовы», — заявила министр в понедельник. Она добавила, "
             "что переговоры с профсоюзом будут продолжены."},
      {"pl", "„Jesteśmy gotowi” – powiedziała minister w poniedziałek. "
             "Dodała, że rozmowy ze związkiem będą kontynuowane i że jest za "
             "wcześnie."},
      {"sv", "”Vi är redo”, säger ministern på måndagen. Hon tillägger att "
             "samtalen med facket fortsätter och att det är för tidigt."},
      {"fi", "”Olemme valmiita”, ministeri sanoi maanantaina. Hän kertoi, "
             "että neuvottelut jatkuvat ja että on vielä liian aikaista."},
      {"da", "»Vi er klar«, siger ministeren mandag. Hun tilføjer, at "
             "samtalerne med fagforeningen fortsætter, og at det er for tidligt."},
  };
  for (const auto& [language, text] : kCases) {
    LanguageGuess g = guesser.Guess(text);
    EXPECT_EQ(g.language, language) << text << "\n" << g.evidence;
    EXPECT_EQ(g.source, Article::GUESSED) << text;
  }
}

}  // namespace
}  // namespace quotes
