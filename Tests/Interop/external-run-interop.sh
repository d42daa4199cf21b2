#!/usr/bin/env bash
# `roamgate run --target` against `roamgate serve cpo` in another process must decide as the embedded
# run of the same scenario does, with the same findings (check id, severity, owner; timing aside):
#   1. plain http:// and ws://, no defect;
#   2. the same with a defect switched on in both (cdr-energy-wh-as-kwh);
#   3. TLS: the served CPO behind stunnel4 (installed with apt-get when missing), reached over
#      https:// and wss:// with a CA of the script's own, chargers with Basic auth (security profile 2).
# Scenario: Scenarios/smoke.json (4 scenario hours) at --speed 240, about 80 s of wall time per run.
# Bounded: every server is killed on exit, every run has a timeout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/python-env.sh"
source "$here/roamgate-common.sh"
scenario="$root/Scenarios/smoke.json"

# serve_cpo NAME ARGS…: starts `roamgate serve cpo`, waits for its URLs, sets $versions and $ocpp.
serve_cpo() {
    local name="$1"
    shift
    (cd "$root" && exec "$roamgate" serve cpo --scenario "$scenario" --registration-token token-a "$@") \
        >"$work/$name.serve.out" 2>"$work/$name.serve.err" &
    started+=($!)
    for _ in $(seq 1 100); do
        grep -q '^chargers:' "$work/$name.serve.out" 2>/dev/null && break
        sleep 0.1
    done
    versions="$(awk '/^versions:/{print $2}' "$work/$name.serve.out")"
    ocpp="$(awk '/^ocpp:/{print $2}' "$work/$name.serve.out")"
    [ -n "$versions" ] && [ -n "$ocpp" ] || {
        echo "FAIL $name: serve cpo did not print its URLs"
        cat "$work/$name.serve.out" "$work/$name.serve.err"
        exit 1
    }
}

# compare NAME EMBEDDED-DIR EXTERNAL-DIR: same decision, same findings (check, severity, owner).
compare() {
    if python3 - "$@" <<'EOF'; then
import collections, json, sys
name, embedded, external = sys.argv[1:4]
reports = [json.load(open(f"{d}/report.json")) for d in (embedded, external)]
def findings(report):
    return collections.Counter((f["rule"], f["severity"], f["owner"]) for f in report["findings"]
                               if f["severity"] != "info")
(a, b) = reports
problems = []
if a["decision"] != b["decision"]:
    problems.append(f"decision {a['decision']} embedded, {b['decision']} external")
if findings(a) != findings(b):
    problems.append(f"findings embedded {dict(findings(a))}, external {dict(findings(b))}")
if problems:
    print(f"FAIL {name}: " + "; ".join(problems))
    sys.exit(1)
print(f"ok {name}: both {a['decision']}, findings {dict(findings(a)) or 'none'}")
EOF
    true
    else
        failures=$((failures + 1))
    fi
}

# run_pair NAME DEFECT…: the embedded run, then serve cpo + run --target with the same defects.
run_pair() {
    local name="$1"
    shift
    local defects=()
    for defect in "$@"; do defects+=(--defect "$defect"); done
    (cd "$root" && timeout 120 "$roamgate" run "$scenario" "${defects[@]}" --report-dir "$work/$name.embedded") \
        >"$work/$name.embedded.log" 2>&1 || true
    serve_cpo "$name" "${defects[@]}"
    (cd "$root" && timeout 300 "$roamgate" run "$scenario" --target "$versions" --token token-a \
        --ocpp-url "$ocpp" --speed 240 --report-dir "$work/$name.external") >"$work/$name.external.log" 2>&1 || true
    [ -f "$work/$name.external/report.json" ] || {
        echo "FAIL $name: the external run wrote no report"
        cat "$work/$name.external.log"
        exit 1
    }
    compare "$name" "$work/$name.embedded" "$work/$name.external"
    report_matches_schema "$name external" "$work/$name.external"
}

run_pair plain
run_pair defect cdr-energy-wh-as-kwh

# The same behind a TLS terminator: stunnel4 in front of the served CPO, https:// and wss://.
source "$here/tls-common.sh"
ensure_stunnel
make_test_ca
tls_port="$(free_port)"
plain_port="$(free_port)"
serve_cpo tls --port "$plain_port" --public-url "https://127.0.0.1:$tls_port" --charger-password s3cret-pass
cat >"$work/stunnel.conf" <<EOF
foreground = yes
pid =
[cpo]
accept = 127.0.0.1:$tls_port
connect = 127.0.0.1:$plain_port
cert = $work/server.pem
key = $work/server.key
EOF
"$stunnel_bin" "$work/stunnel.conf" >"$work/stunnel.log" 2>&1 &
started+=($!)
for _ in $(seq 1 50); do
    timeout 2 openssl s_client -connect "127.0.0.1:$tls_port" </dev/null >/dev/null 2>&1 && break
    sleep 0.2
done
(cd "$root" && timeout 120 "$roamgate" run "$scenario" --report-dir "$work/tls.embedded") >"$work/tls.embedded.log" 2>&1 || true
(cd "$root" && timeout 300 "$roamgate" run "$scenario" --target "https://127.0.0.1:$tls_port/ocpi/versions" \
    --token token-a --ocpp-url "wss://127.0.0.1:$tls_port/ocpp" --charger-password s3cret-pass \
    --ca-file "$work/ca.pem" --speed 240 --report-dir "$work/tls.external") >"$work/tls.external.log" 2>&1 || true
if [ -f "$work/tls.external/report.json" ]; then
    compare tls "$work/tls.embedded" "$work/tls.external"
    # Every OCPP frame went through stunnel: the chargers really connected over wss://.
    frames="$(grep -c '"channel":"ocpp"' "$work/tls.external/evidence.jsonl" || true)"
    [ "$frames" -gt 100 ] && echo "ok tls: $frames OCPP frames over wss://" || {
        echo "FAIL tls: only $frames OCPP frames"
        failures=$((failures + 1))
    }
else
    echo "FAIL tls: the external run wrote no report"
    cat "$work/tls.external.log" "$work/stunnel.log"
    failures=$((failures + 1))
fi

# A CPO that is not there: a clear error, no report of a run that did not happen, exit 2 (pause).
code=0
(cd "$root" && timeout 120 "$roamgate" run "$scenario" --target http://127.0.0.1:9/ocpi/versions --token x \
    --ocpp-url ws://127.0.0.1:9/ocpp --speed 2000 --report-dir "$work/absent") >"$work/absent.log" 2>&1 || code=$?
if [ "$code" = 2 ] && grep -q "P1-REG-001" "$work/absent/report.md"; then
    echo "ok unreachable CPO: pause with P1-REG-001"
else
    echo "FAIL unreachable CPO: exit $code"
    cat "$work/absent.log"
    failures=$((failures + 1))
fi
[ "$failures" -eq 0 ]
