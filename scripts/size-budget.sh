#!/usr/bin/env bash
# The size budget: what a first visit downloads (every file at the top of dist/, as the
# browser gets it: brotli, or gzip where brotli is not offered), against the number committed
# in scripts/size-budget.txt. Fails if the brotli total is more than 5% over it; prints the
# figures either way. Run after scripts/build.sh (it reads the .br and .gz files the build
# wrote, so the figures are the same bytes on every machine).
#   size-budget.sh           check
#   size-budget.sh --update  write the current brotli total as the new budget
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUDGET_FILE="$ROOT/scripts/size-budget.txt"
cd "$ROOT/dist"

raw=0; gz=0; br=0
printf '[size] %-24s %10s %10s %10s\n' file raw gzip brotli
# presets/ is fetched only when the Presets menu opens, so it is not part of a first visit.
for f in *; do
  [ -f "$f" ] || continue
  case "$f" in *.br|*.gz) continue ;; esac
  r=$(stat -c %s "$f")
  if [ -f "$f.br" ] && [ -f "$f.gz" ]; then
    g=$(stat -c %s "$f.gz"); b=$(stat -c %s "$f.br")
  else
    # Not precompressed (an image, say): served as it is.
    g=$r; b=$r
  fi
  printf '[size] %-24s %10s %10s %10s\n' "$f" "$r" "$g" "$b"
  raw=$((raw + r)); gz=$((gz + g)); br=$((br + b))
done
printf '[figure] first-visit transfer: %s bytes raw, %s bytes gzip, %s bytes brotli\n' "$raw" "$gz" "$br"

if [ "${1:-}" = --update ]; then
  echo "$br" > "$BUDGET_FILE"
  echo "[size] budget set to $br bytes (brotli) in scripts/size-budget.txt"
  exit 0
fi
budget=$(grep -v '^#' "$BUDGET_FILE" | tr -d '[:space:]')
limit=$((budget * 105 / 100))
printf '[size] budget %s bytes brotli; limit (budget + 5%%) %s bytes; now %s bytes\n' "$budget" "$limit" "$br"
if [ "$br" -gt "$limit" ]; then
  echo "[size] FAIL: the first visit grew past the budget. Cut it, or, if the growth is worth it," >&2
  echo "[size] raise the budget deliberately: scripts/size-budget.sh --update, and say why in the commit." >&2
  exit 1
fi
