#!/usr/bin/env python3
"""Runs the bad-input catalog (catalog.json) against running `roamgate serve emsp` / `serve cpo`.

Every case sends bad input over raw sockets (HTTP requests, raw bytes, or WebSocket frames built by
hand, so that frames no library would send can be sent), compares the answer with the case's
expectation, then checks that the server still serves a good request. Python 3 standard library only.

    catalog_runner.py --catalog catalog.json --emsp http://127.0.0.1:P/ocpi/versions \
        --cpo http://127.0.0.1:Q/ocpi/versions --ocpp ws://127.0.0.1:Q/ocpp \
        --chargers "ID…" --token T --registration-token A [--only SUBSTRING] [--server cpo|emsp]

Exit status: 0 when every case passed, 1 otherwise. One line per case: `ok NAME` or `FAIL NAME: why`;
a case with a `known_issue` (a documented deviation with its owner) prints `known NAME: …` instead, and
fails once it passes, so that the note is removed.
"""

import argparse
import base64
import hashlib
import json
import os
import socket
import struct
import sys
import time
import urllib.parse

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 §1.3


class Target:
    """One server under test: host, port, and the path prefix of its OCPI versions URL."""

    def __init__(self, versions_url, ocpp_url=None, chargers=()):
        parts = urllib.parse.urlsplit(versions_url)
        self.host = parts.hostname
        self.port = parts.port
        self.versions_path = parts.path
        self.ocpp_path = urllib.parse.urlsplit(ocpp_url).path.rstrip("/") if ocpp_url else None
        self.chargers = list(chargers)
        self.next_charger = 0

    def charger_path(self):
        """The OCPP path of the next known charge point (round robin), or of a made-up one."""
        if not self.chargers:
            return "/RB-" + os.urandom(4).hex()
        charger = self.chargers[self.next_charger % len(self.chargers)]
        self.next_charger += 1
        return "/" + urllib.parse.quote(charger, safe="")


# ---------------------------------------------------------------- HTTP over a raw socket


