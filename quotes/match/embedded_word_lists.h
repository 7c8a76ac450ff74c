// The TSV files of quotes/match/data/, compiled into the binary by the
// genrule :embedded_word_lists_cc (//quotes/io:embed_files). Read them
// through WordLists::Default() (word_lists.h), not directly.
#ifndef QUOTES_MATCH_EMBEDDED_WORD_LISTS_H_
#define QUOTES_MATCH_EMBEDDED_WORD_LISTS_H_

#include <vector>

#include "quotes/io/embedded_file.h"

namespace quotes {
namespace internal {

// Paths are relative to quotes/match/data/, e.g. "spelling_variants.tsv".
const std::vector<EmbeddedFile>& EmbeddedWordLists();

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_MATCH_EMBEDDED_WORD_LISTS_H_
