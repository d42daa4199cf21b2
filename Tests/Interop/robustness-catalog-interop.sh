#!/usr/bin/env bash
# The bad-input catalog (Tests/Robustness/catalog.json, issue 14) against `roamgate serve emsp` and
# `roamgate serve cpo` on 127.0.0.1: every case's answer (HTTP status + OCPI status code, WebSocket
# close code or OCPP CALLERROR) is checked, then a good request must still be served. Bounded to
# 10 minutes; both servers are killed on exit. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/robustness-common.sh"

serve emsp
emsp_versions="$VERSIONS_URL"
emsp_pid="$SERVER_PID"
serve cpo
cpo_versions="$VERSIONS_URL"
cpo_ocpp="$OCPP_URL"
cpo_pid="$SERVER_PID"

status=0
timeout 600 python3 "$root/Tests/Robustness/catalog_runner.py" \
    --emsp "$emsp_versions" --cpo "$cpo_versions" --ocpp "$cpo_ocpp" --chargers "$CHARGERS" \
    --token "$token" --registration-token "$registration_token" || status=1

for pid in "$emsp_pid" "$cpo_pid"; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: a server (pid $pid) is no longer running"
        status=1
    fi
done
exit $status
