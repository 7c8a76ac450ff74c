// Fuzz target for the whole pipeline (Pipeline::Run): detection, attribution
// and record building on arbitrary bytes.
//
// Invariants: Run() fails only with InvalidArgument (bad UTF-8, NUL) or
// ResourceExhausted; on success every span of every record is a half-open
// range inside the input and each text field is exactly the bytes its span
// names.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "quotes/fuzz/fuzz_check.h"
#include "quotes/pipeline.h"

namespace {

bool Inside(const quotes::Span& s, size_t size) {
  return s.begin() <= s.end() && s.end() <= size;
}

absl::string_view Of(absl::string_view text, const quotes::Span& s) {
  return text.substr(s.begin(), s.end() - s.begin());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const quotes::Pipeline* pipeline = [] {
    auto p = quotes::Pipeline::Create();
    FUZZ_CHECK(p.ok());
    return p->release();
  }();
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<quotes::ArticleQuotes> result = pipeline->Run(text);
  if (!result.ok()) {
    FUZZ_CHECK(result.status().code() == absl::StatusCode::kInvalidArgument ||
               result.status().code() == absl::StatusCode::kResourceExhausted);
    return 0;
  }
  FUZZ_CHECK(result->text() == text);
  FUZZ_CHECK(Inside(result->article().body(), size));
  for (const quotes::QuoteRecord& q : result->quotes()) {
    FUZZ_CHECK(Inside(q.content(), size));
    FUZZ_CHECK(Inside(q.open_mark(), size));
    FUZZ_CHECK(Inside(q.close_mark(), size));
    FUZZ_CHECK(q.open_mark().end() <= q.content().begin());
    FUZZ_CHECK(q.content().end() <= q.close_mark().begin());
    FUZZ_CHECK(Of(text, q.content()) == q.text());
    for (const quotes::Span& m : q.reopen_marks()) FUZZ_CHECK(Inside(m, size));
    if (q.has_cue()) {
      FUZZ_CHECK(Inside(q.cue().span(), size));
      FUZZ_CHECK(Of(text, q.cue().span()) == q.cue().text());
    }
    if (!q.speaker().mention().empty()) {
      FUZZ_CHECK(Inside(q.speaker().mention_span(), size));
      FUZZ_CHECK(Of(text, q.speaker().mention_span()) == q.speaker().mention());
    }
  }
  for (const quotes::Diagnostic& d : result->diagnostics()) {
    FUZZ_CHECK(Inside(d.span(), size));
  }
  return 0;
}
