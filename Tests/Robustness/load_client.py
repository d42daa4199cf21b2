#!/usr/bin/env python3
"""Load clients for roamgate serve (issue 14), Python 3 standard library only (asyncio).

    load_client.py http URL --token T [--clients 100] [--requests 20000]
        Keep-alive GETs of URL spread over CLIENTS connections; a request counts as good when the
        answer is HTTP 200 with OCPI status_code 1000. Prints `requests N errors E seconds S rate R/s`.
    load_client.py ocpp WS-BASE-URL [--chargers 1000] [--charger-ids "ID…"]
        CHARGERS WebSocket connections opened at once (subprotocol ocpp1.6), each sending a
        BootNotification; a charger counts when the answer is a CALLRESULT with status Accepted.
        Prints `chargers N accepted A errors E seconds S`.

Exit status 0 when there was no error, 1 otherwise.
"""

import argparse
import asyncio
import base64
import collections
import json
import os
import struct
import sys
import time
import urllib.parse


async def http_client(host, port, path, token, count, results):
    """One keep-alive connection sending `count` GETs one after the other."""
    try:
        reader, writer = await asyncio.open_connection(host, port)
    except OSError as error:
        results["connect: " + type(error).__name__] += count
        return
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Token {token}\r\n\r\n".encode()
    try:
        for _ in range(count):
            writer.write(request)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            body = await asyncio.wait_for(reader.readexactly(length), 30)
            if status == 200 and json.loads(body).get("status_code") == 1000:
                results["ok"] += 1
            else:
                results[f"HTTP {status}"] += 1
    except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as error:
        results[type(error).__name__] += 1
    finally:
        writer.close()


async def run_http(arguments):
    parts = urllib.parse.urlsplit(arguments.url)
    token = base64.b64encode(arguments.token.encode()).decode()
    results = collections.Counter()
    share, extra = divmod(arguments.requests, arguments.clients)
    started = time.monotonic()
    await asyncio.gather(
        *(
            http_client(parts.hostname, parts.port, parts.path, token, share + (1 if i < extra else 0), results)
            for i in range(arguments.clients)
        )
    )
    seconds = time.monotonic() - started
    errors = sum(n for kind, n in results.items() if kind != "ok")
    done = results["ok"] + errors
    print(f"requests {done} ok {results['ok']} errors {errors} seconds {seconds:.2f} rate {done / seconds:.0f}/s")
    for kind, n in results.items():
        if kind != "ok":
            print(f"  error {kind}: {n}")
    return 0 if errors == 0 and results["ok"] == arguments.requests else 1


def masked_text_frame(text):
    """A masked, final text frame (RFC 6455 §5.2, §5.3)."""
    payload = text.encode()
    key = os.urandom(4)
    header = struct.pack("!BB", 0x81, 0x80 | len(payload)) if len(payload) < 126 else struct.pack(
        "!BBH", 0x81, 0x80 | 126, len(payload)
    )
    return header + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))


async def read_frame(reader):
    first, second = await reader.readexactly(2)
    size = second & 0x7F
    if size == 126:
        size = struct.unpack("!H", await reader.readexactly(2))[0]
    elif size == 127:
        size = struct.unpack("!Q", await reader.readexactly(8))[0]
    return first & 0x0F, await reader.readexactly(size)


async def charger(host, port, base_path, charger_id, index, start_gate, results):
    """Connects, waits until every charger is connected, then boots."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 30)
    except (OSError, asyncio.TimeoutError) as error:
        results["connect: " + type(error).__name__] += 1
        return
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write(
            (
                f"GET {base_path}/{urllib.parse.quote(charger_id, safe='')} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                "Sec-WebSocket-Protocol: ocpp1.6\r\n\r\n"
            ).encode()
        )
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 60)
        if b" 101 " not in head.split(b"\r\n")[0]:
            results["handshake " + head.split(b"\r\n")[0].decode(errors="replace")] += 1
            return
        results["connected"] += 1
        await start_gate.wait()
        message_id = f"boot-{index}"
        boot = {"chargePointVendor": "RoamGate", "chargePointModel": "LoadTest"}
        writer.write(masked_text_frame(json.dumps([2, message_id, "BootNotification", boot])))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            opcode, payload = await asyncio.wait_for(read_frame(reader), 60)
            if opcode == 8:
                results["closed by server"] += 1
                return
            if opcode != 1:
                continue
            message = json.loads(payload)
            if message[0] == 3 and message[1] == message_id:
                status = message[2].get("status")
                results["accepted" if status == "Accepted" else f"boot {status}"] += 1
                return
            if message[0] == 4 and message[1] == message_id:
                results[f"CALLERROR {message[2]}"] += 1
                return
        results["no boot answer"] += 1
    except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError, IndexError) as error:
        results[type(error).__name__] += 1
    finally:
        writer.close()


async def run_ocpp(arguments):
    parts = urllib.parse.urlsplit(arguments.url)
    results = collections.Counter()
    gate = asyncio.Event()
    started = time.monotonic()
    ids = arguments.charger_ids.split() if arguments.charger_ids else [f"LOAD-{i:05d}" for i in range(arguments.chargers)]
    if len(ids) < arguments.chargers:
        print(f"only {len(ids)} charge point ids for {arguments.chargers} chargers")
        return 1
    tasks = [
        asyncio.create_task(charger(parts.hostname, parts.port, parts.path.rstrip("/"), ids[i], i, gate, results))
        for i in range(arguments.chargers)
    ]
    # Every charger connects first (all held open at once), then all boot together.
    while sum(results.values()) < arguments.chargers and time.monotonic() - started < 120:
        await asyncio.sleep(0.05)
    held = results["connected"]
    gate.set()
    await asyncio.gather(*tasks)
    seconds = time.monotonic() - started
    errors = sum(n for kind, n in results.items() if kind not in ("connected", "accepted"))
    print(
        f"chargers {arguments.chargers} connected-at-once {held} accepted {results['accepted']} "
        f"errors {errors} seconds {seconds:.2f}"
    )
    for kind, n in results.items():
        if kind not in ("connected", "accepted"):
            print(f"  error {kind}: {n}")
    return 0 if results["accepted"] == arguments.chargers else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    modes = parser.add_subparsers(dest="mode", required=True)
    http = modes.add_parser("http")
    http.add_argument("url")
    http.add_argument("--token", required=True)
    http.add_argument("--clients", type=int, default=100)
    http.add_argument("--requests", type=int, default=20000)
    ocpp = modes.add_parser("ocpp")
    ocpp.add_argument("url")
    ocpp.add_argument("--chargers", type=int, default=1000)
    ocpp.add_argument("--charger-ids", help="space-separated ids the central system knows (default LOAD-00000…)")
    arguments = parser.parse_args()
    return asyncio.run(run_http(arguments) if arguments.mode == "http" else run_ocpp(arguments))


if __name__ == "__main__":
    sys.exit(main())
