// quotes/match/word_lists.h
//
// The word lists quote matching depends on: spelling variants (Kyiv/Kiev),
// suffix rules (-ise/-ize) and title words for speaker names. They are
// human-edited TSV files in quotes/match/data/ (each documents its format);
// Default() returns the ones compiled into the binary.
//
// Example:
//
//   const quotes::WordLists& lists = quotes::WordLists::Default();
//   lists.CanonicalSpelling("recognise");  // "recognize"
//   lists.CanonicalSpelling("kiev");       // "kyiv"
//   lists.TitleKind("mr");                 // TitleKind::kHonorific
#ifndef QUOTES_MATCH_WORD_LISTS_H_
#define QUOTES_MATCH_WORD_LISTS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

// Loaded word lists. Immutable after construction; safe for concurrent use by
// multiple threads.
class WordLists {
 public:
  enum class TitleKind {
    kNone = 0,       // not a title
    kHonorific = 1,  // "mr", "dr", "the": carries no identity
    kRole = 2,       // "minister", "secretary of state": an office
  };

  // Parses the three files' contents. Returns InvalidArgumentError naming the
  // file and line ("titles.tsv:12: unknown kind 'rol'") for a malformed line.
  static absl::StatusOr<WordLists> FromTsv(absl::string_view spelling_variants,
                                           absl::string_view spelling_suffixes,
                                           absl::string_view titles);

  // The lists compiled into the binary from quotes/match/data/. Loaded once on
  // first use; a malformed embedded file is a build defect and aborts.
  static const WordLists& Default();

  // The canonical spelling of a case-folded word: the whole-word variant
  // table first, then the longest suffix rule whose stem is long enough.
  // Returns `folded` unchanged when nothing applies.
  std::string CanonicalSpelling(absl::string_view folded) const;

  // The kind of a lower-case title phrase (words separated by one space).
  TitleKind GetTitleKind(absl::string_view phrase) const;

  // The longest number of words of any title phrase (3 for
  // "secretary of state").
  int max_title_words() const { return max_title_words_; }

 private:
  struct SuffixRule {
    std::string suffix;
    std::string canonical;
    size_t min_stem;
  };

  absl::flat_hash_map<std::string, std::string> variants_;
  std::vector<SuffixRule> suffixes_;  // longest suffix first
  absl::flat_hash_map<std::string, TitleKind> titles_;
  int max_title_words_ = 0;
};

}  // namespace quotes

#endif  // QUOTES_MATCH_WORD_LISTS_H_
