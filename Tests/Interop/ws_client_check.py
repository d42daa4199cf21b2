"""Python `websockets` client against RoamGate's WebSocket echo server (websocket-interop.sh).

Usage: python ws_client_check.py ws://127.0.0.1:PORT/path
Checks text, binary, a 1 MB message sent in 64 KiB fragments, ping/pong, the subprotocol, and close
codes initiated by either side. Prints one line per check; exits 1 if any failed.
"""
import asyncio
import sys

from websockets.asyncio.client import connect

failures = 0


def report(name, ok, detail=""):
    global failures
    print(("ok " if ok else "FAIL ") + name + (": " + detail if detail and not ok else ""), flush=True)
    if not ok:
        failures += 1


async def main(url):
    big = "0123456789abcdef" * 65536  # 1 MiB
    async with connect(url, subprotocols=["echo"], max_size=16 * 1024 * 1024) as ws:
        report("subprotocol", ws.subprotocol == "echo", str(ws.subprotocol))
        await ws.send("hello, RoamGate")
        report("text", await ws.recv() == "hello, RoamGate")
        payload = bytes(range(256))
        await ws.send(payload)
        report("binary", await ws.recv() == payload)
        chunks = [big[i:i + 65536] for i in range(0, len(big), 65536)]
        await ws.send(chunks)  # an iterable is sent as one fragmented message
        report("fragmented 1 MB", await ws.recv() == big)
        pong = await ws.ping(b"are you there")
        await asyncio.wait_for(pong, 5)
        report("ping", True)
        await ws.close(code=4000, reason="bye")
        report("client close 4000", ws.close_code == 4000, f"echoed {ws.close_code}")
    async with connect(url, subprotocols=["echo"]) as ws:
        await ws.send("close 4001 server says bye")
        try:
            await asyncio.wait_for(ws.recv(), 5)
        except Exception:
            pass
        await ws.wait_closed()
        rcvd = ws.protocol.close_rcvd
        report("server close 4001", rcvd is not None and rcvd.code == 4001 and rcvd.reason == "server says bye",
               str(rcvd))


asyncio.run(asyncio.wait_for(main(sys.argv[1]), 30))
sys.exit(1 if failures else 0)
