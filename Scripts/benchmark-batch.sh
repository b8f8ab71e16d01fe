#!/usr/bin/env bash
# Times a batch run over N files made from the seeds, then re-runs over the unchanged corpus and
# checks that the re-run is at least 20x faster and touched no output. See Benchmarks/README.md.
#
# Usage: Scripts/benchmark-batch.sh [N] [WORK_DIR]
#   defaults: 2000 files; a temporary folder, deleted at the end (a WORK_DIR given is kept)
# Environment: BINARY  report-extract to time (default: .build/release/report-extract, built here)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-2000}
if [ -n "${2:-}" ]; then
  work=$2
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
if [ -z "${BINARY:-}" ]; then
  (cd "$root" && swift build -c release --product report-extract >&2)
  BINARY=$root/.build/release/report-extract
fi
corpus=$work/corpus
out=$work/out
rm -rf "$corpus" "$out"
"$root/Scripts/make-big-corpus.sh" "$count" "$corpus" >&2

seconds() { local start=$1 end=$2; echo "$end - $start" | bc -l | sed 's/^\./0./'; }
run() {  # prints the wall-clock seconds of one run
  local start end
  start=$(date +%s.%N)
  "$BINARY" "$corpus" --out "$out" --quiet "$@" 2>>"$work/log"
  end=$(date +%s.%N)
  seconds "$start" "$end"
}

first=$(run)
touch "$work/marker"
sleep 0.01
second=$(run)
touched=$(find "$out" -newer "$work/marker" -type f ! -name run.json ! -name .report-extract.lock | wc -l)
ratio=$(echo "$first / $second" | bc -l)

# Two more cases: every mtime changed (hashing, no extraction), then one file's content changed.
find "$corpus" -type f -exec touch {} +
hashed=$(run)
first_file=$(find "$corpus" -type f -name "*.txt" | sort | sed -n 1p)
printf 'changed\n' >>"$first_file"
one=$(run)

printf 'files: %d (%s MB)\n' "$count" "$(du -sm "$corpus" | cut -f1)"
megabytes=$(du -sb "$corpus" | cut -f1)
printf 'first run:                 %6.2f s  (%.2f MB/s of input)\n' "$first" "$(echo "$megabytes / 1000000 / $first" | bc -l)"
printf 're-run, nothing changed:   %6.3f s  (%.0fx faster; outputs rewritten: %d)\n' "$second" "$ratio" "$touched"
printf 're-run, every mtime new:   %6.2f s  (all hashed, none extracted)\n' "$hashed"
printf 're-run, one file changed:  %6.2f s  (one extracted, datasets rebuilt)\n' "$one"
tail -4 "$work/log" | sed 's/^/  /'
if [ "$touched" -ne 0 ] || [ "$(echo "$ratio < 20" | bc)" -eq 1 ]; then
  echo "FAIL: the re-run must be at least 20x faster and rewrite no output" >&2
  exit 1
fi
