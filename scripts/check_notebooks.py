#!/usr/bin/env python3
"""Checks executed notebooks (used by scripts/run-notebooks.sh; standard library only).

  check_notebooks.py check [--since EPOCH] [--ran-in DIR] EXECUTED.ipynb...
                                               fail (exit 1) when a cell failed or a notebook did
                                               not produce what it promises; print which cell
                                               failed and why
  check_notebooks.py last-cell NBCONVERT.log   the cell nbconvert was executing when it gave up
                                               (timeout, dead kernel: it then writes no notebook)
  check_notebooks.py strip EXECUTED.ipynb OUT  copy without per-cell timing metadata, with each
                                               cell's stream outputs merged (--update)

What a notebook promises is in its metadata, {"strikes": {"expect": [...], "files": [...]}}:
"table" (a polars DataFrame shown: text/plain with "shape: (" or text/html with a <table>),
"chart" (image/svg+xml, image/png, or text/html containing <svg>, as plotters' evcxr_figure
shows); "files" are paths, relative to the folder the notebook ran in (--ran-in), that the run
must have written (after --since, when given).
Without metadata a notebook must show a table and a chart.

How the kernel (evcxr 0.22 with scripts/evcxr-0.22.0.patch) reports failures: a compile error
is an `error` output (ename "Error", the rustc diagnostic in evalue/traceback) and the reply's
status is "error"; so is an error returned by `?` (its Display in evalue) and a panic ("the cell
panicked: <message>"), which also drop the variables the cell defined. A panic's hook also
writes the message, its location and a backtrace on stderr, which evcxr forwards
asynchronously: the kernel waits 200 ms for it, but on a loaded machine it can still arrive
after the reply and be recorded in the next cell. Hence any stderr output is a failure here
(the notebooks write nothing to stderr), and the code cell before it is shown too. (Unpatched
evcxr printed `?` errors and panics only on stderr and replied "ok".)
"""

import datetime
import json
import os
import re
import sys

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PANIC = re.compile(r"panicked at|^error(\[E\d+\])?:", re.M)
DEFAULT_EXPECT = ["table", "chart"]


def text(value):
    """Notebook strings may be stored as lists of lines."""
    return "".join(value) if isinstance(value, list) else (value or "")


def clean(s):
    return ANSI.sub("", s)


def show_source(cell, indent="    "):
    lines = text(cell.get("source")).splitlines() or [""]
    return "\n".join(f"{indent}{n:>3} | {line}" for n, line in enumerate(lines, 1))


def code_cells(nb):
    """(label, cell) for every code cell; the label counts code cells and all cells from 1."""
    cells = [(i, c) for i, c in enumerate(nb["cells"], 1) if c.get("cell_type") == "code"]
    return [(f"code cell {n} (cell {i} of {len(nb['cells'])})", c)
            for n, (i, c) in enumerate(cells, 1)]


def streams(cell, name):
    """All text the cell wrote to one stream (evcxr sends each line as its own output)."""
    return clean("".join(text(o.get("text")) for o in cell.get("outputs", [])
                         if o.get("output_type") == "stream" and o.get("name") == name))


def panic_message(stderr, frames=8):
    """The panic message of a cell's stderr, with the backtrace cut to its first frames."""
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if PANIC.search(line))
    lines = lines[start:]
    if "stack backtrace:" in lines:
        at = lines.index("stack backtrace:")
        frame_lines = lines[at + 1:]
        kept = frame_lines[: 2 * frames]
        cut = len(frame_lines) - len(kept)
        lines = lines[: at + 1] + kept + ([f"   ... ({cut} more lines)"] if cut > 0 else [])
    return "\n".join(lines)


def cell_failures(cell):
    """What went wrong in one executed cell: (problems, whether they came through stderr)."""
    problems = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            tb = clean("\n".join(out.get("traceback") or []))
            evalue = clean(text(out.get("evalue")))
            body = tb if tb.strip() else evalue
            if evalue and evalue.strip() not in body:
                body = f"{evalue}\n{body}"
            problems.append(f"{out.get('ename', 'Error')}:\n{body}".rstrip())
    stderr = streams(cell, "stderr")
    if stderr.strip():
        shown = panic_message(stderr) if PANIC.search(stderr) else stderr.strip()
        problems.append(f"stderr:\n{shown}".rstrip())
    return problems, bool(stderr.strip())


def shows_table(out):
    data = out.get("data") or {}
    return "shape: (" in text(data.get("text/plain")) or "<table" in text(data.get("text/html"))


def shows_chart(out):
    data = out.get("data") or {}
    return (
        "image/svg+xml" in data
        or "image/png" in data
        or "<svg" in text(data.get("text/html"))
    )


