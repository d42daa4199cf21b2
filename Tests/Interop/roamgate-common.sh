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

# report_matches_schema NAME DIR: DIR/report.json against Reports/report.schema.json, with Python's
# jsonschema (the script sources python-env.sh first); counts a failure otherwise.
report_matches_schema() {
    if python -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(json.load(open(sys.argv[2]))))
for error in errors[:5]:
    print("  ", error.json_path, error.message[:200])
sys.exit(1 if errors else 0)
' "$root/Reports/report.schema.json" "$2/report.json"; then
        echo "ok $1: report.json matches Reports/report.schema.json"
    else
        echo "FAIL $1: report.json does not match Reports/report.schema.json"
        failures=$((failures + 1))
    fi
}
