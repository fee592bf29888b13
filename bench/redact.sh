#!/usr/bin/env bash
# De-identification throughput: builds one JSON document (an array) of about SIZE MB from JSON
# payloads, then times, as whole processes (JVM start included):
#   bin/kalkan scan --format jsonl --threads 1 FILE        (detection alone, for comparison)
#   bin/kalkan redact FILE                                 (default transforms)
#   bin/kalkan redact --transform T=tokenize ... FILE      (every tokenizable type tokenized)
#   bin/kalkan detokenize TOKENIZED                        (and checks it restores FILE exactly)
# and prints the median wall time and CPU time (user + system, which a busy shared machine
# distorts less) and the MB/s of each. Exit status 0, or 2 on an error or a failed
# round trip.
#
#   bench/redact.sh [--corpus spapi|generated] [--size MB (50)] [--runs N (3)]
#
# spapi: the SP-API examples of testdata/spapi-examples (dense personal data: orders,
# addresses, buyers); generated: the JSON files of dev.kalkan.bench.CorpusGenerator (mostly
# catalog JSON, sparse). Files are kept under bench/target/redact/.
set -euo pipefail

die() {
  echo "redact: $*" >&2
  exit 2
}

corpus=spapi
size_mb=50
runs=3
while (($#)); do
  case "$1" in
    --corpus) corpus=${2:?--corpus needs spapi or generated}; shift 2 ;;
    --size) size_mb=${2:?--size needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
[[ $size_mb =~ ^[0-9]+$ && $runs =~ ^[0-9]+$ ]] || die "--size and --runs take whole numbers"
((size_mb >= 1 && runs >= 1)) || die "--size and --runs must be at least 1"

cd "$(dirname "$0")/.."
# shellcheck source=bin/jdk-env
source bin/jdk-env || exit 2
bin/kalkan --version >/dev/null || die "bin/kalkan does not run"
if [[ ! -x /usr/bin/time ]]; then
  command -v apt-get >/dev/null || die "/usr/bin/time is missing: install the time package"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >/dev/null
fi

work=bench/target/redact
mkdir -p "$work"
case "$corpus" in
  spapi)
    src_dir=
    for up in .. ../.. ../../..; do
      [[ -d $up/testdata/spapi-examples ]] && { src_dir=$up/testdata/spapi-examples; break; }
    done
    [[ -n $src_dir ]] || die "testdata/spapi-examples not found above the repository"
    mapfile -t sources < <(find "$src_dir" -maxdepth 1 -name '*.json' | sort)
    ;;
  generated)
    gen=$work/generated-src
    if [[ ! -d $gen ]]; then
      "$JAVA_HOME/bin/java" -cp bench/target/benchmarks.jar dev.kalkan.bench.CorpusGenerator \
        "$gen" 20 42 >/dev/null
    fi
    mapfile -t sources < <(find "$gen" -name '*.json' | sort)
    ;;
  *) die "--corpus takes spapi or generated" ;;
esac
((${#sources[@]})) || die "no JSON sources"

input=$work/$corpus-${size_mb}MB.json
if [[ ! -f $input ]]; then
  limit=$((size_mb * 1000000))
  {
    printf '[\n'
    written=0
    first=1
    while ((written < limit)); do
      for f in "${sources[@]}"; do
        ((first)) || printf ',\n'
        first=0
        cat "$f"
        written=$((written + $(stat -c %s "$f")))
        ((written < limit)) || break
      done
    done
    printf '\n]\n'
  } >"$input.partial"
  mv "$input.partial" "$input"
fi
bytes=$(stat -c %s "$input")
key=$work/deid.key
[[ -f $key ]] || bin/kalkan deid keygen -o "$key" >/dev/null
tokenize=()
for t in AMAZON_ORDER_ID EMAIL_ADDRESS AMAZON_BUYER_EMAIL PHONE_NUMBER CREDIT_CARD_NUMBER \
  IBAN_CODE US_SOCIAL_SECURITY_NUMBER TR_NATIONAL_ID IP_ADDRESS AMAZON_SELLER_ID; do
  tokenize+=(--transform "$t=tokenize")
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() { # label, output file, command...
  local label=$1 out=$2
  shift 2
  local times=() cpus=() i start end status
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    set +e
    /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >"$out" 2>"$work/stderr"
    status=$?
    set -e
    end=$(date +%s%N)
    cpus+=($(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu"))
    # scan exits 1 when it finds something
    [[ $status == 0 || ($status == 1 && $label == scan) ]] || { cat "$work/stderr" >&2; die "$label failed ($status)"; }
    times+=($(((end - start) / 1000000)))
  done
  local ms cpu
  ms=$(printf '%s\n' "${times[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  awk -v l="$label" -v ms="$ms" -v cpu="$cpu" -v b="$bytes" 'BEGIN {
    printf "%-12s wall %7.2f s %7.1f MB/s   cpu %7.2f s %7.1f MB/s\n",
      l, ms / 1000, b / 1e6 / (ms / 1000), cpu / 1000, b / 1e6 / (cpu / 1000) }'
}

printf 'input: %s (%.1f MB, %d source files), median of %d runs; load average %s\n' "$input" \
  "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "${#sources[@]}" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
measure scan "$work/scan.jsonl" bin/kalkan scan --format jsonl --threads 1 "$input"
measure redact "$work/redacted.json" bin/kalkan redact "$input"
measure tokenize "$work/tokenized.json" bin/kalkan redact --key-file "$key" "${tokenize[@]}" "$input"
measure detokenize "$work/restored.json" bin/kalkan detokenize --key-file "$key" "$work/tokenized.json"
findings=$(wc -l <"$work/scan.jsonl")
echo "findings in the input: $findings"
if cmp -s "$input" "$work/restored.json"; then
  echo "round trip: detokenize restored the input byte for byte"
else
  die "round trip FAILED: detokenize did not restore the input"
fi
