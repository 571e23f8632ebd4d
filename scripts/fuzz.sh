#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input (cargo-fuzz + libFuzzer): each target, or the one
# given, for RUNS inputs (default 10 million), then prints one line per target: inputs run,
# coverage (libFuzzer's `cov:`, edges) when the seed corpus was loaded and at the end, and
# crashes. Installs cargo-fuzz if it is missing.
#
#   scripts/fuzz.sh                          # every target, 10,000,000 inputs each
#   scripts/fuzz.sh share_link_payload 1000000
#   scripts/fuzz.sh all 5s                   # every target for 5 seconds (CI's smoke)
#   FUZZ_MAX_SECONDS=1800 scripts/fuzz.sh    # 10 million inputs or half an hour, whichever first
#
# One target at a time, one libFuzzer job, under `nice` (FUZZ_NICE, default 19). Seeds:
# fuzz/seeds/<target> (past-the-envelope inputs, from fuzz/make_seeds.py) and the matching
# hostile corpus and fixtures under tests/; what libFuzzer finds is kept in fuzz/corpus/<target>
# (not committed), a crash in fuzz/artifacts/<target>/, the full output in fuzz/logs/<target>.log.
# RUSTC_BOOTSTRAP=1 lets cargo-fuzz use its nightly flags on the stable toolchain.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGETS=(decode_share_link share_link_payload import_scenario_file library_document backup price_book)
WHICH="${1:-all}"
RUNS="${2:-10000000}"
# Safe Rust: the sanitizer adds little but halves the speed. FUZZ_SANITIZER=address to use it.
SANITIZER="${FUZZ_SANITIZER:-none}"

seeds() {
  case "$1" in
    decode_share_link) dirs="tests/corpus/share_links" ;;
    share_link_payload) dirs="fuzz/seeds/share_link_payload" ;;
    import_scenario_file) dirs="fuzz/seeds/import_scenario_file tests/corpus/files tests/fixtures/storage" ;;
    library_document) dirs="fuzz/seeds/library_document tests/fixtures/storage" ;;
    backup) dirs="fuzz/seeds/backup tests/corpus/files" ;;
    price_book) dirs="fuzz/seeds/price_book tests/fixtures/price_books" ;;
  esac
  for d in $dirs; do echo "$ROOT/$d"; done
}

# Longest input libFuzzer makes: large enough for every format's structure, small enough to
# keep each input fast (limits on size are tested natively, in tests/corpus.rs).
max_len() {
  case "$1" in
    share_link_payload | price_book) echo 4096 ;;
    *) echo 8192 ;;
  esac
}

if [ "$WHICH" = all ]; then
  selected=("${TARGETS[@]}")
elif [[ " ${TARGETS[*]} " == *" $WHICH "* ]]; then
  selected=("$WHICH")
else
  echo "unknown target '$WHICH'; one of: all ${TARGETS[*]}" >&2
  exit 2
fi
case "$RUNS" in
  *s) limit=(-max_total_time="${RUNS%s}") ;;
  *) limit=(-runs="$RUNS") ;;
esac
# FUZZ_MAX_SECONDS also stops each target after that long (to finish by a deadline).
if [ -n "${FUZZ_MAX_SECONDS:-}" ]; then
  limit+=(-max_total_time="$FUZZ_MAX_SECONDS")
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi

cd "$ROOT"
export RUSTC_BOOTSTRAP=1
fuzz=(nice -n "${FUZZ_NICE:-19}" cargo fuzz)
flags=(--sanitizer "$SANITIZER" --debug-assertions)
mkdir -p fuzz/logs
"${fuzz[@]}" build "${flags[@]}" >&2

rows=()
failed=0
for t in "${selected[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  log="fuzz/logs/$t.log"
  echo "fuzzing $t ($RUNS), log in $log" >&2
  # shellcheck disable=SC2046 # seeds() lists directories without spaces
  "${fuzz[@]}" run "${flags[@]}" "$t" "$ROOT/fuzz/corpus/$t" $(seeds "$t") -- \
    "${limit[@]}" -max_len="$(max_len "$t")" -print_final_stats=1 >"$log" 2>&1 || status=$?
  # A crash (panic, timeout, out of memory) leaves its input in fuzz/artifacts/<target>/; a
  # run stopped from outside (Ctrl+C) leaves none and is not a crash.
  crashes=$(grep -a -c 'Test unit written to' "$log" || true)
  if [ "${status:-0}" != 0 ] && [ "$crashes" = 0 ] && ! grep -a -q 'run interrupted' "$log"; then
    crashes="failed"
  fi
  [ "$crashes" = 0 ] || failed=1
  status=0
  start=$(grep -a -m1 -oE 'INITED cov: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  end=$(grep -a -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo '?')
  done_runs=$(grep -a -oE 'number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  rows+=("$(printf '%-22s %12s %10s %8s %8s' "$t" "$done_runs" "$start" "$end" "$crashes")")
  if [ "$crashes" != 0 ]; then
    grep -a -m5 -E 'panicked|ERROR: libFuzzer|Test unit written' "$log" >&2 || true
  fi
done

printf '%-22s %12s %10s %8s %8s\n' target runs cov-start cov-end crashes
printf '%s\n' "${rows[@]}"
exit "$failed"
