#!/usr/bin/env bash
# Set up (first time only) and start OfficeDesk's window on the embedded SQLite database in the
# user data folder. Arguments go to the program, e.g. `bash scripts/run.sh --db /path/office.db`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh run
exec "$ROOT/.venv/bin/officedesk" "$@"
