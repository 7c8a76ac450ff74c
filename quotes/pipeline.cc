#include "quotes/pipeline.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/attribute/speaker_attributor.h"
#include "quotes/detect/dash_quotes.h"
#include "quotes/detect/quote_detector.h"
#include "quotes/lexicon/lexicon.h"
#include "quotes/status_macros.h"
#include "quotes/text/article_header.h"
#include "quotes/text/language_guess.h"
#include "quotes/text/normalizer.h"
#include "quotes/text/segmenter.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

// The id of an article that has none: 64 bits of a hash of its bytes, the
// same in every run, build and platform (absl::Hash is seeded per process).
// Four lanes take eight bytes each per step, so their multiplications overlap;
// FNV-1a's one multiplication per byte, each waiting for the one before, had
// cost a twentieth of the pipeline's time. The primes and the final mixing
// are xxHash64's; the result is not meant to equal xxHash64's.
constexpr uint64_t kPrime1 = 0x9e3779b185ebca87ULL;
constexpr uint64_t kPrime2 = 0xc2b2ae3d27d4eb4fULL;
constexpr uint64_t kPrime3 = 0x165667b19e3779f9ULL;

uint64_t RotateLeft(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

uint64_t Round(uint64_t acc, uint64_t word) {
  return RotateLeft(acc + word * kPrime2, 31) * kPrime1;
}

std::string Fingerprint(absl::string_view bytes) {
  const char* p = bytes.data();
  const char* const end = p + bytes.size();
  uint64_t lane[4] = {kPrime1 + kPrime2, kPrime2, 0, 0 - kPrime1};
  for (; end - p >= 32; p += 32) {
    for (int j = 0; j < 4; ++j) lane[j] = Round(lane[j], LoadLittleEndian8(p + 8 * j));
  }
  uint64_t h = RotateLeft(lane[0], 1) + RotateLeft(lane[1], 7) + RotateLeft(lane[2], 12) +
               RotateLeft(lane[3], 18) + bytes.size();
  for (; end - p >= 8; p += 8) {
    h = RotateLeft(h ^ Round(0, LoadLittleEndian8(p)), 27) * kPrime1 + kPrime3;
  }
  for (; p < end; ++p) {
    h = RotateLeft(h ^ (static_cast<unsigned char>(*p) * kPrime3), 11) * kPrime1;
  }
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return absl::StrFormat("%016x", h);
}

void SetSpan(ByteSpan s, Span* out) {
  out->set_begin(static_cast<uint32_t>(s.begin));
  out->set_end(static_cast<uint32_t>(s.end));
}

// Fills the header's fields the caller left empty.
void MergeMeta(const Article& meta, Article* a) {
  auto take = [](const std::string& from, std::string* to) {
    if (!from.empty()) *to = from;
  };
  take(meta.id(), a->mutable_id());
  take(meta.source_path(), a->mutable_source_path());
  take(meta.outlet(), a->mutable_outlet());
  take(meta.url(), a->mutable_url());
  take(meta.title(), a->mutable_title());
  take(meta.date(), a->mutable_date());
  take(meta.byline(), a->mutable_byline());
  for (const auto& [k, v] : meta.extra()) (*a->mutable_extra())[k] = v;
}

// Adds the quotes that paragraphs open with a dash ("— …, — сказал он"), in
// languages that write them, keeping content order; quotes with marks inside
// one become nested in it.
void AddDashQuotes(absl::string_view text, const std::vector<ByteSpan>& paragraphs,
                   const std::vector<std::string>& dashes,
                   std::vector<QuoteSpan>* quotes) {
  std::vector<QuoteSpan> dashed = DetectDashQuotes(text, paragraphs, dashes);
  if (dashed.empty()) return;
  for (QuoteSpan& q : *quotes) {
    for (const QuoteSpan& d : dashed) {
      if (q.open_mark.begin >= d.content.begin && q.content.end <= d.content.end) {
        ++q.depth;
        break;
      }
    }
  }
  quotes->insert(quotes->end(), dashed.begin(), dashed.end());
  std::stable_sort(quotes->begin(), quotes->end(),
                   [](const QuoteSpan& a, const QuoteSpan& b) {
                     return a.content.begin < b.content.begin;
                   });
}

}  // namespace

Pipeline::Pipeline(Options options, std::unique_ptr<Lexicon> lexicon,
                   std::unique_ptr<QuoteDetector> detector,
                   std::unique_ptr<SpeakerAttributor> attributor)
    : options_(std::move(options)),
      lexicon_(std::move(lexicon)),
      detector_(std::move(detector)),
      attributor_(std::move(attributor)) {}

