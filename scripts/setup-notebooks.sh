#!/usr/bin/env bash
# Sets up everything the notebooks in notebooks/ need, on a fresh machine or again on a set-up one
# (idempotent: every step is skipped or cheap when already done).
#
#   1. rustup component rust-src       (evcxr needs the standard library's source)
#   2. .venv/ with the pinned Python packages of scripts/requirements-notebooks.txt
#                                      (skipped when the requirements did not change)
#   3. evcxr_jupyter $EVCXR_VERSION with scripts/evcxr-$EVCXR_VERSION.patch applied to its evcxr
#      library, installed into .venv/bin (`cargo install --locked`, 8-13 min cold on 2 cores;
#      skipped when that version with that patch is already there). The patch makes evcxr's
#      build cache work across kernels and lets it honour a lock file: see the patch's header.
#   4. the "rust" kernel spec, registered inside .venv/ so that the venv's jupyter finds it
#      whatever is (or is not) in ~/.local/share/jupyter; it runs .venv/bin/evcxr_jupyter with
#      EVCXR_CARGO_LOCK=<repo>/Cargo.lock, so notebooks build the versions the library is
#      tested with.
#
# Usage: scripts/setup-notebooks.sh        (from any directory)
# Environment: PYTHON (default python3, must be >= 3.9), VENV (default <repo>/.venv).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
EVCXR_VERSION="0.22.0"
REQUIREMENTS="$ROOT/scripts/requirements-notebooks.txt"
PATCH="$ROOT/scripts/evcxr-$EVCXR_VERSION.patch"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

