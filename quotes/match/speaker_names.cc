#include "quotes/match/speaker_names.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/match/tokenizer.h"
#include "unicode/unistr.h"

namespace quotes {
namespace {

// Words that join title words ("secretary of state", "the minister").
bool IsGlue(absl::string_view w) { return w == "of" || w == "the" || w == "for"; }

// "HALVORSEN" -> "Halvorsen", per word.
std::string TitleCase(absl::string_view folded_words) {
  std::vector<std::string> out;
  for (absl::string_view w : absl::StrSplit(folded_words, ' ', absl::SkipEmpty())) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(w.data(), static_cast<int32_t>(w.size())));
    icu::UnicodeString first = u.tempSubString(0, 1);
    icu::UnicodeString rest = u.tempSubString(1);
    first.toUpper();
    std::string s;
    (first + rest).toUTF8String(s);
    out.push_back(std::move(s));
  }
  return absl::StrJoin(out, " ");
}

// True when every word of `part` is in `whole`.
bool Within(const std::vector<std::string>& part,
            const std::vector<std::string>& whole) {
  if (part.empty()) return false;
  for (const std::string& w : part) {
    if (std::find(whole.begin(), whole.end(), w) == whole.end()) return false;
  }
  return true;
}

}  // namespace

SpeakerNames::SpeakerNames(absl::flat_hash_set<std::string> titles) {
  for (const std::string& t : titles) {
    titles_.insert(absl::EndsWith(t, ".") ? t.substr(0, t.size() - 1) : t);
  }
}

const SpeakerNames& SpeakerNames::Default() {
  static const SpeakerNames* const names = [] {
    absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Default();
    if (!lexicon.ok()) {
      std::fprintf(stderr, "quotes: embedded lexicon: %s\n",
                   lexicon.status().ToString().c_str());
      std::abort();
    }
    const LanguageLexicon& en = (*lexicon)->ForLanguage("en");
    absl::flat_hash_set<std::string> titles = en.titles;
    titles.insert(en.role_nouns.begin(), en.role_nouns.end());
    return new SpeakerNames(std::move(titles));
  }();
  return *names;
}

SpeakerKey SpeakerNames::KeyOf(absl::string_view text) const {
  SpeakerKey key;
  std::string folded = FoldCase(text);
  for (absl::string_view w :
       absl::StrSplit(folded, absl::ByAnyChar(" ,;\t\n"), absl::SkipEmpty())) {
    w = absl::StripSuffix(w, ".");
    w = absl::StripSuffix(w, "'s");
    if (w.empty() || IsGlue(w)) continue;
    if (titles_.contains(w)) {
      key.roles.emplace_back(w);
    } else {
      key.names.emplace_back(w);
    }
  }
  return key;
}

SpeakerKey SpeakerNames::KeyOf(const Speaker& speaker) const {
  if (speaker.kind() == Speaker::UNKNOWN || speaker.kind() == Speaker::GROUP) {
    return {};
  }
  SpeakerKey key =
      KeyOf(speaker.name().empty() ? speaker.mention() : speaker.name());
  for (const std::string* extra : {&speaker.title(), &speaker.mention()}) {
    for (std::string& r : KeyOf(*extra).roles) {
      if (std::find(key.roles.begin(), key.roles.end(), r) == key.roles.end()) {
        key.roles.push_back(std::move(r));
      }
    }
  }
  return key;
}

Speaker SpeakerNames::FromLabel(absl::string_view label) const {
  Speaker s;
  s.set_mention(std::string(label));
  SpeakerKey key = KeyOf(label);
  if (key.empty() || (key.roles.empty() && key.names.size() == 1 &&
                      (key.names[0] == "q" || key.names[0] == "question"))) {
    s.set_kind(Speaker::UNKNOWN);
    return s;
  }
  s.set_kind(Speaker::PERSON);
  s.set_title(TitleCase(absl::StrJoin(key.roles, " ")));
  s.set_name(key.names.empty() ? s.title()
                               : TitleCase(absl::StrJoin(key.names, " ")));
  return s;
}

void SpeakerDirectory::Register(const Speaker& speaker) {
  SpeakerKey key = names_.KeyOf(speaker);
  if (key.names.empty()) return;
  const std::string& surname = key.names.back();
  std::vector<std::string>& fullest = fullest_[surname];
  if (key.names.size() > fullest.size()) fullest = key.names;
  if (!key.roles.empty()) role_holders_.emplace_back(key.roles, surname);
}

std::string SpeakerDirectory::Resolve(const SpeakerKey& key) const {
  if (!key.names.empty()) return key.names.back();
  // A role alone: the one person registered with compatible role words.
  std::string found;
  for (const auto& [roles, surname] : role_holders_) {
    if (!Within(key.roles, roles) && !Within(roles, key.roles)) continue;
    if (!found.empty() && found != surname) return "";  // ambiguous
    found = surname;
  }
  return found;
}

std::string SpeakerDirectory::Surname(const Speaker& speaker) const {
  return Resolve(names_.KeyOf(speaker));
}

SpeakerDirectory::Sameness SpeakerDirectory::Compare(const Speaker& a,
                                                     const Speaker& b) const {
  SpeakerKey ka = names_.KeyOf(a), kb = names_.KeyOf(b);
  std::string sa = Resolve(ka), sb = Resolve(kb);
  if (sa.empty() || sb.empty()) return Sameness::kUnknown;
  if (sa != sb) return Sameness::kDifferent;
  if (ka.names.size() >= 2 && kb.names.size() >= 2 &&
      ka.names.front() != kb.names.front()) {
    return Sameness::kDifferent;
  }
  return Sameness::kSame;
}

std::string SpeakerDirectory::DisplayName(const Speaker& speaker) const {
  std::string surname = Surname(speaker);
  if (surname.empty()) return speaker.name();
  auto it = fullest_.find(surname);
  if (it == fullest_.end()) return speaker.name();
  return TitleCase(absl::StrJoin(it->second, " "));
}

}  // namespace quotes
