"""What a restore says and keeps for the next one: its report (`RestoreReport.summary`), the
note of a restore that did not finish (`noting`, `earlier_restores`: where its kept copy is),
and the refusal of another office's backup (`OtherOfficeError`). The restore: core.backups."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from officedesk.core import i18n
from officedesk.core.errors import ConflictError
from officedesk.store import backup_facts


@dataclass
class Earlier:
    """A restore that did not finish (the program killed, the power gone): what it kept aside."""
    kept: str
    source: str
    at: str
    lost: dict[str, int] = field(default_factory=dict)


@dataclass
class RestoreReport:
    kept: Path | None  # the database as it was, kept aside (None: there was none, only an empty one)
    backup_time: dt.datetime | None
    lost: dict[str, int] = field(default_factory=dict)  # registry label -> records lost
    voided: list[str] = field(default_factory=list)  # numbers issued after the backup, now void
    removed: list[Path] = field(default_factory=list)  # older kept copies rotated away
    damaged: str = ""  # the database replaced could not be read (what SQLite said)
    replaced_office: str = ""  # another office's database was replaced on purpose: which
    earlier: list[Earlier] = field(default_factory=list)

    def summary(self) -> str:
        when = self.backup_time.strftime("%Y-%m-%d %H:%M") if self.backup_time else "（未知）"
        lines = [f"已从备份恢复。备份中的最后一次操作在 {when}。"]
        if self.replaced_office:
            lines.append(f"被替换的是另一个机关的数据库（{self.replaced_office}）：它的全部内容都不在恢复后的"
                         "数据库中，它的编号也不属于恢复后的机关，没有作废。")
        elif self.damaged:
            lines.append("原数据库文件已损坏，无法与备份逐条比对：备份之后新建或修改的记录不在恢复后的数据库中，"
                         "请从纸面记录或另存的损坏文件（可请技术人员抢救）中找回。")
        elif self.lost:
            parts = "、".join(f"{name} {n} 条" for name, n in self.lost.items())
            lines.append(f"此后新建或修改的记录已不在恢复后的数据库中：{parts}。")
        else:
            lines.append("备份之后没有新建或修改的记录，没有丢失。")
        for earlier in self.earlier:
            parts = "、".join(f"{name} {n} 条" for name, n in earlier.lost.items())
            lines.append(f"上一次恢复（{earlier.at}，从 {earlier.source}）没有完成；它恢复前的数据库另存为 "
                         f"{earlier.kept}" + (f"，其中有当时丢失的记录：{parts}" if parts else "")
                         + "，需要时可从中找回。")
        if self.voided:
            more = f" 等 {len(self.voided)} 个" if len(self.voided) > 10 else ""
            lines.append(f"备份之后发出的编号已作废，不会再次使用：{'、'.join(self.voided[:10])}{more}。")
        state = "（已损坏，原样另存）" if self.damaged else ""
        if self.kept is None:
            lines.append("恢复前这里还没有数据库（只有为恢复新建的空数据库），没有需要另存的内容。")
        else:
            lines.append(f"恢复前的数据库{state}另存为 {self.kept}，需要时可从中找回丢失的内容。")
        return "\n".join(lines)


class OtherOfficeError(ConflictError):
    """The backup is another office's database (another first audit entry)."""

    def __init__(self, message: str, question: str) -> None:
        super().__init__(message)
        self.question = question  # what the window asks before replacing on purpose


def office_named(name: str, code: str) -> str:
    return f"{name or '机关名称未知'}，代字 {code or '未知'}"



def refuse_other_office(source: Path, facts: backup_facts.BackupFacts, here: tuple[str, str, str],
                         target: str) -> None:
    """A backup is restored over its own office's database only: the first audit entry (made by
    init, kept by every backup and restore) names the office. Replacing another office's
    database with it is asked for on purpose (--replace-office, or the window's confirmation)."""
    first, name, code = here
    if not first or not facts.first or first == facts.first:
        return
    theirs, ours = office_named(*facts.org), office_named(name, code)
    raise OtherOfficeError(
        i18n.text("备份“%1”是另一个机关的数据库（%2），不是当前数据库（%3）的备份：两"
                  "者的第一条审计记录不同。没有恢复，数据库未改动。若要查看那个机关的备份，请"
                  "恢复到一个新文件：officedesk restore %1 --db 新"
                  "文件.db；若确要用它替换本机关（%3）的全部数据，请加 --replac"
                  "e-office（%4 仍会先另存一份）。",
                  source, theirs, ours, target),
        f"备份“{source.name}”是另一个机关（{theirs}）的数据库，不是本机关（{ours}）的备份。\n"
        "确要用它替换本机关的全部数据吗？当前数据库会先另存一份。")


# ---------------------------------------------------------------- an unfinished restore


def note_path(path: str) -> Path:
    return Path(path + ".restoring.json")


def earlier_restores(path: str) -> list[Earlier]:
    """The restores begun on this database that did not finish (their note is left)."""
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        data = json.loads(note_path(path).read_text(encoding="utf-8"))
        return [Earlier(str(e["kept"]), str(e["source"]), str(e["at"]),
                        {str(k): int(v) for k, v in (e.get("lost") or {}).items()}) for e in data]
    return []


def noting(path: str, earlier: list[Earlier], source: Path, lost: dict[str, int]):  # noqa: ANN202
    """Called with the copy kept aside, before the database is replaced: a note that names it,
    so that a restore run after this one is interrupted can say where the lost records are."""

    def note(kept: Path) -> None:
        entries = [*earlier, Earlier(str(kept), str(source), dt.datetime.now().strftime("%Y-%m-%d %H:%M"), lost)]
        note_file = note_path(path)
        try:
            note_file.write_text(json.dumps([e.__dict__ for e in entries], ensure_ascii=False),
                                 encoding="utf-8")
        except OSError:  # a full disk: no half-written note (an empty one names nothing)
            with contextlib.suppress(OSError):
                note_file.unlink(missing_ok=True)

    return note


def unnoting(path: str, earlier: list[Earlier]):  # noqa: ANN202
    """Called when the restore gave up with nothing replaced (its kept copy removed): the note
    is put back as it was — the earlier restores' entries, or none — so that the next restore
    does not tell of an unfinished one, nor of a copy no longer there."""

    def unnote() -> None:
        note_file = note_path(path)
        with contextlib.suppress(OSError):
            if earlier:
                note_file.write_text(json.dumps([e.__dict__ for e in earlier], ensure_ascii=False),
                                     encoding="utf-8")
            else:
                note_file.unlink(missing_ok=True)

    return unnote
