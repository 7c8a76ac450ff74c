// quotes/lexicon/lexicon.h
//
// The word lists the detector and attributor run on, loaded once from
// human-edited TSV files: quotation-mark pairings (language independent) and,
// per language, speech verbs, cue phrases, titles, pronouns, organisation
// words, scare-quote cues and function words. The format of every file is
// documented in quotes/lexicon/data/README.md.
//
// Example:
//
//   ASSIGN_OR_RETURN(std::unique_ptr<quotes::Lexicon> lexicon,
//                    quotes::Lexicon::Default());
//   const quotes::LanguageLexicon& en = lexicon->ForLanguage("en");
//   const quotes::SpeechVerb* v = en.FindSpeechVerb("warned");  // lemma "warn"
//
// A Lexicon is immutable after loading and safe for concurrent use by
// multiple threads.
#ifndef QUOTES_LEXICON_LEXICON_H_
#define QUOTES_LEXICON_LEXICON_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "quotes/lexicon/word_table.h"

namespace quotes {

// One row of quote_marks.tsv: an opening mark and the marks that may close it.
struct QuotePairing {
  std::string open;                 // one code point, UTF-8
  std::vector<std::string> closes;  // each one code point, UTF-8
  // "double", "single" or "corner": quotes nest by alternating classes, and a
  // paragraph may only reopen a quote with a mark of the same class.
  std::string mark_class;
  // Spaces (no-break or plain) may stand between the mark and the words it
  // encloses, as French typesetting puts them inside « ».
  bool spaced = false;
};

// A speech verb form with its dictionary form.
struct SpeechVerb {
  std::string lemma;
  // "speech" (say, warn: introduces quoted words), "weak" (agree, assess:
  // governs a partial quote but rarely a full sentence) or "naming" (call,
  // dub: gives something a name, so a short quote after it is a term) or
  // "quoting" (zitieren: weak, and the one it quotes is its object).
  std::string strength;
  // `strength` read once where the lexicon is loaded: the attribution rules
  // ask it of every verb they meet, and a string comparison is a library
  // call each time.
  bool speech = false;   // strength "speech"
  bool naming = false;   // strength "naming"
  bool quoting = false;  // strength "quoting"
};

// A fixed phrase that names a source: "according to" X, "told reporters".
struct CuePhrase {
  std::vector<std::string> words;  // lower-cased, the phrase split on spaces
  // "source_after": the speaker follows the phrase (according to X);
  // "source_before": the speaker precedes it (X told reporters);
  // "document_after": a text (a statement, a web page) named after the
  // phrase is the source (heißt es in einer Erklärung);
  // "document_before": a text named before it, in a clause opened by a
  // preposition (In dem Antrag heißt es);
  // "clause_subject": the subject right after the phrase, when a speech verb
  // closes the clause it opens (wie der Minister sagte);
  // "opening_source": the phrase after it, only where it opens a sentence
  // (Für den Minister ist das …).
  std::string position;
  // Only after a comma, a dash or a quote (written "source_after_comma" in
  // the file, read as "source_after"): „…“, so Scholz; „…“ – so der
  // Minister –; not the adverb in "und so das Entstehen".
  bool after_comma = false;
};

// Grammatical facts of a pronoun that may stand for a speaker.
struct Pronoun {
  std::string gender;  // "m", "f", "n" (neuter or unknown), "pl"
};

// True for a word of `list`. Unlike list.contains, does not look at the word
// when the list is empty, as several lists are in most languages (only
// German has prepositions, speech nouns, ...).
inline bool InList(const WordSet& list, absl::string_view word) {
  return !list.empty() && list.contains(word);
}

// Per-language lists. Keys of the maps and sets are lower-cased (ICU full
// case folding is not needed: the lists are written lower-case). The lists
// the rules ask about token by token are WordSets; titles, function_words
// and months stay absl sets, as other code copies them or takes them as
// such (titles are asked through word_class_table).
struct LanguageLexicon {
  std::string language;  // BCP 47, e.g. "en"
  absl::flat_hash_map<std::string, SpeechVerb> speech_verbs;  // surface form
  std::vector<CuePhrase> cue_phrases;
  // Dashes that open a quoted utterance at the start of a paragraph, as
  // Russian writes dialogue ("— Мы готовы, — сказал он."); each one code
  // point, UTF-8. Empty for languages that quote only with marks.
  std::vector<std::string> quote_dashes;
  // Verb forms that mark a clause as reported speech (German Konjunktiv I:
  // "sei", "habe", "könne"); such a clause continues the last speaker.
  WordSet reported_speech;
  // Word-order and spelling facts of the language (grammar.tsv), all false
  // when the file is missing:
  //   subject_may_follow_verb  a clause opened by another constituent puts
  //                            the subject after the verb ("Am Montag sagte
  //                            der Minister"; "Вчера заявил министр")
  //   nouns_capitalized        every noun is capitalized, so capitalization
  //                            alone does not make a name (German)
  //   compound_roles           role nouns also end compounds
  //                            ("Regierungssprecher", "presstalesperson")
  bool subject_may_follow_verb = false;
  bool nouns_capitalized = false;
  bool compound_roles = false;
  // Titles and honorifics that may precede a name ("president", "mr.");
  // multi-word titles are stored as their words joined by single spaces.
  absl::flat_hash_set<std::string> titles;
  // Nouns for people by role that can head a speaker phrase on their own
  // ("spokesman", "official", "minister").
  WordSet role_nouns;
  absl::flat_hash_map<std::string, Pronoun> pronouns;
  // Head nouns of organisation speakers ("ministry", "police") mapped to
  // "organization" or "group".
  absl::flat_hash_map<std::string, std::string> org_words;
  // Words and phrases that announce a term rather than speech ("so-called").
  std::vector<std::vector<std::string>> scare_cues;
  // Frequent short words, for guessing the language of a text.
  absl::flat_hash_set<std::string> function_words;
  // Words that may stand inside a name in lower case ("de", "von", "bin").
  WordSet name_particles;
  // Words that are capitalized at sentence start or by convention but are
  // never a name (weekdays, months, "The").
  WordSet not_names;
  // Auxiliaries, adverbs and time words that may stand between a speaker
  // and the speech verb ("has", "also", "on", "friday").
  WordSet auxiliaries;
  // Determiners and possessives that may begin a speaker phrase ("the").
  WordSet determiners;
  // The definite articles among them ("the", "der", "il", "l'"): "the
  // minister" names the minister introduced before.
  WordSet definite_articles;
  // Determiners that mark their phrase as an object, never the subject of a
  // speech verb (German "den", "dem", "des").
  WordSet oblique_determiners;
  // Prepositions, with their contractions ("auf", "im", "zur"): a phrase
  // right after one is its object, never a speech verb's subject, and a
  // sentence opening with one has fronted it ("Nach der Sitzung sagte …").
  WordSet prepositions;
  // True when a determiner or name particle is elided with an apostrophe
  // ("l'", "dell'"): only then are words split at apostrophes. Set by
  // IndexWordClasses.
  bool has_elisions = false;
  // Month names, where dates are written with ordinals ("am 20. August"):
  // the ordinal's period before one ends no sentence.
  absl::flat_hash_set<std::string> months;
  // Nouns naming what someone said or thinks ("Fazit", "Vorwurf"): their
  // genitive names the speaker ("das Fazit der Betreiber").
  WordSet speech_nouns;
  // Words that join two speakers into one ("and").
  WordSet conjunctions;
  // Finite auxiliaries and modal verbs ("wird", "hat", "soll"): where the
  // subject may follow the verb, the subject of a participle at the clause's
  // end follows them ("Dazu wird Musk wie folgt zitiert: …").
  WordSet finite_auxiliaries;
  // Endings of abstract nouns ("ung", "heit"): where nouns are capitalized,
  // a word ending so is not a name ("die Feststellung", "Seine Zuversicht").
  std::vector<std::string> abstract_noun_endings;

