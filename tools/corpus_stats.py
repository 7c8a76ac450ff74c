"""How quote-dense a set of articles is: the figures the benchmark corpus is
matched against (quotes/benchmark/corpus.h).

  tools/corpus_stats.py [--verifier bazel-bin/tools/quote_verifier] PATH...

PATH is an article file or a directory (its *.txt files, not recursive). Per
set it prints:
  - bytes per paragraph: paragraphs are the blank-line separated blocks of the
    body (after the header's `---` line, see /work/shared/eval/FORMAT.md);
  - the share of paragraphs holding a double quotation mark
    (" \u201c \u201d \u201e \u00ab \u00bb, the marks the benchmark's RE2 baseline scans for);
  - detected quotes per KB of file and bytes per quote, counting the `quotes`
    of `quote_verifier --format=jsonl --threads=1` (scare quotes included, as
    the pipeline builds a record for them too).
"""

import argparse
import json
import os
import re
import subprocess
import sys

MARKS = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def body(text):
    """The article body: what follows the first `---` line, or all of it."""
    m = re.search(r"^---[ \t\r]*$", text, re.M)
    return text[m.end():] if m else text


def articles(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".txt"))
        else:
            out.append(p)
    return out


def count_quotes(verifier, files):
    quotes = 0
    for i in range(0, len(files), 500):
        run = subprocess.run([verifier, "--format=jsonl", "--threads=1"] + files[i:i + 500],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
        for line in run.stdout.decode("utf-8").splitlines():
            quotes += len(json.loads(line).get("quotes", []))
    return quotes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verifier", default="bazel-bin/tools/quote_verifier")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    files = articles(args.paths)
    if not files:
        sys.exit("corpus_stats: no articles in %s" % " ".join(args.paths))
    total_bytes = para_bytes = paras = quoted = 0
    for f in files:
        with open(f, "rb") as fh:
            raw = fh.read()
        total_bytes += len(raw)
        for p in BLANK_LINE.split(body(raw.decode("utf-8", "replace"))):
            if not p.strip():
                continue
            paras += 1
            para_bytes += len(p.strip().encode("utf-8"))
            quoted += bool(MARKS.search(p))
    quotes = count_quotes(args.verifier, files)
    print("%d articles, %d bytes (%.0f per article)" % (len(files), total_bytes, total_bytes / len(files)))
    print("%d paragraphs, %.0f bytes per paragraph" % (paras, para_bytes / max(paras, 1)))
    print("%.1f%% of paragraphs hold a quotation mark" % (100.0 * quoted / max(paras, 1)))
    print("%d quotes: %.2f per KB, one per %.0f bytes" %
          (quotes, quotes * 1024.0 / total_bytes, total_bytes / max(quotes, 1)))


if __name__ == "__main__":
    main()
