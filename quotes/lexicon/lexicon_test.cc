#include "quotes/lexicon/lexicon.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/testing/status_matchers.h"

namespace quotes {
namespace {

using ::quotes::testing::IsOk;
using ::quotes::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

// A small, stable lexicon: tests never depend on the production lists.
std::vector<std::pair<std::string, std::string>> TestFiles() {
  return {
      {"quote_marks.tsv", "# c\n\"\t\"\tdouble\ttight\n«\t»\tdouble\tspaced\t# fr\n"},
      {"en/speech_verbs.tsv", "say\tsay, said,says\tspeech\t# note\n"},
      {"en/titles.tsv", "president\trole\nmr.\ttitle\n"},
      {"en/cue_phrases.tsv", "according to\tsource_after\n"},
      {"de/speech_verbs.tsv", "sagen\tsagte\tspeech\n"},
      {"de/grammar.tsv", "nouns_capitalized\tyes\t# Haus\ncompound_roles\tno\n"},
      {"de/reported_speech.tsv", "sei seien\nhabe\t# Konjunktiv I\n"},
      {"de/definite_articles.tsv", "der die das\n"},
      {"ru/quote_dashes.tsv", "# dialogue\n—\t# em dash\n–\n"},
  };
}

// SpeechVerb's flags say what its strength says.
TEST(Lexicon, SpeechVerbStrengthFlags) {
  auto files = TestFiles();
  for (auto& [path, contents] : files) {
    if (path == "en/speech_verbs.tsv") {
      contents = "say\tsaid\tspeech\nagree\tagreed\tweak\ncall\tcalled\tnaming\n"
                 "quote\tquoted\tquoting\n";
    }
  }
  auto lex = Lexicon::FromFiles(files);
  ASSERT_THAT(lex, IsOk());
  const LanguageLexicon& en = (*lex)->ForLanguage("en");
  struct Want {
    const char* form;
    bool speech, naming, quoting;
  };
  for (const Want& w : {Want{"said", true, false, false}, Want{"agreed", false, false, false},
                        Want{"called", false, true, false}, Want{"quoted", false, false, true}}) {
    SCOPED_TRACE(w.form);
    const SpeechVerb* v = en.FindSpeechVerb(w.form);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->speech, w.speech);
    EXPECT_EQ(v->naming, w.naming);
    EXPECT_EQ(v->quoting, w.quoting);
  }
}

TEST(Lexicon, LoadsEveryList) {
  auto lex = Lexicon::FromFiles(TestFiles());
  ASSERT_THAT(lex, IsOk());
  const LanguageLexicon& en = (*lex)->ForLanguage("en");
  ASSERT_NE(en.FindSpeechVerb("said"), nullptr);
  EXPECT_EQ(en.FindSpeechVerb("said")->lemma, "say");
  EXPECT_EQ(en.FindSpeechVerb("says")->strength, "speech");
  EXPECT_TRUE(en.FindSpeechVerb("says")->speech);
  EXPECT_FALSE(en.FindSpeechVerb("says")->naming);
  EXPECT_FALSE(en.FindSpeechVerb("says")->quoting);
  EXPECT_EQ(en.FindSpeechVerb("shouted"), nullptr);
  EXPECT_TRUE(en.titles.contains("mr."));
  EXPECT_TRUE(en.role_nouns.contains("president"));
  EXPECT_FALSE(en.role_nouns.contains("mr."));
  ASSERT_EQ(en.cue_phrases.size(), 1u);
  EXPECT_THAT(en.cue_phrases[0].words, ElementsAre("according", "to"));
  ASSERT_EQ((*lex)->pairings().size(), 2u);
  EXPECT_TRUE((*lex)->pairings()[1].spaced);
  EXPECT_THAT((*lex)->Languages(), ElementsAre("de", "en", "ru"));
  EXPECT_THAT((*lex)->ForLanguage("ru").quote_dashes, ElementsAre("—", "–"));
  EXPECT_THAT(en.quote_dashes, ElementsAre());
  const LanguageLexicon& de = (*lex)->ForLanguage("de");
  EXPECT_TRUE(de.nouns_capitalized);
  EXPECT_FALSE(de.compound_roles);
  EXPECT_FALSE(de.subject_may_follow_verb);
  EXPECT_FALSE(en.nouns_capitalized);
  EXPECT_THAT(de.reported_speech, UnorderedElementsAre("sei", "seien", "habe"));
  EXPECT_TRUE(en.reported_speech.empty());
  EXPECT_THAT(de.definite_articles, UnorderedElementsAre("der", "die", "das"));
}

TEST(Lexicon, LanguageFallsBackToEnglish) {
  auto lex = Lexicon::FromFiles(TestFiles());
  ASSERT_THAT(lex, IsOk());
  EXPECT_EQ((*lex)->ForLanguage("de-AT").language, "de");
  EXPECT_EQ((*lex)->ForLanguage("xx").language, "en");
  EXPECT_FALSE((*lex)->HasLanguage("fr"));
}

TEST(Lexicon, MalformedRowNamesFileAndLine) {
  auto files = TestFiles();
  files.push_back({"en/pronouns.tsv", "# comment\nhe\tm\nshe\n"});
  EXPECT_THAT(Lexicon::FromFiles(files),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "en/pronouns.tsv:3: expected 2 columns, found 1"));
}

