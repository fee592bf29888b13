#!/usr/bin/env bash
# Whole-command benchmark: `kalkan scan --format jsonl --threads 1` against ripgrep with the
# equivalent regexes in bench/patterns.txt, on a generated corpus of mostly product-catalog JSON
# (bench/corpus/<MB>MB-seed<SEED>, 200 MB by default). JVM start is included. Prints the median
# wall times, the ratio kalkan/rg, MB/s, kalkan's peak RSS and a last line PASS or FAIL
# (PASS: ratio <= 1.00 and peak RSS < 512 MiB). Exit status 0 PASS, 1 FAIL, 2 error.
#
# Works on a fresh Debian machine: installs ripgrep and GNU time with apt-get when missing, finds
# a JDK 21+, builds the jars and generates the corpus when missing.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/scan-vs-ripgrep.sh [--runs N] [--threads N] [--size MB] [--seed N] [--rebuild]

  --runs N      timed runs of each command, alternating rg and kalkan (default 5)
  --threads N   rg -jN and kalkan --threads N (default 1)
  --size MB     corpus size in MB of 1,000,000 bytes (default 200)
  --seed N      corpus seed (default 42)
  --rebuild     rebuild bench/target/benchmarks.jar and cli/target/kalkan.jar first

The corpus is kept in bench/corpus/<MB>MB-seed<SEED>; delete it to generate it again.
The kalkan command is bin/kalkan when it exists, else java -jar cli/target/kalkan.jar.
EOF
}

die() {
  echo "scan-vs-ripgrep: $*" >&2
  exit 2
}

