"""The Python peer of `roamgate-bench chargers`: N OCPP 1.6 charge points written with the `ocpp`
package (asyncio, over `websockets`) connect to a central system, boot, and send heartbeats every
INTERVAL seconds for HOLD seconds. Prints one JSON line: connected, accepted boots, heartbeats
answered, seconds to connect all, and this process's resident memory.

usage: python ocpp_charge_points.py URL COUNT HOLD INTERVAL [ID_PREFIX WIDTH]
(charge point ids ID_PREFIX + the number zero-padded to WIDTH digits; default PY + 5 digits)
"""

import asyncio
import json
import sys
import time

import websockets
from ocpp.v16 import ChargePoint, call


class LoadChargePoint(ChargePoint):
    async def boot(self):
        response = await self.call(
            call.BootNotification(charge_point_model="PyLoad", charge_point_vendor="RoamGateBench")
        )
        return response.status == "Accepted"

    async def heartbeat(self):
        await self.call(call.Heartbeat())


def resident_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


async def main(url, count, hold, interval, prefix, width):
    connections = []
    stats = {"accepted": 0, "heartbeats": 0, "errors": 0}
    start = time.monotonic()

    async def connect(index):
        identity = f"{prefix}{index + 1:0{width}d}"
        try:
            socket = await websockets.connect(f"{url}/{identity}", subprotocols=["ocpp1.6"], open_timeout=60)
        except Exception:
            stats["errors"] += 1
            return None
        charge_point = LoadChargePoint(identity, socket)
        reader = asyncio.ensure_future(charge_point.start())
        try:
            if await charge_point.boot():
                stats["accepted"] += 1
        except Exception:
            stats["errors"] += 1
        return socket, charge_point, reader

    batch = 250
    for first in range(0, count, batch):
        opened = await asyncio.gather(*(connect(i) for i in range(first, min(count, first + batch))))
        connections += [c for c in opened if c is not None]
    seconds_to_connect = time.monotonic() - start

    async def beat(index, charge_point):
        await asyncio.sleep(interval * index / max(1, count))
        deadline = start + seconds_to_connect + hold
        while time.monotonic() < deadline:
            try:
                await charge_point.heartbeat()
                stats["heartbeats"] += 1
            except Exception:
                stats["errors"] += 1
                return
            await asyncio.sleep(interval)

    await asyncio.gather(*(beat(i, c[1]) for i, c in enumerate(connections)))
    memory = resident_bytes()
    for socket, _, reader in connections:
        reader.cancel()
        await socket.close()
    print(
        json.dumps(
            {
                "connected": len(connections),
                "accepted": stats["accepted"],
                "heartbeats": stats["heartbeats"],
                "errors": stats["errors"],
                "seconds_to_connect": round(seconds_to_connect, 3),
                "resident_bytes": memory,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    url, count, hold, interval = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    prefix, width = (sys.argv[5], int(sys.argv[6])) if len(sys.argv) > 6 else ("PY", 5)
    asyncio.run(main(url, count, hold, interval, prefix, width))
