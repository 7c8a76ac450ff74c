// quotes/text/language_guess.h
//
// Guesses the language of an article body that has no `language:` header,
// from two kinds of evidence:
//
//   function words   each language's function_words.tsv (see
//                    quotes/lexicon/data/README.md); a word shared by k
//                    languages ("de", "en", "i") counts 1/k for each
//   quotation marks  the typographic convention of the opening marks:
//                    „…“ German, „…” Polish, « … » with spaces French,
//                    »…« German or Danish, ”…” Swedish or Finnish, ...
//
// The writing system narrows the candidates first: a mostly Cyrillic text is
// only compared with languages whose function words are Cyrillic.
//
// Example:
//
//   ASSIGN_OR_RETURN(std::unique_ptr<quotes::Lexicon> lexicon,
//                    quotes::Lexicon::Default());
//   quotes::LanguageGuesser guesser(*lexicon);
//   quotes::LanguageGuess g = guesser.Guess("„Wir sind bereit“, sagte er.");
//   // g.language == "de", g.source == quotes::Article::GUESSED (or DEFAULT
//   // when the text is too short to tell), g.evidence explains the choice.
#ifndef QUOTES_TEXT_LANGUAGE_GUESS_H_
#define QUOTES_TEXT_LANGUAGE_GUESS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"

namespace quotes {

class Lexicon;

// The outcome of LanguageGuesser::Guess.
struct LanguageGuess {
  // BCP 47 code: a language of the lexicon, or Options::default_language.
  std::string language;
  // GUESSED when the evidence decided, DEFAULT when there was too little.
  Article::LanguageSource source = Article::DEFAULT;
  // One line saying what decided, for diagnostics, e.g.
  // "function words and marks 0.31 (next fr 0.04), marks „“ (3)".
  std::string evidence;
};

// Immutable after construction; Guess() is safe for concurrent use by
// multiple threads. Copies what it needs from the lexicon (keeps no
// reference to it).
class LanguageGuesser {
 public:
  struct Options {
    // The options are (defaults in parentheses):
    //
    //   default_language  ("en")  returned with source DEFAULT when the
    //                             evidence is too thin
    //   min_hits          (5)     fewer function-word tokens than this (over
    //                             all languages) and no decisive writing
    //                             system: too short to guess
    //   max_bytes         (20000) only the first bytes of the text are read
    //                             (cut at a character boundary)
    std::string default_language = "en";
    int min_hits = 5;
    size_t max_bytes = 20000;
  };

  explicit LanguageGuesser(const Lexicon& lexicon);
  LanguageGuesser(const Lexicon& lexicon, Options options);

  // Guesses the language of `text` (a body: no header). Never fails; returns
  // the default language with source DEFAULT for empty or too short text.
  LanguageGuess Guess(absl::string_view text) const;

 private:
  struct Profile {
    std::string language;
    absl::flat_hash_set<std::string> function_words;
    bool cyrillic = false;  // most of its function words are Cyrillic
  };

  Options options_;
  std::vector<Profile> profiles_;
};

}  // namespace quotes

#endif  // QUOTES_TEXT_LANGUAGE_GUESS_H_
