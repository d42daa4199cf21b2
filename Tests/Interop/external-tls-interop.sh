#!/usr/bin/env bash
# RoamGate's TLS (the system's OpenSSL through COpenSSL) against peers we did not write:
#   our https:// client  -> openssl s_server -www, and Python's ssl + http.server
#   our wss:// client    -> Python websockets over ssl
#   curl, Python's ssl and openssl s_client (TLS 1.2 and 1.3) -> our HTTPS/WSS server
#   an untrusted CA is refused with the verifier's reason;
#   our https:// and wss:// clients through stunnel4 (a TLS terminator, as in front of a served CPO)
#   to roamgate-wire-peer's plain HTTP and WebSocket echo servers.
# Needs: openssl, curl, python3 (websockets comes from python-env.sh); stunnel4 is installed with
# apt-get when missing. Bounded: every peer is killed on exit, every client call has a timeout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
started=()
cleanup() {
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
source "$here/python-env.sh"

for product in roamgate-tls-peer roamgate-wire-peer; do
    (cd "$root" && timeout 900 swift build --product "$product" >"$work/build.log" 2>&1) || {
        cat "$work/build.log"
        exit 1
    }
done
peer="$root/.build/debug/roamgate-tls-peer"
wire_peer="$root/.build/debug/roamgate-wire-peer"
source "$here/tls-common.sh"
ensure_stunnel
make_test_ca
cd "$work"

failures=0
check() {
    local name="$1" expected="$2" actual="$3"
    if [[ "$actual" == *"$expected"* ]]; then
        echo "ok $name"
    else
        echo "FAIL $name: expected '$expected' in '$actual'"
        failures=$((failures + 1))
    fi
}

# wait_for FILE PATTERN: waits (10 s at most) for an awk program to print a port from FILE.
wait_for() {
    local file="$1" program="$2"
    for _ in $(seq 1 100); do
        PORT="$(awk "$program" "$file" 2>/dev/null)"
        [ -n "$PORT" ] && return 0
        sleep 0.1
    done
    echo "FAIL: no port in $file"
    cat "$file"
    exit 1
}

# 1. Our client against openssl s_server (HTTP/1.0 answer ended by closing the connection).
openssl s_server -accept 127.0.0.1:0 -cert server.pem -key server.key -www >s_server.out 2>&1 &
started+=("$!")
wait_for s_server.out '/^ACCEPT/{split($2, a, ":"); print a[2]; exit}'
out="$(timeout 20 "$peer" https-get "https://localhost:$PORT/" --ca ca.pem || true)"
check "https client -> openssl s_server" "status 200" "$out"
out="$(timeout 20 "$peer" https-get "https://localhost:$PORT/" --ca other.pem || true)"
check "untrusted CA refused" "certificateRejected(host: \"localhost\", reason: \"unable to get local issuer certificate\")" "$out"

# 2. Our clients against Python's ssl: http.server over TLS, websockets over TLS.
cat >py_tls_server.py <<'PY'
import asyncio, http.server, ssl, sys, threading
import websockets.asyncio.server as ws

context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("server.pem", "server.key")

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        body = b"python ssl says hello"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
threading.Thread(target=httpd.serve_forever, daemon=True).start()

async def echo(connection):
    async for message in connection:
        await connection.send(message)

async def main():
    async with ws.serve(echo, "127.0.0.1", 0, ssl=context, max_size=2**20) as server:
        print("http", httpd.server_address[1], flush=True)
        print("ws", server.sockets[0].getsockname()[1], flush=True)
        await asyncio.sleep(120)

asyncio.run(main())
PY
timeout 120 python py_tls_server.py >py.out 2>py.err &
started+=("$!")
wait_for py.out '/^ws /{print $2; exit}'
ws_port="$PORT"
wait_for py.out '/^http /{print $2; exit}'
out="$(timeout 20 "$peer" https-get "https://localhost:$PORT/" --ca ca.pem || true)"
check "https client -> python ssl" "python ssl says hello" "$out"
out="$(timeout 20 "$peer" wss-echo "wss://localhost:$ws_port/ocpp/CP-1" --ca ca.pem || true)"
check "wss client -> python websockets (text)" "ok text" "$out"
check "wss client -> python websockets (binary)" "ok binary 100 KB" "$out"

# 3. Other clients against our server.
"$peer" https-server --cert server.pem --key server.key >ours.out 2>ours.err &
started+=("$!")
wait_for ours.out '/^port /{print $2; exit}'
out="$(curl -sS --max-time 10 --cacert ca.pem --data-binary 'curl over TLS' "https://localhost:$PORT/echo" || true)"
check "curl -> our https server" "curl over TLS" "$out"
out="$(curl -sS --max-time 10 --cacert ca.pem "https://127.0.0.1:$PORT/by-address" || true)"
check "curl by IP address -> our https server" "path /by-address" "$out"
for version in tls1_2 tls1_3; do
    out="$(printf 'GET /s_client HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' |
        timeout 10 openssl s_client -quiet -"$version" -CAfile ca.pem -verify_return_error \
            -servername localhost -connect "127.0.0.1:$PORT" 2>&1 || true)"
    check "openssl s_client -$version -> our server" "path /s_client" "$out"