step() { printf '\n==> %s\n' "$*"; }
sha256() { "$PYTHON" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$1"; }
die() { printf 'setup-notebooks: error: %s\n' "$*" >&2; exit 1; }
SECONDS=0

command -v cargo >/dev/null || die "cargo not found (install Rust with rustup; looked in PATH and $CARGO_BIN)"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found (set PYTHON=/path/to/python3.11)"

cd "$ROOT"

step "rustup component add rust-src"
if command -v rustup >/dev/null; then
    rustup component add rust-src
else
    # Without rustup (distribution Rust), rust-src must come from the distribution.
    sysroot="$(rustc --print sysroot)"
    [ -d "$sysroot/lib/rustlib/src/rust/library" ] \
        || die "rustup not found and $sysroot has no rust-src: install the rust-src package"
    echo "no rustup; rust-src found in $sysroot"
fi

step "Python virtual environment $VENV"
"$PYTHON" - <<'EOF' || die "$PYTHON is too old: the notebooks' Python tools need >= 3.9"
import sys
sys.exit(0 if sys.version_info >= (3, 9) else 1)
EOF
if ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    if [ -e "$VENV" ]; then
        # A venv whose Python is gone (moved repo, upgraded system Python): rebuild it.
        [ -f "$VENV/pyvenv.cfg" ] || die "$VENV exists but is not a virtual environment"
        rm -rf "$VENV"
    fi
    "$PYTHON" -m venv "$VENV"
    echo "created $VENV ($("$VENV/bin/python" --version))"
fi
stamp="$VENV/.requirements-notebooks.sha256"
want="$(sha256 "$REQUIREMENTS")"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && "$VENV/bin/python" -c 'import nbconvert, nbclient, jupyterlab' 2>/dev/null; then
    echo "requirements unchanged, already installed"
else
    "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet --upgrade "pip==26.3"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --quiet -r "$REQUIREMENTS"
    echo "$want" > "$stamp"
    echo "installed $(grep -cE '^[A-Za-z]' "$REQUIREMENTS") pinned packages"
fi

step "evcxr_jupyter $EVCXR_VERSION, patched ($PATCH)"
# The stamp names the version and the patch's hash: a new patch rebuilds the kernel.
stamp="$VENV/.evcxr_jupyter.stamp"
want="evcxr_jupyter $EVCXR_VERSION $(sha256 "$PATCH")"
if [ -x "$VENV/bin/evcxr_jupyter" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "already installed: $VENV/bin/evcxr_jupyter ($want)"
else
    command -v patch >/dev/null || command -v git >/dev/null \
        || die "patch or git is needed to apply $PATCH"
    # evcxr's source, as cargo downloads it: the manifest path cargo metadata reports for a probe
    # crate that depends on exactly this version.
    work="$ROOT/target/evcxr"
    rm -rf "$work/probe" "$work/evcxr-$EVCXR_VERSION"
    mkdir -p "$work/probe/src"
    printf '[package]\nname = "probe"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nevcxr = "=%s"\n' \
        "$EVCXR_VERSION" > "$work/probe/Cargo.toml"
    : > "$work/probe/src/lib.rs"
    manifest="$(cargo metadata --quiet --format-version 1 --manifest-path "$work/probe/Cargo.toml" \
        | "$VENV/bin/python" -c 'import json, sys
print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"] == "evcxr"))')"
    cp -R "$(dirname "$manifest")" "$work/evcxr-$EVCXR_VERSION"
    if command -v patch >/dev/null; then
        patch -p1 --quiet -d "$work/evcxr-$EVCXR_VERSION" < "$PATCH"
    else
        # git apply patches relative to the repository it runs in: make the source one.
        git -C "$work/evcxr-$EVCXR_VERSION" init --quiet
        git -C "$work/evcxr-$EVCXR_VERSION" apply -p1 "$PATCH"
    fi
    echo "building evcxr_jupyter (8 to 13 minutes on 2 cores, 1.3 GB of memory; needs rustc >= 1.95)"
    CARGO_TARGET_DIR="$work/target" cargo install evcxr_jupyter --locked --force \
        --version "$EVCXR_VERSION" --root "$VENV" \
        --config "patch.crates-io.evcxr.path=\"$work/evcxr-$EVCXR_VERSION\""
    echo "$want" > "$stamp"
fi

step "register the Rust kernel (evcxr_jupyter --install) for $VENV/bin/jupyter"
# evcxr_jupyter --install writes <JUPYTER_PATH>/kernels/rust/; pointing JUPYTER_PATH at the
# venv's data directory puts the kernel spec where the venv's jupyter looks first. The spec then
# gets the lock file the kernel builds with (EVCXR_CARGO_LOCK, read by the patch).
kernels="$VENV/share/jupyter"
JUPYTER_PATH="$kernels" "$VENV/bin/evcxr_jupyter" --install >/dev/null
"$VENV/bin/python" - "$VENV/bin/evcxr_jupyter" "$kernels/kernels/rust/kernel.json" "$ROOT/Cargo.lock" <<'EOF'
import json, os, subprocess, sys
want, spec_path, lock = sys.argv[1:]
with open(spec_path, encoding="utf-8") as f:
    spec = json.load(f)
spec["env"] = {"EVCXR_CARGO_LOCK": lock}
with open(spec_path, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
want = os.path.realpath(want)
specs = json.loads(subprocess.check_output(
    [os.path.join(sys.prefix, "bin", "jupyter"), "kernelspec", "list", "--json"]))["kernelspecs"]
rust = specs.get("rust")
if rust is None:
    sys.exit("setup-notebooks: error: `jupyter kernelspec list` has no 'rust' kernel: "
             + ", ".join(sorted(specs)))
exe = os.path.realpath(rust["spec"]["argv"][0])
if exe != want:
    sys.exit(f"setup-notebooks: error: the 'rust' kernel jupyter finds ({rust['resource_dir']}) "
             f"runs {exe}, not {want}")
if rust["spec"].get("env", {}).get("EVCXR_CARGO_LOCK") != lock:
    sys.exit(f"setup-notebooks: error: the 'rust' kernel ({rust['resource_dir']}) does not set "
             f"EVCXR_CARGO_LOCK={lock}")
print(f"jupyter kernelspec list: rust -> {rust['resource_dir']} (runs {exe}, lock file {lock})")
EOF

step "done in ${SECONDS}s"
echo "Explore:  $VENV/bin/jupyter lab $ROOT/notebooks/"
echo "Execute:  $ROOT/scripts/run-notebooks.sh [--update]"
