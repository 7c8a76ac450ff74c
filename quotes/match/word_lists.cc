#include "quotes/match/word_lists.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/match/embedded_word_lists.h"
#include "quotes/status_macros.h"

namespace quotes {
namespace {

// Calls `row(line_number, columns)` for each non-comment line, columns split
// at tabs with a trailing "# note" column dropped.
template <typename RowFn>
absl::Status ForEachRow(absl::string_view file, absl::string_view contents,
                        int min_columns, RowFn row) {
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> columns;
    for (absl::string_view c : absl::StrSplit(line, '\t')) {
      c = absl::StripAsciiWhitespace(c);
      if (absl::StartsWith(c, "#")) break;
      columns.push_back(c);
    }
    if (static_cast<int>(columns.size()) < min_columns) {
      return absl::InvalidArgumentError(
          absl::StrCat(file, ":", line_number, ": expected ", min_columns,
                       " tab-separated columns"));
    }
    RETURN_IF_ERROR(row(line_number, columns));
  }
  return absl::OkStatus();
}

absl::string_view Embedded(absl::string_view name) {
  for (const internal::EmbeddedFile& f : internal::EmbeddedWordLists()) {
    if (name == f.path) return f.contents;
  }
  return "";
}

}  // namespace

absl::StatusOr<WordLists> WordLists::FromTsv(
    absl::string_view spelling_variants, absl::string_view spelling_suffixes,
    std::vector<std::string> abbreviations) {
  WordLists lists;
  RETURN_IF_ERROR(ForEachRow(
      "spelling_variants.tsv", spelling_variants, 2,
      [&](int, const std::vector<absl::string_view>& c) {
        lists.variants_[c[0]] = std::string(c[1]);
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(ForEachRow(
      "spelling_suffixes.tsv", spelling_suffixes, 3,
      [&](int line, const std::vector<absl::string_view>& c) {
        size_t min_stem = 0;
        if (!absl::SimpleAtoi(c[2], &min_stem)) {
          return absl::InvalidArgumentError(
              absl::StrCat("spelling_suffixes.tsv:", line,
                           ": minimum stem length '", c[2],
                           "' is not a number"));
        }
        lists.suffixes_.push_back(
            {std::string(c[0]), std::string(c[1]), min_stem});
        return absl::OkStatus();
      }));
  std::stable_sort(lists.suffixes_.begin(), lists.suffixes_.end(),
                   [](const SuffixRule& a, const SuffixRule& b) {
                     return a.suffix.size() > b.suffix.size();
                   });
  for (std::string& a : abbreviations) lists.abbreviations_.insert(std::move(a));
  return lists;
}

const WordLists& WordLists::Default() {
  static const WordLists* const lists = [] {
    std::vector<std::string> abbreviations;
    absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Default();
    if (lexicon.ok()) {
      for (const std::string& title : (*lexicon)->ForLanguage("en").titles) {
        if (absl::EndsWith(title, ".")) {
          abbreviations.push_back(title.substr(0, title.size() - 1));
        }
      }
    }
    absl::StatusOr<WordLists> loaded =
        lexicon.ok() ? FromTsv(Embedded("spelling_variants.tsv"),
                               Embedded("spelling_suffixes.tsv"),
                               std::move(abbreviations))
                     : absl::StatusOr<WordLists>(lexicon.status());
    if (!loaded.ok()) {
      std::fprintf(stderr, "quotes: embedded word list: %s\n",
                   loaded.status().ToString().c_str());
      std::abort();
    }
    return new WordLists(*std::move(loaded));
  }();
  return *lists;
}

std::string WordLists::CanonicalSpelling(absl::string_view folded) const {
  auto it = variants_.find(folded);
  if (it != variants_.end()) return it->second;
  for (const SuffixRule& rule : suffixes_) {
    if (folded.size() >= rule.suffix.size() + rule.min_stem &&
        absl::EndsWith(folded, rule.suffix)) {
      return absl::StrCat(folded.substr(0, folded.size() - rule.suffix.size()),
                          rule.canonical);
    }
  }
  return std::string(folded);
}


}  // namespace quotes
