"""A named pipe nobody writes to, given to a call that must refuse it without opening it."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest


def refusals_of_pipe(pipe: Path, call: Callable[[Path], object], what: str) -> list[BaseException]:
    """What `call(pipe)` raised, the pipe made first; the test fails when it opened the pipe and
    waited for a writer (`what` names the call in the failure)."""
    os.mkfifo(pipe)
    said: list[BaseException] = []

    def run() -> None:
        try:
            call(pipe)
        except BaseException as exc:  # noqa: BLE001 - told to the test
            said.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # opened it: let its open return (a writer that writes nothing)
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(30)
        pytest.fail(f"{what} opened the pipe and waited for a writer")
    return said
