#!/usr/bin/env bash
# Runs a corpus through `report-extract --stdin --jsonl` under Spark's RDD.pipe (local[2]) and
# checks that the figures equal a batch run's. See README "Scale-out with Spark".
#
# Usage: Scripts/spark-pipe.sh [CORPUS_DIR]      (default: corpus/)
# Environment: BINARY  report-extract to use (default: .build/debug/report-extract, built here)
#              SPARK_VENV  where pyspark is installed if python3 lacks it
#                          (default: ~/.cache/report-extract/spark-venv, kept between runs)
# Needs Java 17+ on PATH. Installs pyspark from PyPI into SPARK_VENV on first use (~30 s).
# Spark runs in local mode bound to 127.0.0.1: nothing leaves the machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=${1:-corpus}
venv=${SPARK_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/report-extract/spark-venv}
export SPARK_LOCAL_IP=127.0.0.1

if python3 -c 'import pyspark' 2>/dev/null; then
  python=python3
else
  if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    echo "spark-pipe: installing pyspark into $venv" >&2
    mkdir -p "$(dirname "$venv")"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark
  fi
  python=$venv/bin/python
fi

if [ -z "${BINARY:-}" ]; then
  swift build --product report-extract >&2
  BINARY=$root/.build/debug/report-extract
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$BINARY" "$corpus" --out "$work/batch" --quiet
"$python" Scripts/spark-pipe.py --binary "$BINARY" --corpus "$corpus" --batch-out "$work/batch"
