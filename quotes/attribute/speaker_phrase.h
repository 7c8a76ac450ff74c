// Speaker phrases: the noun phrases that can name who said something
// ("President Joe Biden", "the foreign ministry", "he", "Scholz and Johnson"),
// read off a token sequence forwards or backwards from a cue, using the
// language's lexicon (titles, role nouns, organisation words, determiners,
// pronouns) and capitalization. No parser: the phrase is the longest run of
// tokens that can belong to a speaker phrase.
//
// Thread-safe: stateless functions over their arguments.
#ifndef QUOTES_ATTRIBUTE_SPEAKER_PHRASE_H_
#define QUOTES_ATTRIBUTE_SPEAKER_PHRASE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/text/tokenizer.h"

namespace quotes {

// A speaker phrase found in the tokens.
struct SpeakerPhrase {
  int begin = 0;  // token indices, half-open
  int end = 0;
  Speaker::Kind kind = Speaker::UNKNOWN;
  bool is_pronoun = false;
  // Pronouns: "m", "f", "n", "pl". Views the lexicon's entry: a phrase is
  // made and dropped many times over (the rules parse speculatively), and a
  // view costs no copy.
  absl::string_view gender;
  // For a person: the name words as written ("Joe Biden"); for an
  // organisation or role without a name: the phrase without its determiner
  // ("foreign ministry", "spokesman for the agency").
  std::string name;
  std::string title;  // title and role words before a name ("President")
  // The head role noun of a phrase without a name ("secretary"), lower case.
  // Views the head token's Token::lower, so it is valid as long as the
  // tokens and their WordStore are (for the attributor: the article).
  absl::string_view role;
  bool definite = false;  // began with a definite article ("the", "il")
  // Members of a compound ("Olaf Scholz", "Boris Johnson"): each a name.
  std::vector<std::string> members;
};

// Tokens that may not be read as part of a phrase (they are inside quotation
// marks) are flagged in `blocked` (same length as `tokens`, may be empty).
//
// Where every noun is capitalized (German), capitals do not make a name:
// `name_evidence`, when set, holds the lower-cased words the article gives
// other evidence of being names (see AddNameEvidence), and a phrase whose
// name is one capitalized word with neither a title nor a determiner before
// it ("Relativierend", "Osterloh") names a speaker only when the word is
// there.
struct TokenView {
  const std::vector<Token>* tokens;
  // One byte per token (not std::vector<bool>: asked for every token).
  const std::vector<unsigned char>* blocked;
  absl::string_view text;
  const absl::flat_hash_set<std::string>* name_evidence = nullptr;

