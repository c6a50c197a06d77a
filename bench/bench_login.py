"""Log-in answers: how long a refused log-in takes for a locked account, an unknown name and a
wrong password (issue 10 point 11: the time must not tell them apart), and a good log-in.

    .venv/bin/python bench/bench_login.py [TRIES]      # default: 15 of each

Works on a temporary database; prints one table (median and spread in ms). The "before" column
is what the issue measured on the old code (a locked account answered in 1 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="officedesk-bench-login-"))
os.environ["OFFICEDESK_HOME"] = str(HOME)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from officedesk.core import settings, users  # noqa: E402
from officedesk.core.actor import CLI_ACTOR  # noqa: E402
from officedesk.core.errors import LoginError  # noqa: E402
from officedesk.store import db as store_db  # noqa: E402

PASSWORD = "Right-pass-2026"


def timed(name: str, password: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        users.authenticate(name, password)
        answer = "ok"
    except LoginError as exc:
        answer = exc.message
    return (time.perf_counter() - start) * 1000, answer


def main() -> None:
    tries = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    store_db.open_database(str(HOME / "bench.db"))
    settings.put("security.lockout_attempts", 3)
    users.create_user("zhang", PASSWORD, "clerk", CLI_ACTOR)
    users.create_user("li", PASSWORD, "clerk", CLI_ACTOR)
    for _ in range(3):
        timed("li", "wrong")  # li is locked from now on
    cases = {"locked (right password)": ("li", PASSWORD), "unknown name": ("nobody", PASSWORD),
             "wrong password": ("zhang", "wrong"), "good log-in": ("zhang", PASSWORD)}
    before = {"locked (right password)": "1", "unknown name": "130", "wrong password": "~130",
              "good log-in": "~130"}
    print(f"{'case':26} {'median ms':>10} {'min':>7} {'max':>7} {'before ms':>10}  same answer")
    answers = set()
    for case, (name, password) in cases.items():
        times = []
        for _ in range(tries):
            ms, answer = timed(name, password)
            times.append(ms)
            if case == "wrong password":  # keep zhang unlocked
                users.unlock("zhang", CLI_ACTOR)
        if case != "good log-in":
            answers.add(answer)
        print(f"{case:26} {statistics.median(times):10.1f} {min(times):7.1f} {max(times):7.1f} "
              f"{before[case]:>10}  {'-' if case == 'good log-in' else len(answers) == 1}")
    print(f"{tries} tries each; refused answers identical: {len(answers) == 1}")


if __name__ == "__main__":
    main()
