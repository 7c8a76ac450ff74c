"""Checks on what headless Chromium built from the HTML reports.

Used by html_report_browser_test.sh, one check per call:

  html_report_browser_checks.py pages DOM
  html_report_browser_checks.py hostile DOM ARTICLE.txt
  html_report_browser_checks.py verification DOM
  html_report_browser_checks.py comparison DOM
  html_report_browser_checks.py verdict-colours REPORT.html   (prints NAME=RRGGBB ...)
  html_report_browser_checks.py colours SCREENSHOT.png NAME=RRGGBB...

DOM is Chromium's --dump-dom output. Each check prints one summary line and
exits 0, or prints what is wrong and exits 1.
"""

import html
import re
import struct
import sys
import zlib


def check_pages(dom):
    """The report of the three testdata/html pages."""
    errors = []
    sections = re.findall(r'<section class="article" id="(a\d+)"', dom)
    if sections != ["a1", "a2", "a3"]:
        errors.append("three article sections, got %s" % sections)
    # Each quote is one <mark> with an id (pieces after a paragraph break have
    # none); the summary line of each section counts its quotes.
    marks = re.findall(r'<mark id="(a\d+)-q(\d+)" class="q kind-(\w+)" '
                       r'data-kind="(\w+)" data-quote="\d+" data-speaker="([^"]*)"', dom)
    counts = [int(n) for n in re.findall(r'<p class="summary" data-quotes="(\d+)">', dom)]
    if len(counts) != 3 or sum(counts) != len(marks):
        errors.append("every counted quote is highlighted: %s vs %d marks" % (counts, len(marks)))
    if len(marks) < 15:
        errors.append("at least 15 quotes in the three pages, got %d" % len(marks))
    for section, n, css_kind, kind, _ in marks:
        if css_kind != kind.lower():
            errors.append("class does not match kind for %s-q%s" % (section, n))
    speakers = {speaker for *_, speaker in marks}
    for name in ["Elena Marsh", "Priya Anand", "Tobias Vell"]:
        if name not in speakers:
            errors.append("no quote attributed to %s" % name)
    kinds = {kind for *_, kind, _ in marks}
    if not {"DIRECT", "PARTIAL"} <= kinds:
        errors.append("direct and partial quotes expected, got %s" % kinds)
    # The quote the outlets share, highlighted in each that carries it.
    if len(re.findall(r'data-speaker="Elena Marsh"[^>]*>\u201cWe promised the town', dom)) < 2:
        errors.append("Marsh's promise is not highlighted in the outlets that carry it")
    # A note beside the text for every quote.
    notes = re.findall(r'<div class="note kind-\w+" data-quote="\d+">', dom)
    if len(notes) != len(marks):
        errors.append("one note per quote expected: %d notes" % len(notes))
    # The two-paragraph blockquote statement continues in a second <mark>.
    if not re.search(r'<mark class="q kind-direct"[^>]*>\u201cOur members lost work', dom):
        errors.append("the two-paragraph statement is not highlighted in both paragraphs")
    if "extracted from a web page" not in dom:
        errors.append("the report does not say the text was extracted")
    return errors, "pages: %d sections, %d quotes, speakers %s" % (
        len(sections), len(marks), sorted(s for s in speakers if s))


def check_hostile(dom, article_path):
    """An article whose text is full of markup shows exactly that text."""
    with open(article_path, encoding="utf-8") as f:
        body = f.read().split("---\n", 1)[1].strip()
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
    return errors, "hostile article: shown as text"


def check_verification(dom):
    """quote_verifier --against for the five reports of testdata/event."""
    errors = []
    marks = re.findall(r'<mark id="a\d+-q\d+" class="q kind-\w+ verdict-(\w+)" '
                       r'data-verdict="(\w+)"', dom)
    verdicts = {v for _, v in marks}
    if len(re.findall(r'<section class="article"', dom)) != 5:
        errors.append("five reports verified expected")
    if not marks or any(c != v.lower() for c, v in marks):
        errors.append("each quote's class must name its verdict")
    if len(verdicts - {"UNVERIFIED"}) < 6:
        errors.append("at least six different verdicts expected, got %s" % sorted(verdicts))
    for v in ["VERBATIM", "MISATTRIBUTED", "ALTERED"]:
        if v not in verdicts:
            errors.append("no %s quote is highlighted" % v)
    if not re.search(r'<div class="diff">[^<]*(<[^>]+>[^<]*)*<del>[^<]+</del><ins>[^<]+</ins>', dom):
        errors.append("no altered word is shown as <del>source</del><ins>quote</ins>")
    if '<li class="warn" data-verdict="MISATTRIBUTED">' not in dom:
        errors.append("the misattribution is not a warning finding")
    return errors, "verification: %d quotes, verdicts %s" % (len(marks), sorted(verdicts))


