#!/usr/bin/env bash
# Renders quote_verifier's HTML report in a real browser (headless Chromium,
# Debian's package) and checks what the browser built from it:
#   - the report for the testdata event (three outlets' web pages on one
#     story, testdata/html/) has every quote highlighted, with its kind and
#     speaker, and every note beside it;
#   - an article whose text holds <script>, <img onerror> and & shows them as
#     text: the browser's DOM has no such elements;
#   - a screenshot shows the highlight colours, so the style sheet applied.
# Chromium is required: without it the test fails (tools/setup.sh installs
# it), it does not skip.
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || fail "chromium is not installed; run tools/setup.sh"

runfiles="${TEST_SRCDIR:-$PWD/..}/${TEST_WORKSPACE:-quotes}"
verifier="$runfiles/tools/quote_verifier"
pages="$runfiles/testdata/html"
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/browser.XXXXXX")
# Chromium wants a writable home and profile, and no session bus.
export HOME="$work/home"
mkdir -p "$HOME"

browser() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
    --hide-scrollbars "$@" 2>>"$work/chromium.log"
}

# --- The testdata event. ---------------------------------------------------
"$verifier" --format=html "$pages/wrenmouth_post.html" \
  "$pages/coastline_daily.html" "$pages/estuary_herald.html" \
  >"$work/event.html" 2>"$work/verifier.log" ||
  fail "quote_verifier failed: $(cat "$work/verifier.log")"
browser --dump-dom "file://$work/event.html" >"$work/event.dom" ||
  fail "chromium could not render the report: $(tail -5 "$work/chromium.log")"

python3 - "$work/event.dom" <<'EOF' || fail "the rendered event report is wrong"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
errors = []
def expect(cond, what):
    if not cond:
        errors.append(what)

sections = re.findall(r'<section class="article" id="(a\d+)"', dom)
expect(sections == ["a1", "a2", "a3"], "three article sections, got %s" % sections)
# Each quote is one <mark> with an id (pieces after a paragraph break have
# none); the summary line of each section counts its quotes.
marks = re.findall(r'<mark id="(a\d+)-q(\d+)" class="q kind-(\w+)" '
                   r'data-kind="(\w+)" data-quote="\d+" data-speaker="([^"]*)"', dom)
counts = [int(n) for n in re.findall(r'<p class="summary" data-quotes="(\d+)">', dom)]
expect(len(counts) == 3 and sum(counts) == len(marks),
       "every counted quote is highlighted: %s vs %d marks" % (counts, len(marks)))
expect(len(marks) >= 15, "at least 15 quotes in the event, got %d" % len(marks))
for section, n, css_kind, kind, speaker in marks:
    expect(css_kind == kind.lower(), "class matches kind for %s-q%s" % (section, n))
speakers = {speaker for *_, speaker in marks}
for name in ["Elena Marsh", "Priya Anand", "Tobias Vell"]:
    expect(name in speakers, "a quote attributed to %s" % name)
kinds = {kind for *_, kind, _ in marks}
expect({"DIRECT", "PARTIAL"} <= kinds, "direct and partial quotes, got %s" % kinds)
# The quote the three outlets share, highlighted in each.
shared = re.findall(r'data-speaker="Elena Marsh"[^>]*>\u201cWe promised the town', dom)
expect(len(shared) >= 2, "Marsh's promise highlighted in the outlets that carry it")
# A note beside the text for every quote.
notes = re.findall(r'<div class="note kind-\w+" data-quote="\d+">', dom)
expect(len(notes) == len(marks), "one note per quote: %d notes" % len(notes))
# The multi-paragraph blockquote statement continues in a second <mark>.
expect(re.search(r'<mark class="q kind-direct"[^>]*>\u201cOur members lost work', dom)
       is not None,
       "the two-paragraph statement is highlighted in both paragraphs")
expect("extracted from a web page" in dom, "the report says the text was extracted")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("event report: %d sections, %d quotes, speakers %s" %
      (len(sections), len(marks), sorted(s for s in speakers if s)))
EOF

# --- Hostile article text. --------------------------------------------------
cat >"$work/hostile.txt" <<'EOF'
title: <script>document.title="owned"</script>
---
The council's <script>document.body.innerHTML="owned"</script> & <img src=x onerror="document.body.innerHTML='owned'"> notice said: "We fixed the <b>bridge</b> & the road."
EOF
"$verifier" --format=html "$work/hostile.txt" >"$work/hostile.html" 2>>"$work/verifier.log" ||
  fail "quote_verifier failed on the hostile article"
browser --dump-dom "file://$work/hostile.html" >"$work/hostile.dom" ||
  fail "chromium could not render the hostile report"
python3 - "$work/hostile.dom" "$work/hostile.txt" <<'EOF' || fail "article text became markup"
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
body = open(sys.argv[2], encoding="utf-8").read().split("---\n", 1)[1].strip()
errors = []
if re.search(r"<(script|img|b)[\s>]", dom):
    errors.append("the DOM has an element from the article text")
# What the browser shows of the paragraph, less the quote numbers, is the
# article text byte for byte.
para = re.search(r'<div class="para"><p class="text">(.*?)</p>', dom, re.S)
shown = ""
if para:
    shown = re.sub(r'<sup class="qn">\d+</sup>', "", para.group(1))
    shown = html.unescape(re.sub(r"<[^>]+>", "", shown))
if shown != body:
    errors.append("shown text differs from the article:\n  %r\n  %r" % (shown, body))
if not re.search(r'<mark id="a1-q\d+" class="q kind-\w+"[^>]*>"We fixed the '
                 r'&lt;b&gt;bridge&lt;/b&gt; &amp; the road\."</mark>', dom):
    errors.append("the quote with markup in it is not highlighted as text")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("hostile article: shown as text")
EOF

# --- The screenshot shows the highlights. -----------------------------------
browser --window-size=1280,1600 --screenshot="$work/event.png" \
  "file://$work/event.html" >/dev/null || fail "chromium could not take a screenshot"
python3 - "$work/event.png" <<'EOF' || fail "the screenshot lacks the highlight colours"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
width, height, depth, colour, _, _, interlace = header
assert depth == 8 and colour in (2, 6) and interlace == 0, header
bpp = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
counts = {}
wanted = {(0xff, 0xe0, 0x8a): "direct", (0xbf, 0xe3, 0xff): "partial"}
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 0xff
        elif f == 2: line[i] = (line[i] + b) & 0xff
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 0xff
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
    for x in range(0, stride, bpp):
        rgb = tuple(line[x:x + 3])
        if rgb in wanted:
            counts[wanted[rgb]] = counts.get(wanted[rgb], 0) + 1
    prev = line
print("highlight pixels:", counts)
# A highlighted quote covers thousands of pixels; stray pixels of the exact
# colour do not add up to that.
sys.exit(0 if counts.get("direct", 0) > 2000 and counts.get("partial", 0) > 2000 else 1)
EOF
echo "PASS"
