"""An independent OCPP central system for RoamGate's charger emulators, written with the `ocpp`
package (which validates every message in both directions against the official OCA JSON schemas it
ships) over `websockets`. It serves OCPP 1.6 and 2.0.1 on 127.0.0.1 (free port, printed as
"port N"), requires HTTP Basic credentials (security profile 1), and for every charger records:
boot, Authorize, a local transaction with meter values, then sends RemoteStartTransaction /
RequestStartTransaction after the first transaction ends and RemoteStopTransaction /
RequestStopTransaction once the remote transaction has started, checking both answers.

On SIGTERM it prints one "ok"/"FAIL" line per expectation and exits 0 only if all held.

usage: python ocpp_central_system.py --password P --expect-chargers N
"""

import argparse
import asyncio
import base64
import json
import signal
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from http import HTTPStatus

from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed

from ocpp.routing import on, after
from ocpp.v16 import ChargePoint as ChargePoint16, call as call16, call_result as result16
from ocpp.v201 import ChargePoint as ChargePoint201, call as call201, call_result as result201

REMOTE_TAG = "REMOTE01"
REMOTE_START_ID = 4711


def now():
    return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")


class Record:
    """What one charger did, as seen by this central system."""

    def __init__(self, version):
        self.version = version
        self.raw_calls = Counter()
        self.handled_calls = Counter()
        self.boots = 0
        self.authorized = []
        self.local_started = False
        self.local_meter_values = 0
        self.local_stopped = False
        self.energy_ok = False
        self.remote_start_answer = None
        self.remote_started = False
        self.remote_stop_answer = None
        self.remote_stopped_reason = None
        self.errors = []


records = defaultdict(lambda: None)


def value(mapping, *keys):
    """Reads a nested value the ocpp package handed over (keys already snake_case)."""
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


class Counting:
    """Counts CALL frames as they arrive, before the package validates them."""

    async def route_message(self, raw_msg):
        try:
            frame = json.loads(raw_msg)
            if isinstance(frame, list) and frame and frame[0] == 2:
                self.record.raw_calls[frame[2]] += 1
        except ValueError:
            self.record.errors.append(f"unparsable frame {raw_msg[:80]}")
        await super().route_message(raw_msg)

    def handled(self, action):
        self.record.handled_calls[action] += 1


class CentralSystem16(Counting, ChargePoint16):
    def __init__(self, id, connection, record):
        super().__init__(id, connection)
        self.record = record
        self.transactions = {}
        self.next_transaction = 1
        self.local_transaction = None
        self.remote_transaction = None

    @on("BootNotification")
    def boot(self, charge_point_vendor, charge_point_model, **_):
        self.handled("BootNotification")
        self.record.boots += 1
        return result16.BootNotification(current_time=now(), interval=300, status="Accepted")

    @on("Heartbeat")
    def heartbeat(self, **_):
        self.handled("Heartbeat")
        return result16.Heartbeat(current_time=now())

    @on("StatusNotification")
    def status(self, connector_id, error_code, status, **_):
        self.handled("StatusNotification")
        return result16.StatusNotification()

    @on("Authorize")
    def authorize(self, id_tag, **_):
        self.handled("Authorize")
        self.record.authorized.append(id_tag)
        return result16.Authorize(id_tag_info={"status": "Accepted"})

    @on("StartTransaction")
    def start_transaction(self, connector_id, id_tag, meter_start, timestamp, **_):
        self.handled("StartTransaction")
        transaction = self.next_transaction
        self.next_transaction += 1
        self.transactions[transaction] = {"tag": id_tag, "meter_start": meter_start}
        if id_tag == REMOTE_TAG:
            self.remote_transaction = transaction
            self.record.remote_started = True
        elif self.local_transaction is None:
            self.local_transaction = transaction
            self.record.local_started = id_tag in self.record.authorized
        return result16.StartTransaction(transaction_id=transaction, id_tag_info={"status": "Accepted"})

    @after("StartTransaction")
    async def stop_the_remote_one(self, id_tag, **_):
        if id_tag == REMOTE_TAG and self.record.remote_stop_answer is None:
            answer = await self.call(call16.RemoteStopTransaction(transaction_id=self.remote_transaction))
            self.record.remote_stop_answer = getattr(answer, "status", "CALLERROR")

    @on("MeterValues")
    def meter_values(self, connector_id, meter_value, transaction_id=None, **_):
        self.handled("MeterValues")
        if transaction_id is not None and transaction_id == self.local_transaction:
            self.record.local_meter_values += 1
        return result16.MeterValues()

    @on("StopTransaction")
    def stop_transaction(self, meter_stop, timestamp, transaction_id, reason=None, **_):
        self.handled("StopTransaction")
        if transaction_id == self.local_transaction:
            self.record.local_stopped = True
            self.record.energy_ok = meter_stop > self.transactions[transaction_id]["meter_start"]
        if transaction_id == self.remote_transaction:
            self.record.remote_stopped_reason = reason
        return result16.StopTransaction(id_tag_info={"status": "Accepted"})

    @after("StopTransaction")
    async def start_remotely(self, transaction_id, **_):
        if transaction_id == self.local_transaction and self.record.remote_start_answer is None:
            answer = await self.call(call16.RemoteStartTransaction(id_tag=REMOTE_TAG, connector_id=1))
            self.record.remote_start_answer = getattr(answer, "status", "CALLERROR")


