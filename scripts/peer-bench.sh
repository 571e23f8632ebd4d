#!/usr/bin/env bash
# Monte Carlo against the peer, side by side in one run: cloudsplit's criterion figures for
# 10,000 samples of a 100-workload board over 36 months (draw, then the band), and Squiggle
# 0.10.0 (npm @quri/squiggle-lang) sampling a cost model of the same shape in node
# (scripts/peer-bench.mjs). Prints both and the ratio. Figures, not assertions: run by
# scripts/test.sh when CLOUDSPLIT_BENCH=1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
SQUIGGLE_VERSION="0.10.0"
PEER="$TOOLS/peer"
if [ "$(node -p "require('$PEER/node_modules/@quri/squiggle-lang/package.json').version" 2>/dev/null)" != "$SQUIGGLE_VERSION" ]; then
  say "installing @quri/squiggle-lang@$SQUIGGLE_VERSION (the peer benchmark)"
  mkdir -p "$PEER"
  # Its own package.json, so npm installs here and not into a parent's node_modules.
  [ -f "$PEER/package.json" ] || echo '{"private": true}' > "$PEER/package.json"
  npm install --prefix "$PEER" --no-audit --no-fund --silent --save-exact "@quri/squiggle-lang@$SQUIGGLE_VERSION"
fi

cargo bench --locked --bench uncertainty -- --warm-up-time 1 --measurement-time 3
median_ms() {
  python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["median"]["point_estimate"] / 1e6))' \
    "target/criterion/uncertainty_100_workloads_36_months/$1/new/estimates.json"
}
draw=$(median_ms draw/10000)
band=$(median_ms band_of_10000)
ours=$(python3 -c "print('%.2f' % ($draw + $band))")
printf '[figure] cloudsplit 10000 samples x 100 workloads x 36 months: draw %s ms + band %s ms = %s ms (criterion medians)\n' \
  "$draw" "$band" "$ours"

# Captured, then printed: `tee /dev/stderr` would write over the log when both go to one file.
peer_out=$(node "$ROOT/scripts/peer-bench.mjs" "$PEER" 10000 100 36 3)
echo "$peer_out"
peer_line=$(tail -1 <<<"$peer_out")
peer=$(sed -E 's/.*median ([0-9.]+) ms.*/\1/' <<<"$peer_line")
printf '[figure] Monte Carlo vs Squiggle %s: %s ms / %s ms = %sx faster\n' "$SQUIGGLE_VERSION" "$peer" "$ours" \
  "$(python3 -c "print('%.0f' % ($peer / $ours))")"
