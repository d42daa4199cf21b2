#!/usr/bin/env bash
# Sourced by the interop scripts that put TLS in front of our servers (after $work is set):
#   ensure_stunnel   installs stunnel4 with apt-get when missing and sets $stunnel_bin;
#   make_test_ca     writes into $work a CA (ca.pem), a server certificate it signed for localhost and
#                    127.0.0.1 (server.pem, server.key) and an unrelated CA (other.pem);
#   free_port        prints a loopback port that was free a moment ago.

ensure_stunnel() {
    if ! command -v stunnel4 >/dev/null && ! command -v stunnel >/dev/null; then
        apt-get install -y -q stunnel4 >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
    fi
    stunnel_bin="$(command -v stunnel4 || command -v stunnel)"
}

make_test_ca() {
    (
        cd "$work"
        local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
        openssl req -x509 "${ec[@]}" -keyout ca.key -out ca.pem -days 2 -subj "/CN=RoamGate Interop CA" 2>/dev/null
        openssl req -x509 "${ec[@]}" -keyout other.key -out other.pem -days 2 -subj "/CN=Unrelated CA" 2>/dev/null
        openssl req "${ec[@]}" -keyout server.key -out server.csr -subj "/CN=localhost" 2>/dev/null
        echo "subjectAltName=DNS:localhost,IP:127.0.0.1" >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 \
            -extfile server.ext 2>/dev/null
    )
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
