#!/usr/bin/env bash
# ICAP through a real Squid on loopback: 20 concurrent clients upload 100 KB bodies through a
# Squid without ICAP and through a Squid that asks Kalkan (REQMOD, bypass off, the shipped
# deploy/squid/kalkan-icap.conf), in alternating rounds; the origin verifies every body's SHA-256.
# Prints requests/s and p50/p95/p99 latency of both, the p95 Kalkan adds, the machine's load
# average, and PASS (added p95 under 20 ms, nothing lost or corrupted) or FAIL.
# Exit status 0 PASS, 1 FAIL, 2 error. Installs squid from Debian when missing.
#
#   bench/icap-squid.sh [--serve] [CLIENTS (20)] [BODY_BYTES (102400)] [REQUESTS_PER_CLIENT_PER_ROUND (50)] [ROUNDS (3)]
#
# --serve: Squid asks a `bin/kalkan serve` started here (default policy, embedded PostgreSQL, every
# upload a recorded decision) instead of an ICAP server with the scanner decider in the load JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
KALKAN_HOME=$(pwd)
serve=0
if [ "${1:-}" = "--serve" ]; then
  serve=1
  shift
fi
# shellcheck source=bin/jdk-env
source bin/jdk-env || exit 2

./mvnw -B -q -pl icap -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/icap-bench.classpath -Dmdep.includeScope=test >&2 || exit 2
cp="icap/target/test-classes:icap/target/classes:$(cat icap/target/icap-bench.classpath)"
args=("${1:-20}" "${2:-102400}" "${3:-50}" "${4:-3}" 20)
if [ "$serve" = 0 ]; then
  exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" dev.kalkan.icap.IcapSquidLoad "${args[@]}"
fi
. bench/lib/serve.sh
work=$(mktemp -d)
trap 'stop_kalkan_serve; rm -rf "$work"' EXIT
icap_port=$(free_port)
start_kalkan_serve "$work" KALKAN_ICAP_ADDRESS=127.0.0.1 KALKAN_ICAP_PORT="$icap_port" \
  KALKAN_MILTER_ENABLED=false ${ICAP_SERVE_ENV:-} || exit 2
status=0
KALKAN_BENCH_ICAP_PORT="$icap_port" "$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" \
  dev.kalkan.icap.IcapSquidLoad "${args[@]}" || status=$?
serve_metrics kalkan_icap_
exit "$status"
