#!/usr/bin/env bash
# Kills batch runs with SIGKILL at random moments, twice in a row, then lets a third run finish,
# and checks that the output folder equals a clean run's (run.json and the lock file aside).
# Repeats ITERATIONS times over one corpus of N files made from the seeds.
#
# Usage: Scripts/kill-stress.sh [N] [ITERATIONS]      (defaults: 300, 15)
# Environment: BINARY  report-extract to use (default: .build/release/report-extract, built here)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-300}
iterations=${2:-15}
if [ -z "${BINARY:-}" ]; then
  (cd "$root" && swift build -c release --product report-extract >&2)
  BINARY=$root/.build/release/report-extract
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/Scripts/make-big-corpus.sh" "$count" "$work/corpus" >/dev/null
start=$(date +%s.%N)
"$BINARY" "$work/corpus" --out "$work/clean" --quiet 2>/dev/null
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc -l)

kill_after() {  # runs into $work/out and kills it after $1 seconds
  "$BINARY" "$work/corpus" --out "$work/out" --quiet 2>/dev/null &
  local pid=$!
  sleep "$1"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
random_delay() { awk -v max="$1" -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.3f", 0.02 + rand() * max }'; }

failures=0
for ((i = 1; i <= iterations; i++)); do
  rm -rf "$work/out"
  first=$(random_delay "$(echo "$clean_seconds * 1.5" | bc -l)")
  second=$(random_delay "$clean_seconds")
  kill_after "$first"
  kill_after "$second"
  "$BINARY" "$work/corpus" --out "$work/out" --quiet 2>/dev/null
  if diff -r -x run.json -x .report-extract.lock "$work/out" "$work/clean" >/dev/null; then
    echo "iteration $i: killed after ${first} s and ${second} s: equal to the clean run"
  else
    echo "iteration $i: killed after ${first} s and ${second} s: DIFFERENT" >&2
    failures=$((failures + 1))
  fi
done
printf 'clean run %.2f s; %d of %d iterations differed\n' "$clean_seconds" "$failures" "$iterations"
[ "$failures" -eq 0 ]
