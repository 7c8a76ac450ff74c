#include "quotes/attribute/entity_registry.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

constexpr size_t kStemBytes = 4;

}  // namespace

// A hash of the first kStemBytes bytes of `word` (all of a shorter one), of
// kPrefixLogBits bits.
size_t EntityRegistry::PrefixBit(absl::string_view word) {
  const size_t n = std::min(word.size(), kStemBytes);
  uint32_t v = 0;
  // Most words have kStemBytes: a copy of fixed size is one load.
  if (n == kStemBytes) {
    std::memcpy(&v, word.data(), kStemBytes);
  } else {
    std::memcpy(&v, word.data(), n);
  }
  return ((v ^ static_cast<uint32_t>(n)) * 0x9E3779B1u) >> (32 - kPrefixLogBits);
}

namespace internal {

absl::string_view WithoutPossessiveSuffix(absl::string_view name) {
  for (absl::string_view suffix : {"'s", "\u2019s", "'", "\u2019"}) {
    if (absl::EndsWith(name, suffix) && name.size() > suffix.size()) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  return name;
}

}  // namespace internal

std::string StripPossessive(absl::string_view name) {
  return std::string(WithoutPossessive(name));
}

bool IsInflectionOf(absl::string_view form, absl::string_view name) {
  std::u32string a, b;
  for (size_t i = 0; i < form.size();) {
    char32_t c;
    i += DecodeUtf8(form, i, &c);
    a.push_back(c);
  }
  for (size_t i = 0; i < name.size();) {
    char32_t c;
    i += DecodeUtf8(name, i, &c);
    b.push_back(c);
  }
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  const size_t name_rest = b.size() - common;
  const size_t form_rest = a.size() - common;
  // The name keeps its stem: at most its last one or two letters change
  // (Белозёрская → Белозёрской), and the ending added is short.
  return common >= 5 && form != name && form_rest <= 4 &&
         (name_rest <= 1 || (name_rest == 2 && common >= 6));
}

namespace {

// Bits for the tokens [from, min(from + 64, n)), token from + k at bit k;
// none for a window past the end. Classed without a branch per token, since
// which tokens are capitalized follows no pattern a branch predictor learns.
struct TokenBits {
  uint64_t capitalized_words = 0;  // capitalized words
  uint64_t blocked = 0;            // inside quotation marks (`blocked` set)
};

// Bit k set for each nonzero byte of p[0, 64).
uint64_t NonzeroBytes(const unsigned char* p) {
  uint64_t bits = 0;
#if defined(__SSE2__)
  for (int k = 0; k < 64; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    const unsigned zero = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
    bits |= uint64_t{~zero & 0xFFFFu} << k;
  }
#else
  for (int k = 0; k < 64; ++k) bits |= uint64_t{p[k] != 0} << k;
#endif
  return bits;
}

// A token's `type` and `capitalized` side by side, read as one 16-bit
// value: a capitalized word is one compare.
static_assert(offsetof(Token, capitalized) == offsetof(Token, type) + 1);
static_assert(sizeof(Token::Type) == 1 && sizeof(bool) == 1);

uint16_t TypeAndCapitalized(const Token& token) {
  uint16_t v;
  std::memcpy(&v, reinterpret_cast<const unsigned char*>(&token) + offsetof(Token, type), 2);
  return v;
}

TokenBits BitsOf(const Token* tokens, const unsigned char* blocked, int from, int n) {
  const int count = std::min(n - from, 64);
  if (count <= 0) return TokenBits();
  static const uint16_t kCapitalizedWord = [] {
    Token word;
    word.type = Token::kWord;
    word.capitalized = true;
    return TypeAndCapitalized(word);
  }();
  // A byte per token first, then the bits from the bytes 16 at a time: a
  // byte store per token costs less than a variable shift.
  unsigned char bytes[64] = {};
#pragma GCC unroll 4
  for (int k = 0; k < count; ++k) {
    bytes[k] = TypeAndCapitalized(tokens[from + k]) == kCapitalizedWord;
  }
  TokenBits bits;
  bits.capitalized_words = NonzeroBytes(bytes);
  if (blocked != nullptr) {
    std::memcpy(bytes, blocked + from, count);
    bits.blocked = NonzeroBytes(bytes);
  }
  return bits;
}

}  // namespace

void EntityRegistry::AddParagraph(const TokenView& t, const LanguageLexicon& lex) {
  const int n = t.size();
  const Token* tokens = t.tokens->data();
  const unsigned char* blocked =
      t.blocked != nullptr && !t.blocked->empty() ? t.blocked->data() : nullptr;
  // Names are read where they start, at the capitalized words outside
  // quotation marks found 64 tokens at a time; i is where the last name
  // read ends.
  int i = 0;
  TokenBits bits = BitsOf(tokens, blocked, 0, n);
  for (int base = 0; base < n; base += 64) {
    // The next window's bits, for the two tokens after the last ones here.
    const TokenBits next = base + 64 < n ? BitsOf(tokens, blocked, base + 64, n) : TokenBits();
    const uint64_t starts = bits.capitalized_words & ~bits.blocked;
    // The tokens where ReadName would read one word at most: the token
    // after them is blocked or past the end, or neither of the next two is
    // a capitalized word. (ReadName takes t[b + 1] only as a name word,
    // which is capitalized, or as a particle before a name word at t[b + 2]:
    // "Ludwig van Beethoven".)
    const uint64_t word1 = (bits.capitalized_words >> 1) | (next.capitalized_words << 63);
    const uint64_t word2 = (bits.capitalized_words >> 2) | (next.capitalized_words << 62);
    const uint64_t blocked1 = (bits.blocked >> 1) | (next.blocked << 63);
    const uint64_t one_word = blocked1 | ~(word1 | word2);
    for (uint64_t rest = starts; rest != 0; rest &= rest - 1) {
      const int k = __builtin_ctzll(rest);
      const int b = base + k;
      if (b < i) continue;  // inside a name
      // Most capitalized words ("The", "But", a one-word name met the first
      // time) would be read as one word that is no mention of a full name:
      // then they add nothing, and are passed over without the lexicon
      // lookup that tells a name word (IsCapitalizedNameWord) or ReadName.
      if ((one_word >> k & 1) != 0 &&
          !MayBeFullNameWord(WithoutPossessive(t[b].span.Of(t.text)))) {
        continue;
      }
      if (!IsCapitalizedNameWord(t[b], lex)) continue;
      i = ReadName(t, lex, b);
    }
    bits = next;
  }
}

bool EntityRegistry::MayBeFullNameWord(absl::string_view bare) const {
  const size_t bit = PrefixBit(bare);
  return (prefixes_[bit / 64] & (uint64_t{1} << (bit % 64))) != 0;
}

namespace {

// IsPossessive, with the test of the last byte that most words fail inline.
bool EndsPossessive(const Token& token) {
  return !token.lower.empty() && token.lower.back() == 's' && IsPossessive(token);
}

}  // namespace

int EntityRegistry::ReadName(const TokenView& t, const LanguageLexicon& lex, int b) {
  const int n = t.size();
  int i = b;
  // Where every noun is capitalized, "Amtsantritt von Angela Merkel" is a
  // noun and a name: a particle joins only a known given name to what
  // follows ("Ursula von der Leyen").
  // (The name word after it first: most names are followed by no name,
  // and the flag costs less than the lookup.)
  auto particle_joins = [&](int k) {
    return k > b && k + 1 < n && IsNameWord(t[k + 1], lex) &&
           lex.name_particles.contains(t[k].lower) &&
           (!lex.nouns_capitalized ||
            (lex.gendered_words != nullptr && lex.gendered_words->contains(t[k - 1].lower)));
  };
  // t[b] is a name word (AddParagraph asked): the words after it are.
  bool possessive = EndsPossessive(t[i]);
  ++i;
  while (!possessive && i < n && !t.Blocked(i) &&
         (IsNameWord(t[i], lex) || particle_joins(i))) {
    possessive = EndsPossessive(t[i]);
    ++i;
  }
  const size_t pos = t[b].span.begin;
  // The name is the words [b, i).
  const int words = i - b;
  if (words >= 2) {
    // Titles and roles right before the name.
    int tb = b;
    while (tb > 0 && !t.Blocked(tb - 1) && t[tb - 1].is_word() &&
           (IsTitleWord(t[tb - 1], lex) || t[tb - 1].lower == "of")) {
      --tb;
    }
    // The name's text, written where it stays if the name is new (a
    // mention of a known name leaves a few bytes unused there until Clear).
    size_t size = i - b - 1;  // the spaces
    for (int k = b; k < i; ++k) size += t[k].span.size();
    char* const at = texts_.AddRoom(size);
    char* out = at;
    for (int k = b; k < i; ++k) {
      if (k > b) *out++ = ' ';
      const ByteSpan w = t[k].span;
      std::memcpy(out, t.text.data() + w.begin, w.size());
      out += w.size();
    }
    bool added = false;
    const uint32_t id = Intern(WithoutPossessive(absl::string_view(at, size)), &added);
    Name& name = names_[id];
    if (added) {
      // Its endings and its lists, the first time it is named.
      const absl::string_view text = name.text;
      size_t first_space = absl::string_view::npos, last_space = absl::string_view::npos;
      for (size_t space = 0; space < text.size(); ++space) {
        if (text[space] != ' ') continue;
        // The ending after the space before this one has a space, as the
        // names Canonical looks up there have (a one-word name is asked of
        // FullNameOf): the last ending is not kept.
        if (last_space != absl::string_view::npos) {
          first_ending_with_.try_emplace(text.substr(last_space + 1), full_names_.size());
        }
        if (first_space == absl::string_view::npos) first_space = space;
        last_space = space;
      }
      const absl::string_view last = text.substr(last_space + 1);
      const absl::string_view first = text.substr(0, first_space);
      for (absl::string_view word : {first, last}) {
        const size_t bit = PrefixBit(word);
        prefixes_[bit / 64] |= uint64_t{1} << (bit % 64);
      }
      name.first_list = ListFor(&by_word_[first].as_first);
      name.last_list = ListFor(&by_word_[last].as_last);
      name.stem_list =
          ListFor(&by_stem_.try_emplace(last.substr(0, kStemBytes), kNoList).first->second);
    }
    for (uint32_t list : {name.first_list, name.last_list, name.stem_list}) {
      // A list answers with a name, so a mention of the name its last
      // entry already holds adds nothing (a name repeated all through an
      // article would otherwise grow it with every mention).
      std::vector<size_t>& ids = lists_[list];
      if (ids.empty() || full_names_[ids.back()].name != id) ids.push_back(full_names_.size());
    }
    full_names_.push_back(Entry{id, pos});
    person_mentions_.push_back(Entry{id, pos});
    // Gender from an honorific right before the name, else the given name.
    if (lex.gendered_words != nullptr && name.gender.empty()) {
      const absl::string_view* word = b > 0 && t[b - 1].is_word() ? &t[b - 1].lower : nullptr;
      auto g = lex.gendered_words->end();
      if (word != nullptr) g = lex.gendered_words->find(*word);
      if (g == lex.gendered_words->end()) g = lex.gendered_words->find(t[b].lower);
      if (g != lex.gendered_words->end()) name.gender = g->second;
    }
    if (tb < b) {
      std::vector<absl::string_view>& title = title_words_;
      title.clear();
      for (int k = tb; k < b; ++k) {
        title.push_back(t[k].span.Of(t.text));
        if (lex.IsRole(t[k].lower)) {
          roles_[t[k].lower].push_back(Entry{id, pos});
        }
      }
      size_t from = 0;
      while (from < title.size() && title[from] == "of") ++from;
      if (from < title.size() && !name.titled) {
        name.titled = true;
        name.title = absl::StrJoin(title.begin() + from, title.end(), " ");
      }
    }
  } else if (words == 1) {
    // A one-word mention of a full name is a mention of that person.
    if (const Entry* full = FullNameOf(WithoutPossessive(t[b].span.Of(t.text)), pos)) {
      person_mentions_.push_back(Entry{full->name, pos});
    }
  }
  return i;
}

uint32_t EntityRegistry::Intern(absl::string_view text, bool* added) {
  auto [it, inserted] = name_index_.try_emplace(text, static_cast<uint32_t>(names_used_));
  *added = inserted;
  if (inserted) {
    if (names_used_ == names_.size()) names_.emplace_back();
    Name& name = names_[names_used_++];
    name = Name();
    name.text = text;
  }
  return it->second;
}

uint32_t EntityRegistry::ListFor(uint32_t* slot) {
  if (*slot == kNoList) {
    if (lists_used_ == lists_.size()) lists_.emplace_back();
    *slot = static_cast<uint32_t>(lists_used_++);
  }
  return *slot;
}

void EntityRegistry::Clear() {
  names_used_ = 0;
  name_index_.clear();
  full_names_.clear();
  for (size_t i = 0; i < lists_used_; ++i) lists_[i].clear();
  lists_used_ = 0;
  by_word_.clear();
  by_stem_.clear();
  first_ending_with_.clear();
  person_mentions_.clear();
  roles_.clear();
  prefixes_.fill(0);
  texts_.Clear();
}

std::string EntityRegistry::Canonical(absl::string_view name, size_t pos) const {
  const absl::string_view bare = WithoutPossessive(name);
  if (std::find(bare.begin(), bare.end(), ' ') != bare.end()) {
    // A longer full name ending with this one: the family names of "María
    // Peña Ibáñez" mentioned as "Peña Ibáñez".
    // The first such name in the text, if it comes before `pos`.
    auto first = first_ending_with_.find(bare);
    if (first != first_ending_with_.end() && full_names_[first->second].pos <= pos) {
      return std::string(names_[full_names_[first->second].name].text);
    }
    return std::string(bare);
  }
  const Entry* full = FullNameOf(bare, pos);
  return std::string(full != nullptr ? names_[full->name].text : bare);
}

const EntityRegistry::Entry* EntityRegistry::FullNameOf(absl::string_view bare,
                                                        size_t pos) const {
  // Most capitalized words begin no full name's first or last word (nor,
  // then, the stem of one): the bit of their first bytes says so.
  if (!MayBeFullNameWord(bare)) return nullptr;
  // The last one named before `pos`, else the first one named after it
  // (a binary search: the ids are in text order).
  auto in_list = [&](uint32_t list) {
    const std::vector<size_t>& ids = lists_[list];
    auto after = std::upper_bound(ids.begin(), ids.end(), pos, [&](size_t p, size_t i) {
      return p < full_names_[i].pos;
    });
    return &full_names_[after == ids.begin() ? ids.front() : *(after - 1)];
  };
  if (auto it = by_word_.find(bare); it != by_word_.end()) {
    // As a last name first, then as a given name.
    return in_list(it->second.as_last != kNoList ? it->second.as_last : it->second.as_first);
  }
  // An inflected surname: "Соколова", "Zielińskiego", "Merkels" for the
  // full names ending in "Соколов", "Zieliński", "Merkel".
  // A shared stem of five letters starts with the same four bytes.
  const Entry* best = nullptr;
  auto stem = by_stem_.find(bare.substr(0, kStemBytes));
  if (stem == by_stem_.end()) return nullptr;
  for (size_t i : lists_[stem->second]) {
    const Entry& e = full_names_[i];
    if (e.pos > pos && best != nullptr) break;
    absl::string_view last = names_[e.name].text;
    last.remove_prefix(std::min(last.size(), last.rfind(' ') + 1));
    if (IsInflectionOf(bare, last)) best = &e;
  }
  return best;
}

std::optional<std::string> EntityRegistry::PersonWithRole(absl::string_view role,
                                                          size_t pos) const {
  auto it = roles_.find(role);
  if (it == roles_.end()) return std::nullopt;
  // The last one at or before `pos`; the entries are in text order.
  auto after = std::upper_bound(it->second.begin(), it->second.end(), pos,
                                [](size_t p, const Entry& e) { return p < e.pos; });
  if (after == it->second.begin()) return std::nullopt;
  return std::string(names_[(after - 1)->name].text);
}

std::optional<std::string> EntityRegistry::LastPersonBefore(
    size_t pos, size_t not_before, absl::string_view gender) const {
  // The last mention before `pos` (in text order: a binary search) at or
  // after `not_before` whose gender, when known, is `gender`.
  auto at = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), pos,
                             [](const Entry& e, size_t p) { return e.pos < p; });
  while (at != person_mentions_.begin() && (at - 1)->pos >= not_before) {
    --at;
    const Name& name = names_[at->name];
    if (gender.empty() || name.gender.empty() || name.gender == gender) {
      return std::string(name.text);
    }
  }
  return std::nullopt;
}

std::string EntityRegistry::TitleOf(absl::string_view full_name) const {
  auto it = name_index_.find(full_name);
  return it == name_index_.end() ? "" : names_[it->second].title;
}

}  // namespace quotes
