#!/usr/bin/env bash
# curl plays a CPO against `roamgate serve emsp`: the credentials handshake (token A → the mock reads
# the CPO's versions with token B from a small stub → token C), a session's pushes (location PUT,
# session PUT and PATCH, CDR POST and GET through its Location header, tariff PUT), a command result,
# token A refused after registration, bad bodies and tokens, then unregistration. The evidence log
# must hold one line per exchange, with every token masked.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
fixtures="$root/Tests/Fixtures/ocpi"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
(cd "$root" && timeout 900 swift build --product roamgate >"$work/build.log" 2>&1) || {
    cat "$work/build.log"
    exit 1
}

failures=0
check() {
    if [ "$2" = "$3" ]; then echo "ok $1"; else
        echo "FAIL $1: expected '$2', got '$3'"
        failures=$((failures + 1))
    fi
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
b64() { printf '%s' "$1" | base64 | tr -d '\n'; }

# The CPO side of the handshake: versions and version details, readable with token B only.
tokenB="cpo-token-b-$RANDOM"
python3 - "$tokenB" >"$work/stub.out" 2>/dev/null <<'PY' &
import base64, http.server, json, sys
token = "Token " + base64.b64encode(sys.argv[1].encode()).decode()
class Stub(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("Authorization") != token:
            self.send_response(401); self.end_headers(); return
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        data = ([{"version": "2.2.1", "url": base + "/2.2.1"}] if self.path == "/versions" else
                {"version": "2.2.1", "endpoints": [{"identifier": "credentials", "role": "SENDER", "url": base + "/credentials"},
                                                   {"identifier": "cdrs", "role": "SENDER", "url": base + "/cdrs"}]})
        body = json.dumps({"data": data, "status_code": 1000, "timestamp": "2026-01-01T00:00:00Z"}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args): pass
server = http.server.HTTPServer(("127.0.0.1", 0), Stub)
print("port", server.server_address[1], flush=True)
server.serve_forever()
PY
pids+=("$!")
tokenA="token-a-$RANDOM"
(cd "$root" && exec .build/debug/roamgate serve emsp --registration-token "$tokenA" --evidence "$work/evidence.jsonl") \
    >"$work/serve.out" 2>"$work/serve.err" &
pids+=("$!")
for _ in $(seq 1 100); do
    grep -q '^port' "$work/stub.out" && grep -q '^versions:' "$work/serve.out" && break
    sleep 0.1
done
stub="http://127.0.0.1:$(awk '/^port/{print $2}' "$work/stub.out")"
versions="$(awk '/^versions:/{print $2}' "$work/serve.out")"
[ -n "$versions" ] || { echo "FAIL: serve emsp printed no versions URL"; cat "$work/serve.err"; exit 1; }
curl=(timeout 20 curl -sS --max-time 15)

# Token A: versions and version details only.
check "no token → 401" 401 "$("${curl[@]}" -o /dev/null -w '%{http_code}' "$versions")"
check "versions with token A" 1000 "$("${curl[@]}" -H "Authorization: Token $(b64 "$tokenA")" "$versions" | field "['status_code']")"
details_url="$("${curl[@]}" -H "Authorization: Token $(b64 "$tokenA")" "$versions" | field "['data'][0]['url']")"
"${curl[@]}" -H "Authorization: Token $tokenA" "$details_url" >"$work/details.json"
check "version details with plain token A" 1000 "$(field "['status_code']" <"$work/details.json")"
endpoint() {
    python3 -c "import json,sys; print([e['url'] for e in json.load(sys.stdin)['data']['endpoints'] if e['identifier'] == sys.argv[1]][0])" \
        "$1" <"$work/details.json"
}
locations="$(endpoint locations)"
sessions="$(endpoint sessions)"
cdrs="$(endpoint cdrs)"
tariffs="$(endpoint tariffs)"
credentials="$(endpoint credentials)"
commands="$(endpoint commands)"
check "token A on a module → 401" 401 \
    "$("${curl[@]}" -o /dev/null -w '%{http_code}' -H "Authorization: Token $(b64 "$tokenA")" "$locations/DE/RGC/LOC1")"

# Registration initiated by the CPO (OCPI 2.2.1 §7.2.1).
cat >"$work/credentials.json" <<JSON
{"token": "$tokenB", "url": "$stub/versions",
 "roles": [{"role": "CPO", "country_code": "DE", "party_id": "RGC", "business_details": {"name": "Interop CPO"}}]}
JSON
"${curl[@]}" -X POST -H "Authorization: Token $(b64 "$tokenA")" -H 'Content-Type: application/json' \
    --data-binary @"$work/credentials.json" "$credentials" >"$work/registered.json"
check "registration answered" 1000 "$(field "['status_code']" <"$work/registered.json")"
tokenC="$(field "['data']['token']" <"$work/registered.json")"
check "token C issued" yes "$([ -n "$tokenC" ] && [ "$tokenC" != "$tokenA" ] && echo yes || echo no)"
check "token A refused after registration" 401 \
    "$("${curl[@]}" -o /dev/null -w '%{http_code}' -H "Authorization: Token $(b64 "$tokenA")" "$versions")"
auth=(-H "Authorization: Token $(b64 "$tokenC")" -H 'Content-Type: application/json'
    -H 'OCPI-from-country-code: DE' -H 'OCPI-from-party-id: RGC' -H 'OCPI-to-country-code: DE' -H 'OCPI-to-party-id: RGE')

# A session's pushes.
status_of() { "${curl[@]}" -o "$work/answer.json" -w '%{http_code}' "$@"; }
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.update(country_code='DE', party_id='RGC'); print(json.dumps(d))" \
    "$fixtures/location_example.json" >"$work/location.json"
check "location PUT" 200 "$(status_of -X PUT "${auth[@]}" --data-binary @"$work/location.json" "$locations/DE/RGC/LOC1")"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.update(country_code='DE', party_id='RGC', status='ACTIVE'); d.pop('end_date_time', None); print(json.dumps(d))" \
    "$fixtures/session_example_2_short_finished.json" >"$work/session.json"
check "session PUT" 200 "$(status_of -X PUT "${auth[@]}" --data-binary @"$work/session.json" "$sessions/DE/RGC/101")"
check "session PATCH" 200 "$(status_of -X PATCH "${auth[@]}" \
    --data '{"kwh": 15.342, "status": "COMPLETED", "end_date_time": "2015-06-29T23:09:10Z", "last_updated": "2015-06-29T23:09:10Z"}' \
    "$sessions/DE/RGC/101")"
check "session GET sees the PATCH" COMPLETED \
    "$("${curl[@]}" "${auth[@]}" "$sessions/DE/RGC/101" | field "['data']['status']")"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.update(country_code='DE', party_id='RGC', session_id='101'); print(json.dumps(d))" \
    "$fixtures/cdr_example.json" >"$work/cdr.json"
"${curl[@]}" -D "$work/cdr.headers" -o "$work/cdr.answer" -X POST "${auth[@]}" --data-binary @"$work/cdr.json" "$cdrs"
check "CDR POST" 1000 "$(field "['status_code']" <"$work/cdr.answer")"
cdr_location="$(tr -d '\r' <"$work/cdr.headers" | awk 'tolower($1)=="location:"{print $2}')"
check "CDR GET through its Location header" 12345 "$("${curl[@]}" "${auth[@]}" "$cdr_location" | field "['data']['id']")"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.update(country_code='DE', party_id='RGC'); print(json.dumps(d))" \
    "$fixtures/tariff_1_simple_2hour.json" >"$work/tariff.json"
check "tariff PUT" 200 "$(status_of -X PUT "${auth[@]}" --data-binary @"$work/tariff.json" "$tariffs/DE/RGC/12")"
check "command result POST" 1000 "$("${curl[@]}" -X POST "${auth[@]}" --data '{"result": "ACCEPTED"}' \
    "$commands/START_SESSION/interop-1" | field "['status_code']")"

# Bad input.
check "malformed JSON → 400" 400 "$(status_of -X PUT "${auth[@]}" --data '{"id": ' "$locations/DE/RGC/LOC2")"
check "malformed JSON → OCPI 2001" 2001 "$(field "['status_code']" <"$work/answer.json")"
check "unknown session → 404" 404 "$(status_of "${auth[@]}" "$sessions/DE/RGC/no-such-session")"
check "wrong token → 401" 401 "$(status_of -H 'Authorization: Token d3Jvbmc=' "$sessions/DE/RGC/101")"

# Unregistration (§7.2.4): token C stops working.
check "credentials DELETE" 200 "$(status_of -X DELETE "${auth[@]}" "$credentials")"
check "token C refused after DELETE" 401 "$(status_of "${auth[@]}" "$sessions/DE/RGC/101")"

# The evidence log: one line per exchange above, parseable, tokens masked, findings on what was received.
lines="$(wc -l <"$work/evidence.jsonl")"
check "evidence lines (one per exchange)" 20 "$lines"
check "evidence lines parse" "$lines" "$(python3 -c '
import json, sys
print(sum(1 for line in open(sys.argv[1]) if json.loads(line)["channel"] == "ocpi"))' "$work/evidence.jsonl")"
for secret in "$tokenA" "$tokenB" "$tokenC" "$(b64 "$tokenA")" "$(b64 "$tokenC")"; do
    check "no token in clear in the evidence" 0 "$(grep -c -- "$secret" "$work/evidence.jsonl" || true)"
done
check "evidence names the session" 1 "$(python3 -c '
import json, sys
print(sum(1 for line in open(sys.argv[1]) if json.loads(line).get("session_id") == "101" and "PATCH" in json.loads(line)["summary"]))' "$work/evidence.jsonl")"
check "evidence records routing headers" yes "$(grep -q '"from":"DE/RGC"' "$work/evidence.jsonl" && echo yes || echo no)"
[ "$failures" -eq 0 ]
