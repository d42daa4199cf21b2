#!/usr/bin/env bash
# Sourced by the robustness-*-interop.sh scripts: builds roamgate (or uses $ROAMGATE, e.g. a release
# build), starts `roamgate serve` on 127.0.0.1 (port 0) from the package root with a known credentials
# token and registration token, reads the URLs it prints, and kills every server it started on exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
servers=()
cleanup() {
    for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

roamgate="${ROAMGATE:-}"
if [ -z "$roamgate" ]; then
    (cd "$root" && timeout 900 swift build --product roamgate >"$work/build.log" 2>&1) || {
        cat "$work/build.log"
        exit 1
    }
    roamgate="$root/.build/debug/roamgate"
fi
token="robustness-token-$$"
registration_token="robustness-registration-$$"

# serve ROLE [OPTION…]: starts `roamgate serve ROLE`, waits (15 s at most) for its `versions:` line and
# sets VERSIONS_URL, OCPP_URL and CHARGERS (cpo only: the known charge point ids) and SERVER_PID.
serve() {
    local role="$1"
    shift
    : >"$work/$role.out"
    (cd "$root" && exec "$roamgate" serve "$role" --port 0 --token "$token" \
        --registration-token "$registration_token" "$@" >"$work/$role.out" 2>"$work/$role.err") &
    SERVER_PID=$!
    servers+=("$SERVER_PID")
    VERSIONS_URL=""
    OCPP_URL=""
    for _ in $(seq 1 150); do
        VERSIONS_URL="$(grep -oE 'versions: *http://[^ ]+' "$work/$role.out" | head -1 | sed 's/^versions: *//' || true)"
        OCPP_URL="$(grep -oE 'ocpp: *ws://[^ ]+' "$work/$role.out" | head -1 | sed 's/^ocpp: *//' || true)"
        CHARGERS="$(grep -E '^chargers:' "$work/$role.out" | head -1 | sed 's/^chargers: *//' || true)"
        if [ -n "$VERSIONS_URL" ] && { [ "$role" != cpo ] || [ -n "$OCPP_URL" ]; }; then return 0; fi
        sleep 0.1
    done
    echo "FAIL: roamgate serve $role printed no URLs"
    cat "$work/$role.out" "$work/$role.err"
    exit 1
}

# rss PID: resident memory of a process in kB (Linux /proc).
rss() {
    awk '/^VmRSS:/{print $2}' "/proc/$1/status"
}
