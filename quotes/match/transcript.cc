#include "quotes/match/transcript.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "quotes/match/speaker_names.h"
#include "quotes/text/article_header.h"
#include "quotes/text/segmenter.h"
#include "quotes/text/utf8.h"
#include "unicode/uchar.h"

namespace quotes {
namespace {

// The length of the label before ':' when `paragraph` starts with one, else 0.
size_t LabelLength(absl::string_view paragraph) {
  size_t colon = paragraph.find(':');
  if (colon == absl::string_view::npos || colon == 0 || colon > kMaxLabelBytes) {
    return 0;
  }
  bool has_letter = false;
  for (size_t i = 0; i < colon;) {
    char32_t c;
    int n = DecodeUtf8(paragraph, i, &c);
    if (n <= 0) return 0;
    if (u_isalpha(c)) {
      if (u_islower(c)) return 0;
      has_letter = true;
    } else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != 0x2019) {
      return 0;
    }
    i += n;
  }
  return has_letter ? colon : 0;
}

}  // namespace

bool LooksLikeTranscript(absl::string_view text) {
  ArticleHeader header = ParseArticleHeader(text);
  for (const auto& [key, value] : header.article.extra()) {
    if (absl::AsciiStrToLower(key) == "type") {
      return absl::AsciiStrToLower(value) == "transcript";
    }
  }
  std::vector<ByteSpan> paragraphs = SplitParagraphs(text, header.body);
  size_t labelled = 0;
  for (const ByteSpan& p : paragraphs) {
    if (LabelLength(p.Of(text)) > 0) ++labelled;
  }
  return paragraphs.size() >= 2 && labelled >= 2 &&
         2 * labelled >= paragraphs.size();
}

absl::StatusOr<Transcript> ParseTranscript(std::string text,
                                           absl::string_view path) {
  if (absl::Status s = ValidateUtf8(text); !s.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": ", s.message()));
  }
  Transcript t;
  t.text = std::move(text);
  ArticleHeader header = ParseArticleHeader(t.text);
  t.article = header.article;
  t.article.set_source_path(std::string(path));
  t.article.mutable_body()->set_begin(header.body.begin);
  t.article.mutable_body()->set_end(header.body.end);
  t.article.set_text_origin(Article::PLAIN_TEXT);

  const SpeakerNames& names = SpeakerNames::Default();
  for (const ByteSpan& p : SplitParagraphs(t.text, header.body)) {
    absl::string_view paragraph = p.Of(t.text);
    size_t label = LabelLength(paragraph);
    if (label == 0) {
      // A continuation paragraph; text before the first turn is a preamble.
      if (!t.turns.empty()) t.turns.back().content.set_end(p.end);
      continue;
    }
    Transcript::Turn turn;
    absl::string_view label_text = paragraph.substr(0, label);
    turn.speaker = names.FromLabel(label_text);
    turn.speaker.mutable_mention_span()->set_begin(p.begin);
    turn.speaker.mutable_mention_span()->set_end(p.begin + label);
    size_t content = p.begin + label + 1;
    while (content < p.end && t.text[content] == ' ') ++content;
    turn.content.set_begin(content);
    turn.content.set_end(p.end);
    t.turns.push_back(std::move(turn));
  }
  if (t.turns.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": not a transcript: no paragraph starts with a speaker label "
              "such as 'NAME:'"));
  }
  return t;
}

}  // namespace quotes
