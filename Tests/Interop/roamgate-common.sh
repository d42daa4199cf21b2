#!/usr/bin/env bash
# Sourced by the interop scripts that drive the `roamgate` command: builds it (debug), sets $root,
# $work (a scratch folder removed on exit), $roamgate and failures=0, and kills every process whose
# PID is added to $started when the script exits.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
started=()
cleanup() {
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
(cd "$root" && timeout 900 swift build --product roamgate >"$work/build.log" 2>&1) || {
    cat "$work/build.log"
    exit 1
}
roamgate="$root/.build/debug/roamgate"
failures=0
