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
from officedesk.core.fields import chinese_date
from officedesk.core.i18n import display, text
from officedesk.store.petitions import Petition

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


def describe(record: Petition, actor: Actor) -> str:
    """The detail pane: masked personal data, petitioners, deadlines, history, repeats."""
    e = html.escape
    rows = []

    def row(label: str, value: Any) -> None:
        if value not in (None, ""):
            rows.append(
                f"<tr><td style='color:#555;padding-right:8px'>{e(label)}</td><td>{e(str(value))}</td></tr>"
            )

    row(QCoreApplication.translate("PetitionsTab", "信访编号"), record.number)
    row(QCoreApplication.translate("PetitionsTab", "登记日期"), chinese_date(record.registered_on))
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
            f"{display(record.next_due_what)} {chinese_date(record.next_due)}"
            f"{display(workdays.mark(record.next_due))}（{light_text(record)}）",
        )
    row(QCoreApplication.translate("PetitionsTab", "办理期限"),
        f"{chinese_date(record.handle_due)}{display(workdays.mark(record.handle_due))}"
        if record.handle_due else "")
    if record.extended:
        row(QCoreApplication.translate("PetitionsTab", "延期"),
            f"{record.extension_reason}（{record.extension_approver}批准）")
    # core names the original only if the actor may see it
    row(QCoreApplication.translate("PetitionsTab", "重复件"),
        display(petitions.links.original_text(record, actor)))
    people = petitions.petitioners_of(record.id, actor)
    person_lines = []
    for p in people:
        details = "，".join(
            x
            for x in (
                p.gender,
                petitions.privacy.masked_id(p.id_number),
                petitions.privacy.masked_phone(p.phone),
                petitions.privacy.masked_address(p.address),
            )
            if x
        )
        person_lines.append(f"<li>{e(p.name)}{('：' + e(details)) if details else ''}</li>")
    from officedesk.core.responsibility import history_marks

    marks = history_marks("petitions", record.id)  # 代录 / 代理, visibly
    steps = "".join(
        f"<li>{e(s.on.isoformat())} {e(s.kind)}（{e(s.person)}{e(marks.get(s.id, ''))}）："
        f"{e(s.content)}</li>"
        for s in petitions.steps_of(record.id, actor)
    )
    try:
        repeats = petitions.repeats_of_record(record, actor, limit=5)
    except OfficeDeskError:
        repeats = petitions.Repeats()
    repeat_lines = "".join(
        f"<li>{e(c.number)} {e(c.registered_on.isoformat())} {e(c.name)}（{e(display(c.reason_text()))}）"
        f" {e(display(c.state_text()))}</li>"
        for c in repeats
    )

    def heading(translated: str) -> str:
        return f"<p><b>{e(translated)}</b>"

    parts = [
        f"<h3>{e(record.name)} — {e(record.category)}</h3>",
        "<table>",
        *rows,
        "</table>",
        heading(QCoreApplication.translate("PetitionsTab", "反映内容")) + f"：{e(record.content)}</p>",
    ]
    if record.demand:
        parts.append(heading(QCoreApplication.translate("PetitionsTab", "诉求")) + f"：{e(record.demand)}</p>")
    parts.append(heading(QCoreApplication.translate("PetitionsTab", "信访人")) + f"</p><ul>{''.join(person_lines)}</ul>")
    if record.reply_opinion:
        parts.append(heading(QCoreApplication.translate("PetitionsTab", "答复意见")) + f"：{e(record.reply_opinion)}</p>")
    parts.append(heading(QCoreApplication.translate("PetitionsTab", "办理过程")) + f"</p><ul>{steps}</ul>")
    if repeat_lines:
        parts.append(heading(QCoreApplication.translate("PetitionsTab", "此前可能相同的信访")) + f"</p><ul>{repeat_lines}</ul>")
    return "".join(parts)
