#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets and runs them. See Fuzz/README.md.
#
# Usage: Scripts/fuzz.sh build                 build the library with coverage + ASan, link every target
#        Scripts/fuzz.sh seeds                 (re)make the seed corpora from corpus/ and rules/
#        Scripts/fuzz.sh run TARGET [SECONDS]  fuzz one target (decode, segment, numbers, rules, pipeline);
#                                              default 600 s; log in .build-fuzz/logs/TARGET.log
#        Scripts/fuzz.sh replay TARGET FILE... run a target once on the given inputs (crash repro)
#
# Why a script and not `swift build`: an executable target built by SwiftPM with
# -sanitize=fuzzer has its entry point renamed and does not link. So SwiftPM builds the library
# (and Yams, the C shim) with coverage and ASan into .build-fuzz, and swiftc links each target file
# (a @_cdecl("LLVMFuzzerTestOneInput") function) against those objects.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$root/.build-fuzz
built=$scratch/release
bin=$scratch/fuzz
seeds=$scratch/seeds
logs=$scratch/logs
targets=(decode segment numbers rules pipeline)

# Target name → source file.
source_of() {
  case $1 in
    decode) echo "$root/Fuzz/Targets/Decode.swift" ;;
    segment) echo "$root/Fuzz/Targets/Segment.swift" ;;
    numbers) echo "$root/Fuzz/Targets/Numbers.swift" ;;
    rules) echo "$root/Fuzz/Targets/Rules.swift" ;;
    pipeline) echo "$root/Fuzz/Targets/Pipeline.swift" ;;
    *) echo "unknown target '$1' (one of: ${targets[*]})" >&2; exit 64 ;;
  esac
}

# Inputs longer than this are cut: report lines are short, and long inputs only slow the search.
max_len_of() {
  case $1 in
    numbers) echo 256 ;;
    rules) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

build() {
  (cd "$root" && swift build -c release --scratch-path "$scratch" --target ReportExtract \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address)
  mkdir -p "$bin"
  local objects=("$built"/ReportExtract.build/*.o "$built"/Yams.build/*.o "$built"/CYaml.build/src/*.o "$built"/CICUShim.build/*.o "$built"/CSHA256.build/*.o)
  for target in "${targets[@]}"; do
    swiftc -O -sanitize=fuzzer,address -parse-as-library "$(source_of "$target")" \
      -I "$built/Modules" \
      -Xcc -fmodule-map-file="$built/CICUShim.build/module.modulemap" \
      -Xcc -fmodule-map-file="$built/CSHA256.build/module.modulemap" \
      -Xcc -fmodule-map-file="$scratch/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
      "${objects[@]}" -licui18n -licuuc -licudata -o "$bin/fuzz-$target" 2>&1 \
      | grep -v "Cannot export local symbol '__asan" || true
    test -x "$bin/fuzz-$target"
    echo "built $bin/fuzz-$target"
  done
}

seeds() {
  rm -rf "$seeds"
  mkdir -p "$seeds"/{decode,segment,numbers,rules}
  python3 "$root/Fuzz/make_seeds.py" "$root" "$seeds"
}

run() {
  local target=$1 seconds=${2:-600}
  source_of "$target" >/dev/null
  test -x "$bin/fuzz-$target" || build
  test -d "$seeds/segment" || seeds
  mkdir -p "$logs" "$scratch/corpus/$target" "$scratch/crashes/$target"
  # New inputs go to corpus/TARGET (first directory); seeds are read, never written.
  # -rss_limit_mb: a run over 2 GB is a finding (the tool must stay far below it).
  # The pipeline target reads the repository's rules; its seeds are the segment target's.
  local seed_dir=$seeds/$target
  [ "$target" = pipeline ] && seed_dir=$seeds/segment
  REPORT_EXTRACT_RULES=$root/rules "$bin/fuzz-$target" "$scratch/corpus/$target" "$seed_dir" \
    -max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$scratch/crashes/$target/" \
    -dict="$root/Fuzz/dictionary.txt" >"$logs/$target.log" 2>&1 || status=$?
  grep -E "^#[0-9]+.*DONE|^stat::" "$logs/$target.log" || true
  if [ "${status:-0}" != 0 ]; then
    tail -40 "$logs/$target.log"
    echo "fuzz-$target stopped with status $status; inputs in $scratch/crashes/$target" >&2
    return 1
  fi
}

case ${1:-} in
  build) build ;;
  seeds) seeds ;;
  run) run "${2:?target}" "${3:-600}" ;;
  replay)
    target=${2:?target}; shift 2
    "$bin/fuzz-$target" "$@" ;;
  *) sed -n '2,9p' "$0"; exit 64 ;;
esac
