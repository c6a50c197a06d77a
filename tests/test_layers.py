"""The layer rule: core, store, printing, exchange, demo and the CLI never import Qt.

Checked twice: by importing every such module in a fresh interpreter where PySide6 and shiboken6
cannot be imported, and by reading the source of every file outside officedesk/ui."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "officedesk"
QT_FREE_PACKAGES = [
    "officedesk.core",
    "officedesk.store",
    "officedesk.printing",
    "officedesk.exchange",
    "officedesk.demo",
]
QT_FREE_MODULES = ["officedesk.cli", "officedesk.paths", "officedesk.resources"]
QT_NAMES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
# The GUI's own start-up (QApplication, translations, main window) sits above ui and may use Qt.
GUI_FILES = {PACKAGE / "app.py"}

IMPORT_ALL_WITHOUT_QT = r"""
import importlib, importlib.abc, json, pkgutil, sys

BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"layer rule: {name} imported outside officedesk.ui")
        return None

sys.meta_path.insert(0, NoQt())
packages, modules = json.loads(sys.argv[1])
names = list(modules)
for package_name in packages:
    package = importlib.import_module(package_name)
    names.append(package_name)
    names.extend(info.name for info in pkgutil.walk_packages(package.__path__, package_name + "."))
failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except BaseException as exc:  # noqa: BLE001 (report every module)
        failed[name] = f"{type(exc).__name__}: {exc}"
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
print(json.dumps({"imported": names, "failed": failed, "leaked": leaked}))
"""


def test_modules_below_ui_import_with_qt_blocked():
    report = _import_without_qt(QT_FREE_PACKAGES, QT_FREE_MODULES)
    assert report["failed"] == {}
    assert report["leaked"] == []
    imported = set(report["imported"])
    assert {
        "officedesk.core.users",
        "officedesk.core.check",
        "officedesk.store.db",
        "officedesk.cli",
    } <= imported
    assert len(imported) > 20


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names = [str(node.args[0].value)]
        found.extend(
            f"{path.relative_to(ROOT)}:{node.lineno} {name}"
            for name in names
            if name.split(".")[0] in QT_NAMES
        )
    return found


def test_no_file_outside_ui_imports_qt():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if PACKAGE / "ui" in path.parents or path in GUI_FILES:
            continue
        offenders.extend(_qt_imports(path))
    assert offenders == []


def _import_without_qt(packages: list[str], modules: list[str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_WITHOUT_QT, json.dumps([packages, modules])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_checks_can_fail():
    """A module that does import Qt is caught by both checks."""
    qt_module = next(p for p in sorted((PACKAGE / "ui").glob("*.py")) if _qt_imports(p))
    name = "officedesk.ui." + qt_module.stem
    report = _import_without_qt([], [name])
    assert "layer rule" in report["failed"][name]


# ui reads records only through core, which applies the actor's clearance and masking (README
# 安全): a ui file imports no store module that holds the registries' models. Allowed: the
# database handle (closing it at shutdown), the file guards (paths, no records) and the search
# index, whose search takes the clearance.
UI_STORE_ALLOWED = {"officedesk.store.db", "officedesk.store.file_guard", "officedesk.store.search_index"}


def _store_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            names += [f"{module}.{alias.name}" for alias in node.names]
    return [name for name in names
            if (name == "officedesk.store" or name.startswith("officedesk.store.")
                or (name.startswith(".") and "store" in name.split(".")))
            and not any(name == allowed or name.startswith(allowed + ".") for allowed in UI_STORE_ALLOWED)]


def _spec_model_reads(path: Path) -> list[str]:
    """`<a registry spec>.model` in ui: the model reached through core's declaration (the 单位
    filter once read `self.spec.model.select(...)` with no clearance)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "model":
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "spec" or name.isupper():
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_ui_reads_no_store_model_directly():
    offending = {str(path.relative_to(ROOT)): found for path in sorted((PACKAGE / "ui").rglob("*.py"))
                 if (found := _store_imports(path))}
    assert offending == {}, offending
    spec_models = [hit for path in sorted((PACKAGE / "ui").rglob("*.py")) for hit in _spec_model_reads(path)]
    assert spec_models == []
