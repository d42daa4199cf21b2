#!/usr/bin/env bash
# Runs every interop script in this folder (files named *-interop.sh), each against real peers
# (curl, Python's websockets and ocpp). Prints one line per script and 'N passed, N failed'.
set -uo pipefail
cd "$(dirname "$0")"
passed=0
failed=0
shopt -s nullglob
for script in *-interop.sh; do
    echo "-- $script"
    if bash "$script"; then
        passed=$((passed + 1))
    else
        echo "FAILED: $script"
        failed=$((failed + 1))
    fi
done
echo "interop: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
