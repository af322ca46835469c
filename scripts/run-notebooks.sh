#!/usr/bin/env bash
# Executes the notebooks headlessly in the evcxr Rust kernel and checks them.
#
#   scripts/run-notebooks.sh [--update] [NOTEBOOK...]      (from any directory)
#
# Every notebooks/NN_*.ipynb and notebooks/check_*.ipynb (or the ones named) is executed with
# `jupyter nbconvert --execute`, with notebooks/ as the kernel's working directory (so
# `:dep strikes = { package = "strikes-notebook", path = "strikes-notebook" }` and "../seeds"
# resolve), into $NOTEBOOKS_OUT (default target/notebooks/: the executed copies and
# nbconvert's log per notebook, for CI to keep). Then scripts/check_notebooks.py fails the run
# when a cell failed (a compile error, a panic, an error returned by `?`, anything on stderr:
# it prints the cell's source and the error) or a notebook did not show its table / chart /
# files (metadata.strikes in the notebook). All notebooks are run even when one fails; the
# exit status is 1 if any failed. check_across_cells.ipynb is the acceptance check that a
# DataFrame, a Report and a lazy query built in one cell work in the cells after it.
#
#   --update   also write the executed notebooks that passed back over notebooks/ (their
#              outputs are committed so that GitHub shows them), without per-cell timings.
#   --check-committed
#              also fail when a committed notebook differs from its executed copy, i.e. its
#              outputs are not those of the current code (execution is deterministic: the
#              same code gives byte-identical notebooks). Fix with --update and commit.
#
# The kernels compile in one directory, $NOTEBOOKS_OUT/evcxr (EVCXR_TMPDIR), shared by the
# notebooks of the run (the first cell of the second notebook reuses the first one's build of
# strikes) and removed at the end: evcxr's own temporary directories, ~1.5 GB each, are left
# behind in /tmp when nbconvert stops the kernel.
#
# Needs scripts/setup-notebooks.sh to have run. Environment: VENV (default <repo>/.venv),
# NOTEBOOKS_OUT, NOTEBOOK_TIMEOUT (seconds per cell, default 1800: a cold `:dep` build of
# polars and strikes takes ~3.5 minutes on 2 cores, much longer on a loaded machine).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
OUT="${NOTEBOOKS_OUT:-$ROOT/target/notebooks}"
TIMEOUT="${NOTEBOOK_TIMEOUT:-1800}"
CHECK="$ROOT/scripts/check_notebooks.py"
export PATH="$VENV/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# evcxr loads each cell's build as a library and looks its function up by name; with
# CARGO_INCREMENTAL=0 in the environment (as CI sets for its own builds) that lookup fails
# ("dlsym failed") from the second cell on.
unset CARGO_INCREMENTAL

die() { printf 'run-notebooks: error: %s\n' "$*" >&2; exit 2; }

update=0
check_committed=0
notebooks=()
for arg in "$@"; do
    case "$arg" in
        --update) update=1 ;;
        --check-committed) check_committed=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $arg (see --help)" ;;
        *)
            if [ -f "$arg" ]; then nb="$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")"
            elif [ -f "$ROOT/notebooks/$arg" ]; then nb="$ROOT/notebooks/$arg"
            else die "no such notebook: $arg"; fi
            notebooks+=("$nb") ;;
    esac