class CentralSystem201(Counting, ChargePoint201):
    def __init__(self, id, connection, record):
        super().__init__(id, connection)
        self.record = record
        self.local_transaction = None
        self.remote_transaction = None
        self.meter_start = {}

    @on("BootNotification")
    def boot(self, charging_station, reason, **_):
        self.handled("BootNotification")
        self.record.boots += 1
        return result201.BootNotification(current_time=now(), interval=300, status="Accepted")

    @on("Heartbeat")
    def heartbeat(self, **_):
        self.handled("Heartbeat")
        return result201.Heartbeat(current_time=now())

    @on("StatusNotification")
    def status(self, timestamp, connector_status, evse_id, connector_id, **_):
        self.handled("StatusNotification")
        return result201.StatusNotification()

    @on("Authorize")
    def authorize(self, id_token, **_):
        self.handled("Authorize")
        self.record.authorized.append(value(id_token, "id_token"))
        return result201.Authorize(id_token_info={"status": "Accepted"})

    @on("MeterValues")
    def meter_values(self, evse_id, meter_value, **_):
        self.handled("MeterValues")
        return result201.MeterValues()

    @staticmethod
    def energy(meter_value):
        """The Energy.Active.Import.Register of the first reading, in Wh."""
        for reading in meter_value or []:
            for sample in reading.get("sampled_value", []):
                if sample.get("measurand", "Energy.Active.Import.Register") == "Energy.Active.Import.Register":
                    unit = value(sample, "unit_of_measure", "unit") or "Wh"
                    return float(sample["value"]) * (1000 if unit == "kWh" else 1)
        return None

    @on("TransactionEvent")
    def transaction_event(self, event_type, timestamp, trigger_reason, seq_no, transaction_info, meter_value=None, **kwargs):
        self.handled("TransactionEvent")
        transaction = transaction_info["transaction_id"]
        energy = self.energy(meter_value)
        if event_type == "Started":
            self.meter_start[transaction] = energy
            tag = value(kwargs, "id_token", "id_token")
            if trigger_reason == "RemoteStart" and transaction_info.get("remote_start_id") == REMOTE_START_ID:
                self.remote_transaction = transaction
                self.record.remote_started = tag == REMOTE_TAG
            elif self.local_transaction is None:
                self.local_transaction = transaction
                self.record.local_started = tag in self.record.authorized and seq_no == 0
            return result201.TransactionEvent(id_token_info={"status": "Accepted"})
        if event_type == "Updated" and transaction == self.local_transaction and energy is not None:
            self.record.local_meter_values += 1
        if event_type == "Ended":
            if transaction == self.local_transaction:
                self.record.local_stopped = True
                start = self.meter_start.get(transaction)
                self.record.energy_ok = start is not None and energy is not None and energy > start
            if transaction == self.remote_transaction:
                self.record.remote_stopped_reason = transaction_info.get("stopped_reason")
        return result201.TransactionEvent()

    @after("TransactionEvent")
    async def remote_commands(self, event_type, transaction_info, **_):
        transaction = transaction_info["transaction_id"]
        if event_type == "Ended" and transaction == self.local_transaction and self.record.remote_start_answer is None:
            answer = await self.call(
                call201.RequestStartTransaction(
                    id_token={"idToken": REMOTE_TAG, "type": "Central"}, remote_start_id=REMOTE_START_ID, evse_id=1
                )
            )
            self.record.remote_start_answer = getattr(answer, "status", "CALLERROR")
        if event_type == "Started" and transaction == self.remote_transaction and self.record.remote_stop_answer is None:
            answer = await self.call(call201.RequestStopTransaction(transaction_id=transaction))
            self.record.remote_stop_answer = getattr(answer, "status", "CALLERROR")


