#!/usr/bin/env bash
# README command 2: installs what is missing, then runs every test: formatting and lints,
# native tests of the engine, the release build, and the browser tests in headless
# Chromium against dist/ served by nginx under a sub-path with a strict CSP.
# Set CLOUDSPLIT_BENCH=1 to also run the criterion benchmarks and the peer benchmark against
# Squiggle (figures are printed), and
# CLOUDSPLIT_FUZZ_SMOKE=1 to run every fuzz target for a few seconds (scripts/fuzz.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
step() { printf '\n==== %s ====\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --all-targets --locked -q -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -q -- -D warnings

step "native tests"
cargo test --locked

if [ "${CLOUDSPLIT_FUZZ_SMOKE:-0}" = 1 ]; then
  step "fuzz smoke (every target for a few seconds: a broken target fails here)"
  "$ROOT/scripts/fuzz.sh" all "${CLOUDSPLIT_FUZZ_SECONDS:-5}s"
fi

if [ "${CLOUDSPLIT_BENCH:-0}" = 1 ]; then
  step "benchmarks (criterion)"
  cargo bench --locked --bench evaluate -- --warm-up-time 1 --measurement-time 3
  # The uncertainty benchmark, then Squiggle sampling the same shape, and the ratio.
  "$ROOT/scripts/peer-bench.sh"
fi

step "release build"
"$ROOT/scripts/build.sh"

step "size budget (first-visit transfer, compressed)"
"$ROOT/scripts/size-budget.sh"

step "browser tests (headless Chromium, nginx, sub-path, strict CSP)"
PORT="${E2E_PORT:-8181}"
PREFIX="/tools/cloudsplit/"
"$ROOT/scripts/static-server.sh" start "$PORT" "$PREFIX"
trap '"$ROOT/scripts/static-server.sh" stop "$PORT"' EXIT
export CLOUDSPLIT_URL="http://127.0.0.1:$PORT$PREFIX"
(cd "$ROOT/tests/e2e" && node --test --test-concurrency=1 ./*.test.mjs)

step "lighthouse (mobile preset, against the same nginx; figures, not assertions)"
"$ROOT/scripts/lighthouse.sh" "$CLOUDSPLIT_URL"
