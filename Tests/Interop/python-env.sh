#!/usr/bin/env bash
# Sourced by interop scripts: creates (once) a virtual environment with the Python peers and
# puts it first on PATH. Packages come from PyPI by name.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check websockets ocpp junitparser jsonschema
fi
export PATH="$venv/bin:$PATH"
