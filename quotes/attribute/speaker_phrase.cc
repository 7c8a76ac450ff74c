#include "quotes/attribute/speaker_phrase.h"

#include "absl/strings/match.h"

namespace quotes {
namespace {

enum class Part { kNone, kName, kTitle, kOrg, kParticle, kOf };

// Token::memo layout: bits 0-2 the Part plus one (0 until the lexicon's
// word-class table has been consulted for the token), bit 3 "name word",
// bits 4 and 5 the word classes determiner and pronoun; bit 6 set once the
// token has been looked up among the speech verbs, bit 7 when it is one. The
// rules ask about the same tokens many times; each table is consulted once
// per token (a speech verb's entry is looked up again: few tokens are one).
constexpr unsigned char kMemoPart = 0x07;
constexpr unsigned char kMemoName = 0x08;
constexpr unsigned char kMemoDeterminer = 0x10;
constexpr unsigned char kMemoPronoun = 0x20;
constexpr unsigned char kMemoVerbKnown = 0x40;
constexpr unsigned char kMemoVerb = 0x80;

// Fills t.memo; Memo below calls it the first time a token is asked about.
unsigned char ComputeMemo(const Token& t, const LanguageLexicon& lex) {
  Part part = Part::kNone;
  bool name_word = false;
  uint8_t c = 0;
  if (t.is_word()) {
    c = lex.ClassesOf(t.lower);
    const bool title = (c & (LanguageLexicon::kTitleWord | LanguageLexicon::kRoleNoun)) != 0 ||
                       lex.IsCompoundRole(t.lower);
    name_word = t.capitalized && !title &&
                (c & (LanguageLexicon::kNotName | LanguageLexicon::kDeterminer |
                      LanguageLexicon::kPronoun)) == 0 &&
                (t.all_caps || (c & LanguageLexicon::kOrgWord) != 0 ||
                 lex.abstract_noun_endings.empty() || !lex.IsAbstractNoun(t.lower));
    part = (c & LanguageLexicon::kOrgWord) != 0        ? Part::kOrg
           : title                                     ? Part::kTitle
           : name_word                                 ? Part::kName
           : (c & LanguageLexicon::kNameParticle) != 0 ? Part::kParticle
           : t.lower == "of"                           ? Part::kOf
                                                       : Part::kNone;
  }
  t.memo = (t.memo & (kMemoVerbKnown | kMemoVerb)) | (static_cast<unsigned char>(part) + 1) |
           (name_word ? kMemoName : 0) |
           ((c & LanguageLexicon::kDeterminer) != 0 ? kMemoDeterminer : 0) |
           ((c & LanguageLexicon::kPronoun) != 0 ? kMemoPronoun : 0);
  return t.memo;
}

inline unsigned char Memo(const Token& t, const LanguageLexicon& lex) {
  return (t.memo & kMemoPart) != 0 ? t.memo : ComputeMemo(t, lex);
}

// The part a token can play on its own in a speaker phrase.
Part PartOf(const Token& t, const LanguageLexicon& lex) {
  return static_cast<Part>((Memo(t, lex) & kMemoPart) - 1);
}

bool IsPronoun(const Token& t, const LanguageLexicon& lex) {
  return (Memo(t, lex) & kMemoPronoun) != 0;
}

// For TokenView::name_evidence: whether the name words [n, e) of a phrase
// whose title and modifier words are [b, n) can be a name. A title, two or
// more name words without a determiner, or an acronym are enough; else one
// of the words must be in the article's evidence.
bool HasNameEvidence(const TokenView& t, int b, int n, int e, bool determiner,
                     const LanguageLexicon& lex) {
  for (int i = b; i < n; ++i) {
    if (PartOf(t[i], lex) == Part::kTitle) return true;
  }
  if (e - n >= 2 || determiner) return true;
  for (int i = n; i < e; ++i) {
    if (t[i].all_caps || t.name_evidence->contains(t[i].lower)) return true;
  }
  return false;
}

// Turns the tokens [b, e) (determiner excluded) into a phrase, or nullopt
// when they cannot name a speaker.
std::optional<SpeakerPhrase> Classify(const TokenView& t, int b, int e,
                                      bool definite, int det_begin,
                                      const LanguageLexicon& lex) {
  // Trim joiners at the edges.
  while (b < e && (PartOf(t[b], lex) == Part::kOf ||
                   PartOf(t[b], lex) == Part::kParticle)) {
    ++b;
  }
  while (e > b && (PartOf(t[e - 1], lex) == Part::kOf ||
                   PartOf(t[e - 1], lex) == Part::kParticle)) {
    --e;
  }
  if (b >= e) return std::nullopt;
  SpeakerPhrase p;
  p.begin = det_begin < b ? det_begin : b;
  p.end = e;
  p.definite = definite;
  const Token& head = t[e - 1];
  Part head_part = PartOf(head, lex);
  if (head_part == Part::kOrg) {
    p.kind = lex.org_words.at(head.lower) == "group" ? Speaker::GROUP
                                                     : Speaker::ORGANIZATION;
    p.name = t.Surface(b, e);
    p.role = head.lower;
    return p;
  }
  if (head_part == Part::kTitle) {
    if (!lex.IsRole(head.lower)) return std::nullopt;
    p.kind = Speaker::PERSON;
    p.name = t.Surface(b, e);
    p.role = head.lower;
    return p;
  }
  // A name: the trailing run of name words and particles.
  int n = e;
  while (n > b && (PartOf(t[n - 1], lex) == Part::kName ||
                   (PartOf(t[n - 1], lex) == Part::kParticle && n - 1 > b))) {
    --n;
  }
  while (n < e && PartOf(t[n], lex) == Part::kParticle) ++n;
  if (n >= e) return std::nullopt;
  if (t.name_evidence != nullptr && !HasNameEvidence(t, b, n, e, det_begin < b, lex)) {
    return std::nullopt;
  }
  p.name = t.Surface(n, e);
  p.title = t.Surface(b, n);
  p.kind = Speaker::PERSON;
  bool acronym = e - n == 1 && t[n].all_caps && !absl::StrContains(t[n].lower, ".");
  if ((definite && p.title.empty()) || acronym) p.kind = Speaker::ORGANIZATION;
  return p;
}

// The phrase of token i read as the pronoun `lower` (all of the token, or
// the end of an inverted verb form), named `name`.
std::optional<SpeakerPhrase> PronounPhrase(int i, absl::string_view lower,
                                           absl::string_view name,
                                           const LanguageLexicon& lex) {
  auto it = lex.pronouns.find(lower);
  if (it == lex.pronouns.end()) return std::nullopt;
  SpeakerPhrase p;
  p.begin = i;
  p.end = i + 1;
  p.is_pronoun = true;
  p.gender = it->second.gender;
  p.kind = p.gender == "pl" ? Speaker::GROUP : Speaker::PERSON;
  p.name = std::string(name);
  return p;
}

std::optional<SpeakerPhrase> PronounAt(const TokenView& t, int i,
                                       const LanguageLexicon& lex) {
  if (!t[i].is_word() || !IsPronoun(t[i], lex)) return std::nullopt;
  return PronounPhrase(i, t[i].lower, t[i].span.Of(t.text), lex);
}

bool IsHeadPart(Part p) {
  return p == Part::kName || p == Part::kTitle || p == Part::kOrg;
}

// One phrase (no compound) forwards from i.
std::optional<SpeakerPhrase> ForwardOne(const TokenView& t, int i,
                                        const LanguageLexicon& lex) {
  const int n = t.size();
  if (i >= n || t.Blocked(i)) return std::nullopt;
  // "Dieser Arzt": a pronoun that is also a determiner, before a noun, is
  // the determiner.
  const bool determines = IsDeterminer(t[i], lex) && i + 1 < n &&
                          !t.Blocked(i + 1) && t[i + 1].is_word() && t[i + 1].capitalized;
  if (auto p = PronounAt(t, i, lex); p && !determines) return p;
  int det_begin = i;
  int mod_begin = -1;
  bool definite = false;
  if (t[i].is_word() && IsDeterminer(t[i], lex)) {
    definite = lex.definite_articles.contains(t[i].lower);
    ++i;
    // Up to three modifiers ("the two leaders", "a senior official") when a
    // head follows them.
    int j = i;
    // A determiner of an object case ends them: "der nach dem Angriff" is a
    // relative clause, not a phrase ("the two leaders" goes on).
    while (j < n && j - i < 3 && !t.Blocked(j) &&
           (t[j].type == Token::kNumber ||
            (t[j].is_word() && !t[j].capitalized &&
             PartOf(t[j], lex) == Part::kNone &&
             !InList(lex.oblique_determiners, t[j].lower)))) {
      ++j;
    }
    if (j == i || j >= n || t.Blocked(j) || !IsHeadPart(PartOf(t[j], lex))) {
      j = i;  // no modifiers
    }
    mod_begin = i;
    i = j;
  }
  int b = i;
  while (i < n && !t.Blocked(i)) {
    Part part = PartOf(t[i], lex);
    // (German marks the possessor with a bare -s: "Jelpkes wissenschaftlicher
    // Mitarbeiter Nick Brauns".)
    if (part == Part::kNone && i > b &&
        (IsPossessive(t[i - 1]) ||
         (lex.nouns_capitalized && t[i - 1].capitalized && absl::EndsWith(t[i - 1].lower, "s")))) {
      // "Norland's fisheries minister Ingrid Halvorsen": after a possessive,
      // up to two modifiers lead to the head.
      int j = i;
      while (j < n && j - i < 2 && !t.Blocked(j) && t[j].is_word() &&
             !t[j].capitalized && PartOf(t[j], lex) == Part::kNone) {
        ++j;
      }
      if (j < n && j > i && !t.Blocked(j) && IsHeadPart(PartOf(t[j], lex)) &&
          PartOf(t[j], lex) != Part::kName) {
        i = j;
        continue;
      }
    }
    if (part == Part::kNone) break;
    if ((part == Part::kOf || part == Part::kParticle) &&
        (i + 1 >= n || t.Blocked(i + 1) || !IsHeadPart(PartOf(t[i + 1], lex)))) {
      break;
    }
    // A name particle leads to a name ("zu Guttenberg", "von der Leyen"),
    // not to an organisation or a title ("Ratzinger zur Nachrichtenagentur").
    if (part == Part::kParticle && i > b && PartOf(t[i + 1], lex) != Part::kName &&
        PartOf(t[i + 1], lex) != Part::kParticle) {
      break;
    }
    // A particle that is also an article ("der", "den") stands in a name
    // only after another particle ("von der Leyen"): "der Randalierer den
    // Fluggast" is two phrases.
    if (part == Part::kParticle && IsDeterminer(t[i], lex) &&
        !(i > b && PartOf(t[i - 1], lex) == Part::kParticle)) {
      break;
    }
    // A name ends at its possessive: "Russia's" in "Russia's foreign ministry"
    // goes on, "Lavrov's" before a verb does not matter here.
    ++i;
  }
  if (i == b) return std::nullopt;
  // Modifiers belong to the phrase ("harbour authority", "two leaders").
  if (mod_begin >= 0 && mod_begin < b) b = mod_begin;
  return Classify(t, b, i, definite, det_begin, lex);
}

std::optional<SpeakerPhrase> BackwardOne(const TokenView& t, int end,
                                         const LanguageLexicon& lex) {
  int i = end;
  if (i <= 0 || t.Blocked(i - 1)) return std::nullopt;
  if (auto p = PronounAt(t, i - 1, lex)) return p;
  while (i > 0 && !t.Blocked(i - 1)) {
    Part part = PartOf(t[i - 1], lex);
    if (part == Part::kNone) break;
    // A joiner needs a head before it, or a particle and a head ("Ursula
    // von der Leyen").
    auto head_at = [&](int k) { return k >= 0 && !t.Blocked(k) && IsHeadPart(PartOf(t[k], lex)); };
    if ((part == Part::kOf || part == Part::kParticle) && !head_at(i - 2) &&
        !(part == Part::kParticle && i - 2 >= 0 && !t.Blocked(i - 2) &&
          PartOf(t[i - 2], lex) == Part::kParticle && head_at(i - 3))) {
      break;
    }
    if (part == Part::kParticle && IsDeterminer(t[i - 1], lex) &&
        !(i - 2 >= 0 && PartOf(t[i - 2], lex) == Part::kParticle)) {
      break;
    }
    --i;
  }
  if (i == end) return std::nullopt;
  int b = i;
  // Modifiers and a determiner before the phrase.
  int j = i;
  while (j > 0 && i - j < 3 && !t.Blocked(j - 1) &&
         (t[j - 1].type == Token::kNumber ||
          (t[j - 1].is_word() && !t[j - 1].capitalized &&
           PartOf(t[j - 1], lex) == Part::kNone &&
           !IsDeterminer(t[j - 1], lex)))) {
    --j;
  }
  bool definite = false;
  int det_begin = b;
  if (j > 0 && !t.Blocked(j - 1) && t[j - 1].is_word() &&
      IsDeterminer(t[j - 1], lex)) {
    definite = lex.definite_articles.contains(t[j - 1].lower);
    det_begin = j - 1;
    b = j;
  }
  return Classify(t, b, end, definite, det_begin, lex);
}

}  // namespace

std::optional<SpeakerPhrase> InvertedPronounAt(const TokenView& t, int i,
                                               const LanguageLexicon& lex) {
  if (i < 0 || i >= t.size() || !t[i].is_word()) return std::nullopt;
  absl::string_view word = t[i].lower;
  const size_t dash = word.rfind('-');
  if (dash == absl::string_view::npos || dash == 0) return std::nullopt;
  return PronounPhrase(i, word.substr(dash + 1), word.substr(dash + 1), lex);
}

bool IsPossessive(const Token& t) {
  return t.is_word() && (absl::EndsWith(t.lower, "'s") ||
                         absl::EndsWith(t.lower, "\u2019s"));
}

bool IsDash(const Token& t) {
  return t.type == Token::kPunct &&
         (t.punct == 0x2014 || t.punct == 0x2013 || t.punct == '-');
}

bool SetOffBefore(const TokenView& t, int i) {
  return i > 0 && (t[i - 1].Is(',') || IsDash(t[i - 1]) || t.Blocked(i - 1));
}

void AddNameEvidence(const TokenView& t, const LanguageLexicon& lex,
                     absl::flat_hash_set<std::string>* out) {
  const int n = t.size();
  for (int i = 0; i < n;) {
    if (t.Blocked(i) || !IsNameWord(t[i], lex)) {
      if (!t.Blocked(i) && t[i].is_word() && t[i].all_caps) out->insert(std::string(t[i].lower));
      ++i;
      continue;
    }
    const int b = i;
    int words = 0;
    while (i < n && !t.Blocked(i) &&
           (IsNameWord(t[i], lex) ||
            (i > b && lex.name_particles.contains(t[i].lower) && i + 1 < n &&
             !t.Blocked(i + 1) && IsNameWord(t[i + 1], lex)))) {
      if (IsNameWord(t[i], lex)) ++words;
      ++i;
    }
    const Token* before = b > 0 && t[b - 1].is_word() ? &t[b - 1] : nullptr;
    const bool titled = before != nullptr && lex.IsTitle(before->lower);
    const bool given = lex.gendered_words != nullptr &&
                       lex.gendered_words->contains(t[b].lower);
    const bool determined = before != nullptr && IsDeterminer(*before, lex);
    // "sagte Putin", "so Barth": the subject after a speech verb or cue.
    // "erinnerte sich Trotnow": an auxiliary or reflexive may stand between.
    bool after_cue = before != nullptr && (SpeechVerbAt(t, b - 1, lex, true) != nullptr ||
                                           (lex.auxiliaries.contains(before->lower) &&
                                            SpeechVerbAt(t, b - 2, lex, true) != nullptr));
    for (const CuePhrase& cp : lex.cue_phrases) {
      after_cue |= before != nullptr && cp.position == "source_after" &&
                   cp.words.size() == 1 && before->lower == cp.words[0] &&
                   (!cp.after_comma || SetOffBefore(t, b - 1));
    }
    // "ihre Fraktionskollegin Johanne Modder": the determiner governs the
    // first word, a noun; the words after it name someone.
    int from = i;
    if (titled || given || after_cue || (words >= 2 && !determined)) {
      from = b;
    } else if (words >= 2) {
      from = b + 1;
    }
    for (int k = from; k < i; ++k) {
      if (IsNameWord(t[k], lex)) out->insert(std::string(t[k].lower));
    }
  }
}

bool IsCapitalizedNameWord(const Token& tok, const LanguageLexicon& lex) {
  return (Memo(tok, lex) & kMemoName) != 0;
}

bool IsDeterminer(const Token& tok, const LanguageLexicon& lex) {
  return (Memo(tok, lex) & kMemoDeterminer) != 0;
}

bool IsTitleWord(const Token& tok, const LanguageLexicon& lex) {
  // The memo keeps one part: an organisation word that is a title as well
  // ("Polizei" may be both) is asked about again.
  const Part part = PartOf(tok, lex);
  return part == Part::kTitle || (part == Part::kOrg && lex.IsTitle(tok.lower));
}

const SpeechVerb* SpeechVerbOfWord(const Token& tok, const LanguageLexicon& lex,
                                   bool weak_ok) {
  if ((tok.memo & (kMemoVerbKnown | kMemoVerb)) == kMemoVerbKnown) return nullptr;
  const SpeechVerb* v = lex.FindSpeechVerb(tok.lower);
  tok.memo |= kMemoVerbKnown | (v != nullptr ? kMemoVerb : 0);
  if (v == nullptr || (!weak_ok && !v->speech)) return nullptr;
  return v;
}

namespace {

bool IsPlainWord(const TokenView& t, int i, const LanguageLexicon& lex) {
  return i >= 0 && i < t.size() && !t.Blocked(i) && t[i].is_word() &&
         !t[i].capitalized && SpeechVerbOfWord(t[i], lex, /*weak_ok=*/true) == nullptr &&
         !lex.auxiliaries.contains(t[i].lower) &&
         !IsDeterminer(t[i], lex) &&
         !IsPronoun(t[i], lex) &&
         !lex.conjunctions.contains(t[i].lower) && t[i].lower != "of";
}

SpeakerPhrase Generic(const TokenView& t, int det, int b, int e,
                      const LanguageLexicon& lex) {
  SpeakerPhrase p;
  p.begin = det;
  p.end = e;
  p.kind = Speaker::PERSON;
  p.definite = lex.definite_articles.contains(t[det].lower);
  p.name = t.Surface(b, e);
  p.role = t[e - 1].lower;
  return p;
}

}  // namespace

std::optional<SpeakerPhrase> ParseGenericForward(const TokenView& t, int i,
                                                 const LanguageLexicon& lex) {
  if (i >= t.size() || t.Blocked(i) || !t[i].is_word() ||
      !IsDeterminer(t[i], lex)) {
    return std::nullopt;
  }
  int e = i + 1;
  while (e < t.size() && e - i <= 3 && IsPlainWord(t, e, lex)) ++e;
  if (e == i + 1) return std::nullopt;
  return Generic(t, i, i + 1, e, lex);
}

std::optional<SpeakerPhrase> ParseGenericBackward(const TokenView& t, int end,
                                                  const LanguageLexicon& lex) {
  int b = end;
  while (b - 1 >= 0 && end - b < 3 && IsPlainWord(t, b - 1, lex)) --b;
  if (b == end || b - 1 < 0 || t.Blocked(b - 1) || !t[b - 1].is_word() ||
      !IsDeterminer(t[b - 1], lex)) {
    return std::nullopt;
  }
  return Generic(t, b - 1, b, end, lex);
}

std::optional<SpeakerPhrase> ParseDocumentForward(const TokenView& t, int i,
                                                  const LanguageLexicon& lex) {
  const int n = t.size();
  // One determiner, modifiers and a capitalized noun from `j`; returns the
  // index after the noun, or -1.
  auto noun_group = [&](int j, bool need_determiner) {
    const bool determined =
        j < n && !t.Blocked(j) && t[j].is_word() && IsDeterminer(t[j], lex);
    if (determined) {
      ++j;
    } else if (need_determiner) {
      return -1;
    }
    // A participle's own phrase may come first: "einer am Sonntag
    // verbreiteten Erklärung".
    for (int m = 0; m < 6 && j < n && !t.Blocked(j) && t[j].is_word(); ++m, ++j) {
      if (!t[j].capitalized) continue;
      auto lower = [&](int k) {
        return k < n && !t.Blocked(k) && t[k].is_word() && !t[k].capitalized &&
               !IsDeterminer(t[k], lex);
      };
      auto noun = [&](int k) {
        return k < n && !t.Blocked(k) && t[k].is_word() && t[k].capitalized;
      };
      const bool modifier = m > 0 && lower(j + 1) &&
                            (noun(j + 2) || (lower(j + 2) && noun(j + 3)));
      if (!modifier) return j + 1;
    }
    return -1;
  };
  const int first = noun_group(i, false);
  if (first < 0) return std::nullopt;
  int end = first;
  for (int attribute = 0; attribute < 2 && end < n; ++attribute) {
    // A determiner right after the noun opens a genitive attribute ("der
    // Webseite des Preises der Stadt").
    const int next = noun_group(end, true);
    if (next < 0) break;
    end = next;
  }
  SpeakerPhrase p;
  p.begin = i;
  p.end = end;
  p.kind = Speaker::ORGANIZATION;
  const int head = first - 1;
  p.name = t.Surface(head, end);
  p.role = t[head].lower;
  p.definite = lex.definite_articles.contains(t[i].lower);
  return p;
}

std::optional<SpeakerPhrase> ParseSpeakerForward(const TokenView& t, int i,
                                                 const LanguageLexicon& lex) {
  auto first = ForwardOne(t, i, lex);
  if (!first || first->is_pronoun) return first;
  int j = first->end;
  if (j + 1 < t.size() && !t.Blocked(j) && lex.conjunctions.contains(t[j].lower)) {
    auto second = ForwardOne(t, j + 1, lex);
    if (second && !second->is_pronoun && second->kind == Speaker::PERSON &&
        first->kind == Speaker::PERSON) {
      SpeakerPhrase group = *first;
      group.end = second->end;
      group.kind = Speaker::GROUP;
      group.members = {first->name, second->name};
      group.name = first->name + " " + std::string(t[j].span.Of(t.text)) +
                   " " + second->name;
      group.title.clear();
      return group;
    }
  }
  return first;
}

std::optional<SpeakerPhrase> ParseSpeakerBackward(const TokenView& t, int end,
                                                  const LanguageLexicon& lex) {
  auto last = BackwardOne(t, end, lex);
  if (!last || last->is_pronoun) return last;
  int j = last->begin - 1;
  if (j - 1 >= 0 && !t.Blocked(j) && lex.conjunctions.contains(t[j].lower)) {
    auto first = BackwardOne(t, j, lex);
    if (first && !first->is_pronoun && first->kind == Speaker::PERSON &&
        last->kind == Speaker::PERSON) {
      SpeakerPhrase group = *last;
      group.begin = first->begin;
      group.kind = Speaker::GROUP;
      group.members = {first->name, last->name};
      group.name = first->name + " " + std::string(t[j].span.Of(t.text)) +
                   " " + last->name;
      group.title.clear();
      return group;
    }
  }
  return last;
}

}  // namespace quotes
