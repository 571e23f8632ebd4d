#!/usr/bin/env bash
# Release build of the app into dist/, then prints the WASM size (raw and gzipped).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
start=$(date +%s)
trunk build --release
took=$(( $(date +%s) - start ))
wasm="dist/cloudsplit_bg.wasm"
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
printf '[build] release build took %ss; WASM %s bytes raw (%s KiB), %s bytes gzipped (%s KiB)\n' \
  "$took" "$raw" "$((raw / 1024))" "$gz" "$((gz / 1024))"
