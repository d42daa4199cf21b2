#!/usr/bin/env bash
# A charge point written with Python's `ocpp` package charges at `roamgate serve cpo` over ws://:
# boot, authorize, a transaction with meter values, stop. The CDR is then fetched over OCPI and must
# carry the metered energy and the price its tariff gives. Also: a wrong token gets 401, a charger
# id the CPO does not know is refused, and SIGTERM stops the server with exit 0.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/python-env.sh"
work="$(mktemp -d)"
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
(cd "$root" && timeout 900 swift build --product roamgate >"$work/build.log" 2>&1) || {
    cat "$work/build.log"
    exit 1
}
token="interop-token-$RANDOM"
(cd "$root" && exec .build/debug/roamgate serve cpo --token "$token") >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 100); do
    grep -q '^chargers:' "$work/serve.out" && break
    sleep 0.1
done
versions="$(awk '/^versions:/{print $2}' "$work/serve.out")"
ocpp="$(awk '/^ocpp:/{print $2}' "$work/serve.out")"
charger="$(awk '/^chargers:/{print $2}' "$work/serve.out")"
[ -n "$versions" ] && [ -n "$ocpp" ] && [ -n "$charger" ] || {
    echo "FAIL: serve cpo did not print its URLs"
    cat "$work/serve.out" "$work/serve.err"
    exit 1
}
failures=0
status="$(timeout 10 curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Token wrong' "$versions")"
[ "$status" = 401 ] && echo "ok wrong token → 401" || { echo "FAIL wrong token → $status"; failures=$((failures + 1)); }
refused="$(timeout 10 python -c '
import asyncio, sys, websockets
async def main():
    try:
        async with websockets.connect(sys.argv[1] + "/NOT-A-CHARGER", subprotocols=["ocpp1.6"], open_timeout=5):
            print("accepted")
    except websockets.exceptions.InvalidStatus as error:
        print(error.response.status_code)
asyncio.run(main())' "$ocpp")"
[ "$refused" = 404 ] && echo "ok unknown charger refused (404)" || { echo "FAIL unknown charger: $refused"; failures=$((failures + 1)); }
timeout 60 python "$here/serve_cpo_charge_point.py" "$ocpp" "$charger" "$versions" "$token" || failures=$((failures + 1))
kill -TERM "$server"
code=0
wait "$server" || code=$?
server=""
[ "$code" = 0 ] && echo "ok SIGTERM → exit 0" || { echo "FAIL SIGTERM → exit $code"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ]
