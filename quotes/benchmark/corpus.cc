#include "quotes/benchmark/corpus.h"

#include <random>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace quotes {
namespace {

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

}  // namespace

std::vector<std::string> MakeCorpus(size_t total_bytes, size_t article_bytes,
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

}  // namespace quotes
