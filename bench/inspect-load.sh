#!/usr/bin/env bash
# Load benchmark of POST /api/v1/inspect: a ~10 KB SP-API JSON body (real example payloads from
# testdata/spapi-examples), 50 connections, wrk (installed from Debian when missing), against
# `bin/kalkan serve` on loopback with a temporary data directory.
#
#   bench/inspect-load.sh [DURATION_SECONDS] [CONNECTIONS]      (WARMUP=SECONDS, default 30;
#   INSPECT_SERVE_ENV="VAR=VALUE ..." adds settings, e.g. SERVER_TOMCAT_THREADS_MAX=16)
#
# Prints requests/s and latency percentiles (p50/p90/p99) of the measured run after a warm-up.
# Target on a 2-core machine: >= 1,000 requests/s and p99 < 50 ms.
set -euo pipefail
KALKAN_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-30}"
connections="${2:-50}"
examples=""
dir="$KALKAN_HOME"
while [ "$dir" != "/" ]; do
  if [ -d "$dir/testdata/spapi-examples" ]; then examples="$dir/testdata/spapi-examples"; break; fi
  dir=$(dirname "$dir")
done
[ -n "$examples" ] || { echo "inspect-load: testdata/spapi-examples not found above $KALKAN_HOME" >&2; exit 2; }

if ! command -v wrk >/dev/null 2>&1; then
  echo "inspect-load: installing wrk..." >&2
  (apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq wrk) >/dev/null
fi

work=$(mktemp -d)
. "$KALKAN_HOME/bench/lib/serve.sh"
cleanup() {
  stop_kalkan_serve
  rm -rf "$work"
}
trap cleanup EXIT

# ~10 KB body: a JSON array of real SP-API responses (orders, buyer info, addresses, shipments).
body="$work/body.json"
{
  printf '['
  first=true
  for f in "$examples"/ordersV0__*.json "$examples"/externalFulfillmentReturns_*.json; do
    [ -f "$f" ] || continue
    size=$(stat -c %s "$body.tmp" 2>/dev/null || echo 0)
    [ "$size" -ge 9800 ] && break
    [ $((size + $(stat -c %s "$f"))) -gt 10600 ] && continue
    $first || printf ','
    first=false
    cat "$f"
  done
  printf ']'
} > "$body.tmp"
mv "$body.tmp" "$body"
echo "body: $(stat -c %s "$body") bytes of SP-API JSON" >&2

start_kalkan_serve "$work" ${INSPECT_SERVE_ENV:-} || exit 2
base="$serve_base"
password="$serve_password"
server_pid="$serve_pid"

curl -fs -c "$work/cookies" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/api/v1/session" >/dev/null
key=$(curl -fs -b "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"name":"bench","role":"INTEGRATION"}' "$base/api/v1/api-keys" \
  | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
[ -n "$key" ] || { echo "inspect-load: could not create an API key" >&2; exit 2; }

cat > "$work/inspect.lua" <<LUA
local f = assert(io.open("$body", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
LUA

# One request to show the decision the load gets (an approved Amazon destination: ALLOW).
target="$base/api/v1/inspect?channel=API&destination=https://sellercentral.amazon.com"
curl -fs -H "Authorization: Bearer $key" -H 'Content-Type: application/json' --data-binary "@$body" \
  "$target" | sed -n 's/.*"classification":"\([A-Z]*\)".*"action":"\([A-Z]*\)".*"findingCount":\([0-9]*\).*/classification \1, decision \2, findings \3/p' >&2

warmup="${WARMUP:-30}"
echo "warm-up: $warmup s" >&2
wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/inspect.lua" "$target" >/dev/null
# CPU time of the service process (user + system clock ticks), to state its cost per request
# independently of how much of the machine other processes take during the run.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
echo "measuring: ${duration} s, $connections connections" >&2
before=$(cpu_ticks)
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/inspect.lua" "$target" | tee "$work/wrk.out"
after=$(cpu_ticks)
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
p99=$(awk '$1=="99%" {print $2}' "$work/wrk.out")
non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk.out")
cpu_ms=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
  'BEGIN { printf "%.2f", t * 1000 / hz / n }')
echo "RESULT requests/s=$rps p99=$p99 non2xx=${non2xx:-0} service-cpu-ms/request=$cpu_ms" \
  "load=$(cut -d' ' -f1-3 /proc/loadavg) cores=$(nproc)"
