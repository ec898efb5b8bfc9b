#!/usr/bin/env bash
# Runs every test of the solution on a machine that has only the .NET SDK and the package registries.
#
# It installs what the tests need when it is missing (Debian packages with apt-get, as root or through sudo:
# iso-codes for the ISO 3166 parity test, Node.js and npm for the independent JSON Schema validator, python3 and
# python3-jsonschema for the second one and the Python producer, chromium,
# a font for the browser tests, GNU time, zsh and fish for the tool's tests; the npm packages from tests/schema-crosscheck's lockfile),
# builds the solution in Release with warnings as errors, builds the docs site (.ci/docs: docfx from the tool
# manifest, every warning an error), runs every test project and ends with one line
# "N passed, M failed" computed from the TRX reports. It exits non-zero when a test fails or a step cannot run.
#
#   ./test.sh                 everything
#   ./test.sh --no-install    the same, without installing (the machine already has what the tests need)
#
# The counts are also written to artifacts/test-results/summary.txt ("passed failed"), which .ci/run adds to its
# own checks. JHA_PROPERTY_TESTS raises the number of cases of every property (docs/contributing.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

install=1
for arg in "$@"; do
  case "$arg" in
    --no-install) install=0 ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0
summary_printed=0
on_exit() {
  local code=$?
  if [ "$summary_printed" -eq 0 ]; then
    echo
    echo "$passed passed, $((failed + 1)) failed"
    echo "$passed $((failed + 1))" >"$results/summary.txt"
  fi
  exit "$code"
}
trap on_exit EXIT

section() { printf '\n=== %s ===\n' "$1"; }

if [ "$install" -eq 1 ]; then
  section "Install what the tests need"
  missing=()
  [ -f /usr/share/iso-codes/json/iso_3166-1.json ] || missing+=(iso-codes)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  # The HTML report and docs site tests open pages in Debian's headless chromium, which needs a font to lay out text.
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
  # The terminal tests drive the tool in a pseudo-terminal with script (util-linux, always there); the hostile-input
  # tests measure the tool's memory with GNU time; the completion tests check the zsh and fish scripts' syntax.
  command -v script >/dev/null 2>&1 || missing+=(bsdutils)
  [ -x /usr/bin/time ] || missing+=(time)
  command -v zsh >/dev/null 2>&1 || missing+=(zsh)
  command -v fish >/dev/null 2>&1 || missing+=(fish)
  # The second independent JSON Schema validator of the conformance suite and the Python producer: Debian's python3
  # with python3-jsonschema.
  command -v /usr/bin/python3 >/dev/null 2>&1 || missing+=(python3)
  /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 || missing+=(python3-jsonschema)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  # ajv, the independent JSON Schema validator the cross-check tests compare with, pinned by its lockfile.
  npm ci --prefix tests/schema-crosscheck --no-audit --no-fund --loglevel=error
fi

section "Restore and build (Release, warnings as errors)"
dotnet --version
dotnet restore JhaModel.sln
dotnet build JhaModel.sln -c Release --no-restore -p:TreatWarningsAsErrors=true

section "Docs site (docfx, warnings as errors; its tests open it in headless chromium)"
if bash .ci/docs; then
  passed=$((passed + 1)); echo "check passed: the docs site builds with no docfx warning"
else
  failed=$((failed + 1)); echo "check FAILED: the docs site builds with no docfx warning"
fi

section "Test"
# The conformance suite runs in the tests through the .NET reader, ajv and Python's jsonschema.
echo "Conformance suite: $(grep -c '"name":' conformance/manifest.json) cases (conformance/manifest.json)"
started=$SECONDS
set +e
dotnet test --solution JhaModel.sln -c Release --no-build --results-directory "$results" --report-trx
test_exit=$?
set -e
echo "Test time: $((SECONDS - started)) s (JHA_PROPERTY_TESTS=${JHA_PROPERTY_TESTS:-unset})"

# The counters of every TRX report; a run that ended abnormally (no report, or a failing exit code with no failed
# test) counts as one failure.
trx_files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  trx_files=$((trx_files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  for counter in passed failed error timeout; do
    value=$(sed -n "s/.* $counter=\"\([0-9]*\)\".*/\1/p" <<<"$counters")
    if [ "$counter" = passed ]; then passed=$((passed + ${value:-0})); else failed=$((failed + ${value:-0})); fi
  done
done
echo "TRX reports: $trx_files (dotnet test exit code $test_exit)"
if [ "$trx_files" -eq 0 ] || { [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  failed=$((failed + 1))
  echo "FAILED: the test run ended abnormally (exit code $test_exit, $trx_files TRX reports)"
fi

echo "$passed $failed" >"$results/summary.txt"
echo
echo "$passed passed, $failed failed"
summary_printed=1
[ "$failed" -eq 0 ]
