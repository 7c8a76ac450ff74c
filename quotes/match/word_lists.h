// quotes/match/word_lists.h
//
// The word lists quote matching depends on: spelling variants (Kyiv/Kiev)
// and suffix rules (-ise/-ize), human-edited TSV files in quotes/match/data/
// (each documents its format), plus the abbreviations that do not end a
// sentence ("mr.", "sen."), taken from the core lexicon's titles
// (quotes/lexicon/data/en/titles.tsv) so that there is one list of titles.
// Default() returns the lists compiled into the binary.
//
// Example:
//
//   const quotes::WordLists& lists = quotes::WordLists::Default();
//   lists.CanonicalSpelling("recognise");  // "recognize"
//   lists.CanonicalSpelling("kiev");       // "kyiv"
//   lists.IsAbbreviation("mr");            // true: "Mr." ends no sentence
#ifndef QUOTES_MATCH_WORD_LISTS_H_
#define QUOTES_MATCH_WORD_LISTS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

// Loaded word lists. Immutable after construction; safe for concurrent use by
// multiple threads.
class WordLists {
 public:
  // Parses the two files' contents; `abbreviations` are lower-case words
  // without their period. Returns InvalidArgumentError naming the file and
  // line ("spelling_suffixes.tsv:12: minimum stem length 'x' is not a
  // number") for a malformed line.
  static absl::StatusOr<WordLists> FromTsv(
      absl::string_view spelling_variants, absl::string_view spelling_suffixes,
      std::vector<std::string> abbreviations = {});

  // The lists compiled into the binary from quotes/match/data/ and the core
  // lexicon. Loaded once on first use; a malformed embedded file is a build
  // defect and aborts.
  static const WordLists& Default();

  // The canonical spelling of a case-folded word: the whole-word variant
  // table first, then the longest suffix rule whose stem is long enough.
  // Returns `folded` unchanged when nothing applies.
  std::string CanonicalSpelling(absl::string_view folded) const;

  // True for a lower-case word written with a period that does not end a
  // sentence ("mr" for "Mr.").
  bool IsAbbreviation(absl::string_view folded) const {
    return abbreviations_.contains(folded);
  }

 private:
  struct SuffixRule {
    std::string suffix;
    std::string canonical;
    size_t min_stem;
  };

  absl::flat_hash_map<std::string, std::string> variants_;
  std::vector<SuffixRule> suffixes_;  // longest suffix first
  absl::flat_hash_set<std::string> abbreviations_;
};

}  // namespace quotes

#endif  // QUOTES_MATCH_WORD_LISTS_H_
