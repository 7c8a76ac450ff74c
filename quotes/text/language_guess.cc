#include "quotes/text/language_guess.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/text/tokenizer.h"
#include "quotes/text/utf8.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace quotes {
namespace {

// How much the quotation-mark convention adds to a language's function-word
// share (typically 0.15 to 0.45 for the right language, under 0.05 for the
// others). Large enough to settle near ties between languages that share
// function words, too small to outvote the words themselves.
constexpr double kMarkWeight = 0.05;

// Opening-mark conventions and the languages that print them. The first
// field names the convention in the evidence line.
struct MarkStyle {
  const char* name;
  const char* languages[5];  // null-terminated
};

constexpr MarkStyle kLowHighGerman{"„“", {"de"}};
constexpr MarkStyle kLowHighPolish{"„”", {"pl"}};
constexpr MarkStyle kSpacedGuillemets{"« »", {"fr"}};
constexpr MarkStyle kTightGuillemets{"«»", {"ru", "es", "it", "fr"}};
constexpr MarkStyle kReversedGuillemets{"»«", {"de", "da", "sv", "fi"}};
constexpr MarkStyle kSameRightMarks{"””", {"sv", "fi"}};
constexpr MarkStyle kEnglishMarks{"“”", {"en", "it", "es"}};

bool IsSpace(char32_t c) { return c == ' ' || c == 0xA0 || c == 0x202F || c == '\n'; }

bool IsLetter(char32_t c) { return u_isalpha(c); }

// Counts opening marks of each convention in `text`. A mark opens where it
// follows a space, a line start or an opening bracket and precedes a letter
// (after optional spaces for guillemets).
absl::flat_hash_map<const MarkStyle*, int> CountMarkStyles(absl::string_view text) {
  absl::flat_hash_map<const MarkStyle*, int> counts;
  int low_high_close = 0;   // “ after „
  int low_right_close = 0;  // ” after „
  bool in_low = false;
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    int len = DecodeUtf8(text, i, &c);
    char32_t before = 0, after = 0;
    DecodeUtf8Before(text, i, &before);
    if (i + len < text.size()) DecodeUtf8(text, i + len, &after);
    bool opens = before == 0 || IsSpace(before) || before == '(' ||
                 before == '[' || before == 0x2014 || before == 0x2013;
    switch (c) {
      case 0x201E:  // „
        in_low = true;
        break;
      case 0x201C:  // “
        if (in_low) {
          ++low_high_close;
          in_low = false;
        } else if (opens && IsLetter(after)) {
          ++counts[&kEnglishMarks];
        }
        break;
      case 0x201D:  // ”
        if (in_low) {
          ++low_right_close;
          in_low = false;
        } else if (opens && IsLetter(after)) {
          ++counts[&kSameRightMarks];
        }
        break;
      case 0xAB:  // «
        if (IsSpace(after)) {
          ++counts[&kSpacedGuillemets];
        } else if (IsLetter(after) || after == 0x2026) {
          ++counts[&kTightGuillemets];
        }
        break;
      case 0xBB:  // » opening: German and Danish »…«
        if (opens && IsLetter(after)) ++counts[&kReversedGuillemets];
        break;
      default:
        break;
    }
    i += len;
  }
  if (low_high_close > 0) counts[&kLowHighGerman] = low_high_close;
  if (low_right_close > 0) counts[&kLowHighPolish] = low_right_close;
  return counts;
}

bool IsCyrillic(char32_t c) {
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_CYRILLIC;
}

bool MostlyCyrillic(absl::string_view text) {
  int cyrillic = 0, other = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    i += DecodeUtf8(text, i, &c);
    if (!IsLetter(c)) continue;
    (IsCyrillic(c) ? cyrillic : other)++;
  }
  return cyrillic > other;
}

