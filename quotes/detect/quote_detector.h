// quotes/detect/quote_detector.h
//
// Finds quotations by their marks: every style in the lexicon's
// quote_marks.tsv ("straight", “curly”, ‘single’, « guillemets » with or
// without no-break spaces, „German“, »Danish«, ”Swedish”, 「corner」), quotes
// nested in quotes, and the news convention of a quote that runs over several
// paragraphs, reopened at the start of each and closed only in the last.
//
// How a mark is read. Candidate marks are found with one RE2 pass. Whether a
// mark opens or closes is decided by what flanks it: a mark with white space
// (or an opening bracket or dash) before it and a word after it may open; one
// with a word before it and white space or punctuation after it may close.
// Apostrophes (don't, Reuters’, ’90s, rock ’n’ roll) are single marks that
// close nothing and open nothing that closes. Marks are paired with a stack
// per paragraph; a closing mark that matches an outer quote closes it and
// drops the unclosed inner ones.
//
// Degrading gracefully. A quote left open at the end of a paragraph whose next
// paragraph does not reopen it is reported as unclosed (QuoteSpan::closed is
// false) and ends with its paragraph: it never swallows the rest of the
// article. Stray marks are reported as diagnostics and ignored. Nesting is
// bounded (Options::max_depth) and each mark is looked at a bounded number of
// times, so time is linear in the input, whatever the input.
//
// Thread-safety: immutable after Create(); Detect() may be called
// concurrently. Does not keep a reference to the lexicon.
#ifndef QUOTES_DETECT_QUOTE_DETECTOR_H_
#define QUOTES_DETECT_QUOTE_DETECTOR_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/text/byte_span.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace quotes {
namespace internal {

// What the lexicon says of one quotation mark. Detect() carries a pointer
// to it from the mark's one lookup, made when the mark is found.
struct QuoteMarkInfo {
  // Index into the pairings when this mark can open, else -1.
  int opens = -1;
  bool spaced = false;
  bool closes = false;  // closes some quote
  bool single = false;  // of class "single": may be an apostrophe
};

}  // namespace internal

// One quotation found by its marks. All spans are into the text given to
// Detect().
struct QuoteSpan {
  ByteSpan open_mark;
  // Empty (begin == end == content.end) when the quote was never closed.
  ByteSpan close_mark;
  // Between the opening and the closing mark; for a quote over several
  // paragraphs this includes the paragraph breaks and reopening marks.
  ByteSpan content;
  std::vector<ByteSpan> reopen_marks;
  int first_paragraph = 0;
  int last_paragraph = 0;
  // 0 for a top-level quote, 1 inside another quote, ...
  int depth = 0;
  bool closed = true;
  // The opening and closing marks, e.g. "„" and "“".
  std::string open;
  std::string close;
};

// A mark the detector could not use.
struct MarkDiagnostic {
  ByteSpan span;
  std::string message;
};

struct DetectResult {
  // In order of content.begin; inner quotes follow their outer quote.
  std::vector<QuoteSpan> quotes;
  // At most Options::max_diagnostics, then one summary entry.
  std::vector<MarkDiagnostic> diagnostics;
};

class QuoteDetector {
 public:
  struct Options {
    // The options are (defaults in parentheses):
    //
    //   max_depth        (6)       deeper opening marks are ignored as stray
    //   max_quote_bytes  (64 KiB)  a longer quote is taken for a stray mark
    //   max_diagnostics  (50)      further problems are only counted
    int max_depth = 6;
    size_t max_quote_bytes = size_t{64} << 10;
    int max_diagnostics = 50;
  };

  // Compiles the mark pattern from the lexicon's pairing table (a mark may
  // be several characters, like '' in some archives). Returns
  // InvalidArgumentError when a mark is empty or not UTF-8.
  static absl::StatusOr<std::unique_ptr<QuoteDetector>> Create(
      const Lexicon& lexicon, Options options);

  ~QuoteDetector();

  // Finds the quotations in text[paragraphs[i]] for all i. `paragraphs` must
  // be in text order and not overlap. Never fails; an article with no marks
  // gives no quotes.
  DetectResult Detect(absl::string_view text,
                      const std::vector<ByteSpan>& paragraphs) const;
  // The same into *out (cleared first), whose memory a caller reading
  // article after article can keep.
  void Detect(absl::string_view text, const std::vector<ByteSpan>& paragraphs,
              DetectResult* out) const;

 private:
  using MarkInfo = internal::QuoteMarkInfo;

  QuoteDetector(Options options, std::vector<QuotePairing> pairings,
                absl::flat_hash_map<std::string, MarkInfo> marks,
                std::unique_ptr<re2::RE2> pattern);

  Options options_;
  std::vector<QuotePairing> pairings_;
  absl::flat_hash_map<std::string, MarkInfo> marks_;
  // For each pairing, the entries of marks_ that close it, and whether it is
  // of class "single": compared by address and flag in Detect(), where the
  // mark strings and class names were compared byte by byte.
  std::vector<std::vector<const MarkInfo*>> closers_;
  std::vector<bool> single_pairing_;
  // The first bytes of the marks: a byte not here starts no mark, and the
  // flanking checks need no lookup for it.
  std::array<bool, 256> lead_bytes_{};
  // The length in bytes of the longest mark.
  size_t max_mark_bytes_ = 0;
  // The same for the scans that test many bytes at once: the ASCII lead
  // bytes, and whether any lead byte is not ASCII.
  std::vector<unsigned char> ascii_leads_;
  bool non_ascii_leads_ = false;
  std::unique_ptr<re2::RE2> pattern_;
  // For the 16-byte scan when there are at most kVectorLeads ASCII lead
  // bytes, its vectors made once: rows 0 to 3 hold one of those bytes in
  // each of their 16, the first repeated to fill the rows so that the scan
  // makes the same comparisons whatever their number (0x80 when there are
  // none: a byte the scan stops at anyway, being not ASCII); row 4 holds
  // 0x80 when some lead byte is not ASCII, else 0.
  static constexpr size_t kVectorLeads = 4;
  alignas(16) std::array<std::array<unsigned char, 16>, kVectorLeads + 1> lead_rows_{};

  // The first position in [pos, end) whose byte is a lead byte, or end.
  size_t NextLeadByte(const unsigned char* bytes, size_t pos, size_t end) const;
};

}  // namespace quotes

#endif  // QUOTES_DETECT_QUOTE_DETECTOR_H_
