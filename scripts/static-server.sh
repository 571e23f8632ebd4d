#!/usr/bin/env bash
# Serves dist/ with nginx on 127.0.0.1, as an intranet would: a plain static server,
# an optional sub-path, and the strict security headers of security-headers.conf.
#   static-server.sh start PORT PREFIX   (PREFIX "/" or e.g. "/tools/cloudsplit/"; runs in the background)
#   static-server.sh run PORT PREFIX     (stays in the foreground; Ctrl+C stops it)
#   static-server.sh stop PORT
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cmd="${1:?start|run|stop}"; port="${2:?port}"; prefix="${3:-/}"
state="${TMPDIR:-/tmp}/cloudsplit-nginx-$port"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so

write_conf() {
  mkdir -p "$state/logs" "$state/tmp"
  # As root, nginx would run its workers as "nobody", who may not be able to read dist/.
  local user_line=""
  [ "$(id -u)" = 0 ] && user_line="user root;"
  # Debian's libnginx-mod-http-brotli-static (scripts/setup.sh installs it); without it the
  # precompressed .gz files are still served.
  local brotli_module="" brotli_line=""
  if [ -f "$BROTLI_MODULE" ]; then
    brotli_module="load_module $BROTLI_MODULE;"
    brotli_line="brotli_static on;"
  fi
  cat > "$state/nginx.conf" <<CONF
$user_line
$brotli_module
worker_processes 1;
pid $state/nginx.pid;
error_log $state/logs/error.log warn;
daemon $1;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log $state/logs/access.log;
  client_body_temp_path $state/tmp;
  proxy_temp_path $state/tmp;
  fastcgi_temp_path $state/tmp;
  uwsgi_temp_path $state/tmp;
  scgi_temp_path $state/tmp;
  # dist/ holds each file precompressed (scripts/build.sh): file.br for browsers that accept
  # brotli, file.gz for gzip, and compression on the fly only for a file without them.
  $brotli_line
  gzip_static on;
  gzip on;
  gzip_vary on;
  gzip_types application/wasm application/javascript text/css image/svg+xml application/json;
  server {
    listen 127.0.0.1:$port;
    include $ROOT/scripts/security-headers.conf;
$( [ "$prefix" != "/" ] && echo "    location = / { return 302 ${prefix}; }" || true )
    location ${prefix} {
      alias $ROOT/dist/;
      index index.html;
      include $ROOT/scripts/security-headers.conf;
    }
  }
}
CONF
}

stop_previous() {
  if [ -f "$state/nginx.pid" ]; then
    kill "$(cat "$state/nginx.pid")" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -f "$state/nginx.pid" ] || break; sleep 0.2; done
    rm -f "$state/nginx.pid"
  fi
}

case "$cmd" in
  start) stop_previous; write_conf on; "$NGINX" -p "$state" -c "$state/nginx.conf" -e "$state/logs/error.log" ;;
  run) stop_previous; write_conf off; echo "cloudsplit at http://127.0.0.1:$port$prefix (Ctrl+C stops)"; exec "$NGINX" -p "$state" -c "$state/nginx.conf" -e "$state/logs/error.log" ;;
  stop) stop_previous ;;
  *) echo "usage: $0 start|run|stop PORT [PREFIX]" >&2; exit 2 ;;
esac
