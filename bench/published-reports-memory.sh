#!/bin/sh
# Peak memory of `govdisclosure validate` on a folder of published annual reports: N reports against 10×N.
# Usage: bench/published-reports-memory.sh CLI_DLL [N] [WORKDIR]
# The folder mixes the bundled real documents (tests/RealDocuments/annual-reports): 40% the 淮安市 2024 page (GBK,
# 2021 form), 40% the 上海市 2019 page (UTF-8, 2019 form), each with the agency's name replaced by a numbered one so
# every page is another agency (as a region's folder is), and 20% the three published PDFs (洪泽区 2023/2024, 淮安市 2024)
# copied as they are. It prints the files, the peak resident set (GNU time's "Maximum resident set size") and the time.
set -eu
CLI=$1
N=${2:-100}
WORK=${3:-$(mktemp -d)}
HERE=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$HERE/tests/RealDocuments/annual-reports
make_folder() {
  dir=$WORK/reports-$1
  rm -rf "$dir"; mkdir -p "$dir"
  python3 - "$CORPUS" "$dir" "$1" <<'PY'
import sys, shutil, os
corpus, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
huaian = open(os.path.join(corpus, 'pages', 'huaian-city-2024.html'), 'rb').read().decode('gb18030')
shanghai = open(os.path.join(corpus, 'pages', 'shanghai-municipal-government-office-2019.html'), 'rb').read().decode('utf-8')
pdfs = ['hongze-district-2023.pdf', 'hongze-district-2024.pdf', 'huaian-city-2024.pdf']
for i in range(n):
    kind = i % 5
    if kind in (0, 1):
        open(os.path.join(out, f'{i:05d}.html'), 'wb').write(huaian.replace('淮安市人民政府', f'第{i}号市人民政府').encode('gb18030'))
    elif kind in (2, 3):
        open(os.path.join(out, f'{i:05d}.html'), 'wb').write(shanghai.replace('上海市人民政府办公厅', f'第{i}号市人民政府办公厅').encode('utf-8'))
    else:
        shutil.copy(os.path.join(corpus, 'pdfs', pdfs[i % 3]), os.path.join(out, f'{i:05d}.pdf'))
PY
  echo "$dir"
}
for n in "$N" $((N * 10)); do
  dir=$(make_folder "$n")
  /usr/bin/time -f "%M %e" -o "$WORK/time-$n" dotnet "$CLI" validate "$dir" --format json --output "$WORK/report-$n.json" >/dev/null 2>&1 || true
  read -r rss seconds <<EOT
$(tail -n 1 "$WORK/time-$n")
EOT
  echo "reports=$n files=$(ls "$dir" | wc -l) peak_rss_kib=$rss seconds=$seconds findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['findings']))" "$WORK/report-$n.json")"
done