def expectations(record):
    return [
        ("boot", record.boots >= 1),
        ("authorize with the card", any(tag and tag != REMOTE_TAG for tag in record.authorized)),
        ("local transaction started after Authorize", record.local_started),
        ("meter values during the local transaction", record.local_meter_values >= 1),
        ("local transaction stopped with more energy than at its start", record.local_stopped and record.energy_ok),
        ("remote start answered Accepted", record.remote_start_answer == "Accepted"),
        ("remote transaction started with the remote token", record.remote_started),
        ("remote stop answered Accepted", record.remote_stop_answer == "Accepted"),
        ("remote transaction stopped with reason Remote", record.remote_stopped_reason == "Remote"),
        (
            "every CALL passed the ocpp package's schema validation",
            sum(record.raw_calls.values()) > 0 and record.raw_calls == record.handled_calls,
        ),
        ("no unparsable frame", not record.errors),
    ]


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--password", required=True)
    parser.add_argument("--expect-chargers", type=int, required=True)
    arguments = parser.parse_args()

    def check_credentials(connection, request):
        charger = request.path.rstrip("/").split("/")[-1]
        expected = "Basic " + base64.b64encode(f"{charger}:{arguments.password}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            return connection.respond(HTTPStatus.UNAUTHORIZED, "bad credentials\n")
        return None

    async def handler(connection):
        charger = connection.request.path.rstrip("/").split("/")[-1]
        version = connection.subprotocol
        record = records[charger] or Record(version)
        records[charger] = record
        if version == "ocpp1.6":
            central = CentralSystem16(charger, connection, record)
        else:
            central = CentralSystem201(charger, connection, record)
        try:
            await central.start()
        except ConnectionClosed:
            pass
        except Exception as error:  # a bug here, not the charger's: say so
            record.errors.append(f"central system error: {error!r}")
            print(f"central system error for {charger}: {error!r}", file=sys.stderr, flush=True)

    stop = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, lambda: stop.done() or stop.set_result(None))
    async with serve(
        handler,
        "127.0.0.1",
        0,
        subprotocols=["ocpp1.6", "ocpp2.0.1"],
        process_request=check_credentials,
    ) as server:
        print(f"port {server.sockets[0].getsockname()[1]}", flush=True)
        await stop

    failures = 0
    seen = [(charger, record) for charger, record in records.items() if record is not None]
    if len(seen) != arguments.expect_chargers:
        print(f"FAIL expected {arguments.expect_chargers} chargers, saw {len(seen)}")
        failures += 1
    for charger, record in sorted(seen):
        for name, held in expectations(record):
            print(f"{'ok' if held else 'FAIL'} {charger} {record.version}: {name}")
            failures += 0 if held else 1
        print(f"   {charger} calls: {dict(record.raw_calls)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    asyncio.run(main())
