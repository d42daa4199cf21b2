#!/usr/bin/env bash
# Checks real reports with tools we did not write: report.json against Reports/report.schema.json
# (Python jsonschema) and junit.xml with junitparser, for a run that pauses and one that expands.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$here/python-env.sh"
cd "$root"
bin="$(swift build --show-bin-path)/roamgate"
[ -x "$bin" ] || swift build --product roamgate >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for scenario in pause stay-narrow; do
    set +e
    timeout 300 "$bin" run "Scenarios/$scenario.json" --report-dir "$work/$scenario" >"$work/$scenario.out" 2>&1
    code=$?
    set -e
    case "$scenario:$code" in
        pause:2|stay-narrow:1) ;;
        *) echo "unexpected exit $code for $scenario"; cat "$work/$scenario.out"; exit 1 ;;
    esac
    python3 - "$work/$scenario" <<'PY'
import json, sys, jsonschema, junitparser
directory = sys.argv[1]
schema = json.load(open("Reports/report.schema.json"))
report = json.load(open(f"{directory}/report.json"))
jsonschema.validate(report, schema)
xml = junitparser.JUnitXml.fromfile(f"{directory}/junit.xml")
suites = list(xml)
assert [s.name for s in suites] == ["P1", "P2", "P3", "P4"], [s.name for s in suites]
cases = sum(len(list(s)) for s in suites)
failures = sum(1 for s in suites for c in s for r in c.result if isinstance(r, junitparser.Failure))
failed_checks = sum(1 for p in report["phases"] for c in p["checks"] if c["status"] == "failed")
assert (failures > 0) == (failed_checks > 0), (failures, failed_checks)
with open(f"{directory}/evidence.jsonl") as f:
    lines = [json.loads(line) for line in f]
assert lines and all("seq" in l for l in lines)
html = open(f"{directory}/report.html").read()
assert "<svg" in html and "<script" not in html
print(f"{directory}: decision {report['decision']}, {cases} junit cases, {failures} failures, {len(lines)} evidence lines: schema and JUnit valid")
PY
done
