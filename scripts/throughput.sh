#!/usr/bin/env bash
# Throughput of `strikes extract` on real texts, against ripgrep over the same files in the same
# run (this machine is shared and noisy: quote ratios). Optionally against another build.
#   scripts/throughput.sh [COPIES] [OTHER_STRIKES_BINARY]
# Builds the release binary, copies the texts of tests/data/{real,silver,devset,own,held} and
# seeds COPIES times (default 12: ~7,000 articles) into a temporary folder, then times 5 runs of
# each and prints the medians.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies=${1:-12}
other=${2:-}
cargo build --release -q
command -v rg >/dev/null || { echo "ripgrep (rg) is needed: cargo install ripgrep"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
n=0
for _ in $(seq 1 "$copies"); do
    for f in tests/data/{real,silver,devset,own,held}/articles/*.txt seeds/*.txt; do
        n=$((n + 1))
        cp "$f" "$dir/a$(printf %06d $n).txt"
    done
done
echo "$n articles, $(du -sh "$dir" | cut -f1)"
time_it() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | sed -n 3p; }
declare -A runs
for _ in 1 2 3 4 5; do
    runs[strikes]+="$(time_it target/release/strikes extract "$dir" --format csv)"$'\n'
    runs[rg]+="$(time_it rg -c -i drone "$dir")"$'\n'
    if [ -n "$other" ]; then runs[other]+="$(time_it "$other" extract "$dir" --format csv)"$'\n'; fi
done
s=$(printf '%s' "${runs[strikes]}" | median)
r=$(printf '%s' "${runs[rg]}" | median)
echo "strikes extract: ${s}s median ($(echo "$n / $s" | bc) articles/s); rg -c -i drone: ${r}s; strikes/rg = $(echo "scale=1; $s / $r" | bc)x"
if [ -n "$other" ]; then
    o=$(printf '%s' "${runs[other]}" | median)
    echo "other build: ${o}s median; this/other = $(echo "scale=3; $s / $o" | bc)"
fi
