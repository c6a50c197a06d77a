"""`officedesk …` run in this process (cli.main) on one temporary database of a new office: the
command-line tests' set-up."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pymupdf as fitz
import pytest

from officedesk import cli
from officedesk.core import clock, settings

PASSWORD = "Geheim2026x"
TODAY = dt.date(2026, 11, 16)  # a Monday


def now_typed() -> str:
    """Now as a clerk types a time: a leader's 批示/阅/会签 recorded for him (代录) needs one."""
    return clock.now().strftime("%Y-%m-%d %H:%M:%S")


class Office:
    """`officedesk …` in this process (cli.main), on one temporary database."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = tmp_path / "office.db"
        self.out = tmp_path / "papers"
        self.capsys = capsys

    def __call__(self, *args: str, code: int = 0) -> tuple[str, str]:
        self.capsys.readouterr()
        result = cli.main([*args, "--db", str(self.db)])
        captured = self.capsys.readouterr()
        assert result == code, (args, result, captured.out, captured.err)
        return captured.out, captured.err

    def json(self, *args: str) -> dict:
        return json.loads(self(*args, "--json")[0])

    def step(self, registry: str, record_id: int, step: str, *pairs: str) -> dict:
        return self.json("step", registry, str(record_id), step, *pairs)

    def print(self, form: str, *ids: int, pages: int = 1) -> str:
        """Print a paper and read its text back."""
        target = self.out / f"{form}-{'-'.join(map(str, ids))}.pdf"
        # the same paper printed again after a step: the test's own file, replaced
        self("print", form, *map(str, ids), "-o", str(target), "--force")
        with fitz.open(target) as pdf:
            assert pdf.page_count >= pages
            return "".join(page.get_text() for page in pdf).replace("\n", "")


# the new office made once a test process (its database and home), copied for each test after:
# `init` (the tables, every migration, the administrator's scrypt hash) took 0.3–1.3 s a test
_made: list[Path] = []


def new_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> Iterator[Office]:
    """A fixture's body: a new office (its 全宗号 set) on TODAY, the clock reset after."""
    home = tmp_path / "home"
    monkeypatch.setenv("OFFICEDESK_HOME", str(home))
    monkeypatch.setenv("OFFICEDESK_ADMIN_PASSWORD", PASSWORD)
    clock.set_today(TODAY)
    run = Office(tmp_path, capsys)
    if _made:
        shutil.copyfile(_made[0] / "office.db", run.db)
        shutil.copytree(_made[0] / "home", home, dirs_exist_ok=True)
        settings.forget_cache()
    else:
        run("init", "--org", "中共某某县委办公室", "--code", "某委办")
        run("settings", "org.fonds", "Z021")  # each command closes the database: no WAL left
        kept = tmp_path.parent / "new-office"
        kept.mkdir()
        shutil.copyfile(run.db, kept / "office.db")
        shutil.copytree(home, kept / "home")
        _made.append(kept)
    yield run
    clock.set_today(None)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> Iterator[Office]:
    """A new office on TODAY (import it with Office: `from tests.cli_office import Office, office`)."""
    yield from new_office(tmp_path, monkeypatch, capsys)


def with_users(office: Office, monkeypatch: pytest.MonkeyPatch, *people: tuple[str, str, str, str]) -> Office:
    """The office with these users added by `users add` — (用户名, 姓名, 角色, 密级) —, their password
    from the environment and hashed cheaply (the tests of whom a record may name)."""
    from officedesk.core import passwords

    monkeypatch.setattr(passwords, "SCRYPT_N", 2**10)
    monkeypatch.setenv("OFFICEDESK_USER_PASSWORD", "pass1234")
    for username, name, role, clearance in people:
        office("users", "add", username, f"姓名={name}", f"角色={role}", f"密级={clearance}")
    return office
