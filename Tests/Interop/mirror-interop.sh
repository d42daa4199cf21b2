#!/usr/bin/env bash
# Mirror mode (`roamgate run --mirror`), RoamGate playing the CPO against an eMSP under test:
#   1. against `roamgate serve emsp` (the partner mock): every mirror check passes, decision expand;
#   2. against misbehaving_emsp.py (Python, http.server), whose seven faults must each be caught as a
#      partner finding of its own check, decision stay narrow.
# Bounded: both servers are killed on exit (the Python one also stops itself), every run has a timeout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/python-env.sh"
source "$here/roamgate-common.sh"
scenario="$root/Scenarios/smoke.json"

# wait_versions FILE: the versions URL a server printed (10 s at most).
wait_versions() {
    for _ in $(seq 1 100); do
        grep -q '^versions:' "$1" 2>/dev/null && break
        sleep 0.1
    done
    awk '/^versions:/{print $2}' "$1"
}

# findings DIR: the rules of the non-info findings, with their owners, sorted and unique.
findings() {
    python3 -c '
import json, sys
report = json.load(open(sys.argv[1] + "/report.json"))
print(" ".join(sorted({f["rule"] + ":" + f["owner"] for f in report["findings"] if f["severity"] != "info"})))
' "$1"
}

(cd "$root" && exec "$roamgate" serve emsp --scenario "$scenario" --registration-token token-a) \
    >"$work/emsp.out" 2>"$work/emsp.err" &
started+=($!)
versions="$(wait_versions "$work/emsp.out")"
code=0
(cd "$root" && timeout 120 "$roamgate" run "$scenario" --mirror --target "$versions" --token token-a \
    --report-dir "$work/good") >"$work/good.log" 2>&1 || code=$?
passed="$(grep -c '| passed |' "$work/good/report.md" || true)"
if [ "$code" = 0 ] && [ "$passed" -ge 7 ] && [ -z "$(findings "$work/good")" ]; then
    echo "ok serve emsp: expand, $passed mirror checks passed"
else
    echo "FAIL serve emsp: exit $code, $passed passed, findings: $(findings "$work/good")"
    cat "$work/good.log"
    failures=$((failures + 1))
fi

python3 "$here/misbehaving_emsp.py" token-a >"$work/bad.out" 2>"$work/bad.err" &
started+=($!)
versions="$(wait_versions "$work/bad.out")"
code=0
(cd "$root" && timeout 120 "$roamgate" run "$scenario" --mirror --target "$versions" --token token-a \
    --command-wait 4 --report-dir "$work/bad") >"$work/bad.log" 2>&1 || code=$?
expected="M-CMD-001:partner M-RCV-001:partner M-RCV-002:partner M-REG-002:partner M-TOK-001:partner M-TOK-002:partner M-TOK-003:partner"
actual="$(findings "$work/bad")"
if [ "$code" = 1 ] && [ "$actual" = "$expected" ]; then
    echo "ok misbehaving eMSP: stay narrow, caught $actual"
else
    echo "FAIL misbehaving eMSP: exit $code, findings '$actual', expected '$expected'"
    cat "$work/bad.log" "$work/bad.err"
    failures=$((failures + 1))
fi
report_matches_schema "serve emsp" "$work/good"
report_matches_schema "misbehaving eMSP" "$work/bad"
[ "$failures" -eq 0 ]
