#!/usr/bin/env bash
# Makes a corpus of N documents from the seed documents, for benchmarks and batch tests.
#
# Usage: Scripts/make-big-corpus.sh N DIR [SEED_DIR]
#   N         number of files to make (e.g. 2000)
#   DIR       where to put them; created, and must be empty or missing
#   SEED_DIR  the seed *.txt files (default: corpus/ of this repository)
#
# Copy i of seed s goes to DIR/part-NN/iiiii_<seed>.txt (100 files per folder), with a small
# variation so no two files are equal: a trailing ASCII line "(copy iiiii)". The tables and
# figures of the seed are left as they are.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 N DIR [SEED_DIR]" >&2
  exit 64
fi
count=$1
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
seeds_dir=${3:-$here/corpus}
shopt -s nullglob
seeds=("$seeds_dir"/*.txt)
if [ ${#seeds[@]} -eq 0 ]; then
  echo "$0: no *.txt seeds in $seeds_dir" >&2
  exit 66
fi
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ]; then
  echo "$0: $out is not empty" >&2
  exit 73
fi
mkdir -p "$out"
for ((i = 0; i < count; i++)); do
  seed=${seeds[i % ${#seeds[@]}]}
  part=$(printf 'part-%02d' $((i / 100)))
  [ $((i % 100)) -eq 0 ] && mkdir -p "$out/$part"
  name=$(printf '%05d_%s' "$i" "$(basename "$seed")")
  { cat "$seed"; printf '\n(copy %05d)\n' "$i"; } >"$out/$part/$name"
done
echo "made $count files in $out from ${#seeds[@]} seeds"
