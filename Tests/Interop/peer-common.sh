#!/usr/bin/env bash
# Sourced by http-interop.sh and websocket-interop.sh: builds roamgate-wire-peer, starts background
# peers that print "port N", and kills them on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
started=()
cleanup() {
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$root" && timeout 900 swift build --product roamgate-wire-peer >"$work/build.log" 2>&1) || {
    cat "$work/build.log"
    exit 1
}
peer="$root/.build/debug/roamgate-wire-peer"

# start NAME COMMAND…: runs COMMAND in the background, waits (10 s at most) for its "port N" line,
# and sets PORT.
start() {
    local name="$1"
    shift
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    started+=("$!")
    for _ in $(seq 1 100); do
        PORT="$(awk '/^port /{print $2; exit}' "$work/$name.out")"
        [ -n "$PORT" ] && return 0
        sleep 0.1
    done
    echo "FAIL: $name did not report a port"
    cat "$work/$name.err"
    exit 1
}

failures=0
check() {
    local name="$1" expected="$2" actual="$3"
    if [ "$expected" = "$actual" ]; then
        echo "ok $name"
    else
        echo "FAIL $name: expected '$expected', got '$actual'"
        failures=$((failures + 1))
    fi
}