runs=5
threads=1
size_mb=200
seed=42
rebuild=0
while (($#)); do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --threads) threads=${2:?--threads needs a number}; shift 2 ;;
    --size) size_mb=${2:?--size needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
for value in "$runs" "$threads" "$size_mb" "$seed"; do
  [[ $value =~ ^[0-9]+$ ]] || die "'$value' is not a whole number"
done
((runs >= 1 && threads >= 1 && size_mb >= 1)) || die "--runs, --threads and --size must be at least 1"

cd "$(dirname "$0")/.."

# ---- tools

as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || die "$1 is missing and apt-get is not available: install $1"
  if ((apt_updated == 0)); then
    echo "+ apt-get update"
    as_root apt-get update
    apt_updated=1
  fi
  echo "+ apt-get install -y $1"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$1"
}

command -v rg >/dev/null || apt_install ripgrep
[[ -x /usr/bin/time ]] || apt_install time

# shellcheck source=bin/jdk-env
source bin/jdk-env || exit 2
java="$JAVA_HOME/bin/java"

# ---- build and corpus

bench_jar=bench/target/benchmarks.jar
cli_jar=cli/target/kalkan.jar
modules=()
if ((rebuild)) || [[ ! -f $bench_jar ]]; then modules+=(bench); fi
if ((rebuild)) || [[ ! -f $cli_jar ]]; then modules+=(cli); fi
if ((${#modules[@]})); then
  list=$(IFS=,; echo "${modules[*]}")
  echo "+ ./mvnw -q -B -pl $list -am package -DskipTests"
  ./mvnw -q -B -pl "$list" -am package -DskipTests
fi
[[ -f $bench_jar ]] || die "$bench_jar was not built"
[[ -f $cli_jar ]] || die "$cli_jar was not built: does the cli module have the scan command yet?"

corpus=bench/corpus/${size_mb}MB-seed${seed}
if [[ ! -d $corpus ]]; then
  echo "+ java -cp $bench_jar dev.kalkan.bench.CorpusGenerator $corpus $size_mb $seed"
  rm -rf "$corpus.partial"
  "$java" -cp "$bench_jar" dev.kalkan.bench.CorpusGenerator "$corpus.partial" "$size_mb" "$seed"
  mv "$corpus.partial" "$corpus"
fi
read -r corpus_files corpus_bytes < <(find "$corpus" -type f -printf '%s\n' | awk '{ n++; s += $1 } END { print n, s }')

if [[ -x bin/kalkan ]]; then
  kalkan=(bin/kalkan)
else
  kalkan=("$java" -jar "$cli_jar")
fi
kalkan+=(scan --format jsonl --threads "$threads" "$corpus")
ripgrep=(rg "-j$threads" -c --no-ignore -f bench/patterns.txt "$corpus")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "corpus   $corpus: $corpus_files files, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
echo "ripgrep  ${ripgrep[*]}  ($(rg --version | head -n1), $(grep -c . bench/patterns.txt) patterns)"
echo "kalkan   ${kalkan[*]}  (JDK $("$java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }') at $JAVA_HOME)"

# ---- warm-up: page cache, then one untimed run of each, checking both commands work

find "$corpus" -type f -exec cat {} + >/dev/null
rg_status=0
rg_lines=$("${ripgrep[@]}" 2>"$tmp/rg.err" | awk -F: '{ s += $NF } END { print s + 0 }') || rg_status=$?
((rg_status <= 1)) || { cat "$tmp/rg.err" >&2; die "rg failed with status $rg_status"; }
kalkan_status=0
"${kalkan[@]}" 2>"$tmp/kalkan.err" | grep -o '"infoType":"[A-Z0-9_]*"' | cut -d'"' -f4 | sort | uniq -c | sort -rn >"$tmp/types" || kalkan_status=${PIPESTATUS[0]}
if ((kalkan_status > 1)); then
  head -n 20 "$tmp/kalkan.err" >&2
  die "kalkan failed with status $kalkan_status"
fi
echo "warm-up  rg: $rg_lines matching lines; kalkan: $(awk '{ s += $1 } END { print s + 0 }' "$tmp/types") findings" \
  "($(awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1 }' "$tmp/types"))"

# ---- timed runs, alternating

# Runs a command under GNU time; appends "seconds rss_kib status" to the file named first.
measure() {
  local into=$1 started ended status=0
  shift
  started=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || status=$?
  ended=$(date +%s%N)
  echo "$(((ended - started) / 1000000)) $(tail -n1 "$tmp/time") $status" >>"$into"
  if ((status > 1)); then
    head -n 20 "$tmp/err" >&2
    die "'$*' failed with status $status"
  fi
}

for ((i = 1; i <= runs; i++)); do
  measure "$tmp/rg.runs" "${ripgrep[@]}"
  measure "$tmp/kalkan.runs" "${kalkan[@]}"
  read -r rg_ms rg_kib _ < <(tail -n1 "$tmp/rg.runs")
  read -r k_ms k_kib k_status < <(tail -n1 "$tmp/kalkan.runs")
  printf 'run %d    rg %6.3f s %5d MiB | kalkan %6.3f s %5d MiB exit %d\n' \
    "$i" "$(awk -v m="$rg_ms" 'BEGIN { print m / 1000 }')" $((rg_kib / 1024)) \
    "$(awk -v m="$k_ms" 'BEGIN { print m / 1000 }')" $((k_kib / 1024)) "$k_status"
done

median_ms() {
  cut -d' ' -f1 "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
rg_median=$(median_ms "$tmp/rg.runs")
kalkan_median=$(median_ms "$tmp/kalkan.runs")
peak_kib=$(cut -d' ' -f2 "$tmp/kalkan.runs" | sort -n | tail -n1)

awk -v rg="$rg_median" -v k="$kalkan_median" -v bytes="$corpus_bytes" -v kib="$peak_kib" \
  -v runs="$runs" -v threads="$threads" -v size="$size_mb" -v seed="$seed" '
  BEGIN {
    ratio = k / rg
    printf "median   rg %.3f s (%.0f MB/s) | kalkan %.3f s (%.0f MB/s), %d runs each\n",
      rg / 1000, bytes / 1e3 / rg, k / 1000, bytes / 1e3 / k, runs
    printf "ratio    kalkan/rg %.2f (must be <= 1.00)\n", ratio
    printf "memory   kalkan peak RSS %.0f MiB (must be < 512 MiB)\n", kib / 1024
    printf "command  bench/scan-vs-ripgrep.sh --runs %d --threads %d --size %d --seed %d\n",
      runs, threads, size, seed
    pass = ratio <= 1.0 && kib < 512 * 1024
    print (pass ? "PASS" : "FAIL")
    exit (pass ? 0 : 1)
  }'
