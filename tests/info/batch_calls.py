"""A 信息 test's count of the batch writes an import makes (core.batch.create_many): whether a
file went through the batch or row by row."""

from __future__ import annotations

from typing import Any

from officedesk.core import batch


def count_batches(monkeypatch: Any) -> list[int]:
    """The rows of each batch write from now on."""
    calls: list[int] = []
    real = batch.create_many

    def counted(spec: Any, rows: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(len(rows))
        return real(spec, rows, *args, **kwargs)

    monkeypatch.setattr(batch, "create_many", counted)
    return calls
