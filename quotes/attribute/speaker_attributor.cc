#include "quotes/attribute/speaker_attributor.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "quotes/attribute/content_words.h"
#include "quotes/attribute/entity_registry.h"
#include "quotes/attribute/speaker_phrase.h"
#include "quotes/text/sentences.h"
#include "quotes/text/tokenizer.h"
#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

namespace quotes {
namespace {

// How far each rule is trusted: the share of its speakers that were right
// on ../shared/eval/dev/polnear-train (840 articles, quotes whose gold
// speaker is a name), measured with score.py on 2026-11-27:
//   ADJACENT_CUE 1880/1990 = 0.94, COLON_INTRO 92/103 = 0.89,
//   ACCORDING_TO 49/58 = 0.84, GOVERNING_VERB 990/1184 = 0.84,
//   PRECEDING_CUE 755/798 = 0.95, PARAGRAPH_CONTINUATION 149/210 = 0.71.
// Re-measure before changing them.
constexpr float kAdjacentConfidence = 0.94f;
constexpr float kColonConfidence = 0.89f;
// A colon introduction without a speech verb (the clause's subject): not
// measured separately; ranked below the verb-backed rules.
constexpr float kColonSubjectConfidence = 0.7f;
constexpr float kAccordingToConfidence = 0.84f;
constexpr float kGoverningConfidence = 0.84f;
constexpr float kContinuationConfidence = 0.71f;
constexpr float kPrecedingConfidence = 0.9f;  // 0.95 measured, fewer cases
// A sentence's subject with no cue, measured on 2026-11-28: polnear-train
// 67/106 = 0.63, wikinews_de-train 16/29 = 0.55; together 83/135 = 0.61.
constexpr float kClauseSubjectConfidence = 0.6f;
// A pronoun resolved to an antecedent is less certain than a name.
constexpr float kPronounFactor = 0.85f;
// Pronouns look back this many paragraphs for their antecedent.
constexpr int kPronounParagraphs = 3;
// A quote of at most this many words with no speech cue is a scare quote.
constexpr int kMaxScareWords = 4;

bool IsSentenceEnd(const Token& t) {
  return t.type == Token::kPunct &&
         (t.punct == '.' || t.punct == '?' || t.punct == '!' || t.punct == 0x2026);
}

bool IsSkippable(const Token& t, const LanguageLexicon& lex) {
  if (!t.is_word() || t.capitalized) {
    return t.is_word() && lex.auxiliaries.contains(t.lower);
  }
  return lex.auxiliaries.contains(t.lower) ||
         (t.lower.size() > 4 && absl::EndsWith(t.lower, "ly"));
}

// Splits an elided article or preposition off the word it joins
// ("l'ingegnere", "dell'Interno", "d'après") when the language lists it,
// apostrophe included, among its determiners or name particles, so that the
// word reads on its own (a title, a name).
void SplitElisions(absl::string_view text, const LanguageLexicon& lex,
                   std::vector<Token>* tokens) {
  // Most languages elide nothing, and most paragraphs have no apostrophe at
  // all: leave their tokens alone.
  if (!lex.has_elisions || tokens->empty()) return;
  const absl::string_view para = text.substr(
      tokens->front().span.begin, tokens->back().span.end - tokens->front().span.begin);
  if (para.find('\'') == absl::string_view::npos &&
      para.find("\u2019") == absl::string_view::npos) {
    return;
  }
  std::vector<Token> out;
  out.reserve(tokens->size());
  for (Token& t : *tokens) {
    size_t cut = std::string::npos;
    if (t.is_word()) {
      for (const char* apostrophe : {"'", "\u2019"}) {
        size_t at = t.lower.find(apostrophe);
        const size_t len = std::strlen(apostrophe);
        if (at != std::string::npos && at + len < t.lower.size()) {
          const absl::string_view prefix = t.lower.substr(0, at + len);
          if (lex.determiners.contains(prefix) || lex.name_particles.contains(prefix)) {
            cut = at + len;
          }
          break;
        }
      }
    }
    if (cut == std::string::npos || t.span.begin + cut >= t.span.end) {
      out.push_back(std::move(t));
      continue;
    }
    Token head = t;
    head.span.end = t.span.begin + cut;
    head.lower = t.lower.substr(0, cut);
    head.all_caps = false;
    Token rest = t;
    rest.span.begin = head.span.end;
    rest.lower = t.lower.substr(cut);
    char32_t first;
    DecodeUtf8(text, rest.span.begin, &first);
    rest.capitalized = u_isupper(first) || u_istitle(first);
    out.push_back(std::move(head));
    out.push_back(std::move(rest));
  }
  *tokens = std::move(out);
}

// True when the phrase stands first in its clause: at the sentence start or
// right after a comma; a named person also after at most two adverbs.
bool OpensClause(const TokenView& t, const SpeakerPhrase& sp, int s_begin,
                 const LanguageLexicon& lex) {
  // A focus adverb may precede a named person: "Auch die Ministerin Renate
  // Schmidt äußerte" (but "In der Fraktion sagte" fronts an object).
  int b = sp.begin;
  while (sp.kind == Speaker::PERSON && sp.role.empty() && !sp.is_pronoun &&
         b > s_begin && b > sp.begin - 2 && !t.Blocked(b - 1) && IsSkippable(t[b - 1], lex)) {
    --b;
  }
  return b <= s_begin || t[b - 1].Is(',');
}

// True when the phrase opens with a determiner of an object case ("dem
// Minister", "seiner Familie") or follows a preposition ("auf der
// Landebahn"): not the subject of a verb.
bool IsOblique(const TokenView& t, const SpeakerPhrase& p, const LanguageLexicon& lex) {
  if (p.begin > 0 && !t.Blocked(p.begin - 1) && t[p.begin - 1].is_word() &&
      InList(lex.prepositions, t[p.begin - 1].lower)) {
    return true;
  }
  return !p.is_pronoun && t[p.begin].is_word() &&
         InList(lex.oblique_determiners, t[p.begin].lower);
}

// True for a word of a closed class: not_names (and prepositions),
// determiners, pronouns, name particles.
bool IsFunctionWord(const Token& t, const LanguageLexicon& lex) {
  return (lex.ClassesOf(t.lower) &
          (LanguageLexicon::kNotName | LanguageLexicon::kDeterminer |
           LanguageLexicon::kPronoun | LanguageLexicon::kNameParticle)) != 0;
}

bool IsFiniteAuxiliary(const Token& t, const LanguageLexicon& lex) {
  return t.is_word() && !t.capitalized && lex.finite_auxiliaries.contains(t.lower);
}

// The subject right after the finite auxiliary at `a`, adverbs skipped, ending
// by `limit`: "wird Musk … zitiert", "hatte sich Pieper … hinreißen lassen".
std::optional<SpeakerPhrase> SubjectAfterAuxiliary(const TokenView& t, int a, int limit,
                                                   const LanguageLexicon& lex) {
  int b = a + 1;
  for (int skipped = 0; b < limit && skipped < 3 && IsSkippable(t[b], lex); ++skipped) {
    ++b;
  }
  auto sp = ParseSpeakerForward(t, b, lex);
  if (sp && sp->end <= limit && !IsOblique(t, *sp, lex)) return sp;
  return std::nullopt;
}

// True for the rules that rest on a cue (a verb, a colon, a cue phrase):
// evidence that a quote is speech.
bool HasCue(AttributionRule rule) {
  return rule != NO_RULE && rule != PARAGRAPH_CONTINUATION && rule != CLAUSE_SUBJECT;
}

// What the rules found: a phrase and its cue, before resolution.
struct Finding {
  SpeakerPhrase phrase;
  const std::vector<Token>* tokens;
  ByteSpan cue;
  std::string cue_lemma;
  AttributionRule rule;
  float confidence;
  bool naming = false;  // the cue is a naming verb ("called", "dubbed")
};

// A sentence of a paragraph: its bytes, and its tokens [begin_token,
// end_token), which the rules would otherwise find again by binary search.
struct Sentence {
  ByteSpan span;
  int begin_token = 0;
  int end_token = 0;
};

// Per-paragraph tokens with the tokens inside top-level quotes blocked.
struct Para {
  std::vector<Token> tokens;
  std::vector<unsigned char> blocked;  // one byte per token, 1 when blocked
  // Where each sentence ends (SentenceEnds), found when a quote first asks
  // (sentences_found). Kept with the tokens, so that its memory serves
  // article after article.
  std::vector<int> sentence_ends;
  bool sentences_found = false;
};

class ArticleAttribution {
 public:
  ArticleAttribution(absl::string_view text,
                     const std::vector<ByteSpan>& paragraphs,
                     const std::vector<QuoteSpan>& quotes,
                     const LanguageLexicon& lex,
                     const AbbreviationSet& abbreviations,
                     const CueIndex& cue_index, const ScareCueIndex& scare_cue_index,
                     absl::string_view language, std::vector<Para>* paras,
                     EntityRegistry* registry, WordStore* words)
      : text_(text),
        paragraphs_(paragraphs),
        quotes_(quotes),
        lex_(lex),
        abbreviations_(abbreviations),
        cue_index_(cue_index),
        scare_cue_index_(scare_cue_index),
        language_(language),
        paras_(*paras),
        registry_(*registry),
        words_(*words) {}

  absl::StatusOr<std::vector<Attribution>> Run();

 private:
  TokenView View(int p) const {
    return TokenView{&paras_[p].tokens, &paras_[p].blocked, text_,
                     lex_.nouns_capitalized ? &name_evidence_ : nullptr};
  }
  // Index of the first token starting at or after `pos` in paragraph p.
  int TokenAt(int p, size_t pos) const { return FirstTokenAtOrAfter(paras_[p].tokens, pos); }
  // The sentence of paragraph p that holds byte `pos` (the first ending
  // after it, else the last), and its index in the paragraph.
  Sentence SentenceAround(int p, size_t pos, int* index);

