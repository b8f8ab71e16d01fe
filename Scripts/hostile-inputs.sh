#!/usr/bin/env bash
# The hostile inputs of issue 13 at full size, against the release binary: for each, the exit
# status, wall and CPU seconds, peak RSS and the error line. The test suite runs the same cases
# scaled down for the debug build (Tests/ReportExtractTests/CLI/HostileInputTests.swift).
#
# Usage: Scripts/hostile-inputs.sh [WORK_DIR]   (default: a temporary folder, deleted at the end)
# Environment: BINARY  report-extract to run (default: .build/release/report-extract, built here)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${1:-}" ]; then
  work=$1
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
if [ -z "${BINARY:-}" ]; then
  (cd "$root" && swift build -c release --product report-extract >&2)
  BINARY=$root/.build/release/report-extract
fi

make_case() {  # name: writes $work/in-NAME/NAME.txt
  local name=$1 dir=$work/in-$1
  mkdir -p "$dir"
  [ -f "$dir/$name.txt" ] && return
  case $name in
    no-newline) python3 -c 'import sys; sys.stdout.buffer.write(("基本支出29.17万元，" * 2_000_000).encode())' >"$dir/$name.txt" ;;
    short-lines) python3 -c 'import sys; sys.stdout.buffer.write(b"a\n" * 25_000_000)' >"$dir/$name.txt" ;;
    rows-20000) python3 "$root/Benchmarks/make-big-table.py" 20000 "$dir/$name.txt" ;;
    two-tables)  # two 1 MB tables: run one after the other (their sizes add up past the limit)
      python3 "$root/Benchmarks/make-big-table.py" 20000 "$dir/$name.txt"
      cp "$dir/$name.txt" "$dir/$name-copy.txt" ;;
    rows-300000) python3 "$root/Benchmarks/make-big-table.py" 300000 "$dir/$name.txt" ;;
    wide-row) python3 -c 'import sys; n = range(1, 10001); sys.stdout.buffer.write(("项目支出明细表\n单位：万元\n\t" + "\t".join(f"指标{i}" for i in n) + "\n\t" + "\t".join(f"{i}.5" for i in n) + "\n\n正文。\n").encode())' >"$dir/$name.txt" ;;
    header-word-lines)  # short lines that nearly open a cell-per-line table (LibreOffice text)
      python3 -c 'import sys; sys.stdout.buffer.write("项目名称\n".encode() * 76_000)' >"$dir/$name.txt" ;;
    column-lines)  # lines split in columns of spaces, no figure (pdftotext text)
      python3 -c 'import sys; sys.stdout.buffer.write("甲  乙  丙\n".encode() * 70_000)' >"$dir/$name.txt" ;;
    one-cell-tables) python3 -c 'import sys; sys.stdout.buffer.write("".join(f"\t第{i}项说明\n\n\n正文第{i}段。\n" for i in range(100_000)).encode())' >"$dir/$name.txt" ;;
  esac
}

echo "| input | MB | options | exit | wall s | CPU s | peak RSS MB | error |"
echo "|---|---|---|---|---|---|---|---|"
run_case() {  # name, then options
  local name=$1
  shift
  make_case "$name"
  local input=$work/in-$name out=$work/out-$name-$RANDOM
  set +e
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' timeout 600 "$BINARY" "$input" --out "$out" -q "$@" 2>"$work/stderr"
  local status=$?
  set -e
  read -r wall user sys kb < <(tail -1 "$work/time")
  local error
  error=$(grep -m1 'error:' "$work/stderr" | sed "s|$input/||; s|report-extract: error: ||" | cut -c1-110 || true)
  printf '| %s | %.1f | %s | %s | %s | %.2f | %d | %s |\n' "$name" \
    "$(echo "$(stat -c %s "$input/$name.txt") / 1000000" | bc -l)" "${*:-defaults}" "$status" "$wall" \
    "$(echo "$user + $sys" | bc -l)" $((kb / 1024)) "${error:-}"
  rm -rf "$out"
}

run_case no-newline
run_case no-newline --max-file-bytes 60000000
run_case short-lines
run_case short-lines --max-file-bytes 60000000
run_case rows-20000
run_case rows-20000 --jobs 1
run_case two-tables --jobs 2
run_case rows-300000
run_case rows-300000 --max-file-bytes 60000000
run_case wide-row
run_case one-cell-tables
run_case one-cell-tables --max-file-bytes 5000000
run_case header-word-lines
run_case column-lines
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (wall times stretch with it; CPU seconds do not)"
