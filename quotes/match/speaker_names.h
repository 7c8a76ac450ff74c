// quotes/match/speaker_names.h
//
// Speaker names compared the way a reader compares them: "Blinken",
// "Antony Blinken", "Secretary Blinken" and "MR. BLINKEN" are one person, and
// "the secretary of state" is whoever another source calls secretary (of
// state). Titles come from the core lexicon (quotes/lexicon/data/en/
// titles.tsv): they are stripped from names and kept as role words.
//
// Example:
//
//   quotes::SpeakerDirectory directory(quotes::SpeakerNames::Default());
//   directory.Register(transcript_turn.speaker);  // "Secretary Blinken"
//   directory.Compare(article_quote.speaker(), transcript_turn.speaker);
//   // kSame for "the secretary of state", kDifferent for "Lavrov"
#ifndef QUOTES_MATCH_SPEAKER_NAMES_H_
#define QUOTES_MATCH_SPEAKER_NAMES_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"

namespace quotes {

// A speaker reduced for comparison: folded name words without titles, and the
// title words ("secretary", "state").
struct SpeakerKey {
  std::vector<std::string> names;  // in order; the last is the surname
  std::vector<std::string> roles;  // title words, in order
  bool empty() const { return names.empty() && roles.empty(); }
};

// Title words and the rules to split names. Immutable; safe for concurrent
// use by multiple threads.
class SpeakerNames {
 public:
  // `titles`: lower-case title words, with or without a final period
  // ("mr.", "minister"); every other word of a name is a name word.
  explicit SpeakerNames(absl::flat_hash_set<std::string> titles);

  // Built from the core lexicon's English titles and role nouns.
  static const SpeakerNames& Default();

  // The key of a free-text name or mention ("the Secretary of State",
  // "MR. ODUYA", "Ingrid Halvorsen's").
  SpeakerKey KeyOf(absl::string_view text) const;
  // The key of a Speaker: name words from `name` (else `mention`), role
  // words from `title`, `name` and `mention`. Empty for kind UNKNOWN and
  // GROUP (a group is no one person to compare).
  SpeakerKey KeyOf(const Speaker& speaker) const;

  // A Speaker for a transcript label ("MINISTER HALVORSEN"): kind PERSON,
  // name "Halvorsen", title "Minister", mention the label. A label of title
  // words only ("MODERATOR") gets that as name too; "Q" and "QUESTION" get
  // kind UNKNOWN.
  Speaker FromLabel(absl::string_view label) const;

 private:
  absl::flat_hash_set<std::string> titles_;
};

// The people named across a set of documents, for resolving roles and
// choosing display names. Not thread-safe while registering; Compare() and
// DisplayName() are safe for concurrent use once registering is done.
class SpeakerDirectory {
 public:
  enum class Sameness { kSame, kDifferent, kUnknown };

  explicit SpeakerDirectory(const SpeakerNames& names) : names_(names) {}

  // Learns that `speaker`'s surname holds its roles and remembers its
  // fullest name. Speakers without a surname teach nothing.
  void Register(const Speaker& speaker);

  // kSame when the surnames agree (a role-only speaker takes the surname of
  // the one registered person holding that role) and no first names
  // conflict; kDifferent when both resolve to different people; kUnknown
  // when either cannot be resolved (UNKNOWN, GROUP, an unheld role).
  Sameness Compare(const Speaker& a, const Speaker& b) const;

  // The fullest registered name of the speaker's person ("Ingrid
  // Halvorsen"), else the speaker's own name; empty when unknown.
  std::string DisplayName(const Speaker& speaker) const;

  // The resolved surname ("halvorsen"), or empty when unresolved.
  std::string Surname(const Speaker& speaker) const;

 private:
  std::string Resolve(const SpeakerKey& key) const;

  const SpeakerNames& names_;
  // Surname -> fullest name words seen, and role words -> surnames.
  absl::flat_hash_map<std::string, std::vector<std::string>> fullest_;
  std::vector<std::pair<std::vector<std::string>, std::string>> role_holders_;
};

}  // namespace quotes

#endif  // QUOTES_MATCH_SPEAKER_NAMES_H_
