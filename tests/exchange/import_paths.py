"""Import a sheet by one of the three paths a rule must hold on alike: the batch, the row-by-row
path (a registry the batch cannot take), and `import --history`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from officedesk.core import batch
from officedesk.exchange import xlsx

PATHS = ["batch", "rows", "history"]


def import_by(how: str, spec: Any, path: Path, actor: Any, monkeypatch: Any) -> Any:
    if how == "history":
        return xlsx.import_file(spec, path, actor, history=True)
    if how == "batch":
        return xlsx.import_file(spec, path, actor)
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec: False)
        return xlsx.import_file(spec, path, actor)
