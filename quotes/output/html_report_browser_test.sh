#!/usr/bin/env bash
# Renders quote_verifier's HTML report in a real browser (headless Chromium,
# Debian's package) and checks what the browser built from it:
#   - the report for the testdata event (three outlets' web pages on one
#     story, testdata/html/) has every quote highlighted, with its kind and
#     speaker, and every note beside it;
#   - an article whose text holds <script>, <img onerror> and & shows them as
#     text: the browser's DOM has no such elements;
#   - quote_verifier --against for the testdata event (testdata/event/: a
#     transcript and five reports) colours every quote by its verdict and
#     shows word diffs; quote_compare gives one section per utterance with a
#     row per outlet's rendering;
#   - screenshots show the highlight and verdict colours, so the style sheet
#     applied.
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
compare="$runfiles/tools/quote_compare"
event="$runfiles/testdata/event"
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

# --- Verdicts for the testdata event. ----------------------------------------
"$verifier" --format=html --against="$event" "$event/northern_wire.txt" \
  "$event/harbour_gazette.txt" "$event/coastline_daily.txt" \
  "$event/meridian_post.txt" "$event/valdoria_today.txt" \
  >"$work/verify.html" 2>>"$work/verifier.log" ||
  fail "quote_verifier --against failed: $(tail -3 "$work/verifier.log")"
browser --dump-dom "file://$work/verify.html" >"$work/verify.dom" ||
  fail "chromium could not render the verification report"
python3 - "$work/verify.dom" <<'EOF' || fail "the rendered verification report is wrong"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
errors = []
marks = re.findall(r'<mark id="a\d+-q\d+" class="q kind-\w+ verdict-(\w+)" '
                   r'data-verdict="(\w+)"', dom)
verdicts = {v for _, v in marks}
if len(re.findall(r'<section class="article"', dom)) != 5:
    errors.append("five reports verified")
if not marks or any(c != v.lower() for c, v in marks):
    errors.append("each quote's class names its verdict")
if len(verdicts - {"UNVERIFIED"}) < 6:
    errors.append("at least six different verdicts in the event, got %s" % sorted(verdicts))
for v in ["VERBATIM", "MISATTRIBUTED", "ALTERED"]:
    if v not in verdicts:
        errors.append("a %s quote is highlighted" % v)
if not re.search(r'<div class="diff">[^<]*(<[^>]+>[^<]*)*<del>[^<]+</del><ins>[^<]+</ins>', dom):
    errors.append("an altered word is shown as <del>source</del><ins>quote</ins>")
if '<li class="warn" data-verdict="MISATTRIBUTED">' not in dom:
    errors.append("the misattribution is a warning finding")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("verification report: %d quotes, verdicts %s" % (len(marks), sorted(verdicts)))
EOF

# --- The comparison of the testdata event. -----------------------------------
"$compare" --format=html "$event" >"$work/compare.html" 2>>"$work/verifier.log" ||
  fail "quote_compare failed: $(tail -3 "$work/verifier.log")"
browser --dump-dom "file://$work/compare.html" >"$work/compare.dom" ||
  fail "chromium could not render the comparison"
python3 - "$work/compare.dom" <<'EOF' || fail "the rendered comparison is wrong"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
errors = []
clusters = re.findall(r'<section class="cluster" id="s1-c(\d+)" data-cluster="\d+" '
                      r'data-members="(\d+)">(.*?)</section>', dom, re.S)
if len(clusters) < 8:
    errors.append("one section per utterance: %d" % len(clusters))
for number, members, body in clusters:
    rows = re.findall(r'<tr class="member( source)?" data-verdict="(\w+)"', body)
    if len(rows) != int(members):
        errors.append("utterance %s: %d rows for %s renderings" % (number, len(rows), members))
    if sum(1 for source, _ in rows if source) != 1:
        errors.append("utterance %s: exactly one source row" % number)
multi = [c for c in clusters if int(c[1]) >= 3]
if not multi:
    errors.append("an utterance rendered by three or more documents")
if "<del>" not in dom or "<ins>" not in dom:
    errors.append("differing words are marked")
if "the outlets disagree" not in dom:
    errors.append("a speaker disagreement is flagged")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("comparison: %d utterances, %d with 3+ renderings" % (len(clusters), len(multi)))
EOF

# --- Screenshots show the colours. --------------------------------------------
# Counts the pixels of the given colours in a PNG screenshot (8-bit RGB or
# RGBA, as Chromium writes them) and requires each to cover an area.
check_colours() {
  local page=$1
  shift
  # Half scale: a quarter of the pixels to decode, colours unchanged.
  browser --window-size=1280,1600 --force-device-scale-factor=0.5 \
    --screenshot="$work/$page.png" \
    "file://$work/$page.html" >/dev/null || fail "chromium could not take a screenshot"
  python3 - "$work/$page.png" "$@" <<'EOF' || fail "the $page screenshot lacks its colours"
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
wanted = {bytes.fromhex(arg.split("=")[1]): arg.split("=")[0] for arg in sys.argv[2:]}
counts = {name: 0 for name in wanted.values()}
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
        name = wanted.get(bytes(line[x:x + 3]))
        if name:
            counts[name] += 1
    prev = line
print("%s pixels: %s" % (sys.argv[1].rsplit("/", 1)[-1], counts))
# A highlighted quote covers hundreds of pixels even at half scale; stray
# pixels of the exact colour do not add up to that.
sys.exit(0 if all(n > 300 for n in counts.values()) else 1)
EOF
}
check_colours event direct=ffe08a partial=bfe3ff
# The verification page: the colours its own style sheet gives the verdicts
# of the first two differently judged quotes (they are near the top).
verdict_colours=$(python3 - "$work/verify.html" <<'EOF'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
colours = dict(re.findall(r"\.verdict-(\w+) \{ background: #([0-9a-f]{6}); \}", page))
seen = []
for verdict in re.findall(r'<mark id="a\d+-q\d+" class="q kind-\w+ verdict-(\w+)"', page):
    if verdict not in seen and verdict in colours:
        seen.append(verdict)
print(" ".join("%s=%s" % (v, colours[v]) for v in seen[:2]))
EOF
)
[ "$(wc -w <<<"$verdict_colours")" -eq 2 ] ||
  fail "two verdicts with colours expected, got '$verdict_colours'"
check_colours verify $verdict_colours

echo "PASS"
