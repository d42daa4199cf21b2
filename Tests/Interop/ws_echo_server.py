"""Python `websockets` echo server for RoamGate's WebSocket client (websocket-interop.sh).

Usage: python ws_echo_server.py
Listens on 127.0.0.1 with a port the kernel picks, prints "port N", accepts the subprotocol "echo",
echoes every message, and prints the close code and reason of each connection ("closed 4000 bye").
"""
import asyncio

from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed


async def echo(ws):
    try:
        async for message in ws:
            await ws.send(message)
    except ConnectionClosed:
        pass  # a close code other than 1000/1001 ends the iteration with an exception
    print(f"closed {ws.close_code} {ws.close_reason}", flush=True)


async def main():
    async with serve(echo, "127.0.0.1", 0, subprotocols=["echo"], max_size=16 * 1024 * 1024) as server:
        port = server.sockets[0].getsockname()[1]
        print(f"port {port}", flush=True)
        await asyncio.get_running_loop().create_future()


asyncio.run(main())