TEST(Lexicon, BadEnumValueIsAnError) {
  auto files = TestFiles();
  files.push_back({"en/org_words.tsv", "ministry\tbuilding\n"});
  EXPECT_THAT(Lexicon::FromFiles(files),
              StatusIs(absl::StatusCode::kInvalidArgument, "org_words.tsv:1"));
}

TEST(Lexicon, CompoundRolesEndInARoleNoun) {
  auto files = TestFiles();
  files.push_back({"de/titles.tsv", "sprecherin\trole\nchef\trole\nherr\ttitle\n"});
  files.push_back({"de/grammar.tsv", "compound_roles\tyes\n"});
  auto lex = Lexicon::FromFiles(files);
  ASSERT_THAT(lex, IsOk());
  const LanguageLexicon& de = (*lex)->ForLanguage("de");
  EXPECT_TRUE(de.IsRole("sprecherin"));
  EXPECT_TRUE(de.IsRole("regierungssprecherin"));
  EXPECT_TRUE(de.IsRole("konzernchef"));
  EXPECT_TRUE(de.IsTitle("herr"));
  EXPECT_FALSE(de.IsRole("herr"));      // a title, not a role
  EXPECT_FALSE(de.IsRole("großherr"));  // compounds end in roles only
  EXPECT_FALSE(de.IsRole("ächef"));     // too short a first part (2 letters)
  EXPECT_FALSE(de.IsRole("merkel"));
  // English lists no compound_roles: only whole entries.
  const LanguageLexicon& en = (*lex)->ForLanguage("en");
  EXPECT_TRUE(en.IsRole("president"));
  EXPECT_FALSE(en.IsRole("vicepresident"));
}

TEST(Lexicon, UnknownGrammarPropertyIsAnError) {
  auto files = TestFiles();
  files.push_back({"de/grammar.tsv", "nouns_capitalized\tyes\nverb_final\tyes\n"});
  EXPECT_THAT(Lexicon::FromFiles(files),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "de/grammar.tsv:2: unknown property 'verb_final'"));
  files.back().second = "nouns_capitalized\tsometimes\n";
  EXPECT_THAT(Lexicon::FromFiles(files),
              StatusIs(absl::StatusCode::kInvalidArgument, "grammar.tsv:1"));
}

TEST(Lexicon, GenderedWordsAreSharedByAllLanguages) {
  auto files = TestFiles();
  files.push_back({"gendered_words.tsv", "# names\nanna\tf\nmr.\tm\n"});
  auto lex = Lexicon::FromFiles(files);
  ASSERT_THAT(lex, IsOk());
  const auto* words = (*lex)->ForLanguage("de").gendered_words;
  ASSERT_NE(words, nullptr);
  EXPECT_EQ(words->at("anna"), "f");
  EXPECT_EQ((*lex)->ForLanguage("en").gendered_words, words);
  files.push_back({"gendered_words.tsv", "bo\tx\n"});
  EXPECT_THAT(Lexicon::FromFiles(files),
              StatusIs(absl::StatusCode::kInvalidArgument, "gender must be m or f"));
}

TEST(Lexicon, MissingQuoteMarksIsNotFound) {
  EXPECT_THAT(Lexicon::FromFiles({{"en/titles.tsv", "mr.\ttitle\n"}}),
              StatusIs(absl::StatusCode::kNotFound));
}

TEST(Lexicon, DefaultLexiconLoads) {
  auto lex = Lexicon::Default();
  ASSERT_THAT(lex, IsOk());
  const LanguageLexicon& en = (*lex)->ForLanguage("en");
  EXPECT_EQ(en.FindSpeechVerb("warned")->lemma, "warn");
  EXPECT_GE((*lex)->pairings().size(), 10u);
}

TEST(Lexicon, FromDirectoryMissingIsNotFound) {
  EXPECT_THAT(Lexicon::FromDirectory("/nonexistent/lexicon"),
              StatusIs(absl::StatusCode::kNotFound));
}

}  // namespace
}  // namespace quotes
