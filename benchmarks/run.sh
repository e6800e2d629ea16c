#!/usr/bin/env bash
# Measures i2s throughput and peak memory on a deterministic synthetic export against a bare XmlReader pass.
# Usage: benchmarks/run.sh [SIZE_MB] [WORK_DIR]     (defaults: 200, /tmp/i2s-bench)
# Prints a markdown table: median seconds of 3 runs, MB/s, peak memory, ratio to the bare pass.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-200}"
work="${2:-/tmp/i2s-bench}"
runs=3
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; } >&2

dotnet build -c Release benchmarks/Informatica2Spark.Benchmarks >&2
dotnet build -c Release src/Informatica2Spark.Cli >&2
bench="dotnet benchmarks/Informatica2Spark.Benchmarks/bin/Release/net10.0/Informatica2Spark.Benchmarks.dll"
i2s="dotnet src/Informatica2Spark.Cli/bin/Release/net10.0/i2s.dll"
file="$work/synthetic-${size}mb.xml"
[ -f "$file" ] || $bench generate --size-mb "$size" --seed 42 --out "$file"
bytes=$(stat -c %s "$file")
sessions=$(grep -c '<SESSION ' "$file")

# One measurement: prints "seconds peak_mb" for a command run in a fresh process.
measure() {
    local log; log=$(mktemp)
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$log")
    rm -f "$log"
    echo "$wall $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() {
    local label="$1"; shift
    local times=() peaks=()
    for _ in $(seq 1 $runs); do
        read -r t p < <(measure "$@")
        times+=("$t"); peaks+=("$p")
    done
    local t p
    t=$(printf '%s\n' "${times[@]}" | median)
    p=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1)
    printf '%s\t%s\t%s\n' "$label" "$t" "$p"
}

trap 'rm -rf "$work"/convert-*' EXIT
echo "File: $file ($bytes bytes, $sessions sessions); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, dotnet $(dotnet --version)"
echo
echo "| pass | median s (3 runs) | MB/s | peak RSS MB | x bare |"
echo "|---|---|---|---|---|"
bare_t=""
while IFS=$'\t' read -r label t p; do
    [ -z "$bare_t" ] && bare_t=$t
    awk -v l="$label" -v t="$t" -v p="$p" -v b="$bytes" -v bt="$bare_t" \
        'BEGIN { printf "| %s | %.2f | %.1f | %d | %.2f |\n", l, t, b/1048576/t, p, t/bt }'
done < <(
    row "bare XmlReader pass" $bench bare "$file"
    row "reader: schema validation + typed model" $bench read "$file"
    row "i2s validate (CLI)" $i2s validate "$file"
    row "i2s convert --check (CLI, converts, writes nothing)" $i2s convert "$file" --out "$work/convert-none" --check
    row "i2s convert (CLI, writes $sessions sessions)" bash -c 'exec "$@" --out "$(mktemp -d -u "$0/convert-XXXXXX")"' "$work" $i2s convert "$file"
)