  // Given names and honorifics with their gender ("m", "f"), shared by all
  // languages (gendered_words.tsv); owned by the Lexicon, never null after
  // loading.
  const absl::flat_hash_map<std::string, std::string>* gendered_words = nullptr;

  // The lists a word of the lists above is in, as WordClass bits: built once
  // after loading, so that classifying a token costs one lookup, not one per
  // list.
  enum WordClass : uint8_t {
    kTitleWord = 1 << 0,    // titles
    kRoleNoun = 1 << 1,     // role_nouns
    kOrgWord = 1 << 2,      // org_words
    kNotName = 1 << 3,      // not_names and prepositions
    kDeterminer = 1 << 4,   // determiners
    kPronoun = 1 << 5,      // pronouns
    kNameParticle = 1 << 6, // name_particles
  };
  // Fills word_class_table and the speech verb table from the lists, and
  // indexes the WordSets.
  void IndexWordClasses();
  // The WordClass bits of a word (lower-cased); 0 for a word in none.
  uint8_t ClassesOf(absl::string_view lower) const {
    return static_cast<uint8_t>(word_class_table.Find(lower));
  }
  // Each word of the lists above → its WordClass bits.
  WordTable word_class_table;

  // Returns the entry for a surface form (lower-cased), or nullptr.
  const SpeechVerb* FindSpeechVerb(absl::string_view lower) const {
    const uint32_t v = speech_verb_table.Find(lower);
    return v == 0 ? nullptr : &speech_verb_entries[v - 1];
  }
  // speech_verbs again, for FindSpeechVerb: the entries, and their surface
  // forms mapped to their index in the entries plus one.
  std::vector<SpeechVerb> speech_verb_entries;
  WordTable speech_verb_table;

