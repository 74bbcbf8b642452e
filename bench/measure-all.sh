#!/bin/sh
# Every throughput figure of issue 17 in one unattended run, for a quiet machine (see bench/README.md):
#   1. Release builds of the tool and the throughput harness (this commit), and of the tool at 616585f (the annual-report baseline);
#   2. the ratio set on 50 MiB files (clean-json, clean-jsonl, findings-jsonl, catalogue-csv, catalogue-csv-gb18030,
#      catalogue-xlsx, guides-json, reports-jsonl), --repeat 3;
#      then findings-jsonl (every record with findings) with the tool writing each report format: json, html, sarif, text;
#   3. clean-json, clean-jsonl and catalogue-csv at 1 GiB, --repeat 1, and findings-jsonl at 1 GiB in every report format;
#   4. the annual-report rate of the tool against the tool of 616585f on the same file, run one right after the other (--repeat 3);
#   5. build-cost --entries 2146 --size 10;
#   (with MEASURE_NATIVE=1, after 4: the native tool built and steps 2–4 run again with it, its tool runs only)
#   6. warm CPU time (cpu mode, 20 MiB): findings-jsonl in every report format at --parallel 1, and clean-jsonl and
#      findings-jsonl at --parallel 2 with the hand-off between threads (lock contentions and context switches a batch).
# Everything goes to one log, with the machine, its load and the commit at the top, and at its end the Done-when summary:
# the ratio tables of every step gathered in one place.
#
# Usage: bench/measure-all.sh [LOG]          (default: bench-results/measure-all-<UTC time>.log under the repository)
# Environment:
#   MEASURE_QUICK=1     tiny sizes to check the script end to end in a few minutes (1 MiB files, 2 MiB for the "1 GiB" step,
#                       --repeat 1, build-cost --entries 50 --builds 1)
#   MEASURE_WORK=DIR    where the generated files, the baseline build and the build-cost projects go (default: a new folder in /tmp;
#                       the 1 GiB step needs about 2 GiB free there). It is removed at the end unless it was given.
#   MEASURE_BASELINE=REV the commit of the annual-report baseline (default 616585f)
#   MEASURE_NICE=N      the niceness of every step (default 10; 0 on a machine of your own)
#   MEASURE_NATIVE=1    also build the native tool (Native AOT, for this machine's platform; needs clang or gcc, 2–3 minutes) and
#                       measure it as steps 2–4 measure the JIT-compiled tool (the bare passes and in-process runs again beside it)
# Time on an idle 2-core machine: 10–18 minutes measured on 2026-12-01 (see bench/RESULTS.md, "One run of everything"),
# before findings-jsonl in every report format (50 MiB and 1 GiB) and the cpu steps were added (a few minutes more).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STAMP=$(date -u +%Y%m%dT%H%MZ)
LOG=${1:-$ROOT/bench-results/measure-all-$STAMP.log}
mkdir -p "$(dirname "$LOG")"
BASELINE=${MEASURE_BASELINE:-616585f}
NICE=${MEASURE_NICE:-10}
if [ -n "${MEASURE_WORK:-}" ]; then
  WORK=$MEASURE_WORK
  KEEP_WORK=1
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d /tmp/govdisclosure-measure-all-XXXXXX)
  KEEP_WORK=0
fi

if [ "${MEASURE_QUICK:-0}" = 1 ]; then
  SIZE=1; BIG=2; REPEAT=1; BUILD_COST="--entries 50 --builds 1"; CPU="--size 1 --passes 1 --warmup 1"
else
  SIZE=50; BIG=1024; REPEAT=3; BUILD_COST="--entries 2146 --size 10"; CPU="--size 20 --passes 3 --warmup 2"
fi

run() {
  # One step: its command line and its whole output go to the log; its time too.
  echo "" >>"$LOG"
  echo "### $(date -u '+%Y-%m-%d %H:%M:%S UTC') — load average $(cut -d' ' -f1-3 /proc/loadavg) — $*" >>"$LOG"
  start=$(date +%s)
  if nice -n "$NICE" "$@" >>"$LOG" 2>&1; then status=0; else status=$?; fi
  echo "### exit $status after $(( $(date +%s) - start )) s" >>"$LOG"
  echo "$(date -u '+%H:%M:%S') exit $status after $(( $(date +%s) - start )) s: $*"
  return 0
}

{
  echo "# bench/measure-all.sh — $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "commit: $(git -C "$ROOT" rev-parse HEAD) ($(git -C "$ROOT" log -1 --format=%s | cut -c1-100))"
  if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]; then echo "working tree: CHANGED (not the commit alone)"; fi
  echo "baseline for annual reports: $BASELINE ($(git -C "$ROOT" log -1 --format='%h %ci' "$BASELINE" 2>/dev/null || echo 'not found'))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r)"
  echo "dotnet: $(dotnet --version)"
  echo "load average at start (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "sizes: ${SIZE} MiB ratio set (repeat $REPEAT), ${BIG} MiB large files; build-cost $BUILD_COST; niceness $NICE; work folder $WORK"
} >"$LOG"
echo "log: $LOG"

