"""Print every form of `print --list` from the demo data, to PNG (`pdftoppm -r 80`, at most
4 pages a form) for docs/forms/.

    PYTHONPATH=$PWD .venv/bin/python scripts/render_forms.py docs/forms/after [--db FILE]

For each form the record with the most text is taken, so the pictures show the hard cases.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", type=Path, help="an existing database (default: fresh demo)")
    args = parser.parse_args()
    os.environ.setdefault("OFFICEDESK_HOME", tempfile.mkdtemp())
    from officedesk.demo import populate
    from officedesk.printing.proof import print_every_form
    from officedesk.store import db

    fresh = args.db is None or not args.db.exists()
    db.open_database(str(args.db or Path(tempfile.mkdtemp()) / "demo.sqlite"))
    if fresh:
        populate(size=20, seed=2026)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, pdf in print_every_form().items():
        path = args.out / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "80", "-l", "4", "-png", str(path), str(args.out / name)],
                       check=True)
        path.unlink()
        print(name)


if __name__ == "__main__":
    main()
