#!/usr/bin/env bash
# Load on `roamgate serve` (issue 14), loopback only, bounded in time:
#  - 100 concurrent keep-alive clients send 20,000 OCPI requests to `serve emsp`: 0 errors, and the
#    server's resident memory after the run is within 10 % of what it was after a warm-up;
#  - 1,000 WebSocket chargers connect to `serve cpo` at once and each sends a BootNotification:
#    all are accepted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# 1,000 chargers need 1,000 sockets on each side, besides the listeners.
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
source "$here/robustness-common.sh"
client="$root/Tests/Robustness/load_client.py"
status=0

serve emsp
timeout 120 python3 "$client" http "$VERSIONS_URL" --token "$token" --clients 100 --requests 10000 >"$work/warmup.txt" || {
    cat "$work/warmup.txt"
    status=1
}
before="$(rss "$SERVER_PID")"
if timeout 300 python3 "$client" http "$VERSIONS_URL" --token "$token" --clients 100 --requests 20000 | tee "$work/load.txt"; then
    echo "ok 20,000 requests from 100 clients, 0 errors"
else
    echo "FAIL: errors under load"
    status=1
fi
after="$(rss "$SERVER_PID")"
echo "serve emsp resident memory: ${before} kB after warm-up, ${after} kB after 20,000 requests"
if [ $((after * 10)) -gt $((before * 11)) ]; then
    echo "FAIL: resident memory grew by more than 10 %"
    status=1
else
    echo "ok resident memory within 10 %"
fi

# A scenario whose fleet is 1,000 AC chargers: serve cpo accepts only the charge points it knows.
python3 - "$root/Scenarios/pilot.json" "$work/fleet-1000.json" <<'PYTHON'
import json, sys
scenario = json.load(open(sys.argv[1]))
scenario["chargers"] = [{"profile": "ac-11kw", "count": 1000, "sessions": 1000}]
json.dump(scenario, open(sys.argv[2], "w"))
PYTHON
serve cpo --scenario "$work/fleet-1000.json"
cpo_before="$(rss "$SERVER_PID")"
if timeout 300 python3 "$client" ocpp "$OCPP_URL" --chargers 1000 --charger-ids "$CHARGERS"; then
    echo "ok 1,000 chargers connected at once, every BootNotification accepted"
else
    echo "FAIL: not every charger was accepted"
    status=1
fi
echo "serve cpo resident memory: ${cpo_before} kB before, $(rss "$SERVER_PID") kB after 1,000 chargers"
exit $status