  int size() const { return static_cast<int>(tokens->size()); }
  const Token& operator[](int i) const { return (*tokens)[i]; }
  bool Blocked(int i) const {
    return blocked != nullptr && !blocked->empty() && (*blocked)[i];
  }
  // The tokens [from, to) as written, joined by single spaces.
  std::string Surface(int from, int to) const {
    std::string out;
    for (int i = from; i < to; ++i) {
      if (i > from) out.push_back(' ');
      const ByteSpan s = (*tokens)[i].span;
      out.append(text.data() + s.begin, s.size());
    }
    return out;
  }
};

// Reads the speaker phrase starting at token `i`. Returns nullopt when the
// tokens there cannot name a speaker.
std::optional<SpeakerPhrase> ParseSpeakerForward(const TokenView& t, int i,
                                                 const LanguageLexicon& lex);

// Reads the speaker phrase ending just before token `end`.
std::optional<SpeakerPhrase> ParseSpeakerBackward(const TokenView& t, int end,
                                                  const LanguageLexicon& lex);

// A determiner and up to three lower-case words ("the designer", "a close
// friend", "his childhood friend"): a speaker phrase whose head noun is not
// in the lexicon. Only trustworthy where the position itself marks a speaker
// (right after a quote and its speech verb), so the rules call it there.
std::optional<SpeakerPhrase> ParseGenericForward(const TokenView& t, int i,
                                                 const LanguageLexicon& lex);
// The same, ending just before token `end` ("…," a friend said).
std::optional<SpeakerPhrase> ParseGenericBackward(const TokenView& t, int end,
                                                  const LanguageLexicon& lex);

// A text named as a quote's source where a cue phrase says the source is a
// text ("heißt es in einer gestern verbreiteten Erklärung", "In dem Antrag
// heißt es"): a determiner, modifiers and a capitalized noun of any kind
// (the first capitalized word, unless lower-case words come before it and
// one or two lower-case words and another capitalized word after it: "einer
// am Sonntag verbreiteten Erklärung"), then up to two genitive attributes
// ("der Webseite des Preises der Stadt"). Returns an ORGANIZATION phrase whose
// name is the noun and its attributes ("Webseite des Preises der Stadt"), or
// nullopt when no capitalized noun follows within those words.
std::optional<SpeakerPhrase> ParseDocumentForward(const TokenView& t, int i,
                                                  const LanguageLexicon& lex);

// True for a word ending in a possessive 's (Russia's, Russia’s).
bool IsPossessive(const Token& t);

// True for a dash token: em dash, en dash or hyphen-minus.
bool IsDash(const Token& t);

// True when token `i` follows a comma, a dash or a quotation (a blocked
// token): where a cue phrase marked CuePhrase::after_comma may stand ("„…“,
// so Scholz", "„…“ – so der Minister –").
bool SetOffBefore(const TokenView& t, int i);

// The entry of a word token among the lexicon's speech verbs, or nullptr;
// with `weak_ok` false, verbs of strength "speech" only.
const SpeechVerb* SpeechVerbOfWord(const Token& tok, const LanguageLexicon& lex,
                                   bool weak_ok);

// True when the token is a speech verb of the lexicon written as a verb
// (lower case, or capitalized at `sentence_start`). `weak_ok` admits verbs of
// strength "weak". Inline: the rules ask about every token of a clause, most
// of them punctuation, quoted or capitalized, which cost no call.
inline const SpeechVerb* SpeechVerbAt(const TokenView& t, int i,
                                      const LanguageLexicon& lex, bool weak_ok,
                                      bool sentence_start = false) {
  if (i < 0 || i >= t.size() || t.Blocked(i) || !t[i].is_word()) return nullptr;
  if (t[i].capitalized && !sentence_start) return nullptr;
  return SpeechVerbOfWord(t[i], lex, weak_ok);
}

// The pronoun a verb carries when the subject is inverted after a quote, as
// French writes it: "dit-il", "estime-t-elle", "a-t-on" (ajouté). Returns a
// pronoun phrase of that one token, or nullopt.
std::optional<SpeakerPhrase> InvertedPronounAt(const TokenView& t, int i,
                                               const LanguageLexicon& lex);

// The words of one paragraph that the language gives evidence of being
// names, added to `out` (lower case): the name words after a title
// ("Ministerpräsident Günther Oettinger"), a run of name words that begins
// with a known given name, or two or more name words that follow no
// determiner ("sagte Sadiq Khan"), and acronyms. For languages where
// capitals alone cannot tell a name (LanguageLexicon::nouns_capitalized).
void AddNameEvidence(const TokenView& t, const LanguageLexicon& lex,
                     absl::flat_hash_set<std::string>* out);

// True for a word of the lexicon's determiners. Like IsNameWord, remembered
// in the token (Token::memo): the rules ask about the same tokens many times.
bool IsDeterminer(const Token& tok, const LanguageLexicon& lex);
// lex.IsTitle(tok.lower) for a word, answered from the memo where it can be.
bool IsTitleWord(const Token& tok, const LanguageLexicon& lex);

// IsNameWord for a token known to be a capitalized word.
bool IsCapitalizedNameWord(const Token& tok, const LanguageLexicon& lex);

// True for a word that can be part of a name: capitalized, not a title, not
// listed in not_names. Inline: most tokens are not capitalized and cost no
// call.
inline bool IsNameWord(const Token& tok, const LanguageLexicon& lex) {
  return tok.is_word() && tok.capitalized && IsCapitalizedNameWord(tok, lex);
}

}  // namespace quotes

#endif  // QUOTES_ATTRIBUTE_SPEAKER_PHRASE_H_