def seconds(cell):
    """Execution time of a cell from nbclient's timing metadata, if recorded."""
    ex = cell.get("metadata", {}).get("execution", {})
    try:
        start = datetime.datetime.fromisoformat(ex["iopub.execute_input"].replace("Z", "+00:00"))
        end = datetime.datetime.fromisoformat(ex["shell.execute_reply"].replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return None
    return (end - start).total_seconds()


def check(path, since=None, ran_in=None):
    """Prints a report for one executed notebook; returns True when it passed."""
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        # nbconvert leaves an empty or cut file when it cannot write (a full disk, seen in CI).
        size = os.path.getsize(path) if os.path.exists(path) else 0
        print(f"FAIL {name}: the executed notebook ({size} bytes) is not a readable notebook: {e}"
              " (an empty file usually means nbconvert could not write it: is the disk full?)")
        return False
    meta = nb.get("metadata", {}).get("strikes", {})
    expect = meta.get("expect", DEFAULT_EXPECT)
    ok = True

    failed = 0
    previous = None
    for label, cell in code_cells(nb):
        problems, via_stderr = cell_failures(cell)
        if problems:
            ok = False
            failed += 1
            print(f"FAIL {name}: {label} failed. Its source:\n{show_source(cell)}\n  and its error:")
            for p in problems:
                print("    " + p.replace("\n", "\n    "))
            if via_stderr and previous is not None:
                print(f"  Note: evcxr forwards stderr (a panic's location and backtrace) asynchronously:\n"
                      f"  it can land in the next cell. The code cell before,\n"
                      f"  {previous[0]}, was:\n{show_source(previous[1])}")
        previous = (label, cell)
    if failed:
        print(f"  ({failed} failing cell(s); the first one is usually the cause)")

    not_run = [i for i, c in code_cells(nb) if text(c.get("source")).strip()
               and c.get("execution_count") is None]
    if not_run:
        ok = False
        print(f"FAIL {name}: not executed: {', '.join(not_run)}")

    outputs = [o for _, c in code_cells(nb) for o in c.get("outputs", [])]
    if "table" in expect and not any(shows_table(o) for o in outputs):
        ok = False
        print(f"FAIL {name}: no DataFrame output (text/plain with 'shape: (' or text/html table)")
    if "chart" in expect and not any(shows_chart(o) for o in outputs):
        ok = False
        print(f"FAIL {name}: no chart output (image/svg+xml, image/png or text/html with <svg>)")
    folder = ran_in or os.path.dirname(os.path.abspath(path))
    for rel in meta.get("files", []):
        f = os.path.normpath(os.path.join(folder, rel))
        if not os.path.isfile(f):
            ok = False
            print(f"FAIL {name}: did not write {f}")
        elif since is not None and os.path.getmtime(f) < since:
            ok = False
            print(f"FAIL {name}: {f} is older than this run (not rewritten)")

    timed = [(seconds(c), i) for i, c in code_cells(nb)]
    timed = [(s, i.split(" (")[0]) for s, i in timed if s is not None]
    total = sum(s for s, _ in timed)
    slow = ", ".join(f"{i} {s:.0f}s" for s, i in sorted(timed, reverse=True)[:3])
    tables = sum(shows_table(o) for o in outputs)
    charts = sum(shows_chart(o) for o in outputs)
    status = "ok  " if ok else "FAIL"
    print(f"{status} {name}: {len(code_cells(nb))} code cells, {tables} table(s), "
          f"{charts} chart(s), {total:.0f}s in cells (slowest: {slow or 'n/a'})")
    return ok


def last_cell(log_path):
    """Prints the last cell nbclient logged as executing (needs --log-level=DEBUG)."""
    with open(log_path, encoding="utf-8", errors="replace") as f:
        log = f.read()
    marker = "Executing cell:\n"
    at = log.rfind(marker)
    if at < 0:
        print("  (no cell had started: the kernel did not come up; see the log)")
        return
    rest = log[at + len(marker):]
    # The source ends where the next log record starts ("[NbConvertApp] ..." at line start).
    end = re.search(r"^\[\w+\]|^\[[A-Z] \d", rest, re.M)
    source = rest[: end.start()] if end else rest
    lines = source.rstrip("\n").splitlines()
    print("  the cell it was executing:")
    print("\n".join(f"    {n:>3} | {line}" for n, line in enumerate(lines, 1)))


def strip(src, dest):
    with open(src, encoding="utf-8") as f:
        nb = json.load(f)
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("execution", None)
        merged = []
        for out in cell.get("outputs", []):
            prev = merged[-1] if merged else None
            if (out.get("output_type") == "stream" and prev is not None
                    and prev.get("output_type") == "stream" and prev.get("name") == out.get("name")):
                prev["text"] = text(prev["text"]) + text(out["text"])
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged
    with open(dest, "w", encoding="utf-8") as f:
        json.dump(nb, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main(argv):
    if len(argv) >= 2 and argv[0] == "check":
        since = ran_in = None
        args = argv[1:]
        while args[:1] in (["--since"], ["--ran-in"]):
            if args[0] == "--since":
                since = float(args[1])
            else:
                ran_in = args[1]
            args = args[2:]
        results = [check(p, since, ran_in) for p in args]
        return 0 if all(results) else 1
    if len(argv) == 2 and argv[0] == "last-cell":
        last_cell(argv[1])
        return 0
    if len(argv) == 3 and argv[0] == "strip":
        strip(argv[1], argv[2])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
