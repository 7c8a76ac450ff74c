#include "quotes/attribute/entity_registry.h"

#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/text/tokenizer.h"

namespace quotes {
namespace {

// A registry over the paragraphs of `text` (one per line), in `language`.
class Registry {
 public:
  Registry(const std::string& text, const std::string& language)
      : lexicon_(*Lexicon::Default()), language_(language) {
    Read(text);
  }
  // Clears the registry and reads `text` in its stead.
  void Reread(const std::string& text) {
    registry_.Clear();
    Read(text);
  }
  const EntityRegistry& operator*() const { return registry_; }
  size_t Find(const std::string& s) const { return text_.find(s); }

 private:
  void Read(const std::string& text) {
    text_ = text;
    const LanguageLexicon& lex = lexicon_->ForLanguage(language_);
    size_t begin = 0;
    while (begin < text_.size()) {
      size_t end = text_.find('\n', begin);
      if (end == std::string::npos) end = text_.size();
      tokens_.push_back(std::make_unique<std::vector<Token>>(
          Tokenize(text_, ByteSpan{begin, end}, {}, &words_)));
      registry_.AddParagraph(TokenView{tokens_.back().get(), nullptr, text_}, lex);
      begin = end + 1;
    }
  }

  std::unique_ptr<Lexicon> lexicon_;
  std::string language_;
  std::string text_;
  WordStore words_;
  std::vector<std::unique_ptr<std::vector<Token>>> tokens_;
  EntityRegistry registry_;
};

// AddParagraph looks for names 64 tokens at a time: a name anywhere in a
// long paragraph, across a 64-token boundary too, is one full name.
TEST(EntityRegistry, NamesAnywhereInALongParagraph) {
  for (int pad = 50; pad < 140; ++pad) {
    std::string text;
    for (int k = 0; k < pad; ++k) text += "so ";
    text += "Senator Elin Varga Moll spoke, and then ";
    for (int k = 0; k < pad % 7; ++k) text += "so ";
    text += "Varga left with Tor Lund.\nLund said nothing.";
    Registry r(text, "en");
    SCOPED_TRACE(pad);
    EXPECT_EQ((*r).Canonical("Moll", r.Find("Varga left")), "Elin Varga Moll");
    EXPECT_EQ((*r).TitleOf("Elin Varga Moll"), "Senator");
    EXPECT_EQ((*r).Canonical("Lund", r.Find("Lund said")), "Tor Lund");
    EXPECT_EQ((*r).LastPersonBefore(r.Find("Lund said"), r.Find("Varga left"), ""), "Tor Lund");
  }
}

// Blocked tokens (inside quotation marks) start no name and end the one
// before them, across a 64-token boundary too.
TEST(EntityRegistry, BlockedTokensEndNames) {
  std::unique_ptr<Lexicon> lexicon = *Lexicon::Default();
  const LanguageLexicon& lex = lexicon->ForLanguage("en");
  for (int pad = 50; pad < 140; ++pad) {
    std::string text;
    for (int k = 0; k < pad; ++k) text += "so ";
    text += "Elin Varga Moll spoke, Nils Berg said, and Ada Holm left.";
    const size_t berg = text.find("Nils");
    const size_t holm = text.find("Holm");
    WordStore words;
    const std::vector<Token> tokens = Tokenize(text, ByteSpan{0, text.size()}, {}, &words);
    std::vector<unsigned char> blocked(tokens.size(), 0);
    for (size_t k = 0; k < tokens.size(); ++k) {
      const size_t b = tokens[k].span.begin;
      blocked[k] = (b >= berg && b < text.find(" said")) || b == holm;
    }
    EntityRegistry registry;
    registry.AddParagraph(TokenView{&tokens, &blocked, text}, lex);
    SCOPED_TRACE(pad);
    EXPECT_EQ(registry.Canonical("Moll", text.size()), "Elin Varga Moll");
    EXPECT_EQ(registry.Canonical("Berg", text.size()), "Berg");
    EXPECT_EQ(registry.Canonical("Holm", text.size()), "Holm");
    EXPECT_EQ(registry.LastPersonBefore(text.size(), 0, ""), "Elin Varga Moll");
  }
}

TEST(EntityRegistry, SurnameBecomesTheFullNameNamedLastBefore) {
  Registry r("Anna Park spoke first.\nThen Jun Park replied.\nPark left.", "en");
  EXPECT_EQ((*r).Canonical("Park", r.Find("Then")), "Anna Park");
  EXPECT_EQ((*r).Canonical("Park", r.Find("Park left")), "Jun Park");
  // Before any full name: the first one named after.
  EXPECT_EQ((*r).Canonical("Park", 0), "Anna Park");
  EXPECT_EQ((*r).Canonical("Park's", r.Find("Park left")), "Jun Park");
  EXPECT_EQ((*r).Canonical("Nobody", r.Find("Park left")), "Nobody");
}

// A mention of two or more words becomes the first full name ending with
// it, if named before; a one-word mention is a surname (above).
TEST(EntityRegistry, FamilyNamesBecomeTheFullName) {
  Registry r("y María Peña Ibáñez habló.\nPeña Ibáñez left.", "es");
  const size_t left = r.Find("Peña Ibáñez left");
  EXPECT_EQ((*r).Canonical("Peña Ibáñez", left), "María Peña Ibáñez");
  EXPECT_EQ((*r).Canonical("Peña Ibáñez's", left), "María Peña Ibáñez");
  EXPECT_EQ((*r).Canonical("Peña Ibáñez", 0), "Peña Ibáñez");
  EXPECT_EQ((*r).Canonical("Ibáñez", r.Find("habló")), "María Peña Ibáñez");
  EXPECT_EQ((*r).Canonical("Luis Ibáñez", left), "Luis Ibáñez");
}

TEST(EntityRegistry, EachNameGetsOnlyItsOwnTitle) {
  // The second title is shorter than the first: nothing of the first stays.
  Registry r(
      "Secretary of State Anna Park met Minister Jun Lee.\n"
      "Prime Minister Olga Ivanova agreed.",
      "en");
  EXPECT_EQ((*r).TitleOf("Anna Park"), "Secretary of State");
  EXPECT_EQ((*r).TitleOf("Jun Lee"), "Minister");
  EXPECT_EQ((*r).TitleOf("Olga Ivanova"), "Prime Minister");
}

TEST(EntityRegistry, ClearedRegistryKnowsOnlyTheNextArticle) {
  Registry r("Secretary of State Anna Park spoke first.\nOlga Ivanova agreed.", "en");
  r.Reread("Then Jun Park replied.\nPark left.");
  const size_t end = r.Find("left");
  EXPECT_EQ((*r).Canonical("Park", 0), "Jun Park");
  EXPECT_EQ((*r).Canonical("Ivanova", end), "Ivanova");
  EXPECT_EQ((*r).TitleOf("Anna Park"), "");
  // Jun Park takes the place Anna Park had, but not her title.
  EXPECT_EQ((*r).TitleOf("Jun Park"), "");
  EXPECT_EQ((*r).PersonWithRole("secretary", end), std::nullopt);
  EXPECT_EQ((*r).LastPersonBefore(end, 0, ""), "Jun Park");
}

TEST(EntityRegistry, InflectedSurnameFindsItsFullName) {
  Registry r("Игорь Соколов выступил.\nАнна Сомова тоже.\nПотом слова Соколова повторили.", "ru");
  const size_t pos = r.Find("Потом");
  EXPECT_EQ((*r).Canonical("Соколова", pos), "Игорь Соколов");
  EXPECT_EQ((*r).Canonical("Сомовой", pos), "Анна Сомова");
  // The same first letters but not an inflection of either.
  EXPECT_EQ((*r).Canonical("Сокольников", pos), "Сокольников");
}

// Words of one to five bytes, first and last, and possessives: each finds
// its full name (FullNameOf rules out by the first bytes what it can).
TEST(EntityRegistry, ShortAndLongWordsFindTheirFullNames) {
  Registry r("Li Wei and Jo Ann Kyle spoke. Xu Bo and Abby Lund came.\nLater.", "en");
  const size_t pos = r.Find("Later");
  EXPECT_EQ((*r).Canonical("Li", pos), "Li Wei");
  EXPECT_EQ((*r).Canonical("Wei", pos), "Li Wei");
  EXPECT_EQ((*r).Canonical("Bo", pos), "Xu Bo");
  EXPECT_EQ((*r).Canonical("Xu's", pos), "Xu Bo");
  EXPECT_EQ((*r).Canonical("Kyle", pos), "Jo Ann Kyle");
  EXPECT_EQ((*r).Canonical("Lund\u2019s", pos), "Abby Lund");
  EXPECT_EQ((*r).Canonical("Abby", pos), "Abby Lund");
  // The same first bytes, another word: no full name.
  EXPECT_EQ((*r).Canonical("Lunde", pos), "Lunde");
  EXPECT_EQ((*r).Canonical("Wein", pos), "Wein");
  EXPECT_EQ((*r).Canonical("L", pos), "L");
}

// AddParagraph passes over a capitalized word that can only be read as one
// word and begins no full name's word: a particle and a name after it make
// a full name ("Ludwig van Beethoven"), and a one-word mention, possessive
// or at a paragraph's end, is still a mention of its full name.
TEST(EntityRegistry, OneWordMentionsAndNamesWithParticles) {
  Registry r(
      "Ludwig van Beethoven and Xu Bo spoke. The aide of Bo\nLater Bo's aide left. "
      "Then Smith left, and Beethoven\nNobody left.",
      "en");
  const size_t later = r.Find("Later");
  EXPECT_EQ((*r).Canonical("Beethoven", later), "Ludwig van Beethoven");
  EXPECT_EQ((*r).Canonical("Ludwig", later), "Ludwig van Beethoven");
  // "Bo" at the end of the first paragraph, "Bo's" and "Beethoven" at the
  // end of the second are mentions; "Smith" and "Then" are none.
  EXPECT_EQ((*r).LastPersonBefore(r.Find("\nLater"), r.Find("Bo\n"), ""), "Xu Bo");
  EXPECT_EQ((*r).LastPersonBefore(r.Find("aide left"), later, ""), "Xu Bo");
  EXPECT_EQ((*r).LastPersonBefore(r.Find("Beethoven\n"), r.Find("aide left"), ""),
            std::nullopt);
  EXPECT_EQ((*r).LastPersonBefore(r.Find("Nobody"), r.Find("aide left"), ""),
            "Ludwig van Beethoven");
}

}  // namespace
}  // namespace quotes
