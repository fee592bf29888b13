#!/usr/bin/env bash
# Kalkan's milter behind a real Postfix on loopback (see milter/.../PostfixBenchmark.java):
# smtp-source throughput with and without the milter, and per-transaction latency added by it.
# Usage: bench/milter-postfix.sh [--serve] [MESSAGES] [SIZE_BYTES] [SESSIONS]   (default 1000 51200 10)
# --serve: Postfix asks a `bin/kalkan serve` started here (default policy, embedded PostgreSQL,
# every message a recorded decision) instead of a milter with the scanner decider in the benchmark
# JVM.
# Needs root (Postfix's master starts as root); installs postfix and swaks from Debian if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
KALKAN_HOME=$(pwd)
serve=0
if [ "${1:-}" = "--serve" ]; then
  serve=1
  shift
fi
. bin/jdk-env
./mvnw -B -q -pl milter -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="milter/target/test-classes:milter/target/classes:engine/target/classes:$(cat milter/target/bench-classpath.txt)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
args=("${1:-1000}" "${2:-51200}" "${3:-10}")
if [ "$serve" = 0 ]; then
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" dev.kalkan.milter.PostfixBenchmark "${args[@]}"
else
  . bench/lib/serve.sh
  work=$(mktemp -d)
  trap 'stop_kalkan_serve; rm -rf "$work"' EXIT
  milter_port=$(free_port)
  start_kalkan_serve "$work" KALKAN_MILTER_ADDRESS=127.0.0.1 KALKAN_MILTER_PORT="$milter_port" \
    KALKAN_ICAP_ENABLED=false || exit 2
  KALKAN_BENCH_MILTER_PORT="$milter_port" "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" \
    dev.kalkan.milter.PostfixBenchmark "${args[@]}"
  serve_metrics kalkan_milter_
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
