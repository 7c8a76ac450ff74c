// The TSV files of quotes/match/data/, compiled into the binary by the
// genrule :embedded_word_lists (see embed_tsv.sh). Read them through
// WordLists::Default() (word_lists.h), not directly.
#ifndef QUOTES_MATCH_EMBEDDED_WORD_LISTS_H_
#define QUOTES_MATCH_EMBEDDED_WORD_LISTS_H_

namespace quotes {
namespace internal {

struct EmbeddedWordList {
  const char* name;      // base name, e.g. "spelling_variants.tsv"
  const char* contents;  // the file's bytes
};

extern const EmbeddedWordList kEmbeddedWordLists[];
extern const int kNumEmbeddedWordLists;

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_MATCH_EMBEDDED_WORD_LISTS_H_
