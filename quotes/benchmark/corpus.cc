#include "quotes/benchmark/corpus.h"

#include <iterator>
#include <random>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace quotes {
namespace {

// All text below was written for this benchmark; none is taken from an outlet.

// ---- kQuoteDense. Kept byte-for-byte as it was, so figures stay comparable.

// {N} a full name, {S} its surname, {T} a title, {O} an organisation.
const char* const kParagraphs[] = {
    "\"We will not accept any plan that ignores the harbour workers,\" {S} said on Monday.",
    "{T} {N} warned of a \"swift and costly\" response if the talks failed.",
    "\u201cThe numbers do not add up,\u201d said {N}, who has followed the case for years. \u201cNobody has explained them.\u201d",
    "According to {O}, \"traffic has fallen by half since January.\"",
    "The council met on Tuesday to discuss the budget, the roads and the schools, and the meeting ran late into the evening.",
    "{N} told reporters: \u201cEvery day of delay costs the town money it does not have.\u201d",
    "\"We have waited long enough.\n\n\"We will keep waiting only if the talks show results,\" {S} added.",
    "Critics have dubbed the scheme the \"Harbour Bargain\" and doubt it will last.",
    "{O} said in a statement that it would \"cooperate fully\" with the inquiry.",
    "Residents said the roads had not been repaired since the storm, and several shops closed early.",
    "{S} called the delay \u201ca scandal that was years in the making.\u201d",
    "\u201eWir werden weiter verhandeln\u201c, sagte {N} am Freitag.",
};
const char* const kFirst[] = {"Ilse", "Tomas", "Odile", "Piet", "Mara", "Anna", "Jun", "Ada", "Victor", "Helen"};
const char* const kLast[] = {"Marrow", "Brevik", "Hart", "Olsen", "Lind", "Kreel", "Park", "Crane", "Sand", "Duarte"};
const char* const kTitles[] = {"Minister", "Mayor", "Senator", "Chancellor", "President"};
const char* const kOrgs[] = {"the harbour authority", "the transport ministry", "the city council", "the union"};

std::vector<std::string> MakeQuoteDense(size_t total_bytes, size_t article_bytes,
                                        unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::vector<std::string> out;
  size_t total = 0;
  while (total < total_bytes) {
    std::string article = "outlet: Benchmark Gazette\nlanguage: en\n---\n";
    while (article.size() < article_bytes) {
      size_t who = pick(10);
      std::string p = kParagraphs[pick(sizeof(kParagraphs) / sizeof(kParagraphs[0]))];
      p = absl::StrReplaceAll(
          p, {{"{N}", absl::StrCat(kFirst[who], " ", kLast[who])},
              {"{S}", kLast[who]},
              {"{T}", kTitles[pick(5)]},
              {"{O}", kOrgs[pick(4)]}});
      absl::StrAppend(&article, p, "\n\n");
    }
    total += article.size();
    out.push_back(std::move(article));
  }
  return out;
}

// ---- kNews.
//
// {N} a person's full name, {S} the surname, {H} honorific and surname
// ("Ms. Hart"), {P} "he" or "she", {T} a title ("Sen."), {M} another person's
// full name, {O} an organisation. Each paragraph is about one person of the
// article's cast. Straight and curly marks are mixed about 2:1, as in US news.

// Reporting sentences without quotation marks, about 110 bytes each.
const char* const kNarrative[] = {
    "{T} {N} spent most of Tuesday in closed-door meetings with members of {O}, according to two people familiar with the schedule.",
    "The proposal would cost about $4.5 million over three years, roughly 2.3 percent of the annual budget, and would be paid for in part by federal grants.",
    "{H} first ran for office in 2009 and won re-election in 2013 and 2017 by margins of more than 12 points.",
    "The vote is scheduled for Jan. 14, a week after the committee's hearing in Washington, D.C.",
    "Officials at {O} did not respond to requests for comment on Friday afternoon.",
    "Turnout in the primary was 38 percent, up from 31 percent four years earlier, according to figures released by the state on Wednesday.",
    "The U.S. Department of Transportation approved the first phase of the project in March, but the second phase has been delayed twice.",
    "{H} grew up outside Albany, N.Y., and worked as a public defender before running for the state Assembly.",
    "At 9:30 a.m. the line outside the courthouse stretched around the block, and deputies closed the doors shortly before 10.",
    "The agency has about 1,200 employees and an annual budget of $310 million.",
    "Earlier this month, a federal judge in St. Louis blocked part of the rule from taking effect while the lawsuit proceeds.",
    "{N}, a Democrat, represents a district that voted for the Republican candidate in the last two presidential elections.",
    "Neither campaign released its fundraising totals for the quarter, which ends Sept. 30.",
    "The bill passed the House 232 to 190 and now goes to the Senate, where its prospects are less certain.",
    "Since 2012 the number of inspectors has fallen from 86 to 54, while the number of sites they cover has nearly doubled.",
    "{H}'s office said the meeting had been planned for weeks and was not related to the investigation.",
    "The report, which runs to 212 pages, was compiled by staff at {O} and reviewed by outside auditors.",
    "{M}, a former aide to {H}, is expected to testify before the committee next week.",
    "Polls opened at 7 a.m. and will close at 8 p.m., and results are expected shortly after midnight.",
    "Last year the city collected $18.7 million in parking fines, about a third of it from fewer than 5,000 vehicles.",
    "The company\u2019s shares fell 4.1 percent in early trading on Monday before recovering most of the loss by the close.",
    "It was not immediately clear how many of the 640 workers would be affected by the changes.",
    "The hearing was adjourned until Oct. 3 at the request of lawyers for both sides.",
    "{T} {S} has not said whether {P} will seek a third term, and {P} has raised little money since the spring.",
    "The U.N. Security Council is expected to take up the measure later this week.",
    "About 40 protesters gathered outside the state Capitol on Saturday, some carrying signs that criticized the plan.",
    "In a 5-4 decision, the court ruled that the state had exceeded its authority under a 1996 law.",
    "The figures do not include overtime, which rose sharply after the flooding in April.",
    "{H} and {M} have clashed before, most publicly over a 2014 measure that would have raised the sales tax by half a cent.",
    "The plant, which opened in 1987, employs about 900 people and is the county\u2019s largest private employer.",
};

// Paragraphs with quotes, about 250 bytes and two detected quotes each.
const char* const kQuoted[] = {
    "\u201cWe have been asking for these numbers since the spring, and we still do not have them,\u201d {S} said. \u201cNobody can plan a budget on promises.\u201d",
    "{T} {N} said the agreement was \"a first step, not a finished product\" and warned that the talks could still \"fall apart in a week\" if {O} did not move on wages.",
    "\"I don't think anybody in this building expected it to go this way,\" {H} said in an interview on Wednesday. \"But we are where we are, and we have to make the best of it.\"",
    "In a statement released late Thursday, {O} called the decision \"deeply disappointing\" and said it would \"consider every option, including an appeal.\"",
    "{N} told reporters on Monday: \u201cThe money is there. What has been missing is the will to spend it on the things people need, like roads, schools and clinics.\u201d",
    "According to {O}, \"the backlog has grown every month since January, and the staff we have cannot keep up.\" The agency has asked for 35 more positions, which it called \"the bare minimum.\"",
    "\u201cWhy would we sign something we have not been allowed to read?\u201d asked {N}, who chairs the finance committee. \u201cThat is not how this is supposed to work.\u201d",
    "\"When we started, there were 14 of us in a rented office on Main St. and nobody thought we would last a year,\" {S} said.\n\n\"Now we have 300 people, and we still answer every letter.\"",
    "{H} described the plan as \"reckless\" and said {P} would vote against it. \"This is the wrong bill at the wrong time,\" {P} said after the hearing.",
    "Critics have taken to calling the measure the \"midnight tax,\" a reference to the hour at which it passed, and {M} said on Tuesday that the name \"fits it perfectly.\"",
    "\u201cThey kept telling us \u2018next month, next month,\u2019 and that went on for two years,\u201d said {N}, 54, who has lived on the street since 1998. \u201cAt some point you stop believing them.\u201d",
    "{T} {S}, speaking at a town hall in Des Moines, Iowa, said the U.S. needed \"a serious conversation about what we owe the people who served\" and that Congress had \"failed them for far too long.\"",
    "\"The first thing we did was count what we had.\n\n\"The second thing was to stop pretending it was enough,\" {H} said, recalling the months after the 2011 audit.",
};

struct Person {
  const char* first;
  const char* last;
  const char* honorific;
  const char* pronoun;
};
const Person kPeople[] = {
    {"Ilse", "Marrow", "Ms.", "she"},     {"Tomas", "Brevik", "Mr.", "he"},
    {"Odile", "Hart", "Ms.", "she"},      {"Piet", "Olsen", "Mr.", "he"},
    {"Mara", "Lind", "Ms.", "she"},       {"Jun", "Park", "Mr.", "he"},
    {"Ada", "Crane", "Ms.", "she"},       {"Victor", "Sand", "Mr.", "he"},
    {"Helen", "Duarte", "Ms.", "she"},    {"Samuel", "Okafor", "Mr.", "he"},
    {"Rosa", "Delgado", "Ms.", "she"},    {"Martin", "Kreel", "Mr.", "he"},
    {"Grace", "Whitfield", "Ms.", "she"}, {"Daniel", "McAllister", "Mr.", "he"},
    {"Nora", "Fitzgerald", "Ms.", "she"}, {"Eli", "Brandt", "Mr.", "he"},
};
const char* const kNewsTitles[] = {"Sen.", "Gov.", "Rep.", "Mayor", "State Treasurer"};
const char* const kNewsOrgs[] = {
    "the Port Authority", "the county health department", "the state Board of Elections",
    "the teachers' union", "the Office of Management and Budget", "Lakeshore Transit Co.",
};
const char* const kHeadlines[] = {
    "Budget Vote Delayed as Talks Stall",
    "Transit Plan Faces New Questions Over Cost",
    "Court Blocks Part of State Election Rule",
    "Lawmakers Clash Over Inspection Backlog",
};

constexpr size_t kCast = 4;
constexpr size_t kPeopleCount = std::size(kPeople);

// Percent of paragraphs drawn from kQuoted. Chosen so that the detected
// quotes per byte match PolNeAR's (see corpus.h).
constexpr size_t kQuotedPercent = 29;

std::vector<std::string> MakeNews(size_t total_bytes, size_t article_bytes,
                                  unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  auto one_of = [&](const auto& array) { return array[pick(std::size(array))]; };
  auto fill = [&](const char* templ, const Person* const cast[]) {
    const size_t who = pick(kCast);
    const Person& p = *cast[who];
    const Person& other = *cast[(who + 1 + pick(kCast - 1)) % kCast];
    return absl::StrReplaceAll(
        templ, {{"{N}", absl::StrCat(p.first, " ", p.last)},
                {"{S}", p.last},
                {"{H}", absl::StrCat(p.honorific, " ", p.last)},
                {"{P}", p.pronoun},
                {"{T}", one_of(kNewsTitles)},
                {"{M}", absl::StrCat(other.first, " ", other.last)},
                {"{O}", one_of(kNewsOrgs)}});
  };
  auto narrative = [&](const Person* const cast[]) {
    return fill(one_of(kNarrative), cast);
  };
  std::vector<std::string> out;
  size_t total = 0;
  while (total < total_bytes) {
    // Four distinct people; pick(16 - i) over the ones not yet taken.
    const Person* cast[kCast];
    bool taken[kPeopleCount] = {};
    for (size_t i = 0; i < kCast; ++i) {
      size_t k = pick(kPeopleCount - i);
      size_t j = 0;
      while (taken[j] || k-- > 0) ++j;
      taken[j] = true;
      cast[i] = &kPeople[j];
    }
    // One pick per statement: the order of function arguments is unspecified.
    const size_t month = 1 + pick(9);
    const size_t day = 10 + pick(19);
    const char* headline = one_of(kHeadlines);
    std::string article =
        absl::StrCat("outlet: Benchmark Gazette\ndate: 2016-0", month, "-", day,
                     "\ntitle: ", headline, "\nlanguage: en\n---\n");
    while (article.size() < article_bytes) {
      std::string p;
      if (pick(100) < kQuotedPercent) {
        // Often a reporting sentence leads into the quote or follows it.
        if (pick(2) == 0) absl::StrAppend(&p, narrative(cast), " ");
        absl::StrAppend(&p, fill(one_of(kQuoted), cast));
        if (pick(2) == 0) absl::StrAppend(&p, " ", narrative(cast));
      } else {
        for (size_t n = 1 + pick(3); n > 0; --n) {
          std::string sentence = narrative(cast);
          // The same sentence twice in a row reads as a copying error.
          if (absl::StrContains(p, sentence)) continue;
          absl::StrAppend(&p, p.empty() ? "" : " ", sentence);
        }
      }
      absl::StrAppend(&article, p, "\n\n");
    }
    total += article.size();
    out.push_back(std::move(article));
  }
  return out;
}

}  // namespace

std::vector<std::string> MakeCorpus(size_t total_bytes, size_t article_bytes,
                                    CorpusMix mix, unsigned seed) {
  return mix == CorpusMix::kNews ? MakeNews(total_bytes, article_bytes, seed)
                                 : MakeQuoteDense(total_bytes, article_bytes, seed);
}

}  // namespace quotes