  // True for a word (lower-cased) of `titles`, or of `role_nouns` alone;
  // where compound_roles is set, also for a compound ending in a role noun
  // of four or more bytes after three or more ("regierungssprecherin" ends in
  // "sprecherin", "außenministerin" in "ministerin").
  bool IsTitle(absl::string_view lower) const;
  bool IsRole(absl::string_view lower) const;
  // The compound part of IsRole: false where compound_roles is not set.
  // Inline: asked about every word, in languages that mostly do not set it.
  bool IsCompoundRole(absl::string_view lower) const {
    return compound_roles && EndsInRoleNoun(lower);
  }
  // Whether `lower` ends in a role noun of four or more bytes after three or
  // more bytes.
  bool EndsInRoleNoun(absl::string_view lower) const;
  // True for a word (lower-cased) that ends in one of abstract_noun_endings
  // after four or more bytes, has no hyphen ("EU-Kommission"), and does not
  // end in an organisation word of five or more bytes ("Stadtverwaltung",
  // "Gewerkschaft" stay organisations).
  bool IsAbstractNoun(absl::string_view lower) const;
};

class Lexicon {
 public:
  // The lexicons compiled into the library from quotes/lexicon/data/.
  static absl::StatusOr<std::unique_ptr<Lexicon>> Default();

  // Reads every *.tsv below `dir` laid out like quotes/lexicon/data/
  // (quote_marks.tsv at the top, one folder per language). Returns
  // NotFoundError when `dir` has no quote_marks.tsv.
  static absl::StatusOr<std::unique_ptr<Lexicon>> FromDirectory(
      const std::string& dir);

  // Builds a lexicon from {relative path, contents} pairs. Returns
  // InvalidArgumentError naming the file and line of a malformed row, e.g.
  // "en/speech_verbs.tsv:17: expected 3 columns, found 1".
  static absl::StatusOr<std::unique_ptr<Lexicon>> FromFiles(
      const std::vector<std::pair<std::string, std::string>>& files);

  const std::vector<QuotePairing>& pairings() const { return pairings_; }

  // The lexicon of `language` ("de", "de-AT" → "de"); English when the
  // language has none. Never fails.
  const LanguageLexicon& ForLanguage(absl::string_view language) const;

  // True when the language has its own lexicon.
  bool HasLanguage(absl::string_view language) const;

  // Languages with their own lexicon, sorted.
  std::vector<std::string> Languages() const;

 private:
  Lexicon() = default;

  std::vector<QuotePairing> pairings_;
  absl::flat_hash_map<std::string, std::string> gendered_words_;
  std::map<std::string, LanguageLexicon, std::less<>> languages_;
};

}  // namespace quotes

#endif  // QUOTES_LEXICON_LEXICON_H_
