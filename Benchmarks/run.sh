#!/usr/bin/env bash
# Runs every roamgate-bench subcommand in a release build on a fresh machine: installs `wrk` (Debian
# package) when missing and the Python peers (`ocpp`, `websockets`) into the interop virtual
# environment, then prints each benchmark's JSON lines. Figures go into Benchmarks/README.md by hand.
#   Benchmarks/run.sh [NAME…]      (default: every benchmark)
# The load benchmarks talk to 127.0.0.1 only and stop by themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -q wrk >/dev/null; }
fi
source Tests/Interop/python-env.sh
swift build -c release --product roamgate-bench
bench=.build/release/roamgate-bench
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(suite replay sessions fleet validate chargers http)
# The chargers and http benchmarks hold thousands of sockets.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
for name in "${names[@]}"; do
    echo "== $name ($(date -u +%H:%M:%S))"
    "$bench" "$name"
done
