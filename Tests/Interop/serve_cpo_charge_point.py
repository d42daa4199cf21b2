"""A charge point written with Python's `ocpp` package (OCPP 1.6J over `websockets`) charging at
`roamgate serve cpo`; then the CDR is fetched over OCPI and checked against the tariff it names.

usage: python serve_cpo_charge_point.py OCPP_URL CHARGER_ID VERSIONS_URL TOKEN
Prints one 'ok …' line per check, 'FAIL …' on a failure, and exits 1 if any check failed.
"""

import asyncio
import base64
import json
import sys
import urllib.request
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

import websockets
from ocpp.v16 import ChargePoint, call
from ocpp.v16.enums import AuthorizationStatus, RegistrationStatus

failures = []


def check(name, condition, detail=""):
    if condition:
        print(f"ok {name}")
    else:
        print(f"FAIL {name} {detail}")
        failures.append(name)


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Charger(ChargePoint):
    async def charge(self, meter_start, meter_stop):
        boot = await self.call(call.BootNotification(charge_point_model="PyCP", charge_point_vendor="Interop"))
        check("boot accepted", boot.status == RegistrationStatus.accepted, boot.status)
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing"))
        authorized = await self.call(call.Authorize(id_tag="PYCARD0001"))
        check("authorize accepted", authorized.id_tag_info["status"] == AuthorizationStatus.accepted)
        start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=30)
        started = await self.call(
            call.StartTransaction(connector_id=1, id_tag="PYCARD0001", meter_start=meter_start, timestamp=stamp(start))
        )
        transaction = started.transaction_id
        check("transaction started", isinstance(transaction, int) and transaction > 0, str(transaction))
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Charging"))
        for minutes, register in [(10, meter_start + 2000), (20, meter_start + 5000)]:
            await self.call(
                call.MeterValues(
                    connector_id=1,
                    transaction_id=transaction,
                    meter_value=[
                        {
                            "timestamp": stamp(start + timedelta(minutes=minutes)),
                            "sampledValue": [
                                {"value": str(register), "measurand": "Energy.Active.Import.Register", "unit": "Wh"}
                            ],
                        }
                    ],
                )
            )
        stopped = await self.call(
            call.StopTransaction(
                meter_stop=meter_stop,
                timestamp=stamp(start + timedelta(minutes=30)),
                transaction_id=transaction,
                reason="EVDisconnected",
                id_tag="PYCARD0001",
            )
        )
        check("transaction stopped", stopped is not None)
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Finishing"))
        await self.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))


def ocpi_get(url, token):
    request = urllib.request.Request(url, headers={"Authorization": "Token " + base64.b64encode(token.encode()).decode()})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def expected_excl_vat(tariff, kwh):
    """The price of a short session (no time restriction reached) from the tariff's ENERGY, FLAT
    and TIME components without restrictions (OCPI 2.2.1 §11.3)."""
    total = Decimal(0)
    for element in tariff["elements"]:
        if element.get("restrictions"):
            continue
        for component in element["price_components"]:
            price = Decimal(str(component["price"]))
            if component["type"] == "ENERGY":
                total += price * kwh
            elif component["type"] == "FLAT":
                total += price
            elif component["type"] == "TIME":
                total += price * Decimal("0.5")
    return total


async def main(ocpp_url, charger_id, versions_url, token):
    meter_start, meter_stop = 1000, 8500
    async with websockets.connect(f"{ocpp_url}/{charger_id}", subprotocols=["ocpp1.6"], open_timeout=15) as socket:
        charger = Charger(charger_id, socket)
        reader = asyncio.ensure_future(charger.start())
        await asyncio.wait_for(charger.charge(meter_start, meter_stop), timeout=30)
        reader.cancel()

    versions = ocpi_get(versions_url, token)["data"]
    details = ocpi_get(next(v["url"] for v in versions if v["version"] == "2.2.1"), token)["data"]
    endpoints = {e["identifier"]: e["url"] for e in details["endpoints"]}
    cdrs = []
    for _ in range(50):
        cdrs = ocpi_get(endpoints["cdrs"], token)["data"]
        if cdrs:
            break
        await asyncio.sleep(0.1)
    check("one CDR over OCPI", len(cdrs) == 1, str(len(cdrs)))
    if not cdrs:
        return
    cdr = cdrs[0]
    kwh = Decimal(meter_stop - meter_start) / 1000
    check("CDR energy is the meter's", Decimal(str(cdr["total_energy"])) == kwh, f"{cdr['total_energy']} vs {kwh}")
    tariff_ids = [t["id"] for t in cdr.get("tariffs", [])] or [
        d.get("tariff_id") for p in cdr["charging_periods"] for d in [p] if d.get("tariff_id")
    ]
    tariffs = {t["id"]: t for t in ocpi_get(endpoints["tariffs"], token)["data"]}
    check("CDR names a published tariff", bool(tariff_ids) and tariff_ids[0] in tariffs, str(tariff_ids))
    if tariff_ids and tariff_ids[0] in tariffs:
        expected = expected_excl_vat(tariffs[tariff_ids[0]], kwh).quantize(Decimal("0.01"), ROUND_HALF_UP)
        actual = Decimal(str(cdr["total_cost"]["excl_vat"]))
        check("CDR price is the tariff's", abs(actual - expected) <= Decimal("0.01"), f"{actual} vs {expected}")
    check("CDR names the charger's location", cdr["cdr_location"]["id"].endswith(charger_id[3:]), cdr["cdr_location"]["id"])
    sessions = ocpi_get(endpoints["sessions"], token)["data"]
    check("session completed", any(s["status"] == "COMPLETED" for s in sessions), json.dumps(sessions)[:200])


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
    sys.exit(1 if failures else 0)