done
if [ ${#notebooks[@]} -eq 0 ]; then
    shopt -s nullglob
    notebooks=("$ROOT"/notebooks/[0-9][0-9]_*.ipynb "$ROOT"/notebooks/check_*.ipynb)
    shopt -u nullglob
    [ ${#notebooks[@]} -gt 0 ] || die "no notebooks/NN_*.ipynb found"
fi

[ -x "$VENV/bin/jupyter" ] || die "$VENV/bin/jupyter not found: run scripts/setup-notebooks.sh first"
[ -x "$VENV/bin/evcxr_jupyter" ] || die "$VENV/bin/evcxr_jupyter not found: run scripts/setup-notebooks.sh first"
# The kernel must be the patched one setup-notebooks.sh built, with the repository's lock file.
"$VENV/bin/jupyter" kernelspec list --json | "$VENV/bin/python" -c '
import json, os, sys
venv, lock = sys.argv[1:]
rust = json.load(sys.stdin)["kernelspecs"].get("rust")
sys.exit(rust is None
         or os.path.realpath(rust["spec"]["argv"][0]) != os.path.realpath(venv + "/bin/evcxr_jupyter")
         or rust["spec"].get("env", {}).get("EVCXR_CARGO_LOCK") != lock)' "$VENV" "$ROOT/Cargo.lock" \
    || die "the 'rust' kernel of jupyter is not $VENV/bin/evcxr_jupyter with EVCXR_CARGO_LOCK=$ROOT/Cargo.lock: run scripts/setup-notebooks.sh"

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
export EVCXR_TMPDIR="$OUT/evcxr"
rm -rf "$EVCXR_TMPDIR"
mkdir -p "$EVCXR_TMPDIR"
trap 'rm -rf "$EVCXR_TMPDIR"' EXIT
# The end of nbconvert's log, and the free disk (a kernel whose build runs out of disk dies early
# and nbconvert then writes nothing or an empty file).
log_tail() {
    echo "  last lines of the log:"
    grep -v '^\[NbConvertApp\] \(msg_type\|content\|Skipping\|Executing cell\)' "$1" \
        | tail -n 25 | sed 's/^/    /'
    echo "  free disk:"
    df -h "$OUT" "${TMPDIR:-/tmp}" 2>/dev/null | sed 's/^/    /' || true
}
failed=()
passed=()
SECONDS=0
for nb in "${notebooks[@]}"; do
    name="$(basename "$nb")"
    dir="$(dirname "$nb")"
    executed="$OUT/$name"
    log="$OUT/${name%.ipynb}.log"
    rm -f "$executed" "$log"
    echo "==> $name (log: $log)"
    start=$SECONDS
    since="$(date +%s)"
    # --allow-errors: keep executing and write the notebook even when a cell fails, so that the
    # checker can name the failing cell. DEBUG logging records each cell as it starts, which
    # names the cell when nbconvert itself gives up (timeout, dead kernel) and writes nothing.
    rc=0
    (cd "$dir" && jupyter nbconvert "$name" \
        --to notebook --execute --allow-errors \
        --ExecutePreprocessor.kernel_name=rust \
        --ExecutePreprocessor.timeout="$TIMEOUT" \
        --ExecutePreprocessor.startup_timeout=300 \
        --output-dir "$OUT" --output "$name" \
        --log-level=DEBUG) >"$log" 2>&1 || rc=$?
    if [ ! -f "$executed" ]; then
        echo "FAIL $name: nbconvert exited with status $rc without writing a notebook"
        python3 "$CHECK" last-cell "$log" || true
        log_tail "$log"
        failed+=("$name")
    elif [ ! -s "$executed" ]; then
        echo "FAIL $name: nbconvert exited with status $rc and wrote an empty notebook"
        log_tail "$log"
        failed+=("$name")
    elif python3 "$CHECK" check --since "$since" --ran-in "$dir" "$executed"; then
        stripped="$OUT/${name%.ipynb}.committed-check.ipynb"
        if [ $check_committed -eq 1 ] && [ $update -eq 0 ] \
            && python3 "$CHECK" strip "$executed" "$stripped" && ! cmp -s "$stripped" "$nb"; then
            echo "FAIL $name: its committed outputs are not those of the current code" \
                "(run scripts/run-notebooks.sh --update and commit)"
            failed+=("$name")
        else
            passed+=("$nb")
        fi
    else
        failed+=("$name")
    fi
    echo "    $name took $((SECONDS - start))s"
done

if [ $update -eq 1 ]; then
    for nb in ${passed[@]+"${passed[@]}"}; do
        python3 "$CHECK" strip "$OUT/$(basename "$nb")" "$nb"
        echo "updated ${nb#"$ROOT"/}"
    done
fi

echo "==> ${#passed[@]} passed, ${#failed[@]} failed, ${SECONDS}s in all; executed notebooks in $OUT"
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
