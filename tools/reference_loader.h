// Reading the reference documents of quote_compare and quote_verifier
// --against: a transcript (quotes/match/transcript.h) is read with its
// speaker turns; any other file is an article run through the pipeline.
#ifndef TOOLS_REFERENCE_LOADER_H_
#define TOOLS_REFERENCE_LOADER_H_

#include <istream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "quotes/match/reference_corpus.h"
#include "quotes/pipeline.h"

namespace quotes {

// Reads `path` ("-" reads `in`) and returns it as a Reference. Errors name
// the path: those of ReadInput (tools/article_io.h), invalid UTF-8, a file
// over `max_bytes`.
absl::StatusOr<Reference> LoadReference(const std::string& path,
                                        const Pipeline& pipeline,
                                        size_t max_bytes, std::istream& in);

// The source path of a loaded reference.
const std::string& ReferencePath(const Reference& reference);

}  // namespace quotes

#endif  // TOOLS_REFERENCE_LOADER_H_
