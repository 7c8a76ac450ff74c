#include "quotes/text/utf8.h"

#include <cstdint>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "unicode/uchar.h"

namespace quotes {

int DecodeUtf8(absl::string_view text, size_t pos, char32_t* cp) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char c = s[pos];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  char32_t v;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    *cp = 0xFFFD;
    return 1;
  }
  if (pos + len > n) {
    *cp = 0xFFFD;
    return 1;
  }
  for (int i = 1; i < len; ++i) {
    unsigned char d = s[pos + i];
    if ((d & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    v = (v << 6) | (d & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = v;
  return len;
}

int DecodeUtf8Before(absl::string_view text, size_t pos, char32_t* cp) {
  if (pos == 0) {
    *cp = 0;
    return 0;
  }
  size_t start = pos - 1;
  int back = 1;
  while (start > 0 && back < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
    ++back;
  }
  int len = DecodeUtf8(text, start, cp);
  if (start + len != pos) {
    *cp = 0xFFFD;
    return 1;
  }
  return len;
}

absl::Status ValidateUtf8(absl::string_view text) {
  // UTF-16 would otherwise be reported as invalid UTF-8 at byte 0.
  if (absl::StartsWith(text, "\xFF\xFE") || absl::StartsWith(text, "\xFE\xFF")) {
    return absl::InvalidArgumentError(absl::StrCat(
        "UTF-16 text (byte order mark ", text[0] == '\xFF' ? "FF FE" : "FE FF",
        " at byte 0), not UTF-8; convert it to UTF-8"));
  }
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    // Eight bytes at a time while they are ASCII and not NUL.
    while (i + 8 <= n) {
      const uint64_t w = LoadWord8(text.data() + i);
      if ((NonAsciiBytes(w) | ZeroBytes(w)) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("NUL byte at byte ", i, " (binary file?)"));
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    int len = DecodeUtf8(text, i, &cp);
    if (cp == 0xFFFD && len == 1) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", i));
    }
    i += len;
  }
  return absl::OkStatus();
}

std::string ToValidUtf8(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const int len = DecodeUtf8(text, i, &cp);
    if (cp == 0xFFFD && len == 1) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
  return out;
}

namespace internal {

bool IsWordCharBeyondAscii(char32_t c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsSpaceCharBeyondAscii(char32_t c) {
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

}  // namespace internal

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace quotes
