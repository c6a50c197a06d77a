"""Files with petitioners' personal data unmasked (export --unmasked, print --unmasked, the
window's 打印（不遮盖） saved as PDF) are their owner's alone when the program makes them, even
over an earlier file of that name: under the usual umask 022 they were 0644, readable by every
account of the machine. Other outputs written again over a file keep its permissions."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from officedesk.store.file_guard import write_in_place
from tests.test_cli import Cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

ID = "110101199003071233"


@pytest.fixture
def usual_umask() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def office(tmp_path: Path) -> Cli:
    office = Cli.initialised(tmp_path, here=True)
    added = office("add", "petitions", "登记日期=2026-03-01", "信访形式=来信", "信访人=周大海",
                   f"身份证号={ID}", "联系电话=13812345678", "问题类别=劳动社保",
                   "反映内容=拖欠工资", "--json").stdout
    office.petition = str(json.loads(added)["id"])  # type: ignore[attr-defined]
    office("step", "petitions", office.petition, "处理", "处理方式=转送", "去向单位=县人社局")
    return office


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_unmasked_export_is_owner_only_even_over_an_older_file(office, tmp_path, usual_umask):
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    office("export", "petitions", str(masked))
    assert _mode(masked) == 0o644  # masked: what the clerk hands on, as any file he makes
    full.write_bytes(b"old")
    full.chmod(0o644)
    office("export", "petitions", str(full), "--unmasked", "--force")
    assert _mode(full) == 0o600
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_an_unmasked_paper_is_owner_only(office, tmp_path, usual_umask):
    masked, full = tmp_path / "masked.pdf", tmp_path / "full.pdf"
    office("print", "petition-transfer", office.petition, "-o", str(masked))
    office("print", "petition-transfer", office.petition, "--unmasked", "-o", str(full))
    assert (_mode(masked), _mode(full)) == (0o644, 0o600)


def test_an_output_written_again_keeps_its_permissions(tmp_path, usual_umask):
    target = tmp_path / "通知.pdf"
    write_in_place(target, b"%PDF-1 first")
    assert _mode(target) == 0o644
    target.chmod(0o600)  # the clerk locked it
    write_in_place(target, b"%PDF-1 again")
    assert _mode(target) == 0o600 and target.read_bytes() == b"%PDF-1 again"
