#!/usr/bin/env bash
# Two or more builds (or runtime settings) of the tool on one file, run alternately — A B A B … — so that they share
# whatever else the machine is doing; prints, for each, the median and range of the wall time, the CPU time (user + sys:
# steadier than wall on a busy machine) and the largest peak resident set, with the load at the start and the end.
#
#   bench/alternate-tools.sh [-n RUNS] [-f FORMAT] [-a 'ARGUMENTS'] FILE -- [VAR=VALUE ...] TOOL.dll [-- [VAR=VALUE ...] TOOL.dll ...]
#
# Each tool is `validate FILE --format FORMAT --output <new file> ARGUMENTS` (default: 5 runs each, --format json, no
# further arguments; e.g. -a '--parallel 1'). The reports are written in a new folder of $TMPDIR (/tmp when unset):
# TMPDIR=/dev/shm keeps the disk's write-back out of the times (a report of 200 MB or more a run). Settings before
# a tool's dll are put in its environment, e.g. `-- DOTNET_TC_CallCountThreshold=4E20 old/govdisclosure.dll` (the runtime
# reads DOTNET_* numbers as hexadecimal). A tool that is not a .dll is run as it is: the native tool's executable
# (dotnet publish src/GovDisclosure.Standard.Cli -c Release -r linux-x64 -p:NativeTool=true). Needs GNU time
# (/usr/bin/time; Debian package `time`).
set -u
usage="usage: alternate-tools.sh [-n RUNS] [-f FORMAT] [-a 'ARGUMENTS'] FILE -- [VAR=VALUE ...] TOOL.dll [-- [VAR=VALUE ...] TOOL.dll ...]"
runs=5 format=json arguments=""
while getopts "n:f:a:" option; do
  case $option in
    n) runs=$OPTARG ;;
    f) format=$OPTARG ;;
    a) arguments=$OPTARG ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
file=${1:?$usage}
shift
[ -f "$file" ] || { echo "alternate-tools.sh: no such file: $file" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "alternate-tools.sh: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
case $runs in ''|*[!0-9]*|0) echo "alternate-tools.sh: -n takes a whole number of runs above 0, not '$runs'" >&2; exit 2 ;; esac

# The tools: each "--" starts one; its words are VAR=VALUE settings and then the dll.
specs=()
spec=""
[ "${1:-}" = "--" ] || { echo "$usage" >&2; exit 2; }
for word in "$@"; do
  if [ "$word" = "--" ]; then
    [ -n "$spec" ] && specs+=("$spec")
    spec=""
  else
    spec="${spec:+$spec }$word"
  fi
done
[ -n "$spec" ] && specs+=("$spec")
[ ${#specs[@]} -ge 1 ] || { echo "$usage" >&2; exit 2; }
for spec in "${specs[@]}"; do
  dll=${spec##* }
  [ -f "$dll" ] || { echo "alternate-tools.sh: no such tool: $dll (in '$spec')" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r -a extra <<<"$arguments"
echo "$(basename "$file"), --format $format${arguments:+ $arguments}, $runs runs each, alternated; $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  for k in "${!specs[@]}"; do
    read -r -a words <<<"${specs[$k]}"
    dll=${words[${#words[@]}-1]}
    settings=("${words[@]:0:${#words[@]}-1}")
    rm -f "$work/report"
    host=(dotnet)
    case $dll in *.dll) ;; *) host=() ;; esac
    env "${settings[@]}" /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
      "${host[@]}" "$dll" validate "$file" --format "$format" --output "$work/report" "${extra[@]}" >"$work/out" 2>&1
    exit_code=$?
    # GNU time writes "Command exited with non-zero status N" before its line when the tool exits non-zero.
    echo "$k $exit_code $(tail -n 1 "$work/time")" >>"$work/runs"
  done
done
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"

for k in "${!specs[@]}"; do
  awk -v k="$k" -v label="${specs[$k]}" '
    function median(values, n,   sorted, i, j, t) {
      for (i = 1; i <= n; i++) sorted[i] = values[i]
      for (i = 2; i <= n; i++) for (j = i; j > 1 && sorted[j-1] > sorted[j]; j--) { t = sorted[j]; sorted[j] = sorted[j-1]; sorted[j-1] = t }
      low = sorted[1]; high = sorted[n]
      return n % 2 ? sorted[(n+1)/2] : (sorted[n/2] + sorted[n/2+1]) / 2
    }
    $1 == k { n++; wall[n] = $3; cpu[n] = $4 + $5; if ($6 > rss) rss = $6; exits[$2]++ }
    END {
      w = median(wall, n); wl = low; wh = high
      c = median(cpu, n); cl = low; ch = high
      codes = ""; for (e in exits) codes = codes (codes ? "," : "") e
      printf "%s\n  wall %.2f s (%.2f–%.2f)  CPU %.2f s (%.2f–%.2f)  peak RSS %d MiB  exit %s\n", label, w, wl, wh, c, cl, ch, rss / 1024, codes
    }' "$work/runs"
done
