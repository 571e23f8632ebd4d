#!/usr/bin/env bash
# README command 1: install what is missing, build the release app and serve it at
# http://127.0.0.1:8080/ with the same static server and headers the tests use.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/build.sh"
exec "$ROOT/scripts/static-server.sh" run "${PORT:-8080}" /