def check_comparison(dom):
    """quote_compare for testdata/event."""
    errors = []
    clusters = re.findall(r'<section class="cluster" id="s1-c(\d+)" data-cluster="\d+" '
                          r'data-members="(\d+)">(.*?)</section>', dom, re.S)
    if len(clusters) < 8:
        errors.append("one section per utterance expected, got %d" % len(clusters))
    for number, members, body in clusters:
        rows = re.findall(r'<tr class="member( source)?" data-verdict="(\w+)"', body)
        if len(rows) != int(members):
            errors.append("utterance %s: %d rows for %s renderings" % (number, len(rows), members))
        if sum(1 for source, _ in rows if source) != 1:
            errors.append("utterance %s: not exactly one source row" % number)
    multi = [c for c in clusters if int(c[1]) >= 3]
    if not multi:
        errors.append("no utterance rendered by three or more documents")
    if "<del>" not in dom or "<ins>" not in dom:
        errors.append("differing words are not marked")
    if "the outlets disagree" not in dom:
        errors.append("no speaker disagreement is flagged")
    return errors, "comparison: %d utterances, %d with 3+ renderings" % (len(clusters), len(multi))


def verdict_colours(page):
    """NAME=RRGGBB for the verdicts of the first two differently judged quotes,
    with the colours the page's own style sheet gives them."""
    colours = dict(re.findall(r"\.verdict-(\w+) \{ background: #([0-9a-f]{6}); \}", page))
    seen = []
    for verdict in re.findall(r'<mark id="a\d+-q\d+" class="q kind-\w+ verdict-(\w+)"', page):
        if verdict not in seen and verdict in colours:
            seen.append(verdict)
    return " ".join("%s=%s" % (v, colours[v]) for v in seen[:2])


def png_rows(data):
    """Yields the RGB(A) rows of an 8-bit, non-interlaced RGB or RGBA PNG (as
    Chromium writes screenshots), and the bytes per pixel."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
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
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        raise ValueError("unsupported PNG %s" % (header,))
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xff
            elif kind == 2:
                line[i] = (line[i] + b) & 0xff
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xff
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
        yield line, bpp
        prev = line


def check_colours(png_path, wanted_args):
    """Each NAME=RRGGBB colour covers an area of the screenshot."""
    with open(png_path, "rb") as f:
        data = f.read()
    wanted = {bytes.fromhex(arg.split("=")[1]): arg.split("=")[0] for arg in wanted_args}
    counts = {name: 0 for name in wanted.values()}
    for line, bpp in png_rows(data):
        for x in range(0, len(line), bpp):
            name = wanted.get(bytes(line[x:x + 3]))
            if name:
                counts[name] += 1
    # A highlighted quote covers hundreds of pixels even at half scale; stray
    # pixels of the exact colour do not add up to that.
    errors = ["%s covers only %d pixels" % (n, c) for n, c in counts.items() if c <= 300]
    if not counts:
        errors.append("no colours to look for")
    return errors, "%s pixels: %s" % (png_path.rsplit("/", 1)[-1], counts)


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "verdict-colours":
        with open(args[0], encoding="utf-8") as f:
            print(verdict_colours(f.read()))
        return 0
    if command == "colours":
        errors, summary = check_colours(args[0], args[1:])
    else:
        with open(args[0], encoding="utf-8") as f:
            dom = f.read()
        checks = {"pages": lambda: check_pages(dom),
                  "hostile": lambda: check_hostile(dom, args[1]),
                  "verification": lambda: check_verification(dom),
                  "comparison": lambda: check_comparison(dom)}
        errors, summary = checks[command]()
    if errors:
        print("\n".join(errors))
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
