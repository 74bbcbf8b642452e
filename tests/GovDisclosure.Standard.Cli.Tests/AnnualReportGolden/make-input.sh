#!/bin/sh
# Rebuilds annual-reports.jsonl, the input of AnnualReportGoldenTests: the first 12 reports the throughput harness
# generates (`reports-jsonl`: the 2021 form, two consecutive years per agency, its fixed mistakes), then the two sample
# reports and every bundled real annual report (tests/RealDocuments/annual-reports), each minified to one line.
# The golden report (annual-reports.golden.jsonl) is the tool's `validate annual-reports.jsonl --format json` of main
# before the annual-report speed work (f367560), one finding a line, then its "files", "summary" and "exitCode" (not
# the "run" block, which names the build and the time); regenerate it only for a deliberate change of findings, with
# GOVDISCLOSURE_APPROVE=1 (see AnnualReportGoldenTests). Deliberate changes since f367560: the file's own counts include
# the run's GD-AR-019 (region summaries are counted in the file they stand in; the findings are unchanged).
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
OUT=$(cd "$(dirname "$0")" && pwd)/annual-reports.jsonl
WORK=$(mktemp -d)
dotnet build -c Release "$ROOT/bench/GovDisclosure.Standard.Throughput" >/dev/null
dotnet "$ROOT/bench/GovDisclosure.Standard.Throughput/bin/Release/net10.0/GovDisclosure.Standard.Throughput.dll" \
  --records 12 --formats reports-jsonl --no-tool --keep --dir "$WORK" >/dev/null 2>&1
head -n 12 "$WORK/reports-jsonl-12r.jsonl" >"$OUT"
for f in "$ROOT/samples/data/annual-report-2019.json" "$ROOT/samples/data/annual-report-2021-broken.json" "$ROOT"/tests/RealDocuments/annual-reports/*.json; do
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1], encoding="utf-8")), ensure_ascii=False, separators=(",", ":")))' "$f" >>"$OUT"
done
rm -rf "$WORK"
