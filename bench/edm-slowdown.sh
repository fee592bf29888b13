#!/usr/bin/env bash
# Speed drop of a scan with an exact data match index loaded (dev.kalkan.bench.EdmSlowdown): rounds
# over the in-memory benchmark corpus alternate in one JVM between a scanner without the index and
# one with it, and the median per-round drop 1 - t(without)/t(with) is compared with the bar of
# 30%. Uses the index of bench/edm.sh (bench/target/edm/records.edm, one million records), running
# bench/edm.sh first when it is missing. Prints both medians, the drop's median and quartiles and a
# last line PASS or FAIL. Exit status 0 PASS, 1 FAIL, 2 error.
#
#   bench/edm-slowdown.sh [--rounds N (40)] [--size MB (20)] [--rebuild]
set -euo pipefail

die() {
  echo "edm-slowdown: $*" >&2
  exit 2
}

rounds=40
size=20
rebuild=0
while (($#)); do
  case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --size) size=${2:?--size needs a number}; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
for value in "$rounds" "$size"; do
  [[ $value =~ ^[0-9]+$ ]] || die "'$value' is not a whole number"
done

cd "$(dirname "$0")/.."
# shellcheck source=bin/jdk-env
source bin/jdk-env || exit 2

jar=bench/target/benchmarks.jar
if ((rebuild)) || [[ ! -f $jar ]]; then
  echo "+ ./mvnw -q -B -pl bench -am package -DskipTests"
  ./mvnw -q -B -pl bench -am package -DskipTests || die "build failed"
fi
index=bench/target/edm/records.edm
key=bench/target/edm/edm.key
if [[ ! -f $index || ! -f $key ]]; then
  echo "+ bench/edm.sh (builds the index)"
  bench/edm.sh >/dev/null || die "bench/edm.sh failed"
fi
echo "+ java -cp $jar dev.kalkan.bench.EdmSlowdown $index $key $rounds $size"
exec "$JAVA_HOME/bin/java" -Xms2g -Xmx2g -cp "$jar" dev.kalkan.bench.EdmSlowdown \
  "$index" "$key" "$rounds" "$size"