done
cat >py_clients.py <<PY
import asyncio, ssl, urllib.request
import websockets.asyncio.client as ws

context = ssl.create_default_context(cafile="ca.pem")
with urllib.request.urlopen("https://localhost:$PORT/python", context=context, timeout=10) as answer:
    print("https", answer.status, answer.read().decode())

async def main():
    async with ws.connect("wss://localhost:$PORT/ocpp/CP-2", ssl=context, open_timeout=10) as connection:
        await connection.send('[2,"1","Heartbeat",{}]')
        print("wss", await asyncio.wait_for(connection.recv(), 10))

asyncio.run(main())
PY
out="$(timeout 30 python py_clients.py 2>&1 || true)"
check "python ssl -> our https server" "https 200 path /python" "$out"
check "python websockets -> our wss server" 'wss [2,"1","Heartbeat",{}]' "$out"
out="$(curl -sS --max-time 10 --cacert other.pem "https://localhost:$PORT/" 2>&1 || true)"
check "curl with an untrusted CA refuses our server" "unable to get local issuer certificate" "$out"

# 4. Our clients through stunnel to plain HTTP and WebSocket servers of ours.
"$wire_peer" http-echo-server >wire-http.out 2>&1 &
started+=("$!")
wait_for wire-http.out '/^port /{print $2; exit}'
http_backend="$PORT"
"$wire_peer" ws-echo-server >wire-ws.out 2>&1 &
started+=("$!")
wait_for wire-ws.out '/^port /{print $2; exit}'
ws_backend="$PORT"
https_front="$(free_port)"
wss_front="$(free_port)"
cat >stunnel.conf <<CONF
foreground = yes
pid =
debug = 4
[https]
accept = 127.0.0.1:$https_front
connect = 127.0.0.1:$http_backend
cert = $work/server.pem
key = $work/server.key
[wss]
accept = 127.0.0.1:$wss_front
connect = 127.0.0.1:$ws_backend
cert = $work/server.pem
key = $work/server.key
CONF
"$stunnel_bin" stunnel.conf >stunnel.log 2>&1 &
started+=("$!")
for _ in $(seq 1 100); do
    (echo >"/dev/tcp/127.0.0.1/$wss_front") 2>/dev/null && break
    sleep 0.1
done
out="$(timeout 20 "$peer" https-get "https://localhost:$https_front/ocpi/versions" --ca ca.pem || true)"
check "https client -> stunnel -> plain HTTP server" '"path":"/ocpi/versions"' "$out"
out="$(timeout 20 "$peer" wss-echo "wss://localhost:$wss_front/ocpp/CP-3" --ca ca.pem || true)"
check "wss client -> stunnel -> plain WebSocket server (text)" "ok text" "$out"
check "wss client -> stunnel -> plain WebSocket server (binary)" "ok binary 100 KB" "$out"

echo "external-tls-interop: $failures failure(s)"
[ "$failures" -eq 0 ]
