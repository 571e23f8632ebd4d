#!/usr/bin/env bash
# Release build of the app into dist/, each file precompressed beside it (.br and .gz, for
# nginx's brotli_static and gzip_static), then prints the WASM size (raw, gzipped, brotli).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
start=$(date +%s)
trunk build --release
# Compressed once here at the highest levels, instead of by the server on every request at
# the low level it can afford. `gzip -n` leaves out name and time, so the files are the same
# bytes on every build (the size budget compares them).
find dist -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \
  -o -name '*.svg' -o -name '*.json' \) -print0 |
  while IFS= read -r -d '' f; do
    brotli -q 11 -f -k -o "$f.br" "$f"
    gzip -9 -n -f -c "$f" > "$f.gz"
  done
took=$(( $(date +%s) - start ))
wasm="dist/cloudsplit_bg.wasm"
raw=$(stat -c %s "$wasm")
gz=$(stat -c %s "$wasm.gz")
br=$(stat -c %s "$wasm.br")
printf '[build] release build took %ss; WASM %s bytes raw (%s KiB), %s bytes gzipped (%s KiB), %s bytes brotli (%s KiB)\n' \
  "$took" "$raw" "$((raw / 1024))" "$gz" "$((gz / 1024))" "$br" "$((br / 1024))"
