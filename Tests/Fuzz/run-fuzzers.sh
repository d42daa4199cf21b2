#!/usr/bin/env bash
# Builds roamgate-fuzz with libFuzzer and runs each fuzz target for SECONDS (default 60), one at a time.
#   Tests/Fuzz/run-fuzzers.sh [SECONDS] [TARGET…]
# Seeds come from Tests/Fixtures/fuzz/<target>/ and are copied to a scratch corpus, so the fixtures
# stay small. A crash input lands in .build-fuzz/artifacts/<target>/; copy it next to the seeds as
# crash-<what-it-was>.bin and it is replayed by FuzzCorpusTests from then on. Exit status 1 if any target failed.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(http-request http-response websocket-frame ocpp-frame json scenario ocpi)
fi

build_flags=(-c release --product roamgate-fuzz --scratch-path .build-fuzz
    -Xswiftc -sanitize=fuzzer -Xswiftc -DROAMGATE_FUZZING)
swift build "${build_flags[@]}"
binary="$(swift build "${build_flags[@]}" --show-bin-path)/roamgate-fuzz"

status=0
for target in "${targets[@]}"; do
    corpus=".build-fuzz/corpus/$target"
    artifacts=".build-fuzz/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    cp Tests/Fixtures/fuzz/"$target"/* "$corpus"/ 2>/dev/null || true
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096
        -print_final_stats=1 -artifact_prefix="$artifacts/")
    case "$target" in
    http-*) options+=(-dict=Tests/Fuzz/http.dict) ;;
    esac
    log=".build-fuzz/$target.log"
    # SWIFT_BACKTRACE off: the Swift runtime's crash handler would exit before libFuzzer saves the input.
    if SWIFT_BACKTRACE=enable=no ROAMGATE_FUZZ_TARGET="$target" "$binary" "${options[@]}" "$corpus" >"$log" 2>&1; then
        result="ok"
    else
        result="FAILED (see $log and $artifacts)"
        status=1
    fi
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
    echo "$target: $result — $runs executions in ${seconds}s ($rate/s), coverage $coverage edges"
done
exit $status
