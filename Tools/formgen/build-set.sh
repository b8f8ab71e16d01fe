#!/usr/bin/env bash
# Builds the generated test set (see README.md):
#   OUT/docx/NAME.docx, NAME.truth.json          reports with known figures
#   OUT/tika-dom/NAME.txt, expected/NAME.figures.tsv   Tika <= 3.x DOM layout
#   OUT/tika-sax/NAME.txt, expected/NAME.figures.tsv   Tika 4.x SAX layout
# then runs check.py. Usage: build-set.sh [OUT] [COUNT]   (defaults: generated, 240)
# Seeds FORMGEN_SEED .. FORMGEN_SEED+COUNT-1 (default first seed 1000): the same arguments
# always give the same bytes.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-generated}"
COUNT="${2:-240}"
FIRST="${FORMGEN_SEED:-1000}"
START=$(date +%s%N)

rm -rf "$OUT/docx" "$OUT/tika-dom" "$OUT/tika-sax"
mkdir -p "$OUT/docx"

# Two workers (the CI machine has two cores); each seed is generated independently.
HALF=$(( (COUNT + 1) / 2 ))
python3 -B "$HERE/generate.py" --seed "$FIRST" --count "$HALF" --out "$OUT/docx" & A=$!
python3 -B "$HERE/generate.py" --seed $((FIRST + HALF)) --count $((COUNT - HALF)) --out "$OUT/docx" & B=$!
wait "$A"; wait "$B"

python3 -B "$HERE/render_tika.py" "$OUT/docx" --layout tika-dom --out "$OUT/tika-dom" & A=$!
python3 -B "$HERE/render_tika.py" "$OUT/docx" --layout tika-sax --out "$OUT/tika-sax" & B=$!
wait "$A"; wait "$B"

python3 -B "$HERE/check.py" "$OUT"
MS=$(( ($(date +%s%N) - START) / 1000000 ))
printf 'formgen: %d documents into %s in %d.%01d s\n' "$COUNT" "$OUT" $((MS / 1000)) $((MS % 1000 / 100))
