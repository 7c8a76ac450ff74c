// The people and organisations an article names, so that every mention of
// one speaker gets one canonical name: "Secretary of State Antony Blinken" …
// "Blinken" … "the secretary" all become "Antony Blinken".
//
// Built once per article from its tokens; read-only afterwards until
// Clear() readies it for the next article.
#ifndef QUOTES_ATTRIBUTE_ENTITY_REGISTRY_H_
#define QUOTES_ATTRIBUTE_ENTITY_REGISTRY_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "quotes/attribute/speaker_phrase.h"
#include "quotes/text/tokenizer.h"

namespace quotes {

class EntityRegistry {
 public:
  // Records the names in one paragraph's tokens (call in text order).
  // A run of two or more name words is a full name; title and role words
  // right before it ("Foreign Minister") are remembered as its roles.
  void AddParagraph(const TokenView& t, const LanguageLexicon& lex);

  // Forgets every name, keeping the memory of the tables and lists: a
  // registry reused from article to article allocates only where an article
  // needs more than the ones before.
  void Clear();

  // The canonical form of a person's name as written: a one-word mention
  // becomes the full name that ends (or, failing that, begins) with it,
  // preferring the one named last before `pos`; a possessive "'s" is dropped.
  // Unknown names are returned as written.
  std::string Canonical(absl::string_view name, size_t pos) const;

  // The full name of the person last introduced with this role noun
  // ("secretary") before `pos`, if any.
  std::optional<std::string> PersonWithRole(absl::string_view role,
                                            size_t pos) const;

  // The canonical name of the person mentioned last before `pos` and at or
  // after `not_before` whose gender ("m", "f"; from an honorific or the given
  // name, see gendered_words.tsv) is `gender` or unknown; any person when
  // `gender` is empty.
  std::optional<std::string> LastPersonBefore(size_t pos, size_t not_before,
                                              absl::string_view gender) const;

  // The title words written before a full name anywhere ("Secretary of
  // State"), or "".
  std::string TitleOf(absl::string_view full_name) const;

 private:
  // A full name, written once however often it is mentioned.
  struct Name {
    absl::string_view text;  // in texts_
    // Its lists in lists_, by its first word, its last word and that
    // word's first four bytes (see FullNameOf).
    uint32_t first_list = 0, last_list = 0, stem_list = 0;
    bool titled = false;     // `title` is the first one written before it
    std::string title;
    std::string gender;      // m/f; "" while unknown
  };
  // A mention of names_[name] at byte `pos`.
  struct Entry {
    uint32_t name;
    size_t pos;
  };
  // The lists of a word, by where it stands in full names: indices into
  // lists_, kNoList where it stands in none.
  static constexpr uint32_t kNoList = ~uint32_t{0};
  struct WordLists {
    uint32_t as_last = kNoList;
    uint32_t as_first = kNoList;
  };

  // Records the name that starts with t[b], a capitalized name word outside
  // quotation marks (AddParagraph); returns the index of the token after it.
  int ReadName(const TokenView& t, const LanguageLexicon& lex, int b);
  // False when `bare` is certainly not the first or last word of a full name
  // read so far, nor an inflection of a last one (its PrefixBit is clear):
  // then FullNameOf(bare, ...) is nullptr whatever the position.
  bool MayBeFullNameWord(absl::string_view bare) const;
  // The mention of the full name that a mention without a space stands for
  // (see Canonical), or nullptr when it stands for none.
  const Entry* FullNameOf(absl::string_view bare, size_t pos) const;
  // The index of the full name `text` in names_, added if new (then with
  // *added set). `text` must be in texts_: a new name keeps it.
  uint32_t Intern(absl::string_view text, bool* added);
  // The list in *slot, a new one when it holds kNoList.
  uint32_t ListFor(uint32_t* slot);

  // The texts of the full names; the tables below view them, so that a
  // name's words and endings are keys without a copy each.
  WordStore texts_;
  // Only names_[0, names_used_) are this article's; the rest are kept for
  // their memory (Clear).
  std::vector<Name> names_;
  size_t names_used_ = 0;
  absl::flat_hash_map<absl::string_view, uint32_t> name_index_;  // text → names_
  std::vector<Entry> full_names_;  // every mention of a full name, in text order
  // Lists of indices into full_names_, each in text order; a word's lists
  // by the place it has in full names, and by the first four bytes of last
  // words: the candidates an inflected surname ("Соколова" of "Соколов")
  // is tried on.
  // Only lists_[0, lists_used_) are in use; the rest are kept, empty, for
  // their memory (Clear).
  std::vector<std::vector<size_t>> lists_;
  size_t lists_used_ = 0;
  absl::flat_hash_map<absl::string_view, WordLists> by_word_;
  absl::flat_hash_map<absl::string_view, uint32_t> by_stem_;
  // Each name of two or more words written after a space in a full name
  // ("Peña Ibáñez" of "María Peña Ibáñez", not "Ibáñez") → the first full
  // name ending so (Canonical asks a one-word name of FullNameOf). Lookups
  // by name, and the binary searches over the lists (all in text order),
  // keep an article with many thousands of mentions linear.
  absl::flat_hash_map<absl::string_view, size_t> first_ending_with_;
  std::vector<Entry> person_mentions_;  // in text order
  // Role noun → the people introduced with it, in text order.
  absl::flat_hash_map<std::string, std::vector<Entry>> roles_;
  std::vector<absl::string_view> title_words_;  // the title before it, reused
  // A bit per PrefixBit of the first and last words of full names: a word
  // whose bit is clear is neither, nor an inflection of a last word.
  static constexpr int kPrefixLogBits = 10;
  static size_t PrefixBit(absl::string_view word);
  std::array<uint64_t, (1 << kPrefixLogBits) / 64> prefixes_{};
};

// Drops a trailing possessive ('s, ’s, or a lone ' / ’) from a name.
std::string StripPossessive(absl::string_view name);
namespace internal {
// WithoutPossessive for a name ending in s, ' or ’.
absl::string_view WithoutPossessiveSuffix(absl::string_view name);
}  // namespace internal

// The same as a view into `name`. Inline: most names end in none of the
// suffixes' last bytes (s, ' or 0x99 of ’), and cost no call.
inline absl::string_view WithoutPossessive(absl::string_view name) {
  if (name.empty() || (name.back() != 's' && name.back() != '\'' && name.back() != '\x99')) {
    return name;
  }
  return internal::WithoutPossessiveSuffix(name);
}

// True when `form` can be an inflected form of the surname `name`: they share
// a stem of five or more letters, `name` changes at most its last letter (two
// after a six-letter stem) and `form` adds at most four: "Соколова",
// "Zielińskiego", "Белозёрской", "Merkels" for their nominatives; not
// "Johnston" for "Johnson" nor "Paulsen" for "Paul".
bool IsInflectionOf(absl::string_view form, absl::string_view name);

}  // namespace quotes

#endif  // QUOTES_ATTRIBUTE_ENTITY_REGISTRY_H_
