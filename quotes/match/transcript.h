// quotes/match/transcript.h
//
// Reads a transcript: plain text with the article header of FORMAT.md
// (optional `key: value` lines and `---`), then paragraphs separated by blank
// lines, where a paragraph that starts with a speaker label opens a turn:
//
//   MINISTER HALVORSEN: We came here in good faith.
//   MR. ODUYA: Thank you. Let me say first ...
//   Q: Minister, will you sign?
//
// A label is at most kMaxLabelBytes bytes before the first colon, with
// letters and no lower-case letter. A paragraph without a label continues the
// previous turn. Title words in a label (from the core lexicon's titles, e.g.
// "minister", "mr.") become Speaker.title; the rest is the name, in title
// case ("Halvorsen").
//
// Example:
//
//   ASSIGN_OR_RETURN(quotes::Transcript t,
//                    quotes::ParseTranscript(file_bytes, "briefing.txt"));
//   for (const quotes::Transcript::Turn& turn : t.turns) {
//     // turn.speaker.name() == "Halvorsen"
//   }
#ifndef QUOTES_MATCH_TRANSCRIPT_H_
#define QUOTES_MATCH_TRANSCRIPT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quote.pb.h"

namespace quotes {

inline constexpr size_t kMaxLabelBytes = 60;

// A parsed transcript. A value type; no references into other objects.
struct Transcript {
  struct Turn {
    Speaker speaker;  // mention_span = the label, without the colon
    Span content;     // the words spoken: after the label's colon to the end
                      // of the turn's last paragraph
  };
  Article article;  // from the header; source_path is the path given
  std::string text; // the file's bytes; every Span points into it
  std::vector<Turn> turns;
};

// Parses `text`. Returns InvalidArgumentError naming `path` and the byte
// offset for invalid UTF-8 or a NUL byte, and InvalidArgumentError naming
// `path` when no paragraph starts with a speaker label. An empty transcript
// (no body) is an InvalidArgumentError too: it cannot back any quote.
absl::StatusOr<Transcript> ParseTranscript(std::string text,
                                           absl::string_view path);

// True when `text` should be read as a transcript: its header says
// `type: transcript`, or at least two paragraphs and at least half of them
// start with a speaker label.
bool LooksLikeTranscript(absl::string_view text);

}  // namespace quotes

#endif  // QUOTES_MATCH_TRANSCRIPT_H_
