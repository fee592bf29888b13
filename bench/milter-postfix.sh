#!/usr/bin/env bash
# Kalkan's milter behind a real Postfix on loopback (see milter/.../PostfixBenchmark.java):
# smtp-source throughput with and without the milter, and per-transaction latency added by it.
# Usage: bench/milter-postfix.sh [MESSAGES] [SIZE_BYTES] [SESSIONS]   (default 1000 51200 10)
# Needs root (Postfix's master starts as root); installs postfix and swaks from Debian if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk-env
./mvnw -B -q -pl milter -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="milter/target/test-classes:milter/target/classes:engine/target/classes:$(cat milter/target/bench-classpath.txt)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" dev.kalkan.milter.PostfixBenchmark "${1:-1000}" "${2:-51200}" "${3:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
