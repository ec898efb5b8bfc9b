#!/usr/bin/env bash
# The first reference-data query in a fresh process, before and after the reference data became a data file, in one
# run: builds this program in a temporary worktree of the last commit whose facts were C# code and in the current
# tree, and runs the two alternately. Prints the medians.
# Usage: benchmarks/JhaModel.ColdStart/cold-start.sh [runs]
set -euo pipefail
runs=${1:-11}
root=$(git rev-parse --show-toplevel)
before=$(git -C "$root" log --format=%H -1 ca29f6f^)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/before" "$before"
mkdir -p "$work/before/benchmarks/JhaModel.ColdStart"
cp "$root/benchmarks/JhaModel.ColdStart/Program.cs" "$root/benchmarks/JhaModel.ColdStart/JhaModel.ColdStart.csproj" "$work/before/benchmarks/JhaModel.ColdStart/"
dotnet build "$work/before/benchmarks/JhaModel.ColdStart" -c Release -v q -nologo -o "$work/old" >/dev/null
dotnet build "$root/benchmarks/JhaModel.ColdStart" -c Release -v q -nologo -o "$work/after" >/dev/null
for i in $(seq "$runs"); do
  echo "before $(dotnet "$work/old/JhaModel.ColdStart.dll")"
  echo "after $(dotnet "$work/after/JhaModel.ColdStart.dll")"
done | awk '
  { load[$1] = load[$1] " " $2; query[$1] = query[$1] " " $3 }
  function median(list,   n, a, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END {
    printf "| | Data loaded | First query answered |\n|---|---:|---:|\n"
    printf "| Before (C# facts, %s) | %.0f ms | %.0f ms |\n", "'"${before:0:7}"'", median(load["before"]), median(query["before"])
    printf "| After (this tree) | %.0f ms | %.0f ms |\n", median(load["after"]), median(query["after"])
    printf "| Ratio | %.2f | %.2f |\n", median(load["after"]) / median(load["before"]), median(query["after"]) / median(query["before"])
  }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
