"""Update the English translation source from the GUI code and compile it.

    python scripts/build_translations.py          # lupdate (keeps done translations) + lrelease
    python scripts/build_translations.py --check  # only compile; fail if the .qm is missing

Source strings are Simplified Chinese; resources/translations/officedesk_en.ts holds English.
The compiled .qm is committed too, so a fresh checkout shows English without this step."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "officedesk_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt Linguist tools)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "officedesk" / "ui").rglob("*.py"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-update", action="store_true", help="compile only, do not rescan the code")
    args = parser.parse_args()
    if not args.no_update:
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "zh_CN",
                        "-target-language", "en", "-ts", str(TS)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"translations: {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