  std::optional<Finding> AfterAdjacent(int p, int c, int s_end,
                                       char32_t terminal) const;
  std::optional<Finding> BeforeAdjacent(int p, int o, int s_begin) const;
  // A cue phrase in tokens [from, to) of paragraph p and the source it
  // names; the first one, or with `nearest_last` the last one (the one
  // nearest a quote that follows).
  std::optional<Finding> AccordingTo(int p, int from, int to, bool nearest_last = false) const;
  // Where the subject may follow the verb: the subject after a fronted
  // adverb or prepositional phrase at `i` and the finite verb after it
  // ("Hier sparte der Bundespräsident …").
  std::optional<SpeakerPhrase> SubjectAfterFronted(const TokenView& t, int i, int limit) const;
  // A text named by the prepositional phrase that opens the sentence right
  // before the verb at `verb`, where the verb has no subject of its own
  // ("Auf der Homepage heißt es: …", "In der Zeitung fand sich …").
  std::optional<SpeakerPhrase> FrontedDocument(const TokenView& t, int s_begin,
                                               int verb) const;
  std::optional<SpeakerPhrase> DocumentBefore(const TokenView& t, int from,
                                              int cue) const;
  // A title in quotation marks standing where a source stands ("schrieb
  // „Die Zeit“", "laut „Reuters“"); see the definition.
  std::optional<SpeakerPhrase> QuotedTitleAt(const TokenView& t, int j) const;
  std::optional<Finding> SentenceFinal(int p, int c, int s_end) const;
  std::optional<Finding> Governing(int p, int o, int s_begin) const;
  std::optional<Finding> PrecedingCue(int p, int o, int s_begin, bool reported);
  std::optional<Finding> ClauseSubject(int p, int o, int s_begin);
  std::optional<SpeakerPhrase> SubjectOf(const TokenView& t, int verb,
                                         int s_begin) const;
  // The subject of the sentence [s_begin, limit). `fronted_ok`: the
  // subject may follow a fronted adverb or phrase and the finite verb
  // (SubjectAfterFronted); false where the verb asked about may stand in a
  // clause of its own.
  std::optional<SpeakerPhrase> SentenceSubject(const TokenView& t, int s_begin,
                                               int limit, bool fronted_ok = true) const;
  // The subject of the speech verb at `verb`, whose lexicon entry the
  // caller has found (`entry`); see the definition.
  std::optional<SpeakerPhrase> SubjectAround(const TokenView& t, int verb,
                                             const SpeechVerb& entry, int s_begin,
                                             int limit) const;
  // The one a quoting verb ("zitiert") quotes; see the definition.
  std::optional<SpeakerPhrase> QuotedBy(const TokenView& t, int verb, int limit,
                                        bool subject_before) const;
  // A role followed by the person named in apposition ("the contractor's
  // lawyer, Jun Park"; "le maire, Hélène Quintard,") is better named by the
  // name: replaces *sp by it. See the definition for the shapes; `limit`
  // bounds the search.
  void ApplyApposition(const TokenView& t, int limit, SpeakerPhrase* sp) const;
  Finding Make(int p, const SpeakerPhrase& phrase, ByteSpan cue,
               std::string lemma, AttributionRule rule, float conf) const {
    const SpeechVerb* v = cue.empty() ? nullptr
                                      : lex_.FindSpeechVerb(ToLowerUtf8(cue.Of(text_)));
    return Finding{HolderOf(View(p), phrase), &paras_[p].tokens, cue, std::move(lemma), rule,
                   conf, v != nullptr && v->naming};
  }
  // The same where the cue is the token of a speech verb, `verb` its entry
  // (the entry of the token's lower-cased word, which the caller has found:
  // not looked up again).
  Finding Make(int p, const SpeakerPhrase& phrase, const Token& cue, const SpeechVerb& verb,
               AttributionRule rule, float conf) const {
    return Finding{HolderOf(View(p), phrase), &paras_[p].tokens, cue.span, verb.lemma, rule,
                   conf, verb.naming};
  }
  // A speech noun names what was said, its genitive or "von" phrase who said
  // it: "das Fazit der Betreiber", "der Vorwurf der CDU", "die Sichtweise von
  // Innenminister Rech". Otherwise `sp` unchanged.
  SpeakerPhrase HolderOf(const TokenView& t, const SpeakerPhrase& sp) const {
    const int k = sp.end;
    if (sp.is_pronoun || k <= sp.begin || k + 1 >= t.size() || t.Blocked(k) ||
        !t[k].is_word() || !InList(lex_.speech_nouns, t[k - 1].lower)) {
      return sp;
    }
    std::optional<SpeakerPhrase> holder;
    if (IsDeterminer(t[k], lex_)) {
      holder = ParseSpeakerForward(t, k, lex_);
    } else if (lex_.name_particles.contains(t[k].lower) && lex_.prepositions.contains(t[k].lower)) {
      holder = ParseSpeakerForward(t, k + 1, lex_);
    }
    if (!holder || holder->is_pronoun || holder->kind == Speaker::UNKNOWN) return sp;
    ApplyApposition(t, t.size(), &*holder);
    return std::move(*holder);
  }
  void Resolve(const Finding& f, size_t quote_pos, int paragraph,
               Attribution* out);
  QuoteRecord::Kind Classify(const QuoteSpan& q, int o, const Attribution& a) const;
  std::optional<QuoteRecord::Kind> ClassifyWhereNounsAreCapitalized(
      const QuoteSpan& q, int o, const Attribution& a, bool first_upper,
      bool all_capitalized) const;

  absl::string_view text_;
  const std::vector<ByteSpan>& paragraphs_;
  const std::vector<QuoteSpan>& quotes_;
  const LanguageLexicon& lex_;
  const AbbreviationSet& abbreviations_;
  const CueIndex& cue_index_;
  const ScareCueIndex& scare_cue_index_;
  absl::string_view language_;

