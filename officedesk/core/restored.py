"""A database restored outside the program (PostgreSQL's pg_restore, a file copied back by hand):
the step the program's own `restore` (core.backups) takes, taken afterwards.

What the anchor file (core.anchor) remembers — the highest number ever issued per sequence, the
audit chain's length and head — is newer than such a database. `settle` raises every sequence to
the anchor's high-water mark, keeps the numbers issued after the backup (now lost) as void
(恢复备份后丢失), notes the restore in the audit trail and anchors the database as it now is.
Until then numbering refuses to issue a number at or below the mark (core.numbering), and
`check` says the chain and the sequences fell behind the anchor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officedesk.core import anchor, audit, clock, i18n, numbering, settings
from officedesk.core.actor import Actor, require_admin
from officedesk.core.errors import ConflictError, DatabaseError
from officedesk.store.bulk import bulk_insert
from officedesk.store.db import database, guarded, write_transaction
from officedesk.store.models import IssuedNumber, NumberSequence

COMMAND = numbering.RESTORED_COMMAND
REASON = "恢复备份后丢失（备份之后发出）"
# a sequence whose lost numbers are this many is refused: a typing error in the anchor file
# or a mark that is no number of this office
MAX_LOST = 100_000


@dataclass
class SettledReport:
    anchor_file: Path
    anchored_entries: int  # the audit entries the anchor file knew
    entries: int  # the audit entries the restored database holds
    raised: dict[str, tuple[int, int]] = field(default_factory=dict)  # key -> (was, now)
    voided: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"已整理在程序之外恢复的数据库（锚定文件 {self.anchor_file}）。"]
        if self.entries < self.anchored_entries:
            lines.append(f"审计记录现有 {self.entries} 条，恢复前为 {self.anchored_entries} 条：其间的操作已不在"
                         "恢复后的数据库中，需要时请从恢复前的数据库或纸面记录中找回。")
        for key, (was, now) in sorted(self.raised.items()):
            kind, prefix, year = key.split("|")
            label = numbering.KINDS[kind].label if kind in numbering.KINDS else kind
            lines.append(f"{label} {prefix}{year} 年的序列从 {was} 提到 {now}。")
        if self.voided:
            more = f" 等 {len(self.voided)} 个" if len(self.voided) > 10 else ""
            lines.append(f"备份之后发出的编号已作废，不会再次使用：{'、'.join(self.voided[:10])}{more}。")
        if not self.raised:
            lines.append("编号序列没有落后于恢复前发出的编号，无需调整。")
        lines.append("已重新锚定；请运行 officedesk check 核对。")
        return "\n".join(lines)


def _anchor_marks(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    data = anchor.read(path)
    if data is None:
        raise ConflictError(
            i18n.text("本机没有这个数据库的锚定文件（%1），不知道恢复前发出过哪些编号，没有"
                      "整理。请在平时运行 officedesk check 或 backup"
                      " 的那台电脑上运行 %2，或用环境变量 %3 指向那个锚定文件。",
                      path, COMMAND, anchor.ANCHOR_ENV))
    if data.get("broken"):
        raise ConflictError(i18n.text("锚定文件“%1”无法读取（被改动或损坏），没有整理。请"
                                      "报告管理员。",
                                      path))
    if not anchor.belongs(data):
        raise ConflictError(
            i18n.text("锚定文件“%1”是另一个数据库的（两者的第一条审计记录不同），不是这个"
                      "数据库恢复前的，没有整理。请在平时为这个数据库运行 check 或 b"
                      "ackup 的电脑上运行 %2，或用环境变量 %3 指向它的锚定文件。",
                      path, COMMAND, anchor.ANCHOR_ENV))
    marks: dict[str, int] = {}
    for key, value in (data.get("numbers") or {}).items():
        if str(key).count("|") == 2 and str(value).isdigit() and str(key).split("|")[2].isdigit():
            marks[str(key)] = int(value)
    return data, marks


def settle(actor: Actor) -> SettledReport:
    """After a restore outside the program (see the module's notes). Administrators only."""
    require_admin(actor, "整理在程序之外恢复的数据库")
    if database.obj is None:
        raise DatabaseError("没有打开数据库。")
    path = anchor.anchor_path(database.obj)
    data, marks = _anchor_marks(path)
    with guarded("恢复后整理"):
        broken = audit.verify_chain()
    if broken:
        raise ConflictError(i18n.text("恢复后的数据库审计链有问题（%1），没有整理。请运行 "
                                      "officedesk check 查看，并报告管理员。",
                                      broken[0].message))
    now = clock.now()
    with guarded("恢复后整理"), write_transaction():
        issued = anchor.high_water()
        behind = {key: mark for key, mark in marks.items() if issued.get(key, 0) < mark}
        raised = {key: (issued.get(key, 0), mark) for key, mark in behind.items()}
        rows: list[tuple[object, ...]] = []
        voided: list[str] = []
        for key, mark in sorted(behind.items()):
            kind, prefix, year = key.split("|")
            if mark - issued.get(key, 0) > MAX_LOST:
                raise ConflictError(i18n.text("锚定文件记录的 %1 已发出最大号 %2 比数"
                                              "据库中的 %3 多出 %4 个号，不像本机关的"
                                              "编号，没有整理。请核对锚定文件。",
                                              key, mark, issued.get(key, 0), mark - issued.get(key, 0)))
            NumberSequence.insert(kind=kind, prefix=prefix, year=int(year), last_value=0
                                  ).on_conflict_ignore().execute()
            NumberSequence.update(last_value=mark).where(
                (NumberSequence.kind == kind) & (NumberSequence.prefix == prefix)
                & (NumberSequence.year == int(year)) & (NumberSequence.last_value < mark)).execute()
            if kind not in numbering.KINDS:
                continue
            for seq in range(issued.get(key, 0) + 1, mark + 1):
                text = numbering.format_number(kind, prefix, int(year), seq)
                voided.append(text)
                rows.append((kind, prefix, int(year), seq, text, "", None, "voided", now,
                             actor.username, REASON, actor.username, now))
        bulk_insert(IssuedNumber, [*numbering.ISSUED_COLUMNS, "voided_at"], rows)
        entries, _ = anchor.chain_state()
        anchored = int(data.get("audit_count") or 0)
        audit.record(actor, "restore", "system", None, None,
                     {"恢复方式": "程序之外（如 pg_restore）", "锚定审计条数": anchored,
                      "现有审计条数": entries, "作废编号": voided,
                      "提高的序列": {key: f"{was}→{mark}" for key, (was, mark) in raised.items()}},
                     "在程序之外恢复数据库后整理：编号序列提到恢复前的最大号，丢失的编号作废")
    settings.forget_cache()
    anchor.write(path, marks)
    return SettledReport(path, anchored, entries, raised, voided)