Pipeline::~Pipeline() = default;

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create() {
  return Create(Options());
}

absl::StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(Options options) {
  std::unique_ptr<Lexicon> lexicon;
  if (options.lexicon_dir.empty()) {
    ASSIGN_OR_RETURN(lexicon, Lexicon::Default());
  } else {
    ASSIGN_OR_RETURN(lexicon, Lexicon::FromDirectory(options.lexicon_dir));
  }
  QuoteDetector::Options detector_options;
  detector_options.max_quote_bytes = options.max_quote_bytes;
  ASSIGN_OR_RETURN(std::unique_ptr<QuoteDetector> detector,
                   QuoteDetector::Create(*lexicon, detector_options));
  ASSIGN_OR_RETURN(std::unique_ptr<SpeakerAttributor> attributor,
                   SpeakerAttributor::Create(lexicon.get()));
  LanguageGuesser::Options guess_options;
  guess_options.default_language = options.default_language;
  auto guesser = std::make_unique<LanguageGuesser>(*lexicon, guess_options);
  std::unique_ptr<Pipeline> pipeline(new Pipeline(std::move(options),
                                                  std::move(lexicon),
                                                  std::move(detector),
                                                  std::move(attributor)));
  pipeline->guesser_ = std::move(guesser);
  return pipeline;
}

absl::StatusOr<ArticleQuotes> Pipeline::Run(absl::string_view text,
                                            const Article& meta) const {
  ArticleQuotes result;
  RETURN_IF_ERROR(RunInto(text, meta, &result));
  return result;
}

