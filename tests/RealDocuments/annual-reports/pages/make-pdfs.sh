#!/bin/sh
# Prints the rebuilt report pages beside this script to PDF with headless Chromium, as a reader would save them,
# and makes one PDF without a text layer (the Shanghai page as a picture, like a scan).
# Run: sh make-pdfs.sh   (needs /usr/bin/chromium and a CJK font; writes the .pdf files beside this script)
set -eu
cd "$(dirname "$0")"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
print() {
  "$CHROMIUM" --headless --disable-gpu --no-sandbox --user-data-dir="$PROFILE" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$PWD/$1" 2>/dev/null
}
for page in shanghai-municipal-government-office-2019 huaian-city-2024 pingtan-experimental-zone-2019; do
  print "$page.html" "$page.pdf"
done
# A derived page, not a published one: the Huaian page with table 四's 总计 headings left blank, so that the
# table's groups cannot be told apart (the test of a table that cannot be recovered from a PDF).
python3 - "$PROFILE/table4-unlabelled.html" <<'PY'
import sys
page = open("huaian-city-2024.html", "rb").read().decode("gb18030")
start = page.find("四、政府信息公开行政复议")
end = page.find("五、存在的主要问题", start)
open(sys.argv[1], "wb").write((page[:start] + page[start:end].replace("总计", "") + page[end:]).encode("gb18030"))
PY
"$CHROMIUM" --headless --disable-gpu --no-sandbox --user-data-dir="$PROFILE/t" --no-pdf-header-footer \
  --print-to-pdf="$PWD/huaian-city-2024.table4-unlabelled.pdf" "file://$PROFILE/table4-unlabelled.html" 2>/dev/null
# The scan: a screenshot of the page's first screenful, printed as an image only.
"$CHROMIUM" --headless --disable-gpu --no-sandbox --user-data-dir="$PROFILE" --hide-scrollbars \
  --window-size=1000,1400 --screenshot="$PROFILE/scan.png" "file://$PWD/shanghai-municipal-government-office-2019.html" 2>/dev/null
printf '<html><body style="margin:0"><img src="scan.png" style="width:100%%"></body></html>' > "$PROFILE/scan.html"
print_scan() {
  "$CHROMIUM" --headless --disable-gpu --no-sandbox --user-data-dir="$PROFILE/p" --no-pdf-header-footer \
    --print-to-pdf="$PWD/shanghai-municipal-government-office-2019.scan.pdf" "file://$PROFILE/scan.html" 2>/dev/null
}
print_scan