def connect(target, timeout=10.0):
    sock = socket.create_connection((target.host, target.port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def send_all(sock, data):
    """Sends bytes; False when the server already closed (it may answer and close early, e.g. 413)."""
    try:
        sock.sendall(data)
        return True
    except (BrokenPipeError, ConnectionResetError):
        return False


class Reader:
    """Buffered reads from a socket with a deadline; `closed` once the peer closed."""

    def __init__(self, sock, timeout):
        self.sock = sock
        self.buffer = b""
        self.closed = False
        self.deadline = time.monotonic() + timeout

    def fill(self):
        remaining = self.deadline - time.monotonic()
        if remaining <= 0 or self.closed:
            return False
        self.sock.settimeout(remaining)
        try:
            chunk = self.sock.recv(65536)
        except socket.timeout:
            return False
        except (ConnectionResetError, BrokenPipeError):
            self.closed = True
            return False
        if not chunk:
            self.closed = True
            return False
        self.buffer += chunk
        return True

    def until(self, marker):
        while marker not in self.buffer:
            if not self.fill():
                return None
        head, _, self.buffer = self.buffer.partition(marker)
        return head

    def exactly(self, count):
        while len(self.buffer) < count:
            if not self.fill():
                return None
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def wait_closed(self):
        """True when the peer closes before the deadline (whatever else it sends is dropped)."""
        while not self.closed:
            self.buffer = b""
            if not self.fill() and not self.closed:
                return False
        return True


def read_response(reader):
    """Reads one HTTP response: (status, headers dict lower-cased, body bytes), or None."""
    head = reader.until(b"\r\n\r\n")
    if head is None:
        return None
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split(" ")[1])
    except (IndexError, ValueError):
        return None
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if status in (101, 204, 304) or 100 <= status < 200:
        return status, headers, b""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size_line = reader.until(b"\r\n")
            if size_line is None:
                return None
            size = int(size_line.split(b";")[0], 16)
            if size == 0:
                reader.until(b"\r\n")
                return status, headers, body
            body += reader.exactly(size) or b""
            reader.exactly(2)
    length = int(headers.get("content-length", "0") or 0)
    return status, headers, reader.exactly(length) or b""


def authorization(mode, tokens):
    """The Authorization header value for a token mode of the catalog, or None for no header."""
    credentials, registration = tokens
    b64 = lambda text: base64.b64encode(text.encode()).decode()  # noqa: E731
    table = {
        "credentials": "Token " + b64(credentials),
        "credentials-plain": "Token " + credentials,
        "credentials-newline": "Token " + b64(credentials + "\n"),
        "credentials-lowercase-scheme": "token " + b64(credentials),
        "registration": "Token " + b64(registration),
        "wrong": "Token " + b64("not-" + credentials),
        "wrong-plain": "Token not-" + credentials,
        "prefix": "Token " + b64(credentials[:-1]),
        "longer": "Token " + b64(credentials + "x"),
        "bearer": "Bearer " + b64(credentials),
        "empty": "Token ",
        "scheme-only": "Token",
        "not-base64": "Token %%%%",
        "none": None,
    }
    if mode not in table:
        raise ValueError("unknown token mode " + mode)
    return table[mode]


def build_request(case, target, tokens):
    """The bytes of the HTTP request a catalog case describes (`request` member)."""
    spec = case["request"]
    if "raw" in spec or "raw_hex" in spec:
        return expand_raw(spec, target)
    path = spec.get("path", "")
    path = target.versions_path.rsplit("/versions", 1)[0] + path if path.startswith("/") else path
    lines = [f"{spec.get('method', 'GET')} {path} {spec.get('version', 'HTTP/1.1')}"]
    headers = [("Host", f"{target.host}:{target.port}")]
    token = authorization(spec.get("token", "credentials"), tokens)
    if token is not None:
        headers.append(("Authorization", token))
    body = body_bytes(spec)
    for name, value in spec.get("headers", {}).items():
        headers.append((name, value))
    for index in range(spec.get("extra_header_count", 0)):
        headers.append((f"X-Extra-{index}", "v"))
    if spec.get("extra_header_bytes"):
        headers.append(("X-Big", "b" * spec["extra_header_bytes"]))
    framing = spec.get("framing", "content-length")
    if framing == "content-length" and (body or spec.get("method") in ("PUT", "POST", "PATCH")):
        headers.append(("Content-Length", str(spec.get("content_length", len(body)))))
    elif framing == "chunked":
        headers.append(("Transfer-Encoding", "chunked"))
        chunk = spec.get("chunk_size", 65536)
        body = b"".join(
            f"{len(body[i:i + chunk]):x}\r\n".encode() + body[i : i + chunk] + b"\r\n"
            for i in range(0, len(body), chunk)
        ) + b"0\r\n\r\n"
    if spec.get("content_type", True) and body:
        headers.append(("Content-Type", "application/json"))
    head = "\r\n".join(lines + [f"{n}: {v}" for n, v in headers]) + "\r\n\r\n"
    return head.encode("utf-8") + (body if spec.get("send_body", True) else b"")


def body_bytes(spec):
    if "body_hex" in spec:
        return bytes.fromhex(spec["body_hex"])
    if "body_json" in spec:
        return json.dumps(spec["body_json"], ensure_ascii=False).encode()
    if "body_fill" in spec:
        fill = spec["body_fill"]
        return fill.get("prefix", "").encode() + fill.get("byte", "a").encode() * fill["size"]
    if "body_nested" in spec:
        depth = spec["body_nested"]
        return b'{"a":' * depth + b"1" + b"}" * depth
    return spec.get("body", "").encode("utf-8")


def expand_raw(spec, target):
    """Raw bytes: `raw` text (`{host}` is replaced) or `raw_hex`; `repeat` repeats it."""
    data = bytes.fromhex(spec["raw_hex"]) if "raw_hex" in spec else spec["raw"].encode("utf-8", "surrogateescape")
    data = data.replace(b"{host}", f"{target.host}:{target.port}".encode())
    prefix = target.versions_path.rsplit("/versions", 1)[0].encode()
    data = data.replace(b"{ocpi}", prefix)
    return data * spec.get("repeat", 1)


def run_http(case, target, tokens):
    """Sends the request; checks status, OCPI status code and whether the connection closed."""
    expect = case["expect"]
    sock = connect(target)
    try:
        data = build_request(case, target, tokens)
        slow = case["request"].get("slow")
        if slow:
            return run_slow(sock, data, slow, expect)
        send_all(sock, data)
        if case["request"].get("half_close"):
            sock.shutdown(socket.SHUT_WR)
        reader = Reader(sock, expect.get("within", 10))
        answers = []
        for _ in range(expect.get("responses", 1)):
            response = read_response(reader)
            if response is None:
                break
            answers.append(response)
        return judge_http(expect, answers, reader)
    finally:
        sock.close()


def run_slow(sock, data, slow, expect):
    """Slow loris: one byte every `interval` seconds; the server must drop the connection in time."""
    started = time.monotonic()
    limit = expect.get("dropped_within", 40)
    index = 0
    while time.monotonic() - started < limit:
        if index < len(data) and not send_all(sock, data[index : index + 1]):
            return None
        index += 1
        reader = Reader(sock, slow.get("interval", 1.0))
        if reader.fill() or reader.closed:
            # An answer (408 or 400) followed by a close, or a close: both drop the client.
            if reader.closed or reader.wait_closed():
                return None
    return f"still connected after {limit} s"


def judge_http(expect, answers, reader):
    if "status" in expect:
        if not answers:
            return f"expected HTTP {expect['status']}, got no response (closed={reader.closed})"
        statuses = [a[0] for a in answers]
        wanted = expect["status"] if isinstance(expect["status"], list) else [expect["status"]]
        if statuses[0] not in wanted:
            return f"expected HTTP {expect['status']}, got {statuses[0]} {answers[0][2][:200]!r}"
        if "statuses" in expect and statuses != expect["statuses"]:
            return f"expected statuses {expect['statuses']}, got {statuses}"
    if "ocpi_status" in expect:
        try:
            envelope = json.loads(answers[0][2])
            code = envelope.get("status_code")
        except (ValueError, IndexError, AttributeError):
            return f"expected an OCPI envelope, got {answers[0][2][:200]!r}" if answers else "no answer"
        wanted = expect["ocpi_status"] if isinstance(expect["ocpi_status"], list) else [expect["ocpi_status"]]
        if code not in wanted:
            return f"expected OCPI status {expect['ocpi_status']}, got {code}: {envelope.get('status_message')}"
        if "data_id" in expect and (envelope.get("data") or {}).get("id") != expect["data_id"]:
            return f"expected data.id {expect['data_id']!r}, got {envelope.get('data')!r}"
    if expect.get("closed"):
        reader.deadline = time.monotonic() + 5
        if not reader.wait_closed():
            return "expected the server to close the connection"
    if expect.get("no_response") and answers:
        return f"expected no response, got HTTP {answers[0][0]}"
    if expect.get("no_response") and not reader.wait_closed():
        return "expected the server to close the connection"
    return None


# ---------------------------------------------------------------- WebSocket by hand (RFC 6455)


def frame(opcode, payload=b"", fin=True, mask=True, rsv=0, length=None, key=b"\x11\x22\x33\x44"):
    """One frame exactly as described, including what RFC 6455 forbids (§5.2 wire format)."""
    first = (0x80 if fin else 0) | (rsv << 4) | opcode
    size = len(payload) if length is None else length
    if size < 126:
        header = struct.pack("!BB", first, (0x80 if mask else 0) | size)
    elif size < 1 << 16:
        header = struct.pack("!BBH", first, (0x80 if mask else 0) | 126, size)
    else:
        header = struct.pack("!BBQ", first, (0x80 if mask else 0) | 127, size)
    if not mask:
        return header + payload
    stream = (key * (len(payload) // 4 + 1))[: len(payload)]
    masked = (int.from_bytes(payload, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(payload), "big")
    return header + key + masked


def frame_from_spec(spec):
    if "payload_hex" in spec:
        payload = bytes.fromhex(spec["payload_hex"])
    elif "payload_json" in spec:
        payload = json.dumps(spec["payload_json"], ensure_ascii=False).encode()
    else:
        payload = spec.get("payload", "").encode("utf-8")
    if "close_code" in spec:
        payload = struct.pack("!H", spec["close_code"]) + payload
    payload = payload * spec.get("repeat", 1)
    return frame(
        spec.get("opcode", 1),
        payload,
        fin=spec.get("fin", True),
        mask=spec.get("mask", True),
        rsv=spec.get("rsv", 0),
        length=spec.get("length"),
    )


class WebSocket:
    """A client connection whose frames are written by hand and read without any checking."""

    def __init__(self, target, path, subprotocols=("ocpp1.6",), headers=None, timeout=10.0, method="GET"):
        self.sock = connect(target, timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"{method} {path} HTTP/1.1",
            f"Host: {target.host}:{target.port}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
        ]
        if subprotocols:
            lines.append("Sec-WebSocket-Protocol: " + ", ".join(subprotocols))
        for name, value in (headers or {}).items():
            if value is None:
                lines = [line for line in lines if not line.lower().startswith(name.lower() + ":")]
            else:
                lines = [line for line in lines if not line.lower().startswith(name.lower() + ":")]
                lines.append(f"{name}: {value}")
        send_all(self.sock, ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape"))
        self.reader = Reader(self.sock, timeout)
        response = read_response(self.reader)
        self.status = response[0] if response else None
        self.headers = response[1] if response else {}
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
        self.accepted = self.status == 101 and self.headers.get("sec-websocket-accept") == accept

    def send(self, data):
        return send_all(self.sock, data)

    def send_text(self, text):
        return self.send(frame(1, text.encode("utf-8")))

    def next_frame(self, timeout):
        """(opcode, payload) of the next server frame, or None on timeout or close."""
        self.reader.deadline = time.monotonic() + timeout
        header = self.reader.exactly(2)
        if header is None:
            return None
        opcode, size = header[0] & 0x0F, header[1] & 0x7F
        if size == 126:
            size = struct.unpack("!H", self.reader.exactly(2) or b"\0\0")[0]
        elif size == 127:
            size = struct.unpack("!Q", self.reader.exactly(8) or b"\0" * 8)[0]
        if header[1] & 0x80:
            self.reader.exactly(4)
        payload = self.reader.exactly(size)
        return None if payload is None else (opcode, payload)

    def close(self):
        self.sock.close()


def open_websocket(target, path, **options):
    """Opens a WebSocket; while the server answers 409 (it has not yet seen the previous connection of
    this charge point close, OCPP-J 1.6 §3.1.1), tries again for up to 5 s."""
    deadline = time.monotonic() + 5
    while True:
        ws = WebSocket(target, path, **options)
        if ws.status != 409 or time.monotonic() > deadline:
            return ws
        ws.close()
        time.sleep(0.1)


def ocpp_answer(ws, message_id, timeout=5.0):
    """The OCPP frame answering `message_id` (skipping CALLs from the server), or a close, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        received = ws.next_frame(deadline - time.monotonic())
        if received is None:
            return None
        opcode, payload = received
        if opcode == 8:
            return ("close", struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005)
        if opcode == 9:
            ws.send(frame(10, payload))
            continue
        if opcode != 1:
            continue
        try:
            message = json.loads(payload)
        except ValueError:
            return ("invalid", payload)
        if isinstance(message, list) and len(message) > 1 and message[0] == 2:
            continue  # a CALL from the central system (e.g. a configuration request): not our answer
        if isinstance(message, list) and len(message) > 1 and message[1] == message_id:
            return ("frame", message)
    return None


def run_websocket(case, target, tokens):
    expect = case["expect"]
    spec = case["websocket"]
    path = spec.get("path") or target.charger_path()
    path = (target.ocpp_path or "/ocpp") + path if path.startswith("/") else path
    ws = open_websocket(
        target,
        path,
        subprotocols=spec.get("subprotocols", ["ocpp1.6"]),
        headers=spec.get("headers"),
        method=spec.get("method", "GET"),
    )
    try:
        if "handshake_status" in expect:
            wanted = expect["handshake_status"]
            wanted = wanted if isinstance(wanted, list) else [wanted]
            if ws.status not in wanted:
                return f"expected handshake status {expect['handshake_status']}, got {ws.status}"
            if ws.status == 101 and not ws.accepted:
                return "101 without a correct Sec-WebSocket-Accept"
            if "subprotocol" in expect and ws.headers.get("sec-websocket-protocol") != expect["subprotocol"]:
                got = ws.headers.get("sec-websocket-protocol")
                return f"expected subprotocol {expect['subprotocol']!r}, got {got!r}"
            if ws.status != 101:
                return None
        elif not ws.accepted:
            return f"handshake failed: HTTP {ws.status}"
        if spec.get("boot", False):
            boot_id = "boot-" + os.urandom(4).hex()
            ws.send_text(json.dumps([2, boot_id, "BootNotification", BOOT_PAYLOAD]))
            if (ocpp_answer(ws, boot_id) or ("none",))[0] != "frame":
                return "no answer to BootNotification before the case"
        for item in spec.get("frames", []):
            ws.send(frame_from_spec(item))
        for text in spec.get("ocpp", []):
            ws.send_text(text if isinstance(text, str) else json.dumps(text, ensure_ascii=False))
        return judge_websocket(expect, ws, spec)
    finally:
        ws.close()


BOOT_PAYLOAD = {"chargePointVendor": "RoamGate", "chargePointModel": "Robustness"}


def judge_websocket(expect, ws, spec):
    if "pong" in expect:
        received = ws.next_frame(expect.get("within", 5))
        if received != (10, expect["pong"].encode()):
            return f"expected a pong carrying {expect['pong']!r}, got {received!r}"
    if "close_code" in expect:
        wanted = expect["close_code"] if isinstance(expect["close_code"], list) else [expect["close_code"]]
        deadline = time.monotonic() + expect.get("within", 10)
        while time.monotonic() < deadline:
            received = ws.next_frame(deadline - time.monotonic())
            if received is None:
                return f"expected close {expect['close_code']}, got no close frame (closed={ws.reader.closed})"
            opcode, payload = received
            if opcode == 8:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                if code not in wanted:
                    return f"expected close {expect['close_code']}, got {code} {payload[2:]!r}"
                # RFC 6455 §5.5.1: answer the close (the server may already have failed the connection).
                ws.send(frame(8, payload[:2]))
                ws.reader.deadline = time.monotonic() + 5
                if not ws.reader.wait_closed():
                    return "the server sent a close frame but did not close the TCP connection"
                return None
        return f"expected close {expect['close_code']}, got nothing in time"
    if "ocpp_error" in expect or "ocpp_result" in expect or "ocpp_no_reply" in expect:
        message_id = expect.get("message_id") or first_message_id(spec)
        answer = ocpp_answer(ws, message_id, timeout=expect.get("within", 3 if expect.get("ocpp_no_reply") else 10))
        if expect.get("ocpp_no_reply"):
            if answer is not None:
                return f"expected no reply, got {answer!r}"
        elif answer is None or answer[0] != "frame":
            return f"expected an OCPP answer to {message_id!r}, got {answer!r}"
        elif "ocpp_error" in expect:
            message = answer[1]
            wanted = expect["ocpp_error"] if isinstance(expect["ocpp_error"], list) else [expect["ocpp_error"]]
            if message[0] != 4 or message[2] not in wanted:
                return f"expected CALLERROR {expect['ocpp_error']}, got {message!r}"[:400]
        elif answer[1][0] != 3:
            return f"expected a CALLRESULT, got {answer[1]!r}"[:400]
        # After the answer the connection still carries a good CALL.
        probe = "probe-" + os.urandom(4).hex()
        ws.send_text(json.dumps([2, probe, "Heartbeat", {}]))
        answer = ocpp_answer(ws, probe)
        if answer is None or answer[0] != "frame" or answer[1][0] != 3:
            return f"the connection no longer answers a Heartbeat: {answer!r}"
    return None


def first_message_id(spec):
    for text in spec.get("ocpp", []):
        try:
            value = json.loads(text) if isinstance(text, str) else text
            return value[1]
        except (ValueError, IndexError, TypeError, KeyError):
            continue
    return None


# ---------------------------------------------------------------- health check and main loop


def healthy(target, tokens, with_ocpp):
    """A good request still gets a good answer: versions with the credentials token (and a boot)."""
    sock = connect(target)
    try:
        path = target.versions_path
        token = authorization("credentials", tokens)
        send_all(sock, f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {token}\r\n\r\n".encode())
        response = read_response(Reader(sock, 10))
    finally:
        sock.close()
    if response is None or response[0] != 200 or json.loads(response[2]).get("status_code") != 1000:
        return f"versions endpoint no longer answers 200/1000: {response!r}"[:300]
    if with_ocpp:
        ws = open_websocket(target, target.ocpp_path + target.charger_path())
        try:
            if not ws.accepted:
                return f"OCPP handshake no longer accepted: HTTP {ws.status}"
            ws.send_text(json.dumps([2, "health", "BootNotification", BOOT_PAYLOAD]))
            answer = ocpp_answer(ws, "health")
            if answer is None or answer[0] != "frame" or answer[1][0] != 3:
                return f"BootNotification no longer answered: {answer!r}"
        finally:
            ws.close()
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--catalog", default=os.path.join(os.path.dirname(__file__), "catalog.json"))
    parser.add_argument("--emsp", help="versions URL of roamgate serve emsp")
    parser.add_argument("--cpo", help="versions URL of roamgate serve cpo")
    parser.add_argument("--ocpp", help="OCPP WebSocket base URL of roamgate serve cpo")
    parser.add_argument("--chargers", default="", help="the charge point ids serve cpo knows, space-separated")
    parser.add_argument("--token", required=True)
    parser.add_argument("--registration-token", required=True)
    parser.add_argument("--only", help="run only cases whose name contains this")
    parser.add_argument("--server", choices=["cpo", "emsp"], help="run only the cases of this server")
    parser.add_argument("--no-health", action="store_true", help="skip the check after each case")
    arguments = parser.parse_args()

    with open(arguments.catalog, encoding="utf-8") as file:
        catalog = json.load(file)
    targets = {}
    if arguments.emsp:
        targets["emsp"] = Target(arguments.emsp)
    if arguments.cpo:
        targets["cpo"] = Target(arguments.cpo, arguments.ocpp, arguments.chargers.split())
    tokens = (arguments.token, arguments.registration_token)
    runners = {"http": run_http, "raw-tcp": run_http, "websocket": run_websocket}

    names = set()
    failures = 0
    known_issues = 0
    ran = 0
    started = time.monotonic()
    for case in catalog["cases"]:
        if case["name"] in names:
            print(f"FAIL {case['name']}: duplicate case name")
            failures += 1
            continue
        names.add(case["name"])
        if arguments.only and arguments.only not in case["name"]:
            continue
        if arguments.server and case["server"] != arguments.server:
            continue
        target = targets.get(case["server"])
        if target is None:
            continue
        ran += 1
        try:
            problem = runners[case["transport"]](case, target, tokens)
        except (OSError, ValueError, KeyError, IndexError, struct.error) as error:
            problem = f"{type(error).__name__}: {error}"
        if problem is None and not arguments.no_health:
            health = healthy(target, tokens, with_ocpp=case["server"] == "cpo" and case["transport"] == "websocket")
            problem = None if health is None else "after the case: " + health
        known = case.get("known_issue")
        if problem is None and known:
            print(f"FAIL {case['name']}: passes now; remove its known_issue ({known})")
            failures += 1
        elif problem is None:
            print(f"ok {case['name']}")
        elif known:
            print(f"known {case['name']}: {problem} ({known})")
            known_issues += 1
        else:
            print(f"FAIL {case['name']}: {problem}")
            failures += 1
    elapsed = time.monotonic() - started
    passed = ran - failures - known_issues
    print(
        f"catalog: {passed}/{ran} cases passed, {known_issues} known issues, {failures} failed in {elapsed:.1f} s"
        f" ({len(catalog['cases'])} in the catalog)"
    )
    return 1 if failures or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
