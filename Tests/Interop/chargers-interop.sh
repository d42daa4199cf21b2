#!/usr/bin/env bash
# RoamGate's charger emulators against an independent central system written with Python's `ocpp`
# package (ocpp_central_system.py), over ws:// on 127.0.0.1 with HTTP Basic credentials, once per
# OCPP version (1.6 and 2.0.1): `roamgate emulate` runs 2 chargers × 2 sessions; the central system
# checks boot, Authorize, a full local transaction with meter values, its RemoteStart/RemoteStop
# (RequestStart/RequestStop on 2.0.1) and their answers, and that every CALL passed the `ocpp`
# package's schema validation. Exits non-zero on any failure; kills what it started.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/python-env.sh"
source "$here/roamgate-common.sh"
password="interop-password-16"
failures=0

for version in 1.6 2.0.1; do
    echo "# roamgate emulate --version $version -> Python ocpp central system"
    python -u "$here/ocpp_central_system.py" --password "$password" --expect-chargers 2 \
        >"$work/cs-$version.out" 2>"$work/cs-$version.err" &
    central=$!
    started+=("$central")
    port=""
    for _ in $(seq 1 100); do
        port="$(awk '/^port /{print $2; exit}' "$work/cs-$version.out")"
        [ -n "$port" ] && break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "FAIL: the Python central system did not start"
        cat "$work/cs-$version.err"
        exit 1
    fi
    if ! (cd "$root" && timeout 120 "$roamgate" emulate --ocpp-url "ws://127.0.0.1:$port/ocpp" \
        --version "$version" --count 2 --sessions 2 --charge-seconds 4 --duration 90 \
        --id-prefix "RG-INTEROP-$version-" --password "$password"); then
        echo "FAIL: roamgate emulate --version $version did not complete every session"
        failures=$((failures + 1))
    fi
    kill -TERM "$central"
    if ! timeout 20 tail --pid="$central" -f /dev/null; then kill -KILL "$central" 2>/dev/null || true; fi
    central_status=0
    wait "$central" || central_status=$?
    cat "$work/cs-$version.out" | grep -v '^port '
    if [ "$central_status" -ne 0 ]; then
        echo "FAIL: the Python central system's checks failed for $version (exit $central_status)"
        sed -n '1,40p' "$work/cs-$version.err"
        failures=$((failures + 1))
    fi
done

[ "$failures" -eq 0 ]
