#!/usr/bin/env bash
# curl against RoamGate's HTTP server (roamgate-wire-peer http-echo-server) on 127.0.0.1:
# keep-alive across two URLs in one curl call, chunked upload, HEAD, 413 for an oversize body,
# 431 for a header flood. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
source "$here/peer-common.sh"

start http "$peer" http-echo-server --max-body 100000
base="http://127.0.0.1:$PORT"
curl=(timeout 20 curl -sS --max-time 15)

# Keep-alive: two URLs, one connection.
verbose="$("${curl[@]}" -v "$base/first" "$base/second" 2>&1)"
check "keep-alive: first answer" 1 "$(grep -c '"path":"/first"' <<<"$verbose")"
check "keep-alive: second answer" 1 "$(grep -c '"path":"/second"' <<<"$verbose")"
check "keep-alive: connection reused" 1 "$(grep -ci 're-using existing connection' <<<"$verbose")"

# Chunked upload, echoed back byte for byte.
head -c 60000 /dev/urandom >"$work/upload.bin"
"${curl[@]}" -H 'Transfer-Encoding: chunked' --data-binary @"$work/upload.bin" "$base/upload" >"$work/echo.bin"
check "chunked upload echoed" same "$(cmp -s "$work/upload.bin" "$work/echo.bin" && echo same || echo differs)"

# HEAD: the fields a GET would get, no body. A HEAD then a GET on one connection: a stray body after
# the HEAD answer would corrupt the second answer.
headers="$("${curl[@]}" -I "$base/thing" | tr -d '\r')"
check "HEAD status" "HTTP/1.1 200 OK" "$(head -n1 <<<"$headers")"
check "HEAD content length" "Content-Length: 33" "$(grep -i '^content-length' <<<"$headers")"
pair="$("${curl[@]}" -v -I "$base/head" --next "$base/after" 2>&1)"
check "GET after HEAD on the same connection" 1 "$(grep -c '"path":"/after"' <<<"$pair")"
check "HEAD then GET reused the connection" 1 "$(grep -ci 're-using existing connection' <<<"$pair")"

# 413 for a body over the limit (100,000 bytes), by Content-Length and chunked.
head -c 300000 /dev/urandom >"$work/big.bin"
check "413 by Content-Length" 413 \
    "$("${curl[@]}" -o /dev/null -w '%{http_code}' --data-binary @"$work/big.bin" "$base/big")"
check "413 chunked" 413 "$("${curl[@]}" -o /dev/null -w '%{http_code}' -H 'Transfer-Encoding: chunked' \
    --data-binary @"$work/big.bin" "$base/big")"

# 431 for more header fields than the limit (100).
flood=()
for i in $(seq 1 150); do flood+=(-H "X-Flood-$i: $i"); done
check "431 header flood" 431 "$("${curl[@]}" -o /dev/null -w '%{http_code}' "${flood[@]}" "$base/flood")"

[ "$failures" -eq 0 ]