# 1. Builds.
run dotnet build -c Release "$ROOT/src/GovDisclosure.Standard.Cli"
run dotnet build -c Release "$ROOT/bench/GovDisclosure.Standard.Throughput"
H=$ROOT/bench/GovDisclosure.Standard.Throughput/bin/Release/net10.0/GovDisclosure.Standard.Throughput.dll
OLD=$WORK/baseline-$BASELINE
if git -C "$ROOT" cat-file -e "$BASELINE^{commit}" 2>/dev/null; then
  mkdir -p "$OLD"
  git -C "$ROOT" archive "$BASELINE" | tar -x -C "$OLD"
  run dotnet build -c Release "$OLD/src/GovDisclosure.Standard.Cli"
fi
OLD_TOOL=$OLD/src/GovDisclosure.Standard.Cli/bin/Release/net10.0/govdisclosure.dll

# 2. The ratio set.
run dotnet "$H" --size "$SIZE" --formats clean-json,clean-jsonl,findings-jsonl,catalogue-csv,catalogue-csv-gb18030,catalogue-xlsx,guides-json,reports-jsonl --repeat "$REPEAT" --dir "$WORK/files"

# Findings in every record, written in every report format (issue 17: >= 0.3x the bare pass in each).
run dotnet "$H" --size "$SIZE" --formats findings-jsonl --tool json,html,sarif,text --repeat "$REPEAT" --dir "$WORK/files"

# 3. Large files.
run dotnet "$H" --size "$BIG" --formats clean-json,clean-jsonl,catalogue-csv --repeat 1 --dir "$WORK/files"
run dotnet "$H" --size "$BIG" --formats findings-jsonl --tool json,html,sarif,text --repeat 1 --dir "$WORK/files"

# 4. Annual reports against the baseline build.
if [ -f "$OLD_TOOL" ]; then
  run dotnet "$H" --size "$SIZE" --formats reports-jsonl --no-tool --baseline-tool "$OLD_TOOL" --repeat "$REPEAT" --dir "$WORK/files"
else
  echo "" >>"$LOG"; echo "### the baseline $BASELINE could not be built: annual-report comparison skipped" >>"$LOG"
fi

# 4n. The native tool (MEASURE_NATIVE=1): steps 2–4 with it in place of the JIT-compiled tool.
if [ "${MEASURE_NATIVE:-0}" = 1 ]; then
  RID=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
  run dotnet publish -c Release -r "$RID" -p:NativeTool=true -o "$WORK/native" "$ROOT/src/GovDisclosure.Standard.Cli"
  NATIVE=$WORK/native/govdisclosure
  if [ -x "$NATIVE" ]; then
    run dotnet "$H" --size "$SIZE" --formats clean-json,clean-jsonl,findings-jsonl,catalogue-csv,catalogue-csv-gb18030,catalogue-xlsx,guides-json,reports-jsonl --repeat "$REPEAT" --dir "$WORK/files" --tool-dll "$NATIVE"
    run dotnet "$H" --size "$SIZE" --formats findings-jsonl --tool json,html,sarif,text --repeat "$REPEAT" --dir "$WORK/files" --tool-dll "$NATIVE"
    run dotnet "$H" --size "$BIG" --formats clean-json,clean-jsonl,catalogue-csv --repeat 1 --dir "$WORK/files" --tool-dll "$NATIVE"
    run dotnet "$H" --size "$BIG" --formats findings-jsonl --tool json,html,sarif,text --repeat 1 --dir "$WORK/files" --tool-dll "$NATIVE"
    if [ -f "$OLD_TOOL" ]; then
      run dotnet "$H" --size "$SIZE" --formats reports-jsonl --no-tool --baseline-tool "$OLD_TOOL" --repeat "$REPEAT" --dir "$WORK/files" --tool-dll "$NATIVE"
    fi
  else
    echo "" >>"$LOG"; echo "### the native tool could not be built: its steps skipped" >>"$LOG"
  fi
fi

# 5. What a generated catalogue adds to a consumer's build.
# shellcheck disable=SC2086
run dotnet "$H" build-cost $BUILD_COST --dir "$WORK/build-cost"

# 6. Warm CPU time, which others' load moves far less than wall-clock time; and the hand-off between threads.
# shellcheck disable=SC2086
run dotnet "$H" cpu --formats findings-jsonl --report json,html,sarif,text $CPU --dir "$WORK/files"
# shellcheck disable=SC2086
run dotnet "$H" cpu --formats clean-jsonl,findings-jsonl --parallel 2 $CPU --dir "$WORK/files"

# The Done-when summary: every step's ratio tables (their header lines once), gathered from the log above.
{
  echo ""
  echo "## Done-when summary (gathered from the steps above; load at each step on its ### line; rows of the native tool's steps marked)"
  for table in "| format | MiB | records | load (1 min) |" "| format | MiB | records | report | exit |" "| format | MiB | records | tool records/s |" "| file | MiB | records | report | build |" "| file | report | build | batches |"; do
    echo ""
    awk -v head="$table" '
      /^### / { native = index($0, "--tool-dll") > 0 }
      index($0, head) == 1 { inside = 1; if (!shown) { print; shown = 1; getline; print }; next }
      inside && /^\|/ { if (index($0, "|---") != 1) { if (native) sub(/^\| /, "| (native tool) "); print }; next }
      { inside = 0 }' "$LOG"
  done
} >>"$LOG.summary"
cat "$LOG.summary" >>"$LOG"
rm -f "$LOG.summary"

{
  echo ""
  echo "load average at end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "ended: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
} >>"$LOG"
if [ "$KEEP_WORK" = 0 ]; then
  rm -rf "$WORK"
fi
echo "done: $LOG"
