#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile, its default: a mid-range phone on a slow 4G link, CPU slowed 4x)
# against the app at URL, in Debian's Chromium. Prints performance, largest contentful paint
# and total blocking time as [figure] lines: figures, not assertions (the score moves with the
# machine's load). Lighthouse 13 needs Node 22, so 12.2.3 is pinned.
#   lighthouse.sh URL [RUNS]   (the median run by performance score is printed; RUNS=3 by default)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" >/dev/null
url="${1:?url}"; runs="${2:-3}"
LH_VERSION="12.2.3"
LH="$TOOLS/lighthouse"
if [ "$(node -p "require('$LH/node_modules/lighthouse/package.json').version" 2>/dev/null)" != "$LH_VERSION" ]; then
  say "installing lighthouse@$LH_VERSION"
  mkdir -p "$LH"
  # Its own package.json, so npm installs here and not into a parent's node_modules.
  [ -f "$LH/package.json" ] || echo '{"private": true}' > "$LH/package.json"
  npm install --prefix "$LH" --no-audit --no-fund --silent --save-exact "lighthouse@$LH_VERSION"
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: such a run
# is tried again, up to 3 times; the figures come from the runs that recorded one, and the
# step fails only if none did.
good=0
for i in $(seq 1 "$runs"); do
  for attempt in 1 2 3; do
    if "$LH/node_modules/.bin/lighthouse" "$url" --quiet --only-categories=performance \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --output=json --output-path="$out/run$i.json" >/dev/null; then
      good=$((good + 1))
      break
    fi
    rm -f "$out/run$i.json"
    echo "[lighthouse] run $i, attempt $attempt: no trace recorded; trying again" >&2
  done
done
if [ "$good" -eq 0 ]; then
  echo "[lighthouse] FAIL: no run recorded a trace" >&2
  exit 1
fi
node - "$out" "$runs" <<'JS'
const fs = require('fs');
const [dir, runs] = process.argv.slice(2);
const rows = [];
for (let i = 1; i <= Number(runs); i++) {
  if (!fs.existsSync(`${dir}/run${i}.json`)) continue;
  const r = JSON.parse(fs.readFileSync(`${dir}/run${i}.json`, 'utf8'));
  rows.push({
    score: Math.round(r.categories.performance.score * 100),
    fcp: r.audits['first-contentful-paint'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    bytes: r.audits['total-byte-weight'].numericValue,
  });
}
rows.sort((a, b) => a.score - b.score);
const m = rows[Math.floor(rows.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`[figure] lighthouse ${'12.2.3'} mobile (median of ${rows.length} by score; scores ${rows.map((r) => r.score).join(', ')}): ` +
  `performance ${m.score}, FCP ${s(m.fcp)}, LCP ${s(m.lcp)}, TBT ${Math.round(m.tbt)} ms, transfer ${Math.round(m.bytes / 1024)} KiB`);
JS
