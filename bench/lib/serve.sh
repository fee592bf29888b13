# Sourced by the benchmarks that measure `kalkan serve` (inspect-load.sh, icap-squid.sh --serve,
# milter-postfix.sh --serve). Needs KALKAN_HOME.
#
#   start_kalkan_serve WORKDIR [VAR=VALUE]...   starts bin/kalkan serve with a fresh data directory
#       under WORKDIR, an HTTP port chosen here and the given environment; waits until it is ready.
#       Sets serve_pid, serve_base (http://127.0.0.1:PORT) and serve_password (of 'admin').
#   stop_kalkan_serve                             stops it (also safe when it never started)
#   serve_metrics PREFIX                          prints its Prometheus counters starting with PREFIX
#   free_port                                     prints a free loopback TCP port

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

serve_pid=""
start_kalkan_serve() {
  local work=$1
  shift
  chmod 755 "$work" # as root, the embedded PostgreSQL runs as 'nobody' and must reach its data
  local port
  port=$(free_port)
  serve_password="bench-admin-password-$$"
  env "$@" KALKAN_DATA_DIR="$work/data" KALKAN_ADMIN_PASSWORD="$serve_password" SERVER_PORT="$port" \
    "$KALKAN_HOME/bin/kalkan" serve >"$work/server.log" 2>&1 &
  serve_pid=$!
  serve_base="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do
    if curl -fs "$serve_base/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$serve_pid" 2>/dev/null; then
      tail -n 30 "$work/server.log" >&2
      echo "$(basename "$0"): the service did not start" >&2
      return 2
    fi
    sleep 1
  done
  echo "$(basename "$0"): the service was not ready after 300 s" >&2
  return 2
}

stop_kalkan_serve() {
  if [ -n "$serve_pid" ]; then
    kill "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
    serve_pid=""
  fi
}

serve_metrics() {
  curl -fs "$serve_base/actuator/prometheus" | grep "^$1" || true
}
