#!/usr/bin/env bash
# Python `websockets` against RoamGate's WebSocket layer on 127.0.0.1, both ways:
#   ws_client_check.py → roamgate-wire-peer ws-echo-server (text, binary, 1 MB fragmented, ping,
#   subprotocol, close codes from either side);
#   roamgate-wire-peer ws-client → ws_echo_server.py (text, binary, 1 MB fragmented, ping, close 4000).
# Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/python-env.sh"
source "$here/peer-common.sh"

start swift-server "$peer" ws-echo-server --subprotocol echo
echo "# Python client -> RoamGate server"
timeout 60 python "$here/ws_client_check.py" "ws://127.0.0.1:$PORT/echo" || failures=$((failures + 1))

start python-server python -u "$here/ws_echo_server.py"
echo "# RoamGate client -> Python server"
timeout 60 "$peer" ws-client "ws://127.0.0.1:$PORT/" || failures=$((failures + 1))
for _ in $(seq 1 50); do grep -q '^closed' "$work/python-server.out" && break; sleep 0.1; done
check "Python server saw close 4000" "closed 4000 bye" "$(grep '^closed' "$work/python-server.out" | head -n1)"

[ "$failures" -eq 0 ]
