#include "quotes/html/html_sniffer.h"

#include <string>

#include "gtest/gtest.h"

namespace quotes {
namespace {

TEST(LooksLikeHtml, RecognizesPageStarts) {
  constexpr const char* kPages[] = {
      "<!DOCTYPE html><html><body>x</body></html>",
      "<!doctype HTML>\n<title>x</title>",
      "\xEF\xBB\xBF<!DOCTYPE html>",
      "  \n<html lang=\"en\">",
      "<HTML>",
      "<!-- saved from url=(0042) -->\n<!DOCTYPE html>",
      "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">",
      "<meta charset=\"utf-8\"><title>x</title>",
      "<article><p>Text</p></article>",
      "<p>A fragment.</p>",
      "<div\nclass=\"page\">",
  };
  for (const char* page : kPages) {
    EXPECT_TRUE(LooksLikeHtml(page)) << page;
  }
}

TEST(LooksLikeHtml, RejectsTextAndData) {
  constexpr const char* kNotPages[] = {
      "",
      "   \n",
      "outlet: Harbour Gazette\ntitle: Bridge reopens\n---\n\n\"It is done,\" she said.",
      "The mayor said <b>nothing</b>.",
      "<bold claim> said the mayor",
      "<please reply>",
      "<!DOCTYPE svg>",
      "<!-- never closed",
      "<htmlx>",
      "{\"@type\": \"NewsArticle\"}",
  };
  for (const char* text : kNotPages) {
    EXPECT_FALSE(LooksLikeHtml(text)) << text;
  }
  EXPECT_FALSE(LooksLikeHtml(std::string("<html>\0\x01\x02", 9)));
}

TEST(LooksLikeHtml, LooksOnlyAtTheStart) {
  // A page that opens with 5000 bytes of comment is not recognized: the
  // sniffer reads 4 KiB at most. Tools also go by the .html extension.
  std::string page = "<!--" + std::string(5000, '-') + "--><html>";
  EXPECT_FALSE(LooksLikeHtml(page));
  EXPECT_TRUE(LooksLikeHtml("<html>" + std::string(1 << 20, 'x')));
}

}  // namespace
}  // namespace quotes
