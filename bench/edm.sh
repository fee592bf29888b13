#!/usr/bin/env bash
# Exact data match index build: generates synthetic customer records (dev.kalkan.bench.
# EdmRecordGenerator: order id, name, email, phone, address, city, postal code), a key, then times
# `bin/kalkan edm index RECORDS -o INDEX --key-file KEY` (JVM start included) and prints the wall
# time, records/s and a last line PASS (under 60 s) or FAIL. Exit status 0 PASS, 1 FAIL, 2 error.
#
#   bench/edm.sh [--records N (1000000)] [--seed N (42)] [--rebuild]
#
# Records, key and index are kept under bench/target/edm/; the records file is generated only when
# missing. --rebuild rebuilds bench/target/benchmarks.jar first.
set -euo pipefail

die() {
  echo "edm: $*" >&2
  exit 2
}

records=1000000
seed=42
rebuild=0
while (($#)); do
  case "$1" in
    --records) records=${2:?--records needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
for value in "$records" "$seed"; do
  [[ $value =~ ^[0-9]+$ ]] || die "'$value' is not a whole number"
done
((records >= 1)) || die "--records must be at least 1"

cd "$(dirname "$0")/.."
# shellcheck source=bin/jdk-env
source bin/jdk-env || exit 2

jar=bench/target/benchmarks.jar
if ((rebuild)) || [[ ! -f $jar ]]; then
  echo "+ ./mvnw -q -B -pl bench -am package -DskipTests"
  ./mvnw -q -B -pl bench -am package -DskipTests || die "build failed"
fi

dir=bench/target/edm
mkdir -p "$dir"
csv=$dir/records-$records-seed$seed.csv
if [[ ! -f $csv ]]; then
  "$JAVA_HOME/bin/java" -cp "$jar" dev.kalkan.bench.EdmRecordGenerator "$csv" "$records" "$seed" \
    || die "cannot generate $csv"
fi
key=$dir/edm.key
if [[ ! -f $key ]]; then
  bin/kalkan edm keygen -o "$key" >/dev/null || die "cannot create $key"
fi
# bin/kalkan builds its jar on first use; do that before the timed run.
bin/kalkan --version >/dev/null || die "bin/kalkan does not run"

index=$dir/records.edm
echo "+ bin/kalkan edm index $csv -o $index --key-file $key"
started=$(date +%s%N)
bin/kalkan edm index "$csv" -o "$index" --key-file "$key" || die "kalkan edm index failed"
ended=$(date +%s%N)

awk -v ns=$((ended - started)) -v records="$records" -v bytes="$(stat -c %s "$csv")" 'BEGIN {
  seconds = ns / 1e9
  printf "indexed %d records (%.1f MB of CSV) in %.2f s wall: %.0f records/s\n",
    records, bytes / 1e6, seconds, records / seconds
  pass = records < 1000000 || seconds < 60
  print (pass ? "PASS" : "FAIL") " (one million records must index in under 60 s)"
  exit pass ? 0 : 1
}'