// Cuts `text` to at most `max` bytes without splitting a character.
absl::string_view Prefix(absl::string_view text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

LanguageGuesser::LanguageGuesser(const Lexicon& lexicon)
    : LanguageGuesser(lexicon, Options()) {}

LanguageGuesser::LanguageGuesser(const Lexicon& lexicon, Options options)
    : options_(std::move(options)) {
  for (const std::string& language : lexicon.Languages()) {
    const LanguageLexicon& lang = lexicon.ForLanguage(language);
    if (lang.function_words.empty()) continue;
    Profile p{language, lang.function_words, false};
    int cyrillic = 0;
    for (const std::string& w : lang.function_words) {
      char32_t c;
      DecodeUtf8(w, 0, &c);
      if (IsCyrillic(c)) ++cyrillic;
    }
    p.cyrillic = 2 * cyrillic > static_cast<int>(lang.function_words.size());
    profiles_.push_back(std::move(p));
  }
}

LanguageGuess LanguageGuesser::Guess(absl::string_view text) const {
  text = Prefix(text, options_.max_bytes);
  LanguageGuess out{options_.default_language, Article::DEFAULT, ""};

  const bool cyrillic = MostlyCyrillic(text);
  std::vector<const Profile*> candidates;
  for (const Profile& p : profiles_) {
    if (p.cyrillic == cyrillic) candidates.push_back(&p);
  }
  if (candidates.empty()) {
    out.evidence = "no language of the lexicon uses this writing system";
    return out;
  }

  // Function words: each token found in k candidate lists counts 1/k for each.
  std::vector<double> score(candidates.size(), 0.0);
  int words = 0, hits = 0;
  WordStore store;
  for (const Token& t : Tokenize(text, ByteSpan{0, text.size()}, {}, &store)) {
    if (!t.is_word()) continue;
    ++words;
    int k = 0;
    for (const Profile* p : candidates) k += p->function_words.contains(t.lower);
    if (k == 0) continue;
    ++hits;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (candidates[i]->function_words.contains(t.lower)) score[i] += 1.0 / k;
    }
  }
  if (words > 0) {
    for (double& s : score) s /= words;
  }

  // Quotation marks: the share of opening marks whose convention the
  // language uses.
  auto styles = CountMarkStyles(text);
  int marks = 0;
  for (const auto& [style, n] : styles) marks += n;
  std::string mark_note;
  if (marks > 0) {
    std::vector<std::pair<int, std::string>> seen;
    for (const auto& [style, n] : styles) seen.emplace_back(n, style->name);
    std::sort(seen.rbegin(), seen.rend());
    for (const auto& [n, name] : seen) absl::StrAppend(&mark_note, " ", name, " (", n, ")");
    for (size_t i = 0; i < candidates.size(); ++i) {
      int agreeing = 0;
      for (const auto& [style, n] : styles) {
        for (const char* const* l = style->languages; *l != nullptr; ++l) {
          if (candidates[i]->language == *l) agreeing += n;
        }
      }
      score[i] += kMarkWeight * agreeing / marks;
    }
  }

  size_t best = 0, second = candidates.size() > 1 ? 1 : 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (score[i] > score[best]) best = i;
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (i != best && (second == best || score[i] > score[second])) second = i;
  }

  // A writing system only one language of the lexicon uses decides alone.
  const bool script_decides = candidates.size() == 1 && words > 0;
  if (!script_decides && hits < options_.min_hits) {
    out.evidence = absl::StrCat("too little text: ", hits, " function words");
    return out;
  }
  out.language = candidates[best]->language;
  out.source = Article::GUESSED;
  if (script_decides) {
    out.evidence = absl::StrCat(cyrillic ? "Cyrillic" : "Latin",
                                " script, the only such language of the lexicon");
  } else {
    out.evidence = absl::StrFormat("function words and marks %.2f (next %s %.2f)", score[best],
                                   candidates[second]->language, score[second]);
  }
  if (!mark_note.empty()) absl::StrAppend(&out.evidence, ", marks", mark_note);
  return out;
}

}  // namespace quotes
