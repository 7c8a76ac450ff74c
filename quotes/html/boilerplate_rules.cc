#include "quotes/html/boilerplate_rules.h"

#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace quotes {
namespace internal {
// Defined in the genrule-generated boilerplate_tsv.cc.
extern const char kBoilerplateTsv[];
}  // namespace internal

namespace {

bool Contains(const absl::flat_hash_set<std::string>& set,
              absl::string_view value) {
  return set.contains(absl::AsciiStrToLower(value));
}

}  // namespace

absl::StatusOr<BoilerplateRules> BoilerplateRules::FromTsv(
    absl::string_view tsv, absl::string_view name) {
  BoilerplateRules rules;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    ++line_number;
    line = absl::StripTrailingAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> columns = absl::StrSplit(line, '\t');
    auto error = [&](absl::string_view what) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ":", line_number, ": ", what));
    };
    if (columns.size() < 2) return error("expected kind<TAB>value");
    const std::string value =
        absl::AsciiStrToLower(absl::StripAsciiWhitespace(columns[1]));
    if (value.empty()) return error("empty value");
    const absl::string_view kind = columns[0];
    if (kind == "tag") {
      rules.tags_.insert(value);
    } else if (kind == "word") {
      rules.words_.insert(value);
    } else if (kind == "role") {
      rules.roles_.insert(value);
    } else if (kind == "attribute") {
      rules.attributes_.insert(value);
    } else {
      return error(absl::StrCat("unknown kind '", kind, "'"));
    }
  }
  return rules;
}

const BoilerplateRules& BoilerplateRules::Default() {
  static const BoilerplateRules* const kDefault = [] {
    absl::StatusOr<BoilerplateRules> rules = FromTsv(internal::kBoilerplateTsv);
    // boilerplate_rules_test checks the built-in file parses; should it ever
    // not, extraction degrades to keeping everything rather than failing.
    return new BoilerplateRules(rules.ok() ? *std::move(rules)
                                           : BoilerplateRules());
  }();
  return *kDefault;
}

bool BoilerplateRules::DropsTag(absl::string_view tag) const {
  return Contains(tags_, tag);
}

bool BoilerplateRules::DropsWord(absl::string_view word) const {
  const std::string lower = absl::AsciiStrToLower(word);
  if (words_.contains(lower)) return true;
  // A rule word may stand at either end of a hyphen- or underscore-joined
  // token: "share" in "share-bar" and in "article_share".
  for (size_t i = 0; i < lower.size(); ++i) {
    if (lower[i] != '-' && lower[i] != '_') continue;
    if (words_.contains(absl::string_view(lower).substr(0, i)) ||
        words_.contains(absl::string_view(lower).substr(i + 1))) {
      return true;
    }
  }
  return false;
}

bool BoilerplateRules::DropsRole(absl::string_view role) const {
  return Contains(roles_, role);
}

bool BoilerplateRules::DropsAttribute(absl::string_view name) const {
  return Contains(attributes_, name);
}

size_t BoilerplateRules::size() const {
  return tags_.size() + words_.size() + roles_.size() + attributes_.size();
}

}  // namespace quotes
