"""删除空期: an issue opened by mistake (另起新一期 chosen once too often) that holds no item and
has not gone out is removed, and the later issues, none of them 印发 yet, move up one number —
期号 within the year and 总期号 — so the numbers the office prints run without a gap. Their items'
issue labels (and the 县级采用 of their 编发) follow, voided items' too; a voided item of the
removed issue says it was removed (`removed_label`). An issue 印发, or one holding items, stays."""

from __future__ import annotations

from typing import Any

from officedesk.core import audit, records, registry
from officedesk.core.actor import Actor
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.info import periodicals
from officedesk.core.records import require_writer
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, write_transaction
from officedesk.store.info import InfoAction, InfoIssue, InfoItem


def _later(found: InfoIssue) -> list[InfoIssue]:
    """The periodical's issues numbered after `found`: later in its year, or later 总期号."""
    return list(InfoIssue.select().where(
        (InfoIssue.periodical == found.periodical) & (InfoIssue.id != found.id)
        & (((InfoIssue.year == found.year) & (InfoIssue.seq > found.seq))
           | (InfoIssue.total > found.total)))
        .order_by(InfoIssue.year, InfoIssue.seq))


def removal_refusal(found: InfoIssue, actor: Actor) -> str | None:
    """Why the issue may not be removed (None when it may). How many items it holds is said
    as the actor may see them (periodicals.count_of)."""
    label = periodicals.label_of(found)
    if found.state == periodicals.ISSUED:
        return f"{label}已于 {found.issued_on} 印发，不能删除。"
    held = periodicals.held_by(found.id)
    if held:
        seen = periodicals.count_of(found.id, actor)
        if not seen:  # none visible: no count, not even 0, and he cannot move them: who can
            return text("%1编入了信息，不是空期，不能删除；请由涉密权限足够的人员把信息移出或作废。",
                        periodicals.issue_text(found))
        return text("%1编入了 %2 条信息，不是空期，不能删除；请先把信息移出或作废。",
                    periodicals.issue_text(found), seen)
    issued = [i for i in _later(found) if i.state == periodicals.ISSUED]
    if issued:
        return (f"{periodicals.label_of(issued[0])}（总第{issued[0].total}期）已经印发，删除"
                f"{label}后期号无法连续，不能删除。")
    return None


def removed_label(found: InfoIssue) -> str:
    """每日要情 2026年原第2期（已删除）: the label a voided item of a removed issue keeps — its
    第2期 is the next issue's once that moves up, so the old label alone would name another."""
    return f"{found.periodical.name} {found.year}年原第{found.seq}期（已删除）"


def _out_of_removed(spec: Any, found: InfoIssue, label: str, moving: int, actor: Actor) -> None:
    """The items still pointing at the issue removed — voided ones, the only ones an empty issue
    has — say it was removed and leave its id (a new issue may take the id again); their
    history says why."""
    summary = (trail_text("删除空期：%1已删除，其后 %2 期依次提前一号", label, moving) if moving
               else trail_text("删除空期：%1已删除", label))
    for item in InfoItem.select().where(InfoItem.issue == found.id):
        records.save_changes(spec, item, {"issue_label": removed_label(found), "issue": None},
                             item.version, actor, summary=summary)


def remove_issue(issue_id: int, actor: Actor) -> list[InfoIssue]:
    """Remove an empty issue not yet 印发 and number the later ones up; returns those renumbered."""
    require_writer(actor)
    periodicals.require_publisher(actor, "删除空期")
    moved: list[InfoIssue] = []
    with guarded("删除"), write_transaction():
        periodicals.hold_issue(issue_id)  # no item 编发 into it, no new issue, meanwhile
        found = periodicals.issue(issue_id)
        refused = removal_refusal(found, actor)
        if refused:
            raise (ConflictError if found.state == periodicals.ISSUED else ValidationError)(
                refused)
        label = periodicals.label_of(found)
        later = _later(found)
        spec = registry.get("info")
        _out_of_removed(spec, found, label, len(later), actor)
        InfoIssue.delete().where(InfoIssue.id == found.id).execute()
        for issue in later:  # in order: each takes the number the one before it left free
            old = periodicals.label_of(issue)
            seq = issue.seq - 1 if issue.year == found.year else issue.seq
            InfoIssue.update(seq=seq, total=issue.total - 1, version=InfoIssue.version + 1,
                             updated_by=actor.username).where(InfoIssue.id == issue.id).execute()
            issue = periodicals.issue(issue.id)
            new = periodicals.label_of(issue)
            # its 采用 rows first: the items' entries after them digest them (core.sub_rows)
            adopted = (InfoAction.item.in_(InfoItem.select(InfoItem.id).where(InfoItem.issue == issue.id))
                       & (InfoAction.kind == "采用") & (InfoAction.periodical == old))
            rows: Any = InfoAction.select(InfoAction.item).where(adopted).tuples()
            renamed = {row[0] for row in rows}
            InfoAction.update(periodical=new).where(adopted).execute()
            summary = trail_text("删除空期%1，%2改为%3", label, old, new)
            for item in InfoItem.select().where(InfoItem.issue == issue.id):
                if item.issue_label == old:
                    records.save_changes(spec, item, {"issue_label": new}, item.version, actor,
                                         summary=summary)
                elif item.id in renamed:
                    audit.record(actor, "step", "info", item.id, {"采用": old}, {"采用": new}, summary)
            moved.append(issue)
        audit.record(actor, "delete", "info", None, None,
                     {"期": label, "改号": [periodicals.label_of(i) for i in moved]},
                     trail_text("删除空期：%1，其后 %2 期依次提前一号", label, len(moved)) if moved
                     else trail_text("删除空期：%1", label))
    return moved
