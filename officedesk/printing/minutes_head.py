"""The red 版头 of a 会议纪要: the organ that held the meeting + its type + 纪要 (中共云岭县委常委会
会议纪要, 云岭县人民政府专题会议纪要). A meeting another organ organised (its 主办单位: 县政府办公室
for the county government's 专题会议) is headed by that organ, not by the office printing it, and
its 版记 names that organ's office as the 印发机关 (`printer_organ`). Its 议定事项 are printed
whole, each with its 牵头单位 and 完成时限 (`decision_line`)."""

from __future__ import annotations

import re

from officedesk.core import settings
from officedesk.core.chain_holders import same_unit
from officedesk.core.fields import chinese_date
from officedesk.store.meetings import Meeting, MeetingDecision

_PLACE = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,3}?[省市县区州盟旗])")
_OFFICE_ENDS = ("办公室", "办公厅")


def office_name() -> str:
    return str(settings.get("org.name") or "").strip()


def organ_of(unit: str, office: str) -> str:
    """The organ a unit's 纪要 is headed by, in full: an office stands for the body it serves
    (县政府办公室 → 云岭县人民政府, 县委办公室 → 中共云岭县委), a short name takes the office's
    place (县教育局 → 云岭县教育局)."""
    body = unit.strip()
    for suffix in _OFFICE_ENDS:
        if body.endswith(suffix) and len(body) > len(suffix):
            body = body.removesuffix(suffix)
            break
    place = _PLACE.match(office)
    if place and body[:1] == place.group(1)[-1]:  # 县政府 of 中共云岭县委办公室: 云岭县政府
        body = place.group(1) + body[1:]
    if body.endswith("政府") and not body.endswith("人民政府"):
        body = body.removesuffix("政府") + "人民政府"
    if body.endswith("委") and not body.startswith("中共"):
        body = "中共" + body
    return body


def _own(meeting: Meeting, office: str) -> bool:
    host = (meeting.host_unit or "").strip()
    return not host or not office or same_unit(host, office)


def printer_organ(meeting: Meeting) -> str:
    """The 版记's 印发机关 (GB/T 9704 §7.4.2): the office of the organ whose 纪要 it is (发文机关的
    办公厅（室）). The office's own meetings: the office (the setting; "" when unset); another
    organ's: its office in full — 县政府办公室 → 云岭县人民政府办公室, a 局 → 云岭县教育局办公室 —,
    not the office the program belongs to (a 县政府 纪要 “中共云岭县委办公室印发” was wrong)."""
    office = office_name()
    if _own(meeting, office):
        return office
    host = meeting.host_unit.strip()
    suffix = next((end for end in _OFFICE_ENDS if host.endswith(end) and len(host) > len(end)), "办公室")
    return organ_of(host, office) + suffix


def minutes_head(meeting: Meeting) -> str:
    """The red 版头. The office's own meetings: the setting, else the office's organ (without
    办公室) + the meeting type + 纪要; another organiser's: that organ + type + 纪要."""
    office = office_name()
    own = _own(meeting, office)
    head = str(settings.get("meetings.minutes.head") or "").strip() if own else ""
    if not head:
        organ = office if own else organ_of(meeting.host_unit.strip(), office)
        for suffix in _OFFICE_ENDS:
            organ = organ.removesuffix(suffix)
        kind = meeting.kind if meeting.kind != "其他" else ""
        head = (
            f"{organ}{kind}会议"
            if kind and not kind.endswith("会议")
            else f"{organ}{kind or '会议'}"
        )
    return head if head.endswith("纪要") else head + "纪要"


def decision_line(number: int, decision: MeetingDecision) -> str:
    """One 议定事项 of the 纪要, whole, with its 牵头单位 and 完成时限 (given apart, for 督查: the
    paper is where the units read who leads and by when); the unit is left out where the item's
    own words name it already (由县财政局统筹……)."""
    content = decision.content.strip().rstrip("。；;")
    said = []
    units = [u for u in re.split(r"[、，,；;\s]+", decision.lead_unit or "") if u]
    if units and not all(unit in content for unit in units):
        said.append(f"牵头单位：{decision.lead_unit.strip()}")
    if decision.deadline is not None:
        said.append(f"完成时限：{chinese_date(decision.deadline)}")
    return f"{number}.{content}" + (f"（{'；'.join(said)}）" if said else "") + "。"
