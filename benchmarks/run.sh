#!/usr/bin/env bash
# Measures i2s throughput and peak memory against a bare XmlReader pass over the same file, on real-shaped exports
# (the exports of ../shared/corpus repeated, folders renamed per copy, shortcuts kept) and on the synthetic one.
# Usage: benchmarks/run.sh [SIZES_MB] [WORK_DIR]     (defaults: "50 100 200", /tmp/i2s-bench)
# Environment: RUNS (default 3) runs per pass, each in a fresh process (the read-only passes interleaved round by round,
# so that a ratio to the bare pass compares runs of the same minutes on a machine whose speed drifts); SYNTHETIC_MB
# (default: the largest size, 0 to skip) the size of the synthetic export; MAX_PARALLEL (default: the number of
# processors) for convert; I2S_BUILD (default "publish": the ReadyToRun build a tool package installs, published for
# this machine's runtime identifier; "build": the plain build output, compiled by the JIT as it runs).
# Prints one markdown table per export: median seconds, MB/s, highest peak RSS, ratio to the bare pass.
# Without ../shared/corpus it says so and measures the synthetic export only.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-50 100 200}"
work="${2:-/tmp/i2s-bench}"
runs="${RUNS:-3}"
largest=$(printf '%s\n' $sizes | sort -n | tail -1)
synthetic_mb="${SYNTHETIC_MB:-$largest}"
max_parallel="${MAX_PARALLEL:-$(nproc)}"
corpus=../shared/corpus/xml
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; } >&2

dotnet build -c Release benchmarks/Informatica2Spark.Benchmarks >&2
bench="dotnet benchmarks/Informatica2Spark.Benchmarks/bin/Release/net10.0/Informatica2Spark.Benchmarks.dll"
case "${I2S_BUILD:-publish}" in
    publish)
        rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
        dotnet publish -c Release -r "$rid" --self-contained false src/Informatica2Spark.Cli -o "$work/i2s" >&2
        i2s="dotnet $work/i2s/i2s.dll"
        build="ReadyToRun, published for $rid" ;;
    build)
        dotnet build -c Release src/Informatica2Spark.Cli >&2
        i2s="dotnet src/Informatica2Spark.Cli/bin/Release/net10.0/i2s.dll"
        build="plain build" ;;
    *) echo "I2S_BUILD must be publish or build" >&2; exit 2 ;;
esac

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

# One measurement of pass $1 (the row of the table, from 0) over export $2; $3 is the session params reads.
pass() {
    local file="$2" session="$3"
    case "$1" in
        0) measure $bench bare "$file" ;;
        1) measure $i2s validate "$file" ;;
        2) measure $i2s list "$file" ;;
        3) measure $i2s params "$file" --session "$session" ;;
        4) measure $i2s convert "$file" --max-parallel "$max_parallel" --out "$work/convert-none" --check ;;
        5) measure $i2s convert "$file" --max-parallel "$max_parallel" --out "$(mktemp -d -u "$work/convert-XXXXXX")" ;;
    esac
}

# The table of one export file.
table() {
    local file="$1" bytes sessions folders shortcuts session
    bytes=$(stat -c %s "$file")
    sessions=$(grep -c '<SESSION ' "$file" || true)
    folders=$(grep -c '<FOLDER ' "$file" || true)
    shortcuts=$(grep -c '<SHORTCUT ' "$file" || true)
    # params needs one session: the last one of the file as FOLDER/name, so the whole export is read.
    session=$(awk 'match($0, /<FOLDER NAME ?= ?"[^"]*"/) { f = substr($0, RSTART, RLENGTH); sub(/.*= ?"/, "", f); sub(/"$/, "", f) }
        /<SESSION / && match($0, / NAME ?= ?"[^"]*"/) { s = substr($0, RSTART, RLENGTH); sub(/.*= ?"/, "", s); sub(/"$/, "", s); last = f "/" s }
        END { print last }' "$file")
    echo
    echo "File: $(basename "$file") ($bytes bytes; $folders folders, $shortcuts shortcuts, $sessions SESSION elements)"
    echo
    echo "| pass | median s ($runs runs) | MB/s | peak RSS MB | x bare |"
    echo "|---|---|---|---|---|"
    local labels=("bare XmlReader pass" "i2s validate" "i2s list" "i2s params (one session)"
        "i2s convert --check (converts, writes nothing)" "i2s convert (writes every file)")
    # One round runs every read-only pass once, so the passes compared with the bare pass meet the machine as it is in
    # the same minute; the writing pass runs after the rounds, so that the kernel writing its files back to disk does
    # not fall into the others. Each pass's median is taken over its runs, its peak memory is the highest of them.
    local times=() peaks=() round i t p
    for round in $(seq 1 "$runs"); do
        for i in 0 1 2 3 4; do
            read -r t p < <(pass "$i" "$file" "$session")
            times[i]+="$t "; peaks[i]+="$p "
        done
    done
    for round in $(seq 1 "$runs"); do
        read -r t p < <(pass 5 "$file" "$session")
        times[5]+="$t "; peaks[5]+="$p "
    done
    local bare_t=""
    for i in "${!labels[@]}"; do
        t=$(printf '%s\n' ${times[i]} | median)
        p=$(printf '%s\n' ${peaks[i]} | sort -n | tail -1)
        [ -z "$bare_t" ] && bare_t=$t
        awk -v l="${labels[i]}" -v t="$t" -v p="$p" -v b="$bytes" -v bt="$bare_t" \
            'BEGIN { printf "| %s | %.2f | %.1f | %d | %.2f |\n", l, t, b/1048576/t, p, t/bt }'
    done
    rm -rf "$work"/convert-*
}

trap 'rm -rf "$work"/convert-*' EXIT
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; dotnet $(dotnet --version); $(date -u +%F); i2s $build; convert --max-parallel $max_parallel"
if [ -d "$corpus" ]; then
    for size in $sizes; do
        file="$work/real-shaped-${size}mb.xml"
        [ -f "$file" ] || $bench repeat --corpus "$corpus" --size-mb "$size" --out "$file" >&2
        table "$file"
    done
else
    echo
    echo "No ../shared/corpus beside the repository: the real-shaped exports cannot be built; measuring the synthetic export only."
    [ "$synthetic_mb" != 0 ] || synthetic_mb=$largest
fi

if [ "$synthetic_mb" != 0 ]; then
    file="$work/synthetic-${synthetic_mb}mb.xml"
    [ -f "$file" ] || $bench generate --size-mb "$synthetic_mb" --seed 42 --out "$file"
    table "$file"
fi
