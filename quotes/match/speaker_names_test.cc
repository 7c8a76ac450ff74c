#include "quotes/match/speaker_names.h"

#include "gtest/gtest.h"

namespace quotes {
namespace {

Speaker Person(const std::string& name, const std::string& title = "",
               const std::string& mention = "") {
  Speaker s;
  s.set_kind(Speaker::PERSON);
  s.set_name(name);
  s.set_title(title);
  s.set_mention(mention.empty() ? name : mention);
  return s;
}

TEST(SpeakerNames, KeyStripsTitlesAndPossessives) {
  SpeakerKey k = SpeakerNames::Default().KeyOf("the Secretary of State's");
  EXPECT_TRUE(k.names.empty());
  EXPECT_EQ(k.roles, (std::vector<std::string>{"secretary", "state"}));
  SpeakerKey m = SpeakerNames::Default().KeyOf("MR. ODUYA");
  EXPECT_EQ(m.names, (std::vector<std::string>{"oduya"}));
}

TEST(SpeakerNames, FromLabelSplitsTitleAndName) {
  Speaker s = SpeakerNames::Default().FromLabel("MINISTER HALVORSEN");
  EXPECT_EQ(s.kind(), Speaker::PERSON);
  EXPECT_EQ(s.name(), "Halvorsen");
  EXPECT_EQ(s.title(), "Minister");
  EXPECT_EQ(SpeakerNames::Default().FromLabel("Q").kind(), Speaker::UNKNOWN);
  EXPECT_EQ(SpeakerNames::Default().FromLabel("MODERATOR").name(), "Moderator");
}

TEST(SpeakerDirectory, AliasesAndTitlesAreOnePerson) {
  SpeakerDirectory d(SpeakerNames::Default());
  Speaker full = Person("Antony Blinken", "Secretary of State");
  d.Register(full);
  EXPECT_EQ(d.Compare(full, Person("Blinken")), SpeakerDirectory::Sameness::kSame);
  EXPECT_EQ(d.Compare(Person("Blinken"), Person("", "", "the secretary of state")),
            SpeakerDirectory::Sameness::kSame);
  EXPECT_EQ(d.Compare(full, Person("Sergei Lavrov")),
            SpeakerDirectory::Sameness::kDifferent);
  EXPECT_EQ(d.Compare(full, Person("Donald Blinken")),
            SpeakerDirectory::Sameness::kDifferent);
  EXPECT_EQ(d.DisplayName(Person("Blinken")), "Antony Blinken");
}

TEST(SpeakerDirectory, UnresolvedRolesAndUnknownsAreNotJudged) {
  SpeakerDirectory d(SpeakerNames::Default());
  Speaker unknown;
  unknown.set_kind(Speaker::UNKNOWN);
  EXPECT_EQ(d.Compare(unknown, Person("Blinken")),
            SpeakerDirectory::Sameness::kUnknown);
  EXPECT_EQ(d.Compare(Person("", "", "the minister"), Person("Blinken")),
            SpeakerDirectory::Sameness::kUnknown);
  // Two ministers registered: "the minister" is ambiguous.
  d.Register(Person("Ingrid Halvorsen", "Fisheries Minister"));
  d.Register(Person("Piet Aro", "Trade Minister"));
  EXPECT_EQ(d.Compare(Person("", "", "the minister"), Person("Halvorsen")),
            SpeakerDirectory::Sameness::kUnknown);
}

}  // namespace
}  // namespace quotes