  // One per paragraph; the caller's, so that their vectors' memory serves
  // article after article.
  std::vector<Para>& paras_;
  // Empty at the start; the caller's, like paras_, for its memory.
  EntityRegistry& registry_;
  // The lower-cased words the tokens view: empty at the start, the
  // caller's like paras_.
  WordStore& words_;
  // Words the article shows to be names (TokenView::name_evidence), where
  // capitals alone do not.
  absl::flat_hash_set<std::string> name_evidence_;
  // The last organisation or group that spoke, for "they"/"we".
  std::string last_group_;
  int last_group_paragraph_ = -100;
};

Sentence ArticleAttribution::SentenceAround(int p, size_t pos, int* index) {
  Para& para = paras_[p];
  if (!para.sentences_found) {
    SentenceEndsInto(text_, para.tokens, &lex_.months, &para.sentence_ends);
    para.sentences_found = true;
  }
  const std::vector<int>& ends = para.sentence_ends;
  if (ends.empty()) {  // a paragraph without tokens
    if (index != nullptr) *index = 0;
    return Sentence{paragraphs_[p], 0, 0};
  }
  // The first sentence ending after `pos`, else the last. Sentences are in
  // order, so a binary search: a paragraph of many quoted sentences must not
  // cost quotes x sentences.
  const std::vector<Token>& toks = para.tokens;
  auto it = std::upper_bound(ends.begin(), ends.end(), pos,
                             [&](size_t v, int e) { return v < toks[e - 1].span.end; });
  if (it == ends.end()) --it;
  const int k = static_cast<int>(it - ends.begin());
  if (index != nullptr) *index = k;
  const int b = k == 0 ? 0 : ends[k - 1];
  return Sentence{ByteSpan{toks[b].span.begin, toks[*it - 1].span.end}, b, *it};
}

std::optional<SpeakerPhrase> ArticleAttribution::SubjectOf(const TokenView& t,
                                                           int verb,
                                                           int s_begin) const {
  if (lex_.subject_may_follow_verb && verb - 1 > s_begin && !t[verb - 1].Is(',')) {
    // A participle closing its clause after a finite auxiliary ("Stoiber
    // hatte die Rolle der Vorsitzenden betont: …"): the phrase before the
    // participle is its object; the subject stands around the auxiliary.
    for (int a = verb - 2; a >= s_begin; --a) {
      // Hyphens of "Fraktions- und Parteivorsitzenden" stay inside.
      if (t.Blocked(a) || (t[a].type == Token::kPunct && !IsDash(t[a]))) break;
      if (!IsFiniteAuxiliary(t[a], lex_)) continue;
      if (auto sp = SubjectOf(t, a, s_begin); sp && OpensClause(t, *sp, s_begin, lex_)) {
        return sp;
      }
      if (auto sp = SubjectAfterAuxiliary(t, a, verb, lex_)) return sp;
      break;
    }
  }
  int k = verb;
  for (int skipped = 0; k - 1 >= s_begin && skipped < 4 && !t.Blocked(k - 1) &&
                        IsSkippable(t[k - 1], lex_);
       ++skipped) {
    --k;
  }
  // A short gloss in parentheses after the name: "Renate Schmidt (SPD)
  // äußerte".
  if (k - 1 > s_begin && t[k - 1].Is(')')) {
    for (int b = k - 2; b > s_begin && b >= k - 5 && !t.Blocked(b); --b) {
      if (t[b].Is('(')) {
        k = b;
        break;
      }
    }
  }
  if (auto p = ParseSpeakerBackward(t, k, lex_); p && p->begin >= s_begin) {
    // "mit den Worten zitiert", "nach Eintreffen auf der Landebahn teilte":
    // a phrase in an object case is not the verb's subject.
    if (IsOblique(t, *p, lex_)) return std::nullopt;
    return p;
  }
  if (k == verb) {
    // "Another commenter said", "a friend told": a determiner and a noun
    // right before the verb.
    if (auto p = ParseGenericBackward(t, k, lex_); p && p->begin >= s_begin) {
      return p;
    }
  }
  // "Lavrov, the foreign minister, said", "Clinton, during a town hall in
  // Columbus, Ohio, said": the subject opens the sentence.
  if (k - 1 >= s_begin && t[k - 1].Is(',')) {
    // "Le maire, Hélène Quintard, a déclaré": the named person.
    auto subject = SentenceSubject(t, s_begin, k - 1);
    if (subject) ApplyApposition(t, k, &*subject);
    return subject;
  }
  return std::nullopt;
}

std::optional<SpeakerPhrase> ArticleAttribution::SentenceSubject(
    const TokenView& t, int s_begin, int limit, bool fronted_ok) const {
  int i = s_begin;
  // A dateline ("WASHINGTON (AFP) —", "LA CROSSE, Wisc. —") is not a subject.
  for (int d = s_begin; d < limit && d < s_begin + 8; ++d) {
    if (IsDash(t[d])) {
      i = d + 1;
      break;
    }
    if (t[d].is_word() && !t[d].capitalized) break;
  }
  for (int attempt = 0; attempt < 2 && i < limit; ++attempt) {
    std::optional<SpeakerPhrase> first = ParseSpeakerForward(t, i, lex_);
    if (const auto& p = first;
        p && p->end <= limit && lex_.subject_may_follow_verb && IsOblique(t, *p, lex_)) {
      // A fronted object ("Den Unmut der CDU … brachte die Sprecherin …
      // zum Ausdruck"): the subject follows the verb, the first lower-case
      // word that is no function word.
      for (int v = p->end; v + 1 < limit && v < p->end + 10; ++v) {
        if (t.Blocked(v) || t[v].type == Token::kPunct) break;
        if (!t[v].is_word() || t[v].capitalized || IsFunctionWord(t[v], lex_)) continue;
        if (auto subject = ParseSpeakerForward(t, v + 1, lex_);
            subject && subject->end <= limit && !IsOblique(t, *subject, lex_)) {
          ApplyApposition(t, limit, &*subject);
          return subject;
        }
        break;
      }
    }
    // A clause opening with a preposition fronts that phrase ("Zur
    // Beweislage führt das Gericht aus"), even where the preposition could
    // begin a name ("zur Lippe"): the subject after the verb comes first.
    if (lex_.subject_may_follow_verb && fronted_ok && !t.Blocked(i) && t[i].is_word() &&
        lex_.prepositions.contains(t[i].lower)) {
      if (auto p = SubjectAfterFronted(t, i, limit)) return p;
    }
    if (const auto& p = first; p && p->end <= limit) {
      // A common noun the lexicon does not know, read as an organisation
      // for its article ("Die Haushaltspolitikerin der Grünen, Anja Hajduk,").
      const bool unknown_noun = p->kind == Speaker::ORGANIZATION && p->definite &&
                                p->title.empty() && p->name.find(' ') == std::string::npos;
      if ((!p->role.empty() && p->kind == Speaker::PERSON && !p->is_pronoun) || unknown_noun) {
        // "The secretary of the commission, Anna Kreel, told": the name in
        // apposition to a role is the better mention.
        for (int m = p->end; m < limit && m < p->end + 8; ++m) {
          if (t.Blocked(m) || IsSentenceEnd(t[m])) break;
          if (!t[m].Is(',')) continue;
          auto named = ParseSpeakerForward(t, m + 1, lex_);
          if (named && named->kind == Speaker::PERSON && named->role.empty() &&
              !named->is_pronoun && named->end <= limit && t[named->end].Is(',')) {
            return named;
          }
          break;
        }
      }
      return first;  // p itself, moved rather than copied
    }
    // "Auch der Außenminister Donald Rumsfeld attackierte": a focus adverb
    // before a named person, where capitals alone do not make a name (in
    // English "In Turkey" would be read so).
    if (lex_.nouns_capitalized && i + 1 < limit && !t.Blocked(i) && IsSkippable(t[i], lex_)) {
      if (auto p = ParseSpeakerForward(t, i + 1, lex_);
          p && p->end <= limit && p->kind == Speaker::PERSON && p->role.empty() &&
          !p->is_pronoun &&
          (!IsDeterminer(t[i + 1], lex_) || !p->title.empty() ||
           p->name.find(' ') != std::string::npos)) {
        return p;
      }
    }
    // Verb second: a fronted phrase, the finite auxiliary, then the subject
    // ("Bei einer Debatte hatte sich Pieper … hinreißen lassen: …").
    if (lex_.subject_may_follow_verb) {
      for (int a = i + 1; a + 1 < limit && a < i + 16; ++a) {
        if (t.Blocked(a) || t[a].type == Token::kPunct) break;
        if (!IsFiniteAuxiliary(t[a], lex_)) continue;
        if (auto p = SubjectAfterAuxiliary(t, a, limit, lex_)) return p;
        break;
      }
    }
    // After a fronted clause the finite verb comes first: "Um Zeit zu
    // gewinnen, will Oettinger …", "Als ein Gast half, biss der Randalierer
    // …" (any lower-case word that is not a conjunction or a pronoun, i.e.
    // not in not_names, nor a determiner opening a relative clause).
    const bool fronted_verb =
        attempt > 0 && i + 1 < limit && lex_.subject_may_follow_verb && !t.Blocked(i) &&
        t[i].is_word() && !t[i].capitalized &&
        (IsFiniteAuxiliary(t[i], lex_) ||
         (lex_.ClassesOf(t[i].lower) &
          (LanguageLexicon::kNotName | LanguageLexicon::kDeterminer |
           LanguageLexicon::kPronoun)) == 0);
    if (fronted_verb && IsFiniteAuxiliary(t[i], lex_)) {
      if (auto p = SubjectAfterAuxiliary(t, i, limit, lex_)) return p;
    } else if (fronted_verb) {
      // Another verb: its subject right after it, nothing skipped.
      if (auto p = ParseSpeakerForward(t, i + 1, lex_);
          p && p->end <= limit && !IsOblique(t, *p, lex_) && !p->is_pronoun) {
        return p;
      }
    }
    // Verb second after a fronted adverb or prepositional phrase: "Hier
    // sparte der Bundespräsident nicht mit Kritik", "Zur Beweislage führt
    // das Gericht aus".
    if (lex_.subject_may_follow_verb && fronted_ok) {
      if (auto p = SubjectAfterFronted(t, i, limit)) return p;
    }
    // Skip an introductory phrase: "In a phone call on Thursday, ...".
    int j = i;
    while (j < limit && !t[j].Is(',') && !t.Blocked(j)) ++j;
    if (j >= limit) break;
    i = j + 1;
  }
  return std::nullopt;
}

std::optional<SpeakerPhrase> ArticleAttribution::SubjectAfterFronted(const TokenView& t, int i,
                                                                     int limit) const {
  if (i + 2 >= limit || t.Blocked(i) || !t[i].is_word() || !IsFunctionWord(t[i], lex_) ||
      IsDeterminer(t[i], lex_) || lex_.pronouns.contains(t[i].lower) ||
      lex_.conjunctions.contains(t[i].lower)) {
    return std::nullopt;
  }
  int v = i + 1;
  if (lex_.prepositions.contains(t[i].lower)) {
    // The phrase the preposition governs: determiners, nouns, numbers,
    // further prepositions, and adjectives before a noun.
    for (; v < limit && v < i + 12 && !t.Blocked(v) && t[v].type != Token::kPunct; ++v) {
      const Token& w = t[v];
      const bool adjective = w.is_word() && !w.capitalized && v + 1 < limit &&
                             !t.Blocked(v + 1) && t[v + 1].is_word() && t[v + 1].capitalized;
      if (!(w.type == Token::kNumber || (w.is_word() && w.capitalized) ||
            (w.is_word() && IsFunctionWord(w, lex_)) || adjective)) {
        break;
      }
    }
  }
  // The finite verb: a lower-case word of no closed class.
  if (v + 1 >= limit || t.Blocked(v) || !t[v].is_word() || t[v].capitalized ||
      IsFunctionWord(t[v], lex_) || lex_.prepositions.contains(t[v].lower)) {
    return std::nullopt;
  }
  int k = v + 1;
  for (int skipped = 0; k < limit && skipped < 3 && !t.Blocked(k) && IsSkippable(t[k], lex_);
       ++skipped) {
    ++k;
  }
  auto sp = ParseSpeakerForward(t, k, lex_);
  if (!sp || sp->end > limit || sp->is_pronoun || IsOblique(t, *sp, lex_)) return std::nullopt;
  ApplyApposition(t, limit, &*sp);
  return sp;
}

// A role without a name ("the contractor's lawyer", "el presidente del
// organismo", "il sindaco di Borgo Vessano") followed by the person named in
// apposition (", José Ángel Núñez,"): that person. Otherwise *phrase unchanged.
// A short prepositional tail may stand between the role and the comma; with
// no comma, a full name may follow a lower-case tail directly ("министр
// транспорта области Игорь Соколов").
void ArticleAttribution::ApplyApposition(const TokenView& t, int limit,
                                         SpeakerPhrase* phrase) const {
  const SpeakerPhrase& sp = *phrase;
  const bool bare_role = !sp.role.empty();
  if (sp.is_pronoun || (!bare_role && sp.title.empty())) return;
  if (!bare_role) {
    // "sindaco di Borgo Vessano": a place after the role, not the person.
    absl::string_view last_title_word = sp.title;
    last_title_word.remove_prefix(
        std::min(last_title_word.size(), last_title_word.rfind(' ') + 1));
    const std::string joiner = ToLowerUtf8(last_title_word);
    if (!lex_.name_particles.contains(joiner) && joiner != "of") return;
  }
  int m = sp.end;
  bool lower_tail = true;  // only lower-case words so far
  while (m < limit && m < sp.end + 8 && !t.Blocked(m) && !t[m].Is(',') &&
         !IsSentenceEnd(t[m]) && SpeechVerbAt(t, m, lex_, true) == nullptr) {
    // "министр транспорта области Игорь Соколов": the name may follow a
    // lower-case tail directly.
    if (lower_tail && m > sp.end && t[m].is_word() && t[m].capitalized) break;
    lower_tail = lower_tail && t[m].is_word() && !t[m].capitalized;
    ++m;
  }
  if (m < limit && !t.Blocked(m) && !t[m].Is(',') && lower_tail && m > sp.end) {
    // A genitive tail ("der Hauptgeschäftsführer des Brauer-Bundes, Peter
    // Hahn"), not a name: the apposition may still follow its comma.
    int c = m;
    while (c < limit && c < m + 6 && !t.Blocked(c) && !t[c].Is(',') && !IsSentenceEnd(t[c])) {
      ++c;
    }
    if (c < limit && t[c].Is(',')) {
      auto named = ParseSpeakerForward(t, c + 1, lex_);
      if (named && named->kind == Speaker::PERSON && named->role.empty() &&
          !named->is_pronoun) {
        m = c;
      }
    }
  }
  if (m >= limit || t.Blocked(m)) return;
  const bool comma = t[m].Is(',');
  if (!comma && !(lower_tail && m > sp.end && bare_role)) return;
  auto named = ParseSpeakerForward(t, comma ? m + 1 : m, lex_);
  if (!named || named->kind != Speaker::PERSON || named->is_pronoun ||
      !named->role.empty()) {
    return;
  }
  if (comma) {
    // The apposition closes with a comma or the sentence: "the lawyer, Jun
    // Park, said", "said the lawyer, Jun Park."
    if (named->end < t.size() && !t[named->end].Is(',') &&
        !IsSentenceEnd(t[named->end])) {
      return;
    }
    *phrase = std::move(*named);
    return;
  }
  // Without a comma only a full name: "министр транспорта Игорь Соколов".
  if (named->name.find(' ') != std::string::npos) *phrase = std::move(*named);
}

std::optional<SpeakerPhrase> ArticleAttribution::QuotedBy(const TokenView& t, int verb,
                                                          int limit,
                                                          bool subject_before) const {
  // With its subject before it, the phrase after a quoting verb is the one
  // quoted ("Ein Fernsehsender zitierte Papandreou mit den Worten"); else
  // the subject comes first and the quoted one second ("zitiert die
  // „Computerwoche“ Lynch", "zitiert ndr.de Polizeisprecher Ralf Meyer"), or
  // the subject is all there is ("„…“, zitiert CNN.").
  const int k = verb + 1;
  if (k >= limit) return std::nullopt;
  std::optional<SpeakerPhrase> first = ParseSpeakerForward(t, k, lex_);
  if (subject_before) {
    if (first && first->kind == Speaker::PERSON && first->end <= limit) return first;
    return std::nullopt;
  }
  int after = first ? first->end : -1;
  if (!first) {
    // A name the phrase reader cannot read: a title in quotation marks
    // (die „Computerwoche“) or a web address (ndr.de).
    int j = k;
    if (t[j].is_word() && IsDeterminer(t[j], lex_) && j + 1 < limit) ++j;
    if (t.Blocked(j)) {
      while (j < limit && t.Blocked(j)) ++j;
      after = j;
    } else if (t[j].is_word()) {
      after = j + 1;
    }
  }
  if (after >= 0 && after < limit) {
    if (auto second = ParseSpeakerForward(t, after, lex_);
        second && second->kind == Speaker::PERSON && second->end <= limit) {
      ApplyApposition(t, limit, &*second);
      return second;
    }
  }
  if (first && first->end <= limit) return first;
  // „…“, schreibt die „Computerwoche“.
  if (auto title = QuotedTitleAt(t, k); title && title->end <= limit) return title;
  return std::nullopt;
}

// The subject of a speech verb that is not right after a quote: before the
// verb ("Blinken said that"); in languages whose subject may follow the verb
// (LanguageLexicon::subject_may_follow_verb), before it only when it opens
// its clause ("Merkel sagte"), else after it
// ("Am Montag sagte der Minister, …", "Dabei erklärte sie: …"). `limit`
// bounds the words after the verb.
std::optional<SpeakerPhrase> ArticleAttribution::SubjectAround(
    const TokenView& t, int verb, const SpeechVerb& entry, int s_begin, int limit) const {
  std::optional<SpeakerPhrase> before = SubjectOf(t, verb, s_begin);
  if (entry.quoting) {
    if (auto quoted = QuotedBy(t, verb, limit, before.has_value())) return quoted;
  }
  // "befand der Premierminister … und nannte den Angriff „…“": a verb right
  // after "und" shares the subject of the clause it continues; what follows
  // it is its object.
  if (lex_.subject_may_follow_verb && verb - 1 > s_begin && !t.Blocked(verb - 1) &&
      t[verb - 1].is_word() && lex_.conjunctions.contains(t[verb - 1].lower)) {
    if (auto shared = SentenceSubject(t, s_begin, verb - 1); shared && !IsOblique(t, *shared, lex_)) {
      return shared;
    }
  }
  if (!before) {
    // An object (after a preposition) opening the sentence right before the
    // verb ("In einer Presseerklärung erklärte die Fraktion"): fronted, and
    // the subject follows the verb.
    auto object = ParseSpeakerBackward(t, verb, lex_);
    const bool fronted_object =
        object && IsOblique(t, *object, lex_) && object->begin <= s_begin + 1;
    if (!fronted_object) {
      // A comma before the verb may open the verb's own clause ("die Marke,
      // die der Bürgermeister erklärt hatte"): then the main clause's
      // inverted subject is not its subject.
      bool comma = false;
      for (int k = s_begin; k < verb && !comma; ++k) comma = !t.Blocked(k) && t[k].Is(',');
      before = SentenceSubject(t, s_begin, verb, /*fronted_ok=*/!comma);
    }
  }
  if (before && IsOblique(t, *before, lex_)) {
    before.reset();  // "dem Minister" is spoken to or about, not speaking
  }
  if (before) ApplyApposition(t, verb, &*before);
  if (!lex_.subject_may_follow_verb) return before;
  // Either it opens its clause ("Merkel sagte"), or another constituent is
  // fronted and the subject follows the verb ("In der ARD zeigte sich der
  // Trainer zufrieden: …"), as it does after a fronted subordinate clause
  // ("Da die Brauereien … angewiesen sind, warnte der Verband": the verb
  // right after a comma that closes a clause on its verb, not after an
  // apposition such as ", Henning Scherf (SPD), warnte").
  const bool after_clause = verb - 1 > s_begin && t[verb - 1].Is(',') &&
                            before && before->end < verb - 1 && t[verb - 2].is_word() &&
                            !t[verb - 2].capitalized && !t.Blocked(verb - 2);
  if (before && OpensClause(t, *before, s_begin, lex_) && !after_clause) return before;
  int k = verb + 1;
  for (int skipped = 0; k < limit && skipped < 3 && !t.Blocked(k) &&
                        IsSkippable(t[k], lex_);
       ++skipped) {
    ++k;
  }
  if (k < limit && !(t[k].is_word() && lex_.oblique_determiners.contains(t[k].lower))) {
    if (auto after = ParseSpeakerForward(t, k, lex_); after && after->end <= limit) {
      ApplyApposition(t, limit, &*after);
      return after;
    }
    if (auto title = QuotedTitleAt(t, k); title && title->end <= limit && !before) {
      return title;  // "schrieb die „Jungle World“: …"
    }
  }
  if (!before) {
    // A participle closing its clause: the subject follows the finite
    // auxiliary ("Dazu wird Musk wie folgt zitiert: …").
    for (int a = verb - 1; a > s_begin; --a) {
      if (t.Blocked(a) || t[a].type == Token::kPunct) break;
      if (!IsFiniteAuxiliary(t[a], lex_)) continue;
      if (auto sp = SubjectAfterAuxiliary(t, a, verb, lex_)) return sp;
      break;
    }
  }
  return before;
}

std::optional<Finding> ArticleAttribution::AfterAdjacent(int p, int c,
                                                         int s_end,
                                                         char32_t terminal) const {
  TokenView t = View(p);
  const int n = std::min(t.size(), s_end + 1);
  int j = c + 1;
  // `"…," said`, `"…" — said`, and Russian `«…», — заявил`.
  while (j < n && j < c + 3 && (t[j].Is(',') || IsDash(t[j]))) ++j;
  if (j >= n || t.Blocked(j)) return std::nullopt;
  // After a full stop inside the marks a new sentence begins, and its
  // subject did not say the quote, unless the clause goes on in lower case
  // (`"No comment." said the spokesman`).
  const bool lower_next = t[j].is_word() && !t[j].capitalized;
  if (terminal == '.' && !lower_next) return std::nullopt;
  const bool tight = terminal == '?' || terminal == '!' || terminal == '.';
  // `"…," said Lavrov.` (auxiliaries first: `a déclaré`)
  int v = j;
  while (v < n && v - j < 2 && IsSkippable(t[v], lex_) &&
         !SpeechVerbAt(t, v, lex_, false, true)) {
    ++v;
  }
  // `„…“, zitiert CNN.`, `„…“, zitiert ndr.de Polizeisprecher Ralf Meyer.`
  if (const SpeechVerb* verb = SpeechVerbAt(t, v, lex_, true, true);
      verb != nullptr && verb->quoting) {
    if (auto sp = QuotedBy(t, v, n, /*subject_before=*/false)) {
      return Make(p, *sp, t[v], *verb, ADJACENT_CUE, kAdjacentConfidence);
    }
  }
  // `„…“, wird Panetta zitiert.`, `„…“, hatte Merkel gesagt.`: the subject
  // between an auxiliary and the verb at the clause's end.
  if (lex_.subject_may_follow_verb && t[j].is_word() && !t[j].capitalized &&
      lex_.auxiliaries.contains(t[j].lower) && !SpeechVerbAt(t, j, lex_, true)) {
    if (auto sp = ParseSpeakerForward(t, j + 1, lex_); sp && !IsOblique(t, *sp, lex_)) {
      int m = sp->end;
      if (m < n && t[m].Is(',')) {  // an apposition: ", Technical Product Manager,"
        ++m;
        while (m < n && m < sp->end + 12 && !t[m].Is(',') && !t.Blocked(m) &&
               !IsSentenceEnd(t[m])) {
          ++m;
        }
        if (m < n && t[m].Is(',')) ++m;
      }
      // The verb closes the clause; a few words may stand before it ("in
      // der Mitteilung").
      // A title in quotation marks may stand among them ("im Fachblatt
      // „La Gazzetta“ zitiert").
      for (int x = m; x < n && x < m + 10 && (t.Blocked(x) || t[x].is_word()); ++x) {
        if (t.Blocked(x)) continue;
        const SpeechVerb* verb = SpeechVerbAt(t, x, lex_, true);
        if (verb != nullptr && (x + 1 >= n || !t[x + 1].is_word())) {
          return Make(p, *sp, t[x], *verb, ADJACENT_CUE, kAdjacentConfidence);
        }
      }
    }
  }
  // Where the subject may follow the verb, a verb right after the quote is
  // its cue whatever its strength: `„…“, erinnerte sich Trotnow.`
  if (const SpeechVerb* verb =
          SpeechVerbAt(t, v, lex_, lex_.subject_may_follow_verb, true)) {
    // `"…", dit-il.`, `"…", a-t-elle ajouté.`
    for (int x = j; x <= v; ++x) {
      if (auto pronoun = InvertedPronounAt(t, x, lex_)) {
        return Make(p, *pronoun, t[v], *verb, ADJACENT_CUE,
                    kAdjacentConfidence);
      }
    }
    // `"…", dijo por su parte la alcaldesa`: adverbials before the subject.
    int w = v + 1;
    std::optional<SpeakerPhrase> sp = ParseSpeakerForward(t, w, lex_);
    for (; !sp && w < n && w < v + 4 && !t.Blocked(w) && IsSkippable(t[w], lex_);) {
      sp = ParseSpeakerForward(t, ++w, lex_);
    }
    if (!sp) sp = ParseGenericForward(t, v + 1, lex_);  // "said the designer"
    // schrieb „Die Zeit“ (not a headline's "Announced Its ‘Person Of The Year’")
    if (!sp && !t[v].capitalized) sp = QuotedTitleAt(t, w);
    if (sp) {
      ApplyApposition(t, n, &*sp);
      return Make(p, *sp, t[v], *verb, ADJACENT_CUE, kAdjacentConfidence);
    }
  }
  // `"…," Lavrov said.` / `"…," Lavrov, the minister, told reporters.` /
  // `"…," the chief of staff, Joe Kasper, said.`
  auto sp = ParseSpeakerForward(t, j, lex_);
  if (!sp) {
    // "…," a friend said.
    sp = ParseGenericForward(t, j, lex_);
    if (!sp || !SpeechVerbAt(t, sp->end, lex_, true)) return std::nullopt;
  }
  int k = sp->end;
  if (tight) {
    // A verb right after the phrase is a cue whatever its strength:
    // `"…?" Beck questioned.`
    if (const SpeechVerb* verb = SpeechVerbAt(t, k, lex_, true)) {
      return Make(p, *sp, t[k], *verb, ADJACENT_CUE,
                  kAdjacentConfidence);
    }
    return std::nullopt;
  }
  // What may stand between the phrase and its verb: nothing, auxiliaries,
  // an apposition set off by commas, or a prepositional tail ("of staff").
  const bool appositive = k < n && t[k].Is(',');
  const bool tail = k < n && t[k].is_word() && !t[k].capitalized &&
                    !IsSkippable(t[k], lex_) && !SpeechVerbAt(t, k, lex_, false);
  for (int m = k; m < n && m < k + 20; ++m) {
    if (t.Blocked(m) && appositive) continue;
    if (t.Blocked(m) || IsSentenceEnd(t[m])) break;
    const SpeechVerb* verb = SpeechVerbAt(t, m, lex_, /*weak_ok=*/m == k);
    if (verb == nullptr) {
      if (m == k && !appositive && !tail && !IsSkippable(t[m], lex_)) break;
      continue;
    }
    if (m > k && !appositive && !tail) {
      // Only auxiliaries may stand between: "Lavrov also said".
      bool all_skippable = true;
      for (int x = k; x < m; ++x) all_skippable &= IsSkippable(t[x], lex_);
      if (!all_skippable) break;
    }
    if (appositive && !sp->role.empty() && sp->name.find(' ') == std::string::npos) {
      // A role named in apposition: "the chief of staff, Joe Kasper, said".
      if (auto named = ParseSpeakerForward(t, k + 1, lex_);
          named && named->kind == Speaker::PERSON && named->role.empty() &&
          !named->is_pronoun) {
        sp = std::move(named);
      }
    }
    return Make(p, *sp, t[m], *verb, ADJACENT_CUE, kAdjacentConfidence);
  }
  return std::nullopt;
}

std::optional<Finding> ArticleAttribution::BeforeAdjacent(int p, int o,
                                                          int s_begin) const {
  TokenView t = View(p);
  int k = o - 1;
  if (k < s_begin || t.Blocked(k)) return std::nullopt;
  bool colon = false;
  ByteSpan punct_span;
  if (t[k].Is(':') || t[k].Is(',') || IsDash(t[k])) {
    colon = t[k].Is(':');
    punct_span = t[k].span;
    --k;
  }
  if (k < s_begin) return std::nullopt;
  const AttributionRule rule = colon ? COLON_INTRO : ADJACENT_CUE;
  const float conf = colon ? kColonConfidence : kAdjacentConfidence;
  // `Lavrov said: "…"`, `he added, "…"`, `Blinken said simply: "…"`.
  int kk = k;
  for (int skipped = 0; kk > s_begin && skipped < 2 && IsSkippable(t[kk], lex_);
       ++skipped) {
    --kk;
  }
  if (const SpeechVerb* verb =
          SpeechVerbAt(t, kk, lex_, /*weak_ok=*/true, kk == s_begin)) {
    if (auto sp = SubjectOf(t, kk, s_begin)) {
      return Make(p, *sp, t[kk], *verb, rule, conf);
    }
  }
  // `said Lavrov: "…"`, and the headline style `Lavrov: "…"`.
  if (auto sp = ParseSpeakerBackward(t, k + 1, lex_); sp && sp->begin >= s_begin) {
    if (const SpeechVerb* verb = SpeechVerbAt(t, sp->begin - 1, lex_, true)) {
      // `Clinton told her supporters, "…"`: the phrase after the verb is the
      // listener when the verb has a subject of its own.
      std::optional<SpeakerPhrase> subject = SubjectOf(t, sp->begin - 1, s_begin);
      // Where the subject may follow the verb, a phrase before it that does
      // not open the clause is fronted ("Nach der Sitzung sagte der
      // Minister: …"): the phrase after the verb is the subject.
      if (subject && lex_.subject_may_follow_verb && !OpensClause(t, *subject, s_begin, lex_)) {
        subject.reset();
      }
      if (subject) {
        return Make(p, *subject, t[sp->begin - 1], *verb, rule, conf);
      }
      return Make(p, *sp, t[sp->begin - 1], *verb, rule, conf);
    }
    // ", und der Ministerpräsident Jens Stoltenberg: „…“": a named person
    // closing an enumeration introduces the quote like a headline's name.
    const bool listed = sp->begin > s_begin && sp->kind == Speaker::PERSON &&
                        sp->role.empty() && !sp->title.empty() &&
                        (t[sp->begin - 1].Is(',') ||
                         lex_.conjunctions.contains(t[sp->begin - 1].lower));
    if (colon && (sp->begin == s_begin || listed) && !sp->is_pronoun) {
      return Make(p, *sp, punct_span, ":", COLON_INTRO, kColonConfidence);
    }
  }
  // `Blinken said in a statement on Friday: "…"`.
  if (colon) {
    for (int m = k; m >= s_begin; --m) {
      // A partial quote the same verb governs may stand between: "rechtfertigte
      // die Aktion als „defensiver Natur“: „…“".
      if (t.Blocked(m)) {
        if (lex_.subject_may_follow_verb) continue;
        break;
      }
      if (const SpeechVerb* verb = SpeechVerbAt(t, m, lex_, true, m == s_begin)) {
        if (auto sp = SubjectAround(t, m, *verb, s_begin, k + 1)) {
          return Make(p, *sp, t[m], *verb, COLON_INTRO,
                      kColonConfidence);
        }
        if (auto doc = FrontedDocument(t, s_begin, m)) {
          return Make(p, *doc, t[m], *verb, COLON_INTRO, kColonConfidence);
        }
        return std::nullopt;
      }
    }
    // No verb: `Kaine has adopted the stance of many: "…"`. The clause's
    // subject introduces the quote, unless the colon stands in parentheses
    // ("(Codenamen: „Maelstrom“)").
    int open_parens = 0;
    for (int m = s_begin; m <= k; ++m) {
      if (t[m].Is('(')) ++open_parens;
      if (t[m].Is(')') && open_parens > 0) --open_parens;
    }
    if (open_parens > 0) return std::nullopt;
    if (auto sp = SentenceSubject(t, s_begin, k + 1); sp && !sp->is_pronoun) {
      return Make(p, *sp, punct_span, ":", COLON_INTRO, kColonSubjectConfidence);
    }
  }
  return std::nullopt;
}

// "In dem Antrag heißt es", "In einer Erklärung der Minister hatte es
// geheißen": the text a clause opening with a preposition (a word of
// not_names) names before the cue at `cue`.
std::optional<SpeakerPhrase> ArticleAttribution::DocumentBefore(const TokenView& t,
                                                                int from, int cue) const {
  int start = cue;
  while (start - 1 >= from && !t.Blocked(start - 1) && t[start - 1].is_word()) --start;
  if (start + 1 >= cue || (lex_.ClassesOf(t[start].lower) & LanguageLexicon::kNotName) == 0 ||
      IsDeterminer(t[start], lex_)) {
    return std::nullopt;
  }
  auto doc = ParseDocumentForward(t, start + 1, lex_);
  // A few words may follow the text's name ("vom Dienstagabend").
  if (!doc || doc->end > cue || cue - doc->end > 6) return std::nullopt;
  return doc;
}

std::optional<SpeakerPhrase> ArticleAttribution::FrontedDocument(const TokenView& t,
                                                                 int s_begin,
                                                                 int verb) const {
  if (verb - s_begin < 2 || t.Blocked(s_begin) || !t[s_begin].is_word() ||
      !lex_.prepositions.contains(t[s_begin].lower)) {
    return std::nullopt;
  }
  auto doc = ParseDocumentForward(t, s_begin + 1, lex_);
  if (!doc || doc->end != verb) return std::nullopt;
  return doc;
}

// The quoted name of a newspaper, agency or site as a source: token `j`
// (after an optional determiner: die „Computerwoche“) opens a top-level
// quote of at most four words, starting with a capital letter and with no
// sentence punctuation inside. An ORGANIZATION named by the quote's words.
std::optional<SpeakerPhrase> ArticleAttribution::QuotedTitleAt(const TokenView& t,
                                                               int j) const {
  const int begin = j;
  if (j < t.size() && !t.Blocked(j) && t[j].is_word() && IsDeterminer(t[j], lex_)) {
    ++j;
  }
  if (j >= t.size() || !t.Blocked(j)) return std::nullopt;
  const size_t at = t[j].span.begin;
  auto q = std::lower_bound(quotes_.begin(), quotes_.end(), at,
                            [](const QuoteSpan& s, size_t v) { return s.open_mark.begin < v; });
  if (q == quotes_.end() || q->open_mark.begin != at || q->depth != 0 || !q->closed ||
      q->first_paragraph != q->last_paragraph) {
    return std::nullopt;
  }
  const absl::string_view content = q->content.Of(text_);
  if (content.empty() || std::count(content.begin(), content.end(), ' ') > 3 ||
      content.find_first_of(".,;:!?") != absl::string_view::npos) {
    return std::nullopt;
  }
  char32_t first;
  DecodeUtf8(content, 0, &first);
  if (!u_isupper(first)) return std::nullopt;
  int end = j;
  while (end < t.size() && t[end].span.begin < q->close_mark.end) ++end;
  SpeakerPhrase p;
  p.begin = begin;
  p.end = end;
  p.kind = Speaker::ORGANIZATION;
  p.name = std::string(content);
  p.definite = begin < j && lex_.definite_articles.contains(t[begin].lower);
  return p;
}

std::optional<Finding> ArticleAttribution::AccordingTo(int p, int from, int to,
                                                       bool nearest_last) const {
  TokenView t = View(p);
  const int lo = std::max(from, 0);
  const int hi = std::min(to, t.size());
  // Only German lists speech nouns: elsewhere the loop asks nothing of a
  // word's capital (a branch that mispredicts as often as capitals come).
  const bool has_speech_nouns = !lex_.speech_nouns.empty();
  // Every word of the range is asked about, most of them no cue: read from
  // the vectors directly, not through the TokenView.
  const Token* const toks = paras_[p].tokens.data();
  const unsigned char* const blocked = paras_[p].blocked.data();
  const int step = nearest_last ? -1 : 1;
  for (int n = lo, i = nearest_last ? hi - 1 : lo; n < hi; ++n, i += step) {
    if (blocked[i] || !toks[i].is_word()) continue;
    // "Auf den Vorwurf der CDU, es handele sich um einen „…“": a speech
    // noun whose genitive names the speaker.
    if (has_speech_nouns && t[i].capitalized && lex_.speech_nouns.contains(t[i].lower)) {
      SpeakerPhrase noun;
      noun.begin = i;
      noun.end = i + 1;
      SpeakerPhrase holder = HolderOf(t, noun);
      if (holder.end > noun.end) {
        return Make(p, holder, t[i].span, std::string(t[i].lower), ACCORDING_TO,
                    kAccordingToConfidence);
      }
    }
    const std::vector<const CuePhrase*>* candidates = cue_index_.Find(toks[i].lower);
    if (candidates == nullptr) continue;
    for (const CuePhrase* phrase : *candidates) {
      const CuePhrase& cp = *phrase;
      const int len = static_cast<int>(cp.words.size());
      if (i + len > t.size()) continue;
      bool match = true;
      for (int w = 0; w < len && match; ++w) {
        match = !t.Blocked(i + w) && t[i + w].lower == cp.words[w];
      }
      if (!match) continue;
      ByteSpan cue{t[i].span.begin, t[i + len - 1].span.end};
      std::optional<SpeakerPhrase> sp;
      if (cp.position == "opening_source") {
        // "Für den Minister ist das „…“": only where the phrase opens the
        // range searched, capitalized as a sentence's first word.
        if (i == from && t[i].capitalized) {
          sp = ParseSpeakerForward(t, i + len, lex_);
          if (sp && sp->kind == Speaker::UNKNOWN) sp.reset();
        }
      } else if (cp.position == "source_after") {
        if (cp.after_comma && !SetOffBefore(t, i)) continue;
        sp = ParseSpeakerForward(t, i + len, lex_);
        // "hieß es vom Abgeordneten des Föderationsrates Viktor Oserow"
        if (sp) ApplyApposition(t, t.size(), &*sp);
        if (!sp) sp = QuotedTitleAt(t, i + len);  // laut „Reuters“
        // „…“, so urteilte Romney selbst: a speech verb after the cue, then
        // its subject.
        if (!sp && lex_.subject_may_follow_verb && SpeechVerbAt(t, i + len, lex_, true)) {
          int w = i + len + 1;
          for (int skipped = 0; w < to && skipped < 2 && IsSkippable(t[w], lex_); ++skipped) {
            ++w;
          }
          sp = ParseSpeakerForward(t, w, lex_);
        }
      } else if (cp.position == "source_before") {
        sp = ParseSpeakerBackward(t, i, lex_);
      } else if (cp.position == "document_after") {
        sp = ParseDocumentForward(t, i + len, lex_);
      } else if (cp.position == "clause_subject") {
        // "wie der Minister sagte", "wie Hoyzer zitiert wird": the subject
        // of the clause the phrase opens, when a speech verb closes it.
        sp = ParseSpeakerForward(t, i + len, lex_);
        bool verb = false;
        if (sp && !IsOblique(t, *sp, lex_)) {
          // A relative clause or apposition set off by commas may come
          // first: "Wie Norman Paech, der … anwesend war, dazu feststellt".
          int from_v = sp->end;
          if (from_v < t.size() && t[from_v].Is(',')) {
            int m = from_v + 1;
            // (an ordinal's period, "am 20. August", ends no sentence)
            while (m < t.size() && m < from_v + 30 && !t.Blocked(m) && !t[m].Is(',') &&
                   (!IsSentenceEnd(t[m]) || t[m - 1].type == Token::kNumber)) {
              ++m;
            }
            if (m < t.size() && t[m].Is(',')) from_v = m + 1;
          }
          for (int v = from_v; !verb && v < t.size() && v < from_v + 8; ++v) {
            if (t.Blocked(v) || t[v].type == Token::kPunct) break;
            verb = SpeechVerbAt(t, v, lex_, true) != nullptr;
          }
        }
        if (!verb) sp.reset();
      } else {
        sp = DocumentBefore(t, std::max(from, 0), i);
      }
      if (sp) {
        return Make(p, *sp, cue, absl::StrJoin(cp.words, " "), ACCORDING_TO,
                    kAccordingToConfidence);
      }
    }
  }
  return std::nullopt;
}

std::optional<Finding> ArticleAttribution::SentenceFinal(int p, int c,
                                                         int s_end) const {
  // `…"X" and more words, the German chancellery said.` and `…" but more,
  // says Evan Tracey, a consultant.`: a reporting clause after a comma that
  // ends the sentence or is followed only by an apposition.
  TokenView t = View(p);
  const int end = std::min(s_end, t.size());
  auto finish = [&](int after) {
    // A few words ("in a statement") or an apposition may follow.
    return end - after <= 5 || (after < end && t[after].Is(','));
  };
  for (int comma = c + 2; comma < end; ++comma) {
    if (t.Blocked(comma)) return std::nullopt;
    if (!t[comma].Is(',')) continue;
    const int j = comma + 1;
    if (const SpeechVerb* verb = SpeechVerbAt(t, j, lex_, false)) {
      if (auto sp = ParseSpeakerForward(t, j + 1, lex_); sp && finish(sp->end)) {
        ApplyApposition(t, t.size(), &*sp);
        return Make(p, *sp, t[j], *verb, GOVERNING_VERB, kGoverningConfidence);
      }
    }
    if (auto sp = ParseSpeakerForward(t, j, lex_)) {
      int k = sp->end;
      for (int skipped = 0; k < end && skipped < 3 && IsSkippable(t[k], lex_);
           ++skipped) {
        ++k;
      }
      if (const SpeechVerb* verb = SpeechVerbAt(t, k, lex_, false);
          verb && finish(k + 1)) {
        return Make(p, *sp, t[k], *verb, GOVERNING_VERB,
                    kGoverningConfidence);
      }
    }
  }
  return std::nullopt;
}

std::optional<Finding> ArticleAttribution::Governing(int p, int o,
                                                     int s_begin) const {
  TokenView t = View(p);
  for (int k = o - 1; k >= s_begin; --k) {
    if (t.Blocked(k)) continue;
    const SpeechVerb* verb = SpeechVerbAt(t, k, lex_, true, k == s_begin);
    if (verb == nullptr) continue;
    std::optional<SpeakerPhrase> sp = SubjectAround(t, k, *verb, s_begin, o);
    if (!sp) sp = FrontedDocument(t, s_begin, k);
    if (sp) {
      return Make(p, *sp, t[k], *verb, GOVERNING_VERB,
                  kGoverningConfidence);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Finding> ArticleAttribution::PrecedingCue(
    int p, int o, int s_begin, bool reported) {
  // The sentence before: in this paragraph, or the last of the previous one
  // when the quote opens its paragraph. A quote in reported speech ("Die Lage
  // sei „ernst“") need not open its sentence, and continues the speaker of
  // up to three sentences before.
  int pp = p;
  int end = s_begin;
  if (o != s_begin && !reported) return std::optional<Finding>();
  for (int back = 0; back < (reported ? 3 : 1); ++back) {
    if (end == 0) {
      if (pp == 0 || (pp < p && !reported)) return std::optional<Finding>();
      pp = pp - 1;
      end = static_cast<int>(paras_[pp].tokens.size());
    }
    if (end == 0) return std::optional<Finding>();
    const Sentence prev = SentenceAround(pp, paras_[pp].tokens[end - 1].span.begin, nullptr);
    const int b = prev.begin_token;
    TokenView t = View(pp);
    end = b;
    for (int k = prev.end_token - 1; k >= b; --k) {
      if (t.Blocked(k)) continue;
      // Weak verbs only when they end the sentence: "Sand agreed."
      // In reported speech the clause that follows is evidence enough.
      const bool ends = reported ||
                        (k + 1 < t.size() && (IsSentenceEnd(t[k + 1]) || t[k + 1].Is(':')));
      const SpeechVerb* verb = SpeechVerbAt(t, k, lex_, ends, k == b);
      if (verb == nullptr) continue;
      std::optional<SpeakerPhrase> sp = lex_.subject_may_follow_verb
                                            ? SubjectAround(t, k, *verb, b, t.size())
                                            : SubjectOf(t, k, b);
      if (!sp) {
        // "said Lavrov." / "said Lavrov:" / "said the lawyer, Jun Park."
        sp = ParseSpeakerForward(t, k + 1, lex_);
        if (sp) ApplyApposition(t, t.size(), &*sp);
      }
      if (sp) {
        return std::optional<Finding>(Make(pp, *sp, t[k], *verb,
                                           PRECEDING_CUE, kPrecedingConfidence));
      }
      break;
    }
  }
  return std::optional<Finding>();
}

std::optional<Finding> ArticleAttribution::ClauseSubject(
    int p, int o, int s_begin) {
  // A quote inside its sentence: that sentence's subject. A quote opening its
  // sentence: the subject of the sentence before, in this paragraph or, when
  // the quote opens its paragraph, the last of the previous one.
  int pp = p;
  int b = s_begin;
  int limit = o;
  if (o == s_begin) {
    if (s_begin == 0) {
      if (p == 0) return std::optional<Finding>();
      pp = p - 1;
    }
    const auto& toks = paras_[pp].tokens;
    const int end = pp == p ? s_begin : static_cast<int>(toks.size());
    if (end == 0) return std::optional<Finding>();
    b = SentenceAround(pp, toks[end - 1].span.begin, nullptr).begin_token;
    limit = end;
  }
  // A sentence opening with a cue phrase names its source there: "Nach
  // Ansicht von X ist …", "According to the police, …".
  if (auto cue = AccordingTo(pp, b, std::min(b + 2, limit)); cue && cue->phrase.end <= limit) {
    cue->rule = CLAUSE_SUBJECT;
    cue->confidence = kClauseSubjectConfidence;
    return cue;
  }
  TokenView t = View(pp);
  std::optional<SpeakerPhrase> sp = SentenceSubject(t, b, limit);
  if (!sp || IsOblique(t, *sp, lex_)) return std::optional<Finding>();
  return std::optional<Finding>(
      Make(pp, *sp, ByteSpan{}, "", CLAUSE_SUBJECT, kClauseSubjectConfidence));
}

void ArticleAttribution::Resolve(const Finding& f, size_t quote_pos,
                                 int paragraph, Attribution* out) {
  const SpeakerPhrase& sp = f.phrase;
  const auto& toks = *f.tokens;
  out->mention_span = ByteSpan{toks[sp.begin].span.begin, toks[sp.end - 1].span.end};
  out->mention = std::string(out->mention_span.Of(text_));
  out->cue_span = f.cue;
  out->cue = std::string(f.cue.Of(text_));
  out->cue_lemma = f.cue_lemma;
  out->naming = f.naming;
  out->rule = f.rule;
  out->confidence = f.confidence;
  out->speaker_kind = sp.kind;
  out->title = sp.title;
  if (sp.is_pronoun) {
    out->confidence *= kPronounFactor;
    std::optional<std::string> who;
    if (sp.gender == "pl") {
      if (!last_group_.empty() &&
          paragraph - last_group_paragraph_ <= kPronounParagraphs) {
        who = last_group_;
      }
    } else if (sp.gender == "m" || sp.gender == "f") {
      size_t not_before =
          paragraphs_[std::max(0, paragraph - kPronounParagraphs)].begin;
      who = registry_.LastPersonBefore(out->mention_span.begin, not_before,
                                       sp.gender);
    }
    if (!who && sp.gender != "pl") {
      // No named person to refer to: the person its own sentence opened
      // with ("Der Student verbrachte die Nacht in Gewahrsam … und hatte
      // gefragt: …").
      const TokenView t = View(paragraph);
      const int b = SentenceAround(paragraph, toks[sp.begin].span.begin, nullptr).begin_token;
      if (b < sp.begin) {
        // (Where nouns are capitalized, "der Student" reads as a definite
        // noun the lexicon does not know, an ORGANIZATION.)
        auto subject = SentenceSubject(t, b, sp.begin);
        const bool person_noun = subject && lex_.nouns_capitalized &&
                                 subject->kind == Speaker::ORGANIZATION && subject->definite &&
                                 subject->title.empty() &&
                                 subject->name.find(' ') == std::string::npos;
        if (subject && !subject->is_pronoun &&
            (subject->kind == Speaker::PERSON || person_noun) && !IsOblique(t, *subject, lex_)) {
          out->name = !subject->role.empty() ? subject->name
                                             : registry_.Canonical(subject->name, quote_pos);
          out->title = subject->title;
          return;
        }
      }
    }
    if (!who) {
      out->speaker_kind = Speaker::UNKNOWN;
      out->name.clear();
      return;
    }
    out->name = *who;
    out->title = registry_.TitleOf(*who);
    return;
  }
  if (sp.kind == Speaker::GROUP && !sp.members.empty()) {
    for (const std::string& m : sp.members) {
      out->members.push_back(registry_.Canonical(m, quote_pos));
    }
    out->name = sp.name;
    return;
  }
  if (sp.kind == Speaker::PERSON && !sp.role.empty()) {
    // "the secretary" → the person introduced as secretary.
    if (sp.definite) {
      if (auto who = registry_.PersonWithRole(sp.role, quote_pos)) {
        out->name = *who;
        out->title = registry_.TitleOf(*who);
        return;
      }
    }
    out->name = sp.name;
    return;
  }
  if (sp.kind == Speaker::PERSON) {
    out->name = registry_.Canonical(sp.name, quote_pos);
    if (out->title.empty()) out->title = registry_.TitleOf(out->name);
    return;
  }
  out->name = StripPossessive(sp.name);
  last_group_ = out->name;
  last_group_paragraph_ = paragraph;
}

// A short quote without a full stop, where every noun is capitalized
// (German): capitals cannot tell a title from a fragment of speech, but the
// first letter and the words around can. In order:
//   - a quote inside a quote is the quoted speaker's quoting, not speech of
//     its own: SCARE;
//   - lower-case first letter: an adjective or verb phrase, someone's words
//     („kaputt“, „völlig unrealistisch“): PARTIAL;
//   - every word capitalized („Berliner Zeitung“, „Rote Löwe“): a name;
//   - a capitalized noun right before it: an apposition naming a work, a
//     vessel, a firm (die Raumfähre „Discovery“): a name;
//   - otherwise speech when a cue was found or a speech verb governs it
//     from its own clause (nannte dies einen „Militärputsch“), else a name.
// Measured on wikinews_de-train; see the commit note.
std::optional<QuoteRecord::Kind> ArticleAttribution::ClassifyWhereNounsAreCapitalized(
    const QuoteSpan& q, int o, const Attribution& a, bool first_upper,
    bool all_capitalized) const {
  const int p = q.first_paragraph;
  const TokenView t = View(p);
  if (q.depth > 0) return QuoteRecord::SCARE;
  // „Jamaika“-Koalition, „montagsdemo.net“: part of a word or an address.
  const absl::string_view content = q.content.Of(text_);
  if (absl::StartsWith(text_.substr(q.close_mark.end), "-")) return QuoteRecord::SCARE;
  for (size_t dot = content.find('.'); dot != absl::string_view::npos;
       dot = content.find('.', dot + 1)) {
    const bool letter_after = dot + 1 < content.size() &&
                              absl::ascii_isalpha(static_cast<unsigned char>(content[dot + 1]));
    const bool word_before =
        dot == 0 || absl::ascii_isalnum(static_cast<unsigned char>(content[dot - 1]));
    if (letter_after && word_before) return QuoteRecord::SCARE;
  }
  if (!first_upper) return QuoteRecord::PARTIAL;
  if (all_capitalized) return QuoteRecord::SCARE;
  // A gloss in parentheses („Bookmarks“), or the source a cue phrase names
  // (laut „Tagesspiegel“, gegenüber dem „Spiegel“): a name.
  int before = o - 1;
  if (before >= 0 && t[before].is_word() && IsDeterminer(t[before], lex_)) {
    --before;
  }
  if (before >= 0 && !t.Blocked(before)) {
    if (t[before].Is('(')) return QuoteRecord::SCARE;
    for (const CuePhrase& cp : lex_.cue_phrases) {
      // The preposition a text follows ("heißt es in der „Zeit“") also
      // introduces names.
      if ((cp.position == "source_after" || cp.position == "document_after") &&
          t[before].lower == cp.words.back()) {
        return QuoteRecord::SCARE;
      }
    }
  }
  if (o > 0 && !t.Blocked(o - 1) && t[o - 1].is_word() && t[o - 1].capitalized &&
      !lex_.not_names.contains(t[o - 1].lower) && o - 2 >= 0 &&
      !IsSentenceEnd(t[o - 2]) && !t[o - 2].Is(':') &&
      SpeechVerbAt(t, o - 1, lex_, true, true) == nullptr) {
    return QuoteRecord::SCARE;
  }
  if (HasCue(a.rule)) return QuoteRecord::PARTIAL;
  for (int k = o - 1; k >= 0 && k >= o - 6; --k) {
    if (t.Blocked(k) || IsSentenceEnd(t[k]) || t[k].Is(',') || t[k].Is(':') ||
        t[k].Is(';')) {
      break;
    }
    if (SpeechVerbAt(t, k, lex_, true) != nullptr) return QuoteRecord::PARTIAL;
  }
  return QuoteRecord::SCARE;
}

QuoteRecord::Kind ArticleAttribution::Classify(const QuoteSpan& q, int o,
                                               const Attribution& a) const {
  const int p = q.first_paragraph;
  const auto& toks = paras_[p].tokens;
  // Words of the content, and whether it reads as a sentence.
  absl::string_view content = q.content.Of(text_);
  const ContentWords counted = CountContentWords(content);
  const int words = counted.words;
  const int capitalized_words = counted.capitalized_words;
  const bool first_upper = counted.first_upper;
  // A scare cue right before the quote ("so-called", "dubbed").
  if (o > 0) {
    if (auto cues = scare_cue_index_.find(toks[o - 1].lower); cues != scare_cue_index_.end()) {
      for (const std::vector<std::string>* cue : cues->second) {
        const int len = static_cast<int>(cue->size());
        if (o - len < 0) continue;
        bool match = true;
        for (int w = 0; w < len - 1 && match; ++w) {
          match = toks[o - len + w].lower == (*cue)[w];
        }
        if (match) return QuoteRecord::SCARE;
      }
    }
  }
  bool set_off = o == 0;
  if (o > 0) {
    const Token& before = toks[o - 1];
    set_off = before.Is(':') || before.Is(',') || IsDash(before) ||
              IsSentenceEnd(before) || before.Is('(');
  }
  const absl::string_view trimmed = absl::StripTrailingAsciiWhitespace(content);
  bool ends_sentence = !trimmed.empty() &&
                       (trimmed.back() == '.' || trimmed.back() == '?' ||
                        trimmed.back() == '!' || trimmed.back() == ',' ||
                        absl::EndsWith(trimmed, "\u2026"));
  if (q.last_paragraph > q.first_paragraph || !q.closed) return QuoteRecord::DIRECT;
  // An utterance a paragraph opens with a dash ("— Гарантии будут, — …").
  if (std::find(lex_.quote_dashes.begin(), lex_.quote_dashes.end(), q.open) !=
      lex_.quote_dashes.end()) {
    return QuoteRecord::DIRECT;
  }
  if (lex_.nouns_capitalized && words <= kMaxScareWords && !ends_sentence) {
    if (auto kind = ClassifyWhereNounsAreCapitalized(
            q, o, a, first_upper, words >= 2 && capitalized_words == words)) {
      return *kind;
    }
  }
  // A speech verb governing a lower-case fragment from a few words before
  // counts as a cue when its subject was not found but the speaker is known
  // from the paragraph ("…, qui dénonce « une polémique inutile »").
  bool verb_before = false;
  for (int k = o - 1; k >= 0 && k >= o - 4 && !verb_before; --k) {
    if (paras_[p].blocked[k] || toks[k].type == Token::kPunct) break;
    verb_before = SpeechVerbAt(View(p), k, lex_, /*weak_ok=*/true) != nullptr;
  }
  const bool cued = HasCue(a.rule) ||
                    (verb_before && !first_upper && a.speaker_kind != Speaker::UNKNOWN);
  // A Title In Capitals ("Walk the Line", "A Path Worth Taking,") with no
  // full stop is a name or a title, unless a speech cue says otherwise: each
  // word capitalized or a short function word.
  // (Rarely asked: the content is scanned again for its short words,
  // those of up to four bytes, rather than collected on every quote.)
  auto capitalized_or_minor = [&] {
    int missing = words - capitalized_words;
    ScanContentWords(content, [&](size_t begin, size_t end) {
      const absl::string_view w = content.substr(begin, end - begin);
      if (missing > 0 && !w.empty() && w.size() <= 4 && lex_.function_words.contains(w)) {
        --missing;
      }
    });
    return missing <= 0;
  };
  const bool title_case = words > 0 && words <= 8 && capitalized_words >= 1 &&
                          (words == 1 || capitalized_words >= 2) && capitalized_or_minor();
  const bool full_stop = !trimmed.empty() && trimmed.back() != ',' && ends_sentence;
  // ... but a word set off with its own cue is speech: `"Yes," she said.`
  const bool direct_cue = a.rule == ADJACENT_CUE || a.rule == COLON_INTRO;
  // American style puts the sentence's full stop inside the marks
  // (appeared on "Meet the Press."): mid-sentence, that stop says nothing.
  const bool own_stop = full_stop && set_off;
  if (title_case && !own_stop && !direct_cue && (!cued || words <= 2)) {
    return QuoteRecord::SCARE;
  }
  // After a naming verb, a capitalized name is a term ("call the stretch
  // "the Spine""), while a phrase in lower case is the speaker's own words
  // ("called it "a huge shock"").
  if (cued && a.naming && words <= kMaxScareWords && !full_stop &&
      capitalized_words >= 1) {
    return QuoteRecord::SCARE;
  }
  if (set_off && first_upper && words >= 3) return QuoteRecord::DIRECT;
  if (first_upper && ends_sentence && words >= 6) return QuoteRecord::DIRECT;
  if (!cued) {
    if (words <= kMaxScareWords || title_case) return QuoteRecord::SCARE;
    return set_off && first_upper ? QuoteRecord::DIRECT : QuoteRecord::PARTIAL;
  }
  return QuoteRecord::PARTIAL;
}

absl::StatusOr<std::vector<Attribution>> ArticleAttribution::Run() {
  // Tokens of every paragraph; tokens inside top-level quotes are blocked.
  // Never shrunk: the paragraphs past this article's last keep their memory
  // for a longer article to come.
  if (paras_.size() < paragraphs_.size()) paras_.resize(paragraphs_.size());
  std::vector<ByteSpan> covered;  // top-level quotes, marks included
  covered.reserve(quotes_.size());
  for (const QuoteSpan& q : quotes_) {
    if (q.depth == 0) {
      covered.push_back(ByteSpan{q.open_mark.begin, q.closed ? q.close_mark.end
                                                             : q.content.end});
    }
  }
  size_t ci = 0;
  for (size_t p = 0; p < paragraphs_.size(); ++p) {
    Para& para = paras_[p];
    TokenizeInto(text_, paragraphs_[p], abbreviations_, &words_, &para.tokens);
    para.sentences_found = false;
    SplitElisions(text_, lex_, &para.tokens);
    // Blocked: the tokens that start inside a top-level quote. The quotes
    // are in text order and do not overlap; the tokens between them are
    // skipped by search (the search from k on, as the max makes it). Most
    // paragraphs hold no quote: the next one begins past their end, and
    // they need no search.
    const std::vector<Token>& toks = para.tokens;
    const int n = static_cast<int>(toks.size());
    para.blocked.assign(toks.size(), 0);
    for (int k = 0; k < n;) {
      while (ci < covered.size() && covered[ci].end <= toks[k].span.begin) ++ci;
      if (ci == covered.size() || covered[ci].begin >= paragraphs_[p].end) break;
      k = std::max(k, FirstTokenAtOrAfter(toks, covered[ci].begin));
      for (; k < n && toks[k].span.begin < covered[ci].end; ++k) para.blocked[k] = 1;
    }
    registry_.AddParagraph(View(static_cast<int>(p)), lex_);
    if (lex_.nouns_capitalized) {
      AddNameEvidence(View(static_cast<int>(p)), lex_, &name_evidence_);
    }
  }

  std::vector<Attribution> out(quotes_.size());
  // Each quote's opening token, found once for the rules and Classify.
  std::vector<int> open_token(quotes_.size());
  for (size_t qi = 0; qi < quotes_.size(); ++qi) {
    const QuoteSpan& q = quotes_[qi];
    Attribution& a = out[qi];
    const int pf = q.first_paragraph;
    const int pl = q.last_paragraph;
    int sentence_index = 0;
    const Sentence s_open = SentenceAround(pf, q.open_mark.begin, &sentence_index);
    a.sentence = sentence_index;
    const int o = TokenAt(pf, q.open_mark.begin);
    open_token[qi] = o;
    // A quote inside a quote has no speaker of its own; its kind is decided
    // with the others' below.
    if (q.depth > 0) continue;
    const int c = q.closed ? TokenAt(pl, q.close_mark.begin)
                           : static_cast<int>(paras_[pl].tokens.size());
    // The sentence containing the closing mark, and the text just after it.
    size_t close_pos = q.closed ? q.close_mark.end : q.content.end;
    const Sentence s_close = SentenceAround(pl, close_pos > 0 ? close_pos - 1 : 0, nullptr);
    const int s_begin = s_open.begin_token;
    int s_end = s_close.end_token;
    if (s_end <= c + 1 && q.closed) {
      // A sentence ends right after the mark (`?” asked Lavrov.`, as
      // Unicode's rules have it): the cue clause belongs to the quote's
      // sentence.
      s_end = std::max(s_end, SentenceAround(pl, close_pos, nullptr).end_token);
    }
    // The last visible character inside the marks: '.', ',', '?', ...
    char32_t terminal = 0;
    {
      absl::string_view content = q.content.Of(text_);
      size_t e = content.size();
      while (e > 0) {
        // An ASCII character (nearly always) is read without ICU: there
        // IsSpaceChar is ICU's White_Space.
        char32_t cp = static_cast<unsigned char>(content[e - 1]);
        const int len = cp < 0x80 ? 1 : DecodeUtf8Before(content, e, &cp);
        if (!(cp < 0x80 ? IsSpaceChar(cp) : u_isUWhiteSpace(cp))) {
          terminal = cp;
          break;
        }
        e -= len;
      }
    }
    std::optional<Finding> f;
    // A fragment a speech verb of its own clause governs ("nannte seinen
    // Platzverweis „überzogen“, Löw bezeichnete …") belongs to that verb's
    // subject, not to the next clause's, where the subject may follow the
    // verb and a comma may join main clauses.
    if (lex_.subject_may_follow_verb && q.closed && pf == pl && !q.content.empty()) {
      char32_t first = 0;
      DecodeUtf8(q.content.Of(text_), 0, &first);
      if (u_islower(first)) {
        const TokenView t = View(pf);
        for (int k = o - 1; k >= s_begin && !t.Blocked(k) && !t[k].Is(',') && !t[k].Is(':') &&
                            !IsSentenceEnd(t[k]);
             --k) {
          if (SpeechVerbAt(t, k, lex_, true, k == s_begin) != nullptr) {
            f = Governing(pf, o, s_begin);
            break;
          }
        }
      }
    }
    if (!f && q.closed) f = AfterAdjacent(pl, c, s_end, terminal);
    if (!f) f = BeforeAdjacent(pf, o, s_begin);
    if (!f) f = AccordingTo(pf, s_begin, o, /*nearest_last=*/true);
    if (!f && q.closed) f = AccordingTo(pl, c + 1, s_end);
    if (!f && q.closed) f = SentenceFinal(pl, c, s_end);
    if (!f) f = Governing(pf, o, s_begin);
    if (f) {
      Resolve(*f, q.open_mark.begin, pf, &a);
      continue;
    }
    // A speech verb later in the quote's own sentence means a cue is there
    // that the rules could not read: better unknown than the previous
    // sentence's speaker.
    const TokenView tl = View(pl);
    bool cue_after = false;
    for (int k = c + 1; q.closed && !cue_after && k < s_end && k < tl.size(); ++k) {
      cue_after = SpeechVerbAt(tl, k, lex_, false) != nullptr;
    }
    // A clause in reported speech (German Konjunktiv I) continues the
    // last speaker even when the quote does not open it.
    const TokenView tf = View(pf);
    bool reported = false;
    for (int k = s_begin; !lex_.reported_speech.empty() && !reported && k < s_end && k < tf.size();
         ++k) {
      reported = !tf.Blocked(k) && lex_.reported_speech.contains(tf[k].lower);
    }
    // In reported speech the clause's subject is what is reported on ("Der
    // Rücktritt sei ein „natürlicher Vorgang“"), not who speaks: a main
    // clause in reported speech (before any comma) has no speaker of its own.
    bool reported_main_clause = false;
    for (int k = s_begin; reported && !reported_main_clause && k < o && k < tf.size(); ++k) {
      if (tf[k].Is(',')) break;
      reported_main_clause = lex_.reported_speech.contains(tf[k].lower);
    }
    // A personal pronoun opening reported speech is the speaker reporting
    // on themself ("Er habe „nicht den Eindruck“"): that pronoun's person.
    // The clause may open after a colon ("bezweifelte die Eignung: Er habe
    // „…“").
    int clause_begin = s_begin;
    const bool reported_pronoun = [&] {
      if (!reported_main_clause) return false;
      for (int k = o - 1; k > s_begin; --k) {
        if (!tf.Blocked(k) && tf[k].Is(':')) {
          clause_begin = k + 1;
          break;
        }
      }
      if (o <= clause_begin) return false;
      auto sp = ParseSpeakerForward(tf, clause_begin, lex_);
      return sp && sp->is_pronoun && sp->kind == Speaker::PERSON && sp->end < o;
    }();
    // Where every noun is capitalized, a quote inside its sentence belongs
    // to that sentence's subject ("Auch der Sprecher, X, will „…“ prüfen")
    // before the speaker of an earlier sentence.
    if (!cue_after && (!reported_main_clause || reported_pronoun) &&
        lex_.nouns_capitalized && o > s_begin) {
      f = ClauseSubject(pf, o, reported_pronoun ? clause_begin : s_begin);
    }
    if (!f && !cue_after) f = PrecedingCue(pf, o, s_begin, reported);
    if (!f && !cue_after && !reported_main_clause) f = ClauseSubject(pf, o, s_begin);
    if (f) Resolve(*f, q.open_mark.begin, pf, &a);
  }

  // Continuation: cue-less quotes take a neighbour's speaker: another quote
  // of the same paragraph, the one before, else the one after. Both are found
  // in constant time (a paragraph may hold many thousands of cue-less quotes):
  //   before: the latest top-level quote with a rule, if it lies in the run
  //           of quotes just before qi that all end in qi's first paragraph;
  //   after:  next_cued[k], the first quote from k on, within the run of
  //           quotes opening in k's paragraph, with a rule of its own (the
  //           rules found above: this loop changes only quotes before qi).
  const size_t n = quotes_.size();
  std::vector<size_t> next_cued(n, n);  // n: none
  for (size_t k = n; k-- > 0;) {
    if (quotes_[k].depth == 0 && HasCue(out[k].rule)) {
      next_cued[k] = k;
    } else if (k + 1 < n && quotes_[k + 1].first_paragraph == quotes_[k].first_paragraph) {
      next_cued[k] = next_cued[k + 1];
    }
  }
  size_t run_begin = 0;    // quotes [run_begin, qi) end in the same paragraph
  size_t last_ruled = n;   // the latest top-level quote before qi with a rule
  for (size_t qi = 0; qi < n; ++qi) {
    if (qi > 0) {
      const size_t k = qi - 1;
      if (k > 0 && quotes_[k].last_paragraph != quotes_[k - 1].last_paragraph) {
        run_begin = k;
      }
      if (quotes_[k].depth == 0 && out[k].rule != NO_RULE) last_ruled = k;
    }
    const QuoteSpan& q = quotes_[qi];
    Attribution& a = out[qi];
    if (q.depth > 0 || a.rule != NO_RULE) continue;
    const Attribution* from = nullptr;
    if (qi > 0 && quotes_[qi - 1].last_paragraph == q.first_paragraph &&
        last_ruled < n && last_ruled >= run_begin) {
      from = &out[last_ruled];
    }
    if (from == nullptr && qi + 1 < n &&
        quotes_[qi + 1].first_paragraph == q.last_paragraph && next_cued[qi + 1] < n) {
      from = &out[next_cued[qi + 1]];
    }
    // A quote opening its paragraph continues the previous paragraph's
    // last quote.
    const bool opens_paragraph = q.open_mark.begin == paragraphs_[q.first_paragraph].begin;
    if (from == nullptr && opens_paragraph) {
      for (size_t k = qi; k-- > 0;) {
        if (quotes_[k].depth != 0) continue;
        if (quotes_[k].last_paragraph + 1 == q.first_paragraph &&
            out[k].rule != NO_RULE) {
          from = &out[k];
        }
        break;
      }
    }
    if (from != nullptr && from->speaker_kind != Speaker::UNKNOWN) {
      Attribution copy = *from;
      copy.rule = PARAGRAPH_CONTINUATION;
      copy.confidence = std::min(from->confidence, kContinuationConfidence);
      copy.cue.clear();
      copy.cue_span = ByteSpan{};
      copy.cue_lemma.clear();
      copy.sentence = a.sentence;
      a = copy;
    }
  }
  // A quote that names another quote's source ("schrieb „Die Zeit“") is a
  // name, not speech.
  std::vector<ByteSpan> sources;
  for (const Attribution& a : out) {
    if (a.speaker_kind == Speaker::ORGANIZATION && !a.mention_span.empty()) {
      sources.push_back(a.mention_span);
    }
  }
  std::sort(sources.begin(), sources.end(),
            [](const ByteSpan& x, const ByteSpan& y) { return x.begin < y.begin; });
  for (size_t qi = 0; qi < quotes_.size(); ++qi) {
    const QuoteSpan& q = quotes_[qi];
    Attribution& a = out[qi];
    a.kind = Classify(q, open_token[qi], a);
    auto source = std::upper_bound(
        sources.begin(), sources.end(), q.open_mark.begin,
        [](size_t v, const ByteSpan& s) { return v < s.begin; });
    if (source != sources.begin() && (source - 1)->Contains(q.open_mark.begin)) {
      a.kind = QuoteRecord::SCARE;
    }
    if (a.kind == QuoteRecord::SCARE) {
      // A term in quotation marks is nobody's speech.
      const int sentence = a.sentence;
      a = Attribution();
      a.kind = QuoteRecord::SCARE;
      a.sentence = sentence;
    }
  }
  return out;
}

}  // namespace

void CueIndex::Add(const CuePhrase* phrase) {
  const std::string& first = phrase->words.front();
  std::vector<FirstWord>& same_byte = by_first_byte_[FirstByte(first)];
  auto it = std::find_if(same_byte.begin(), same_byte.end(),
                         [&](const FirstWord& f) { return f.word == first; });
  if (it == same_byte.end()) it = same_byte.insert(it, FirstWord{first, {}});
  it->phrases.push_back(phrase);
  shapes_.Add(first);
}

SpeakerAttributor::SpeakerAttributor(const Lexicon* lexicon) : lexicon_(lexicon) {}

absl::StatusOr<std::unique_ptr<SpeakerAttributor>> SpeakerAttributor::Create(
    const Lexicon* lexicon) {
  std::unique_ptr<SpeakerAttributor> a(new SpeakerAttributor(lexicon));
  for (const std::string& lang : lexicon->Languages()) {
    const LanguageLexicon& lex = lexicon->ForLanguage(lang);
    auto& set = a->abbreviations_[lang];
    for (const std::string& t : lex.titles) {
      if (absl::EndsWith(t, ".")) set.Insert(t);
    }
    auto& index = a->cue_index_[lang];
    for (const CuePhrase& cp : lex.cue_phrases) {
      if (!cp.words.empty()) index.Add(&cp);
    }
    auto& scare_index = a->scare_cue_index_[lang];
    for (const std::vector<std::string>& cue : lex.scare_cues) {
      if (!cue.empty()) scare_index[cue.back()].push_back(&cue);
    }
  }
  return a;
}

const AbbreviationSet& SpeakerAttributor::AbbreviationsFor(
    const LanguageLexicon& lex) const {
  return abbreviations_.at(lex.language);
}

absl::StatusOr<std::vector<Attribution>> SpeakerAttributor::Attribute(
    absl::string_view text, const std::vector<ByteSpan>& paragraphs,
    const std::vector<QuoteSpan>& quotes, absl::string_view language) const {
  // Nothing to attribute: no need to read the article (a twentieth of US
  // news stories, a third of German Wikinews articles).
  if (quotes.empty()) return std::vector<Attribution>();
  const LanguageLexicon& lex = lexicon_->ForLanguage(language);
  // The paragraphs' tokens are kept on each thread from one article to the
  // next: allocating them anew, a few kilobytes a paragraph, cost a tenth of
  // the tokenizer's time. So is the name registry: its tables and lists,
  // built anew, were most of the attributor's allocations; and so is the
  // store of lower-cased words (its first block). An article that grew the
  // tokens past kKeptTokens gives back the tokens and the registry.
  thread_local std::vector<Para> paras;
  thread_local EntityRegistry registry;
  thread_local WordStore words;
  registry.Clear();
  words.Clear();
  ArticleAttribution run(text, paragraphs, quotes, lex, AbbreviationsFor(lex),
                         cue_index_.at(lex.language), scare_cue_index_.at(lex.language),
                         lex.language, &paras, &registry, &words);
  absl::StatusOr<std::vector<Attribution>> result = run.Run();
  constexpr size_t kKeptTokens = size_t{1} << 18;
  size_t kept = 0;
  for (const Para& p : paras) kept += p.tokens.capacity();
  if (kept > kKeptTokens) {
    std::vector<Para>().swap(paras);
    registry = EntityRegistry();
  }
  return result;
}

}  // namespace quotes
