#include "quotes/match/test_articles.h"

#include "absl/strings/str_cat.h"

namespace quotes {
namespace testing {

ArticleBuilder::ArticleBuilder(absl::string_view outlet,
                               absl::string_view date) {
  a_.mutable_article()->set_outlet(std::string(outlet));
  a_.mutable_article()->set_date(std::string(date));
  a_.mutable_article()->set_source_path(absl::StrCat(outlet, ".txt"));
  a_.set_text(absl::StrCat("outlet: ", outlet, "\ndate: ", date, "\n---\n"));
  a_.mutable_article()->mutable_body()->set_begin(a_.text().size());
}

ArticleBuilder& ArticleBuilder::Text(absl::string_view text) {
  absl::StrAppend(a_.mutable_text(), text);
  return *this;
}

ArticleBuilder& ArticleBuilder::Quote(absl::string_view quote,
                                      absl::string_view speaker,
                                      absl::string_view title) {
  QuoteRecord* q = a_.add_quotes();
  q->set_index(a_.quotes_size() - 1);
  q->mutable_open_mark()->set_begin(a_.text().size());
  absl::StrAppend(a_.mutable_text(), "\xE2\x80\x9C");
  q->mutable_open_mark()->set_end(a_.text().size());
  q->mutable_content()->set_begin(a_.text().size());
  absl::StrAppend(a_.mutable_text(), quote);
  q->mutable_content()->set_end(a_.text().size());
  q->mutable_close_mark()->set_begin(a_.text().size());
  absl::StrAppend(a_.mutable_text(), "\xE2\x80\x9D");
  q->mutable_close_mark()->set_end(a_.text().size());
  q->set_text(std::string(quote));
  q->set_kind(QuoteRecord::DIRECT);
  q->set_closed(true);
  Speaker* s = q->mutable_speaker();
  s->set_kind(speaker.empty() ? Speaker::UNKNOWN : Speaker::PERSON);
  s->set_name(std::string(speaker));
  s->set_mention(std::string(speaker));
  s->set_title(std::string(title));
  return *this;
}

ArticleQuotes ArticleBuilder::Build() const {
  ArticleQuotes a = a_;
  a.mutable_article()->mutable_body()->set_end(a.text().size());
  return a;
}

}  // namespace testing
}  // namespace quotes
