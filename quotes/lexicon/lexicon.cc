#include "quotes/lexicon/lexicon.h"


#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "quotes/io/files.h"
#include "quotes/lexicon/embedded_files.h"
#include "quotes/status_macros.h"

namespace quotes {
namespace {

// A data row: its columns, with the trailing "# note" column dropped.
struct Row {
  int line;
  std::vector<std::string> cols;
};

std::vector<Row> ParseTsv(absl::string_view contents) {
  std::vector<Row> rows;
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_no;
    absl::ConsumeSuffix(&line, "\r");
    absl::string_view trimmed = absl::StripAsciiWhitespace(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    Row row{line_no, {}};
    for (absl::string_view col : absl::StrSplit(line, '\t')) {
      col = absl::StripAsciiWhitespace(col);
      if (!col.empty() && col[0] == '#') break;
      row.cols.emplace_back(col);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

absl::Status ColumnError(absl::string_view file, const Row& row,
                         size_t expected) {
  return absl::InvalidArgumentError(
      absl::StrCat(file, ":", row.line, ": expected ", expected,
                   " columns, found ", row.cols.size()));
}

std::vector<std::string> Words(absl::string_view phrase) {
  return absl::StrSplit(phrase, ' ', absl::SkipWhitespace());
}

absl::Status LoadLanguageFile(absl::string_view path, absl::string_view kind,
                              absl::string_view contents,
                              LanguageLexicon& lang) {
  for (const Row& row : ParseTsv(contents)) {
    const auto& c = row.cols;
    if (kind == "speech_verbs") {
      if (c.size() != 3) return ColumnError(path, row, 3);
      if (c[2] != "speech" && c[2] != "weak" && c[2] != "naming" &&
          c[2] != "quoting") {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", row.line,
                         ": strength must be speech, weak, naming or quoting, not '",
                         c[2], "'"));
      }
      for (absl::string_view form : absl::StrSplit(c[1], ',', absl::SkipWhitespace())) {
        lang.speech_verbs[absl::StripAsciiWhitespace(form)] =
            SpeechVerb{c[0], c[2], c[2] == "speech", c[2] == "naming", c[2] == "quoting"};
      }
    } else if (kind == "cue_phrases") {
      if (c.size() != 2) return ColumnError(path, row, 2);
      if (c[1] != "source_after" && c[1] != "source_before" &&
          c[1] != "document_after" && c[1] != "document_before" &&
          c[1] != "clause_subject" && c[1] != "opening_source" &&
          c[1] != "source_after_comma") {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", row.line,
            ": position must be source_after, source_after_comma, source_before, "
            "document_after, document_before, clause_subject or opening_source, not '",
            c[1], "'"));
      }
      const bool after_comma = c[1] == "source_after_comma";
      lang.cue_phrases.push_back(
          CuePhrase{Words(c[0]), after_comma ? "source_after" : c[1], after_comma});
    } else if (kind == "titles") {
      if (c.size() != 2) return ColumnError(path, row, 2);
      if (c[1] == "role") {
        lang.role_nouns.insert(c[0]);
      } else if (c[1] != "title") {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", row.line, ": kind must be title or role, not '", c[1], "'"));
      }
      lang.titles.insert(c[0]);
    } else if (kind == "pronouns") {
      if (c.size() != 2) return ColumnError(path, row, 2);
      lang.pronouns[c[0]] = Pronoun{c[1]};
    } else if (kind == "org_words") {
      if (c.size() != 2) return ColumnError(path, row, 2);
      if (c[1] != "organization" && c[1] != "group") {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", row.line, ": kind must be organization or group, not '",
            c[1], "'"));
      }
      lang.org_words[c[0]] = c[1];
    } else if (kind == "grammar") {
      if (c.size() != 2) return ColumnError(path, row, 2);
      if (c[1] != "yes" && c[1] != "no") {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", row.line, ": value must be yes or no, not '", c[1], "'"));
      }
      bool* property = c[0] == "subject_may_follow_verb" ? &lang.subject_may_follow_verb
                       : c[0] == "nouns_capitalized"     ? &lang.nouns_capitalized
                       : c[0] == "compound_roles"        ? &lang.compound_roles
                                                         : nullptr;
      if (property == nullptr) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ":", row.line, ": unknown property '", c[0], "'"));
      }
      *property = c[1] == "yes";
    } else if (kind == "abstract_noun_endings") {
      if (c.size() != 1) return ColumnError(path, row, 1);
      for (std::string& w : Words(c[0])) lang.abstract_noun_endings.push_back(std::move(w));
    } else if (kind == "quote_dashes") {
      if (c.size() != 1) return ColumnError(path, row, 1);
      lang.quote_dashes.push_back(c[0]);
    } else if (kind == "scare_cues") {
      if (c.size() != 1) return ColumnError(path, row, 1);
      lang.scare_cues.push_back(Words(c[0]));
    } else if (kind == "function_words" || kind == "name_particles" ||
               kind == "not_names" || kind == "auxiliaries" ||
               kind == "determiners" || kind == "conjunctions" ||
               kind == "definite_articles" || kind == "reported_speech" ||
               kind == "oblique_determiners" || kind == "finite_auxiliaries" ||
               kind == "prepositions" || kind == "months" || kind == "speech_nouns") {
      if (c.size() != 1) return ColumnError(path, row, 1);
      auto add_to = [&](auto& set) {
        for (std::string& w : Words(c[0])) set.insert(std::move(w));
      };
      if (kind == "function_words") {
        add_to(lang.function_words);
      } else if (kind == "months") {
        add_to(lang.months);
      } else {
        add_to(kind == "name_particles"        ? lang.name_particles
               : kind == "auxiliaries"         ? lang.auxiliaries
               : kind == "determiners"         ? lang.determiners
               : kind == "conjunctions"        ? lang.conjunctions
               : kind == "definite_articles"   ? lang.definite_articles
               : kind == "oblique_determiners" ? lang.oblique_determiners
               : kind == "reported_speech"     ? lang.reported_speech
               : kind == "finite_auxiliaries"  ? lang.finite_auxiliaries
               : kind == "prepositions"        ? lang.prepositions
               : kind == "speech_nouns"        ? lang.speech_nouns
                                               : lang.not_names);
      }
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": unknown lexicon file (see data/README.md)"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

void LanguageLexicon::IndexWordClasses() {
  for (WordSet* set : {&role_nouns, &reported_speech, &name_particles, &not_names, &auxiliaries,
                       &determiners, &definite_articles, &oblique_determiners, &prepositions,
                       &speech_nouns, &conjunctions, &finite_auxiliaries}) {
    set->Index();
  }
  // The bits gathered in a hash map first, the table built from it once.
  absl::flat_hash_map<absl::string_view, uint8_t> word_classes;
  auto mark = [&](const auto& words, uint8_t bit) {
    for (const auto& w : words) word_classes[w] |= bit;
  };
  auto mark_keys = [&](const auto& map, uint8_t bit) {
    for (const auto& [w, unused] : map) word_classes[w] |= bit;
  };
  mark(titles, kTitleWord);
  mark(role_nouns, kRoleNoun);
  mark_keys(org_words, kOrgWord);
  mark(not_names, kNotName);
  mark(prepositions, kNotName);  // "Gegenüber der Agentur sagte": no name
  mark(determiners, kDeterminer);
  mark_keys(pronouns, kPronoun);
  mark(name_particles, kNameParticle);
  std::vector<std::pair<absl::string_view, uint32_t>> entries;
  for (const auto& [w, classes] : word_classes) {
    if (classes != 0) entries.emplace_back(w, classes);
  }
  word_class_table.Assign(entries);
  entries.clear();
  speech_verb_entries.clear();
  for (const auto& [form, verb] : speech_verbs) {
    speech_verb_entries.push_back(verb);
    entries.emplace_back(form, static_cast<uint32_t>(speech_verb_entries.size()));
  }
  speech_verb_table.Assign(entries);
  has_elisions = false;
  for (const auto* set : {&determiners, &name_particles}) {
    for (const std::string& w : *set) {
      has_elisions |= w.find('\'') != std::string::npos || w.find("\u2019") != std::string::npos;
    }
  }
}

bool LanguageLexicon::EndsInRoleNoun(absl::string_view lower) const {
  for (size_t i = 3; i + 4 <= lower.size(); ++i) {
    if ((static_cast<unsigned char>(lower[i]) & 0xC0) == 0x80) continue;
    if (role_nouns.contains(lower.substr(i))) return true;
  }
  return false;
}

bool LanguageLexicon::IsAbstractNoun(absl::string_view lower) const {
  bool ends = false;
  for (const std::string& e : abstract_noun_endings) {
    if (lower.size() >= e.size() + 4 && absl::EndsWith(lower, e)) {
      ends = true;
      break;
    }
  }
  if (!ends || absl::StrContains(lower, "-")) return false;
  for (size_t i = 0; i + 5 <= lower.size(); ++i) {
    if ((static_cast<unsigned char>(lower[i]) & 0xC0) == 0x80) continue;
    if (org_words.contains(lower.substr(i))) return false;
  }
  return true;
}

bool LanguageLexicon::IsRole(absl::string_view lower) const {
  return (ClassesOf(lower) & kRoleNoun) != 0 || IsCompoundRole(lower);
}

bool LanguageLexicon::IsTitle(absl::string_view lower) const {
  return (ClassesOf(lower) & (kTitleWord | kRoleNoun)) != 0 || IsCompoundRole(lower);
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::Default() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : internal::EmbeddedFiles()) {
    files.emplace_back(f.path, f.contents);
  }
  return FromFiles(files);
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::FromDirectory(
    const std::string& dir) {
  ASSIGN_OR_RETURN(std::vector<std::string> paths, ListFiles(dir, {".tsv"}));
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& path : paths) {
    ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
    files.emplace_back(path.substr(dir.size() + 1), std::move(contents));
  }
  return FromFiles(files);
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::FromFiles(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  bool have_marks = false;
  for (const auto& [path, contents] : files) {
    if (path == "quote_marks.tsv") {
      have_marks = true;
      for (const Row& row : ParseTsv(contents)) {
        if (row.cols.size() != 4) return ColumnError(path, row, 4);
        QuotePairing p;
        p.open = row.cols[0];
        p.closes = Words(row.cols[1]);
        p.mark_class = row.cols[2];
        p.spaced = row.cols[3] == "spaced";
        if (p.closes.empty()) {
          return absl::InvalidArgumentError(
              absl::StrCat(path, ":", row.line, ": no closing marks"));
        }
        lex->pairings_.push_back(std::move(p));
      }
      continue;
    }
    if (path == "gendered_words.tsv") {
      for (const Row& row : ParseTsv(contents)) {
        if (row.cols.size() != 2) return ColumnError(path, row, 2);
        if (row.cols[1] != "m" && row.cols[1] != "f") {
          return absl::InvalidArgumentError(absl::StrCat(
              path, ":", row.line, ": gender must be m or f, not '", row.cols[1], "'"));
        }
        lex->gendered_words_[row.cols[0]] = row.cols[1];
      }
      continue;
    }
    std::vector<std::string> parts = absl::StrSplit(path, '/');
    if (parts.size() != 2 || !absl::EndsWith(parts[1], ".tsv")) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": expected LANGUAGE/NAME.tsv"));
    }
    LanguageLexicon& lang = lex->languages_[parts[0]];
    lang.language = parts[0];
    absl::string_view kind = parts[1];
    absl::ConsumeSuffix(&kind, ".tsv");
    RETURN_IF_ERROR(LoadLanguageFile(path, kind, contents, lang));
  }
  if (!have_marks) {
    return absl::NotFoundError("lexicon has no quote_marks.tsv");
  }
  if (lex->languages_.find("en") == lex->languages_.end()) {
    return absl::NotFoundError("lexicon has no English (en/) lists");
  }
  for (auto& [name, lang] : lex->languages_) {
    lang.gendered_words = &lex->gendered_words_;
    lang.IndexWordClasses();
  }
  return lex;
}

const LanguageLexicon& Lexicon::ForLanguage(absl::string_view language) const {
  std::string base(language.substr(0, language.find_first_of("-_")));
  absl::AsciiStrToLower(&base);
  auto it = languages_.find(base);
  if (it == languages_.end()) it = languages_.find("en");
  return it->second;
}

bool Lexicon::HasLanguage(absl::string_view language) const {
  std::string base(language.substr(0, language.find_first_of("-_")));
  absl::AsciiStrToLower(&base);
  return languages_.find(base) != languages_.end();
}

std::vector<std::string> Lexicon::Languages() const {
  std::vector<std::string> out;
  for (const auto& [name, _] : languages_) out.push_back(name);
  return out;
}

}  // namespace quotes
