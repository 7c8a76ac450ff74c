#include "quotes/lexicon/word_table.h"

namespace quotes {

void WordTable::Assign(const std::vector<std::pair<absl::string_view, uint32_t>>& entries) {
  size_t size = 16;
  while (size < 4 * entries.size()) size *= 2;  // at most a quarter full
  slots_.assign(size, Slot());
  mask_ = size - 1;
  words_.clear();
  for (const auto& [word, value] : entries) {
    size_t i = Hash(EndsOf(word.data(), word.size()), word.size()) & mask_;
    while (slots_[i].value != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{static_cast<uint32_t>(words_.size()), static_cast<uint32_t>(word.size()),
                     value};
    words_.append(word.data(), word.size());
  }
}

void WordSet::Index() {
  std::vector<std::pair<absl::string_view, uint32_t>> entries;
  entries.reserve(words_.size());
  for (const std::string& w : words_) entries.emplace_back(w, 1);
  table_.Assign(entries);
  indexed_ = words_.size();
}

}  // namespace quotes
