"""What the 信访 tab shows of a petition: its deadline light (the list's column and the
details) and the detail pane (masked personal data, petitioners, deadlines, steps, repeats).
Its words keep the tab's translation context."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from officedesk.core import petitions, workdays
from officedesk.core.actor import Actor
from officedesk.core.errors import OfficeDeskError
from officedesk.core.i18n import display, text
from officedesk.core.petitions import deadlines
from officedesk.core.summary_texts import read_back
from officedesk.ui.widgets.step_pane import newest_mark

LIGHT_COLORS = {
    petitions.LIGHT_OVERDUE: "#c0392b",
    petitions.LIGHT_SOON: "#e67e22",
    petitions.LIGHT_OK: "#27ae60",
}


def light_text(record: Any) -> str:
    light = petitions.light(record)
    return "● " + display(light) if light else ""


def light_color(record: Any) -> QColor | None:
    color = LIGHT_COLORS.get(petitions.light(record))
    return QColor(color) if color else None


def _date(day: Any) -> str:
    """A date as the other detail panes show it (2026-11-15), in either language."""
    return day.isoformat() if day else ""


def _words(context: str, pattern: str, *args: Any) -> str:
    """The tab's pattern (%1：%2, %1（%2）…) in the interface's language, filled in."""
    made = QCoreApplication.translate(context, pattern)
    for number, value in enumerate(args, start=1):
        made = made.replace(f"%{number}", str(value))
    return made


def describe(record: Any, actor: Actor) -> str:
    """The detail pane: masked personal data, petitioners, deadlines, history, repeats.
    States, choices, step names and the punctuation are interface text (display, tr); what was
    typed (反映内容, names, a step's own content) is shown as it was recorded; a step's content core
    composed (交办…，…前回报) is read back in the interface's language (core.summary_texts)."""
    e = html.escape

    def words(pattern: str, *args: Any) -> str:
        return _words("PetitionsTab", pattern, *args)

    rows = []

    def row(label: str, value: Any) -> None:
        if value not in (None, ""):
            rows.append(
                f"<tr><td style='color:#555;padding-right:8px'>{e(label)}</td><td>{e(str(value))}</td></tr>"
            )

    row(QCoreApplication.translate("PetitionsTab", "信访编号"), record.number)
    row(QCoreApplication.translate("PetitionsTab", "登记日期"), _date(record.registered_on))
    row(
        QCoreApplication.translate("PetitionsTab", "形式"),
        display(text("%1，%2人", record.form, record.people_count or 1)),
    )
    row(QCoreApplication.translate("PetitionsTab", "问题类别"), display(record.category))
    row(QCoreApplication.translate("PetitionsTab", "涉及单位"), record.region)
    row(QCoreApplication.translate("PetitionsTab", "状态"), display(record.state))
    row(QCoreApplication.translate("PetitionsTab", "处理方式"),
        f"{display(record.handling)} {record.target_unit}".strip())
    if record.next_due:
        row(
            QCoreApplication.translate("PetitionsTab", "期限"),
            words("%1（%2）", f"{display(record.next_due_what)} {_date(record.next_due)}"
                  f"{display(deadlines.due_mark(record))}", light_text(record)),
        )
    row(QCoreApplication.translate("PetitionsTab", "办理期限"),
        f"{_date(record.handle_due)}{display(workdays.mark(record.handle_due))}"
        if record.handle_due else "")
    if record.extended:
        row(QCoreApplication.translate("PetitionsTab", "延期"),
            words("%1（%2批准）", record.extension_reason, record.extension_approver))
    # core names the original only if the actor may see it
    row(QCoreApplication.translate("PetitionsTab", "重复件"),
        display(petitions.links.original_text(record, actor)))
    people = petitions.petitioners_of(record.id, actor)
    person_lines = []
    for p in people:
        details = words("，").join(
            x
            for x in (
                display(p.gender),
                petitions.privacy.masked_id(p.id_number),
                petitions.privacy.masked_phone(p.phone),
                petitions.privacy.masked_address(p.address),
            )
            if x
        )
        person_lines.append(f"<li>{e(words('%1：%2', p.name, details) if details else p.name)}</li>")
    from officedesk.core.responsibility import history_marks

    marks = history_marks("petitions", record.id)  # 代录 / 代理, visibly
    done = petitions.steps_of(record.id, actor)
    steps = "".join(
        "<li>" + newest_mark(i, done) + e(s.on.isoformat() + " " + words(
            "%1（%2）：%3" if s.content else "%1（%2）", display(s.kind),
            s.person + display(marks.get(s.id, "")), display(read_back(s.content)))) + "</li>"
        for i, s in enumerate(done)
    )
    try:
        repeats = petitions.repeats_of_record(record, actor, limit=5)
    except OfficeDeskError:
        repeats = petitions.Repeats()
    repeat_lines = "".join(
        f"<li>{e(c.number)} {e(c.registered_on.isoformat())} "
        f"{e(words('%1（%2）', c.name, display(c.reason_text())))} {e(display(c.state_text()))}</li>"
        for c in repeats
    )

    def heading(translated: str) -> str:
        return f"<p><b>{e(translated)}</b>"

    def said(label: str, value: str) -> str:  # 反映内容：…, its colon the language's
        named = words("%1：", label)
        return f"<p><b>{e(named)}</b>{' ' if not named.endswith('：') else ''}{e(value)}</p>"

    parts = [
        f"<h3>{e(record.name)} — {e(display(record.category))}</h3>",
        "<table>",
        *rows,
        "</table>",
        said(QCoreApplication.translate("PetitionsTab", "反映内容"), record.content),
    ]
    if record.demand:
        parts.append(said(QCoreApplication.translate("PetitionsTab", "诉求"), record.demand))
    parts.append(heading(QCoreApplication.translate("PetitionsTab", "信访人")) + f"</p><ul>{''.join(person_lines)}</ul>")
    if record.reply_opinion:
        parts.append(said(QCoreApplication.translate("PetitionsTab", "答复意见"), record.reply_opinion))
    parts.append(heading(QCoreApplication.translate("PetitionsTab", "办理过程")) + f"</p><ul>{steps}</ul>")
    if repeat_lines:
        parts.append(heading(QCoreApplication.translate("PetitionsTab", "此前可能相同的信访")) + f"</p><ul>{repeat_lines}</ul>")
    return "".join(parts)