absl::Status Pipeline::RunInto(absl::string_view text, const Article& meta,
                               ArticleQuotes* out) const {
  out->Clear();
  if (text.size() > options_.max_article_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("article is ", text.size(), " bytes, over the limit of ",
                     options_.max_article_bytes));
  }
  RETURN_IF_ERROR(ValidateUtf8(text));

  ArticleQuotes& result = *out;
  Article* article = result.mutable_article();
  ByteSpan body{0, text.size()};
  if (meta.text_origin() == Article::HTML_EXTRACTED) {
    *article = meta;
  } else {
    // The header's fields straight into the record: from an Article of
    // their own, they were copied once more onto the record's arena.
    body = ParseArticleHeader(text, article);
    MergeMeta(meta, article);
    article->set_text_origin(Article::PLAIN_TEXT);
  }
  SetSpan(body, article->mutable_body());
  if (article->id().empty()) article->set_id(Fingerprint(text));
  if (!meta.language().empty()) {
    // The caller may say where its language came from (an HTML page's
    // <html lang> is HEADER); otherwise the caller itself decided.
    article->set_language(meta.language());
    article->set_language_source(meta.language_source() !=
                                         Article::LANGUAGE_SOURCE_UNSPECIFIED
                                     ? meta.language_source()
                                     : Article::CALLER);
  } else if (!article->language().empty()) {
    article->set_language_source(Article::HEADER);
  } else {
    // No language given: guess it from the body (GUESSED), or fall back to
    // the default when there is too little text (DEFAULT).
    LanguageGuess guess = guesser_->Guess(body.Of(text));
    article->set_language(guess.language);
    article->set_language_source(guess.source);
    Diagnostic* d = result.add_diagnostics();
    d->set_severity(Diagnostic::INFO);
    SetSpan(body, d->mutable_span());
    d->set_message(absl::StrCat("language ", guess.language,
                                guess.source == Article::GUESSED ? " guessed: " : " by default: ",
                                guess.evidence));
  }
  result.set_text(std::string(text));

  // Everything below works on the NFC form of the body; spans map back.
  const absl::string_view body_text = body.Of(text);
  NormalizedText norm;
  RETURN_IF_ERROR(NormalizeNfc(body_text, &norm));
  // Almost all text is NFC already: then no offset needs the map's lookup.
  const bool identity = norm.map.is_identity();
  auto to_original = [&](ByteSpan s) {
    const ByteSpan o = identity ? s : norm.map.ToOriginal(s);
    return ByteSpan{o.begin + body.begin, o.end + body.begin};
  };
  // Kept on each thread from one article to the next, like the attributor's
  // tokens: vectors made for each article grew from empty every time.
  thread_local std::vector<ByteSpan> paragraphs;
  thread_local DetectResult detected;
  SplitParagraphs(norm.text, ByteSpan{0, norm.text.size()}, &paragraphs);
  detector_->Detect(norm.text, paragraphs, &detected);
  AddDashQuotes(norm.text, paragraphs,
                lexicon_->ForLanguage(article->language()).quote_dashes,
                &detected.quotes);
  ASSIGN_OR_RETURN(std::vector<Attribution> attributions,
                   attributor_->Attribute(norm.text, paragraphs,
                                          detected.quotes, article->language()));

  // Each quote's id is the article's and its offset: the first part is the
  // same for all of them, so it is made once (absl::StrCat per quote had cost
  // more than all the rest of a record's strings).
  const std::string id_prefix = absl::StrCat(article->id(), ":");
  result.mutable_quotes()->Reserve(static_cast<int>(detected.quotes.size()));
  for (size_t i = 0; i < detected.quotes.size(); ++i) {
    const QuoteSpan& q = detected.quotes[i];
    Attribution& a = attributions[i];  // its strings move into the record
    QuoteRecord* r = result.add_quotes();
    r->set_index(static_cast<uint32_t>(i));
    const ByteSpan content = to_original(q.content);
    const absl::AlphaNum offset(content.begin);
    std::string id;
    id.reserve(id_prefix.size() + offset.size());
    id.append(id_prefix).append(offset.data(), offset.size());
    r->set_id(std::move(id));
    r->set_text(std::string(content.Of(text)));
    SetSpan(content, r->mutable_content());
    SetSpan(to_original(q.open_mark), r->mutable_open_mark());
    SetSpan(q.closed ? to_original(q.close_mark) : ByteSpan{content.end, content.end},
            r->mutable_close_mark());
    for (const ByteSpan& m : q.reopen_marks) {
      SetSpan(to_original(m), r->add_reopen_marks());
    }
    r->set_kind(a.kind);
    r->set_paragraph(static_cast<uint32_t>(q.first_paragraph));
    r->set_sentence(static_cast<uint32_t>(a.sentence));
    r->set_paragraph_count(static_cast<uint32_t>(q.last_paragraph - q.first_paragraph + 1));
    r->set_closed(q.closed);
    r->set_depth(static_cast<uint32_t>(q.depth));
    r->set_mark_style(q.open + q.close);
    Speaker* s = r->mutable_speaker();
    s->set_kind(a.speaker_kind);
    // An empty string is left unset: in proto3 that is the same value, and
    // setting it would make an empty string on the arena.
    if (a.speaker_kind != Speaker::UNKNOWN) {
      if (!a.name.empty()) s->set_name(std::move(a.name));
      if (!a.title.empty()) s->set_title(std::move(a.title));
      for (std::string& m : a.members) s->add_members(std::move(m));
    }
    if (!a.mention.empty()) {
      const ByteSpan mention = to_original(a.mention_span);
      s->set_mention(std::string(mention.Of(text)));
      SetSpan(mention, s->mutable_mention_span());
    }
    if (!a.cue.empty()) {
      const ByteSpan cue_span = to_original(a.cue_span);
      Cue* cue = r->mutable_cue();
      cue->set_text(std::string(cue_span.Of(text)));
      SetSpan(cue_span, cue->mutable_span());
      if (!a.cue_lemma.empty()) cue->set_lemma(std::move(a.cue_lemma));
    }
    r->set_rule(a.rule);
    r->set_confidence(a.speaker_kind == Speaker::UNKNOWN ? 0.0f : a.confidence);
    if (a.speaker_kind == Speaker::UNKNOWN && a.rule != NO_RULE) {
      // A cue was found but its speaker (a pronoun) could not be resolved.
      r->set_confidence(0.0f);
    }
  }
  for (const MarkDiagnostic& d : detected.diagnostics) {
    Diagnostic* out = result.add_diagnostics();
    out->set_severity(Diagnostic::WARNING);
    SetSpan(d.span.empty() && d.span.begin == 0 ? ByteSpan{} : to_original(d.span),
            out->mutable_span());
    out->set_message(d.message);
  }
  // An article far larger than news gives that memory back, as the
  // attributor's and the detector's do, rather than keep it on the thread.
  constexpr size_t kKeptParagraphs = size_t{1} << 16;
  constexpr size_t kKeptQuotes = size_t{1} << 14;
  if (paragraphs.capacity() > kKeptParagraphs) std::vector<ByteSpan>().swap(paragraphs);
  if (detected.quotes.capacity() > kKeptQuotes) detected = DetectResult();
  return absl::OkStatus();
}

}  // namespace quotes
