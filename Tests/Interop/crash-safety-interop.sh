#!/usr/bin/env bash
# kill -9 in the middle of a run: the evidence log must be readable up to its last complete line, and
# no half-written report may exist (reports are written to a temporary name and renamed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
bin="$(swift build --show-bin-path)/roamgate"
[ -x "$bin" ] || swift build --product roamgate >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" run Scenarios/pilot.json --report-dir "$work/run" >/dev/null 2>&1 &
pid=$!
# Wait until the run has written some evidence, then kill it hard.
for _ in $(seq 1 100); do
    [ -s "$work/run/evidence.jsonl" ] && [ "$(wc -l < "$work/run/evidence.jsonl")" -gt 1000 ] && break
    sleep 0.05
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
python3 - "$work/run" <<'PY'
import json, os, sys
directory = sys.argv[1]
data = open(f"{directory}/evidence.jsonl", "rb").read()
lines = data.split(b"\n")
complete, tail = lines[:-1], lines[-1]
parsed = [json.loads(line) for line in complete]
assert parsed, "no complete evidence line was written before the kill"
assert [entry["seq"] for entry in parsed] == list(range(1, len(parsed) + 1)), "evidence lines out of order"
for name in os.listdir(directory):
    assert not name.endswith(".tmp"), f"temporary file {name} left behind"
    if name.startswith("report."):
        path = f"{directory}/{name}"
        if name.endswith(".json"):
            json.load(open(path))
print(f"killed mid-run: {len(parsed)} complete evidence lines, all readable in order; {len(tail)} bytes of a partial line")
PY
