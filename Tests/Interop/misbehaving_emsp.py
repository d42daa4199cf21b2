"""An OCPI 2.2.1 eMSP that registers a CPO but then gets things wrong, for mirror mode's interop test.

    python misbehaving_emsp.py TOKEN_A

Prints `versions: URL` once listening on 127.0.0.1 (a free port). Its faults, each one a mirror check:
  M-REG-002  token A still opens the tokens module after registration;
  M-RCV-001  a CDR POST is answered without a Location header (OCPI 2.2.1 §10.2.2);
  M-RCV-002  a Location reads back without its `publish` field;
  M-TOK-001  its one token has the country code "Germany";
  M-TOK-002  real-time authorization answers allowed "YES";
  M-TOK-003  a token it cannot know is ALLOWED;
  M-CMD-001  after registering, it sends the CPO a START_SESSION and refuses the CommandResult (2001).
Stops by itself after 120 s.
"""

import base64
import json
import sys
import threading
import urllib.request
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN_A = sys.argv[1]
TOKEN_C = "misbehaving-token-c"
state = {"locations": {}, "base": ""}


def now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def envelope(data=None, code=1000, message=None):
    body = {"status_code": code, "timestamp": now()}
    if data is not None:
        body["data"] = data
    if message:
        body["status_message"] = message
    return body


def token_of(header):
    if not header or not header.startswith("Token "):
        return None
    value = header[len("Token "):]
    try:
        return base64.b64decode(value, validate=True).decode()
    except Exception:
        return value


def send_command(cpo_versions, cpo_token):
    """Plays an eMSP that starts a session: POST START_SESSION to the CPO's commands receiver."""
    auth = {"Authorization": "Token " + base64.b64encode(cpo_token.encode()).decode()}

    def get(url):
        with urllib.request.urlopen(urllib.request.Request(url, headers=auth), timeout=10) as answer:
            return json.load(answer)["data"]

    try:
        details_url = next(v["url"] for v in get(cpo_versions) if v["version"] == "2.2.1")
        endpoints = get(details_url)["endpoints"]
        commands = next(e["url"] for e in endpoints if e["identifier"] == "commands")
        body = {
            "response_url": state["base"] + "/ocpi/2.2.1/commands/START_SESSION/cmd-1",
            "token": {"uid": "MSB0001", "type": "RFID", "contract_id": "DE-MSB-C00001"},
            "location_id": "LOC-AC-11KW-01",
        }
        request = urllib.request.Request(
            commands + "/START_SESSION",
            data=json.dumps(body).encode(),
            headers=dict(auth, **{"Content-Type": "application/json"}),
            method="POST",
        )
        urllib.request.urlopen(request, timeout=10).read()
    except Exception as error:  # the test then fails on M-CMD-001 being not applicable
        print("command not sent:", error, file=sys.stderr)


class EMSP(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"null")

    def authorized(self):
        # Fault M-REG-002: token A keeps working after registration.
        if token_of(self.headers.get("Authorization")) in (TOKEN_A, TOKEN_C):
            return True
        self.answer(401, envelope(code=2000, message="unknown token"))
        return False

    def do_GET(self):
        if not self.authorized():
            return
        base, path = state["base"], self.path.split("?")[0].rstrip("/").split("/")[1:]
        if path == ["ocpi", "versions"]:
            return self.answer(200, envelope([{"version": "2.2.1", "url": base + "/ocpi/2.2.1"}]))
        if path == ["ocpi", "2.2.1"]:
            modules = [("credentials", "SENDER"), ("locations", "RECEIVER"), ("sessions", "RECEIVER"),
                       ("cdrs", "RECEIVER"), ("tariffs", "RECEIVER"), ("tokens", "SENDER"), ("commands", "SENDER")]
            endpoints = [{"identifier": m, "role": r, "url": f"{base}/ocpi/2.2.1/{m}"} for m, r in modules]
            return self.answer(200, envelope({"version": "2.2.1", "endpoints": endpoints}))
        if path == ["ocpi", "2.2.1", "tokens"]:
            # Fault M-TOK-001: country_code must be ISO 3166 alpha-2.
            token = {"country_code": "Germany", "party_id": "MSB", "uid": "MSB0001", "type": "RFID",
                     "contract_id": "DE-MSB-C00001", "issuer": "Misbehaving", "valid": True,
                     "whitelist": "ALLOWED", "last_updated": now()}
            return self.answer(200, envelope([token]), {"X-Total-Count": "1", "X-Limit": "100"})
        if len(path) == 6 and path[2] == "locations":
            stored = state["locations"].get("/".join(path[3:6]))
            if stored is None:
                return self.answer(404, envelope(code=2003, message="unknown location"))
            changed = dict(stored)
            changed.pop("publish", None)  # Fault M-RCV-002.
            return self.answer(200, envelope(changed))
        if len(path) == 6 and path[2] in ("sessions", "tariffs"):
            return self.answer(200, envelope(state.get("/".join(path[2:6]))))
        self.answer(404, envelope(code=2000, message="unknown endpoint"))

    def do_PUT(self):
        if not self.authorized():
            return
        path, body = self.path.rstrip("/").split("/")[1:], self.body()
        if len(path) == 6 and path[2] == "locations":
            state["locations"]["/".join(path[3:6])] = body
        elif len(path) == 6:
            state["/".join(path[2:6])] = body
        self.answer(200, envelope())

    def do_POST(self):
        if not self.authorized():
            return
        path, body = self.path.split("?")[0].rstrip("/").split("/")[1:], self.body()
        if path == ["ocpi", "2.2.1", "credentials"]:
            threading.Timer(1.0, send_command, (body["url"], body["token"])).start()
            roles = [{"role": "EMSP", "country_code": "DE", "party_id": "MSB",
                      "business_details": {"name": "Misbehaving eMSP"}}]
            credentials = {"token": TOKEN_C, "url": state["base"] + "/ocpi/versions", "roles": roles}
            return self.answer(200, envelope(credentials))
        if path == ["ocpi", "2.2.1", "cdrs"]:
            return self.answer(200, envelope())  # Fault M-RCV-001: no Location header.
        if len(path) == 5 and path[2] == "tokens" and path[4] == "authorize":
            # Faults M-TOK-002 ("YES" is no AllowedType) and M-TOK-003 (unknown tokens are allowed).
            allowed = "YES" if path[3] == "MSB0001" else "ALLOWED"
            return self.answer(200, envelope({"allowed": allowed, "token": {"uid": path[3]}}))
        if len(path) == 6 and path[2] == "commands":
            return self.answer(400, envelope(code=2001, message="CommandResult refused"))  # Fault M-CMD-001.
        self.answer(404, envelope(code=2000, message="unknown endpoint"))


server = ThreadingHTTPServer(("127.0.0.1", 0), EMSP)
state["base"] = f"http://127.0.0.1:{server.server_address[1]}"
print(f"versions: {state['base']}/ocpi/versions", flush=True)
threading.Timer(120, server.shutdown).start()
server.serve_forever()
