#!/usr/bin/env bash
# Renders the tools' HTML reports in a real browser (headless Chromium,
# Debian's package) and checks what the browser built from them
# (html_report_browser_checks.py says what each check requires):
#   - pages: quote_verifier on the three web pages of testdata/html has every
#     quote highlighted, with its kind and speaker, and a note beside it;
#   - hostile: an article whose text holds <script>, <img onerror> and &
#     shows exactly that text, and the DOM has no such elements;
#   - verification: quote_verifier --against for testdata/event (a
#     transcript and five reports) colours every quote by its verdict and
#     shows word diffs;
#   - comparison: quote_compare for testdata/event gives one section per
#     utterance with one row per rendering;
#   - colours: screenshots show the highlight and verdict colours, so the
#     style sheet applied.
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
checks="$runfiles/quotes/output/html_report_browser_checks.py"
pages="$runfiles/testdata/html"
event="$runfiles/testdata/event"
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/browser.XXXXXX")
# Chromium wants a writable home and profile.
export HOME="$work/home"
mkdir -p "$HOME"

browser() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
    --hide-scrollbars "$@" 2>>"$work/chromium.log"
}

# Runs a tool (the rest of the arguments) writing $work/NAME.html, loads that
# in the browser, writes the DOM it built to $work/NAME.dom.
report() {
  local name=$1
  shift
  "$@" >"$work/$name.html" 2>>"$work/tools.log" ||
    fail "$name: $(basename "$1") failed: $(tail -3 "$work/tools.log")"
  browser --dump-dom "file://$work/$name.html" >"$work/$name.dom" ||
    fail "chromium could not render $name.html: $(tail -5 "$work/chromium.log")"
}

# Runs one check of html_report_browser_checks.py.
check() {
  python3 "$checks" "$@" || fail "check '$1' failed"
}

# Takes a half-scale screenshot of $work/NAME.html (a quarter of the pixels
# to decode, colours unchanged) and checks the colours (NAME=RRGGBB...).
screenshot() {
  local name=$1
  shift
  browser --window-size=1280,1600 --force-device-scale-factor=0.5 \
    --screenshot="$work/$name.png" "file://$work/$name.html" >/dev/null ||
    fail "chromium could not take a screenshot of $name.html"
  check colours "$work/$name.png" "$@"
}

report pages "$verifier" --format=html "$pages/wrenmouth_post.html" \
  "$pages/coastline_daily.html" "$pages/estuary_herald.html"
check pages "$work/pages.dom"

cat >"$work/hostile.txt" <<'EOF'
title: <script>document.title="owned"</script>
---
The council's <script>document.body.innerHTML="owned"</script> & <img src=x onerror="document.body.innerHTML='owned'"> notice said: "We fixed the <b>bridge</b> & the road."
EOF
report hostile "$verifier" --format=html "$work/hostile.txt"
check hostile "$work/hostile.dom" "$work/hostile.txt"

report verification "$verifier" --format=html --against="$event" \
  "$event/northern_wire.txt" "$event/harbour_gazette.txt" \
  "$event/coastline_daily.txt" "$event/meridian_post.txt" \
  "$event/valdoria_today.txt"
check verification "$work/verification.dom"

report comparison "$compare" --format=html "$event"
check comparison "$work/comparison.dom"

screenshot pages direct=ffe08a partial=bfe3ff
# The colours the page's own style sheet gives the verdicts of its first two
# differently judged quotes (near the top, so in the screenshot).
verdict_colours=$(python3 "$checks" verdict-colours "$work/verification.html")
[ "$(wc -w <<<"$verdict_colours")" -eq 2 ] ||
  fail "two verdicts with colours expected, got '$verdict_colours'"
# shellcheck disable=SC2086  # one argument per colour
screenshot verification $verdict_colours

echo "PASS"
