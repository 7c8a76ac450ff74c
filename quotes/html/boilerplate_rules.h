// quotes/html/boilerplate_rules.h
//
// Which elements of a web page are page furniture (navigation, share widgets,
// related-story lists, captions, scripts) rather than the article. The rules
// are data: quotes/html/boilerplate.tsv, compiled into the library, documents
// the format. Tests and callers with other sites in mind can load their own.
//
// Example:
//
//   const BoilerplateRules& rules = BoilerplateRules::Default();
//   rules.DropsTag("nav");            // true
//   rules.DropsWord("share-bar");     // true: class="share-bar"
//   rules.DropsWord("shareholders");  // false
#ifndef QUOTES_HTML_BOILERPLATE_RULES_H_
#define QUOTES_HTML_BOILERPLATE_RULES_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace quotes {

// A set of drop rules. Immutable after construction; safe for concurrent use
// by multiple threads. Copyable; keeps no reference to the TSV it was read
// from.
class BoilerplateRules {
 public:
  // Parses rules in the format of boilerplate.tsv. `name` is used in error
  // messages only. Returns InvalidArgumentError naming the line for a line
  // with fewer than two columns, an unknown kind, or an empty value:
  // "boilerplate.tsv:17: unknown kind 'tags'".
  static absl::StatusOr<BoilerplateRules> FromTsv(
      absl::string_view tsv, absl::string_view name = "boilerplate.tsv");

  // The built-in rules (quotes/html/boilerplate.tsv). Never fails: the file
  // is checked by a test.
  static const BoilerplateRules& Default();

  // Each takes the name or value as written in the page; case is ignored.

  // True when elements named `tag` ("nav", "share-widget") are dropped.
  bool DropsTag(absl::string_view tag) const;
  // True when a class token or id `word` marks an element as furniture; see
  // the `word` kind in boilerplate.tsv for the prefix and suffix matching.
  bool DropsWord(absl::string_view word) const;
  // True when an element with role="`role`" is dropped.
  bool DropsRole(absl::string_view role) const;
  // True when an element carrying attribute `name` (any value) is dropped.
  bool DropsAttribute(absl::string_view name) const;

  // Number of rules of all kinds.
  size_t size() const;

 private:
  BoilerplateRules() = default;

  absl::flat_hash_set<std::string> tags_;
  absl::flat_hash_set<std::string> words_;
  absl::flat_hash_set<std::string> roles_;
  absl::flat_hash_set<std::string> attributes_;
};

}  // namespace quotes

#endif  // QUOTES_HTML_BOILERPLATE_RULES_H_
