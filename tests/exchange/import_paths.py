"""Import a sheet by one of the three paths a rule must hold on alike: the batch, the row-by-row
path (a registry the batch cannot take), and `import --history`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from officedesk.core import batch
from officedesk.exchange import xlsx

PATHS = ["batch", "rows", "history"]


def import_by(how: str, spec: Any, path: Path, actor: Any, monkeypatch: Any, **options: Any) -> Any:
    if how == "history":
        return xlsx.import_file(spec, path, actor, history=True, **options)
    if how == "batch":
        return xlsx.import_file(spec, path, actor, **options)
    with monkeypatch.context() as patched:
        patched.setattr(batch, "supported", lambda spec, rows=None: False)
        return xlsx.import_file(spec, path, actor, **options)


def both_dry(spec: Any, path: Path, actor: Any, monkeypatch: Any) -> tuple[Any, Any]:
    """The dry runs of the batch and of the row-by-row path, to compare what they say."""
    return (import_by("batch", spec, path, actor, monkeypatch, dry_run=True),
            import_by("rows", spec, path, actor, monkeypatch, dry_run=True))
