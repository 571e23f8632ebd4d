#!/usr/bin/env bash
# Installs what building and testing cloudsplit needs, only where it is missing.
# Safe to run again: each step checks first, so a warm machine passes through in seconds.
# Sourced by serve.sh and test.sh; exports PATH for the tools it finds or installs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${CLOUDSPLIT_TOOLS:-$HOME/.cache/cloudsplit-tools}"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

need() {
  command -v "$1" >/dev/null || { echo "[setup] $1 is missing: $2" >&2; exit 1; }
}

check_prerequisites() {
  need cargo "install Rust with rustup (https://rustup.rs is not reachable offline; use your mirror)"
  need rustup "the wasm32 target is added with rustup"
  need cc "install a C toolchain (Debian: apt-get install build-essential)"
  need node "install Node.js 20.10 or newer"
  need npm "install npm (it comes with Node.js)"
  local major minor
  IFS=. read -r major minor _ <<<"$(node --version | tr -d v)"
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 10 ]; }; then
    echo "[setup] Node.js $(node --version) is too old: the browser tests need 20.10 or newer" >&2
    exit 1
  fi
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    echo "[setup] not root and no sudo: Debian packages cannot be installed if missing" >&2
  fi
}

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v gzip >/dev/null || missing+=(gzip)
  # dist/ ships each file precompressed (.br, .gz); the test nginx serves them with brotli_static.
  command -v brotli >/dev/null || missing+=(brotli)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

install_rust_tools() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  }
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes several minutes once)"
    cargo install trunk --locked --version "$TRUNK_VERSION"
  fi
  local wb
  wb="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb" ]; then
    say "installing wasm-bindgen-cli $wb"
    # Not --locked: the CLI's own lock file pins crates that no longer build on this toolchain.
    cargo install wasm-bindgen-cli --version "$wb" --force
  fi
}

install_node_tools() {
  # Debian's binaryen is too old: its wasm-opt output fails in the browser without a build error.
  if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
  if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ] || [ ! -d "$ROOT/tests/e2e/node_modules/axe-core" ]; then
    say "installing browser-test packages (tests/e2e)"
    (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --silent)
  fi
}

check_prerequisites
install_debian_packages
install_rust_tools
install_node_tools
# Trunk builds offline, so every crate must be in the local cache first.
(cd "$ROOT" && cargo fetch --locked -q)
say "ready: $(trunk --version), wasm-bindgen $(wasm_bindgen_version), wasm-opt $(wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
