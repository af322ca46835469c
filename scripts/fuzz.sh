#!/usr/bin/env bash
# Fuzzes the extractor and every input parser with examples/fuzz.rs (stable Rust, no nightly):
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]
# Default: 1800 s (30 minutes) for each of extract html jsonl csv manifest parquet telegram, one after the
# other. Findings (panics, broken invariants) are saved in target/fuzz/TARGET-N; each becomes a
# regression test (tests/data/fuzz, tests/it/robustness.rs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-1800}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract html jsonl csv manifest parquet telegram)
cargo build --release -q --example fuzz
for t in "${targets[@]}"; do
    target/release/examples/fuzz "$t" "$seconds" "${FUZZ_SEED:-1}"
done
