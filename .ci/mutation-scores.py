#!/usr/bin/env python3
"""Reads a Stryker.NET JSON report and prints, per mutated file, the counts and the mutation score; with
--check, fails when a file is below its threshold or has mutants that were not measured (compile errors).

Usage: mutation-scores.py REPORT.json [--survivors] [--check THRESHOLDS_FILE]
THRESHOLDS_FILE holds lines "PATH PERCENT [TESTS]" (paths relative to src/JhaModel); '#' starts a comment.
The score is Stryker's: (killed + timeout) / (killed + timeout + survived + no coverage).
"""
import json
import os
import sys


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    report_path = argv[0]
    show_survivors = "--survivors" in argv
    thresholds = {}
    if "--check" in argv:
        with open(argv[argv.index("--check") + 1], encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    path, percent = line.split()[:2]
                    thresholds[path] = float(percent)

    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    root = os.path.join(report.get("projectRoot", ""), "")

    rows = {}
    survivors = []
    for path, data in report["files"].items():
        counts = {}
        for m in data["mutants"]:
            counts[m["status"]] = counts.get(m["status"], 0) + 1
            if m["status"] in ("Survived", "NoCoverage"):
                start = m["location"]["start"]
                survivors.append((path, start["line"], start["column"], m["status"], m["mutatorName"], m.get("replacement", "")))
        if not counts or set(counts) <= {"Ignored"}:
            continue
        rel = path[len(root):] if path.startswith(root) else path
        rows[rel] = counts

    def score(c):
        detected = c.get("Killed", 0) + c.get("Timeout", 0)
        valid = detected + c.get("Survived", 0) + c.get("NoCoverage", 0)
        return 100.0 * detected / valid if valid else None

    header = f"{'file':<48} {'score':>7} {'killed':>6} {'timeout':>7} {'survived':>8} {'no cov.':>7} {'compile err.':>12} {'threshold':>9}"
    print(header)
    print("-" * len(header))
    failures = []
    for rel in sorted(set(rows) | set(thresholds)):
        c = rows.get(rel, {})
        s = score(c)
        unmeasured = c.get("CompileError", 0) + c.get("RuntimeError", 0)
        t = thresholds.get(rel)
        shown = "   n/a" if s is None else f"{s:6.2f}%"
        print(f"{rel:<48} {shown:>7} {c.get('Killed', 0):>6} {c.get('Timeout', 0):>7} {c.get('Survived', 0):>8} "
              f"{c.get('NoCoverage', 0):>7} {unmeasured:>12} {'' if t is None else f'{t:.0f}%':>9}")
        if t is None:
            continue
        if s is None:
            failures.append(f"{rel}: no mutant was measured")
        elif s < t:
            failures.append(f"{rel}: mutation score {s:.2f}% is below {t:.0f}%")
        if unmeasured:
            failures.append(f"{rel}: {unmeasured} mutants could not be measured (compile errors)")

    if show_survivors and survivors:
        print()
        print("Mutants no test noticed (file:line:column status mutator -> replacement):")
        for path, line, col, status, mutator, replacement in sorted(survivors):
            rel = path[len(root):] if path.startswith(root) else path
            print(f"  {rel}:{line}:{col} {status} {mutator} -> {replacement}")

    for f in failures:
        print(f"mutation check FAILED: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
