#!/usr/bin/env bash
# The throughput benchmark of issue 11: a >= 100 MB corpus made from the seeds and a >= 10 MB
# report with one 300,000-row table, run through the release binary. Prints, from one run: the
# stage-by-stage profile (report-extract-bench: MB/s and documents/s per stage, the UTF-8
# validation ceiling, rules load time), end-to-end first runs with --jobs 1 and --jobs 2
# (datasets included) with wall time, MB/s, documents/s and peak RSS, their ratio, and the big
# table's run. See Benchmarks/README.md for the numbers.
#
# Usage: Benchmarks/run.sh [WORK_DIR [EXTRA_INPUT_DIR...]]
#   WORK_DIR         where the corpus, the big file and the outputs go (default /tmp/re-bench);
#                    a corpus or big file already there is reused
#   EXTRA_INPUT_DIR  more inputs (e.g. Tools/formgen's output), added to the corpus runs
# Environment: BIN (.build/release) the binaries to time, CORPUS_MB (100), BIG_ROWS (300000), TIMEOUT seconds per run (600),
#              BIG_TIMEOUT seconds for the big table's run (TIMEOUT), SKIP_BUILD=1 to time the binaries already in .build/release
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/re-bench}
shift || true
extras=("$@")
corpus_mb=${CORPUS_MB:-100}
big_rows=${BIG_ROWS:-300000}
limit=${TIMEOUT:-600}
big_limit=${BIG_TIMEOUT:-$limit}
mkdir -p "$work"
if [ -z "${SKIP_BUILD:-}" ] && [ -z "${BIN:-}" ]; then
  (cd "$root" && swift build -c release --product report-extract >&2 &&
    swift build -c release --product report-extract-bench >&2)
fi
bin=${BIN:-$root/.build/release}
binary=$bin/report-extract
bench=$bin/report-extract-bench
rules=$root/rules

if [ ! -d "$work/corpus" ]; then
  seed_bytes=$(cat "$root"/corpus/*.txt | wc -c)
  seeds=$(ls "$root"/corpus/*.txt | wc -l)
  count=$(( (corpus_mb * 1000000 * seeds + seed_bytes - 1) / seed_bytes ))
  "$root/Scripts/make-big-corpus.sh" "$count" "$work/corpus" >&2
fi
big=$work/big-table-$big_rows.txt
[ -f "$big" ] || python3 "$root/Benchmarks/make-big-table.py" "$big_rows" "$big"
inputs=("$work/corpus" "${extras[@]}")
bytes=$(find -L "${inputs[@]}" -name '*.txt' -type f -print0 | xargs -0 cat | wc -c)
documents=$(find -L "${inputs[@]}" -name '*.txt' -type f | wc -l)
big_bytes=$(wc -c <"$big")

echo "## Stage by stage, one core (report-extract-bench)"
echo
"$bench" --rules "$rules" "${inputs[@]}"
echo

# One first run into an empty folder; prints "wall_s user_s sys_s peak_kB exit".
timed() {
  local out=$1
  shift
  rm -rf "$out"
  set +e
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' timeout "$limit" "$binary" "$@" --out "$out" --rules "$rules" -q \
    2>"$work/stderr"
  local status=$?
  set -e
  echo "$(tail -1 "$work/time") $status"
}
rate() { printf '%.2f' "$(echo "$1 / 1000000 / $2" | bc -l)"; }
megabytes() { printf '%.2f' "$(echo "$1 / 1000000" | bc -l)"; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
read -r one_s one_user one_sys one_kb one_rc < <(timed "$work/out-1" "${inputs[@]}" --jobs 1)
read -r two_s two_user two_sys two_kb two_rc < <(timed "$work/out-2" "${inputs[@]}" --jobs 2)
same=yes
diff -rq -x run.json -x .report-extract.lock "$work/out-1" "$work/out-2" >/dev/null || same=NO
echo "## End to end, first run, datasets included"
echo
printf 'corpus: %d documents, %s MB; load average before the runs: %s\n\n' "$documents" \
  "$(megabytes "$bytes")" "$load"
echo "| run | wall s | MB/s | documents/s | CPU s (user + sys) | MB per CPU s | peak RSS MB | exit |"
echo "|---|---|---|---|---|---|---|---|"
row() {  # name wall user sys kB exit
  local cpu
  cpu=$(echo "$3 + $4" | bc -l)
  printf '| %s | %s | %s | %.0f | %.2f | %s | %d | %s |\n' "$1" "$2" "$(rate "$bytes" "$2")" \
    "$(echo "$documents / $2" | bc -l)" "$cpu" "$(rate "$bytes" "$cpu")" $(($5 / 1024)) "$6"
}
row "--jobs 1" "$one_s" "$one_user" "$one_sys" "$one_kb" "$one_rc"
row "--jobs 2" "$two_s" "$two_user" "$two_sys" "$two_kb" "$two_rc"
echo
printf -- '--jobs 2 / --jobs 1: %.2fx; outputs identical: %s\n\n' "$(echo "$one_s / $two_s" | bc -l)" "$same"

echo "## One document, $big_rows-row table ($(megabytes "$big_bytes") MB)"
echo
limit=$big_limit
# The limits are lifted: this times the pipeline itself, not the budgets that stop it by default.
read -r big_s big_user big_sys big_kb big_rc < <(timed "$work/out-big" "$big" --jobs 1 \
  --max-file-bytes 1000000000 --max-document-seconds 1000000 --max-figures 1000000000)
if [ "$big_rc" = 124 ]; then
  printf 'killed after %s s (timeout), peak RSS so far %d MB\n' "$limit" $((big_kb / 1024))
else
  printf 'wall %s s (%s MB/s), CPU %s s user + %s s sys, peak RSS %d MB, exit %s\n\n' "$big_s" \
    "$(rate "$big_bytes" "$big_s")" "$big_user" "$big_sys" $((big_kb / 1024)) "$big_rc"
  timeout "$limit" "$bench" --rules "$rules" "$big" || echo "(stage profile timed out)"
fi
