#!/usr/bin/env bash
# Engine micro-benchmarks (JMH): ScannerBenchmark (MB/s of Scanner.scan over a 20 MB in-memory
# corpus), EdmBenchmark (exact data match with a 1M-record index, alone and after Scanner.scan)
# and AdversarialBenchmark (1, 2 and 4 MiB of each adversarial input; linear scanning
# shows time(4 MiB)/time(1 MiB) of about 4), ExtractionBenchmark (MB/s of document extraction and
# scanning over generated XLSX and PDF corpora). Builds bench/target/benchmarks.jar when missing.
#
#   bench/jmh.sh                         all benchmarks, short settings for a 2-core machine
#                                        (-f 1 -wi 2 -i 3; iteration times from the classes)
#   bench/jmh.sh Adversarial             only benchmarks matching a regex, same settings
#   bench/jmh.sh -f 1 -wi 5 -i 10 Scan   your own JMH options instead of the short settings
#   bench/jmh.sh --rebuild ...           rebuild the jar first
#
# Raw results go to bench/target/jmh-result.csv; a summary with the ratios follows JMH's output.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bin/jdk-env
source bin/jdk-env || exit 2

jar=bench/target/benchmarks.jar
results=bench/target/jmh-result.csv
if [[ ${1:-} == --rebuild ]]; then
  shift
  rm -f "$jar"
fi
if [[ ! -f $jar ]]; then
  echo "+ ./mvnw -q -B -pl bench -am package -DskipTests"
  ./mvnw -q -B -pl bench -am package -DskipTests
fi

options=(-f 1 -wi 2 -i 3)
for argument in "$@"; do
  if [[ $argument == -* ]]; then
    options=()
    break
  fi
done
mkdir -p "$(dirname "$results")"
echo "+ java -jar $jar ${options[*]} -rf csv -rff $results $*"
"$JAVA_HOME/bin/java" -jar "$jar" "${options[@]}" -rf csv -rff "$results" "$@"

echo
echo "summary ($results)"
awk -F, '
  function strip(s) { gsub(/["\r]/, "", s); return s }
  NR == 1 {
    for (i = 1; i <= NF; i++) column[strip($i)] = i
    next
  }
  {
    name = strip($column["Benchmark"])
    score = strip($column["Score"])
    if (name ~ /EncodedContentBenchmark\.(scan|scanText):megabytes$/) {
      sub(/^.*EncodedContentBenchmark\./, "", name)
      sub(/:megabytes$/, "", name)
      printf "fast path    %-9s %.1f MB/s\n", name, score
    } else if (name ~ /ExtractionBenchmark\.extractCorpus:megabytes$/) {
      printf "extraction   %-5s %.2f MB/s over %s files\n", strip($column["Param: format"]), score, strip($column["Param: files"])
    } else if (name ~ /ScannerBenchmark\.scanCorpus:megabytes$/) {
      printf "scanner      %.1f MB/s over a %s MB corpus, structure %s\n", score, strip($column["Param: corpusMegabytes"]), strip($column["Param: structure"])
    } else if (name ~ /EdmBenchmark\.(edm|scanWithEdm|scanWithIndexLoaded):megabytes$/) {
      sub(/^.*EdmBenchmark\./, "", name)
      sub(/:megabytes$/, "", name)
      printf "edm          %-12s %.1f MB/s with %s records\n", name, score, strip($column["Param: records"])
    } else if (name ~ /AdversarialBenchmark\.scan$/) {
      input = strip($column["Param: input"])
      size = strip($column["Param: mebibytes"])
      time[input, size] = score
      unit = strip($column["Unit"])
      if (!(input in seen)) { seen[input] = 1; order[++inputs] = input }
    }
  }
  END {
    worst = 0
    for (k = 1; k <= inputs; k++) {
      input = order[k]
      if (((input, 1) in time) && ((input, 4) in time) && time[input, 1] > 0) {
        ratio = time[input, 4] / time[input, 1]
        printf "adversarial  %-26s 1 MiB %9.3f %s  4 MiB %9.3f %s  ratio %5.2f  %s\n",
          input, time[input, 1], unit, time[input, 4], unit, ratio, (ratio <= 6 ? "linear" : "SUPERLINEAR")
        if (ratio > worst) worst = ratio
      }
    }
    if (inputs > 0) printf "adversarial  worst ratio %.2f (linear is about 4; above 6 is flagged)\n", worst
  }' "$results"
