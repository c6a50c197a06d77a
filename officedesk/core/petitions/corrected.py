"""Corrections of a registered petition (core.corrections): the 登记日期 the deadlines run from,
the 问题类别 (a 检举控告 keeps off the path art. 32 closes to it), and the petitioner's identity,
which the petitioner list keeps (`petitioners_of`: papers and repeat detection read it) as well
as the petition's row."""

from __future__ import annotations

from typing import Any

from officedesk.core import clock, corrections, step_dates
from officedesk.core.actor import Actor
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.i18n import text
from officedesk.core.petitions import deadlines, paths, procedure, registration
from officedesk.core.petitions import spec as S
from officedesk.core.registry import RegistrySpec

# names of a joint letter's petitioners, as a cell of the sheet lists them
SPLIT = ("、", "，", ",", ";", "；")


def later_steps(record: Any) -> list[step_dates.Done]:
    """The steps after 登记, which the 登记日期 may not come after."""
    return [(step, day) for step, day in procedure._steps_done(record) if step != "登记"]


def overdue_now(record: Any) -> bool:
    return deadlines.overdue_on(record, clock.today())


def _path_words(record: Any) -> str:
    """The path the petition took, as a sentence says it: 交办石桥镇人民政府, 直接答复 …"""
    if record.handling in ("转送", "交办"):
        return text("转送%1", record.target_unit) if record.handling == "转送" else text("交办%1", record.target_unit)
    return text("以“%1”处理", record.handling)


def category_on_path(record: Any, values: dict[str, Any], actor: Actor) -> None:
    """A 问题类别 corrected after 处理 keeps to the path taken: the rule the 处理 step applies
    (paths.check_accusation), on the record as it will be, so that no correction puts a 检举控告
    on the 交办 / 60-day path (art. 32). The 处理方式 is the steps', so the category is what the
    clerk corrects before 处理, or the petition is voided and registered again."""
    new = values.get("category")
    if "category" not in values or new == record.category or not record.handling:
        return
    try:
        paths.check_accusation(corrections.AsChanged(record, values), record.handling,
                               record.target_unit)
    except ProcedureError as exc:
        said, path, organ = paths.accusation_text(), _path_words(record), S.discipline_organ()
        day = record.decided_on
        raise ValidationError(
            text("“问题类别”不能改为“%1”：%2，而这件信访已于%3%4，与此不符。问题类别应在“处理”之前更正；已经处理的，"
                 "确属检举控告的，请将本件“作废”并写明原因，重新登记后按检举控告处理（转送%5，或不予受理并告知信访人）；"
                 "有疑问的请联系管理员。", new, said, text("%1年%2月%3日", day.year, day.month, day.day), path, organ)
            if day else
            text("“问题类别”不能改为“%1”：%2，而这件信访已%3，与此不符。问题类别应在“处理”之前更正；已经处理的，"
                 "确属检举控告的，请将本件“作废”并写明原因，重新登记后按检举控告处理（转送%4，或不予受理并告知信访人）；"
                 "有疑问的请联系管理员。", new, said, path, organ), "category") from exc


def correct_petitioners(record: Any, values: dict[str, Any], actor: Actor) -> Any:
    """The first petitioner's fields (姓名 — a list of names for a joint letter —, 身份证号,
    电话, 住址 …) written through the petitioner list, which writes the petition's row too."""
    return registration.update_petitioners(record.id, _people(record, values), record.version, actor)


def check_corrected_petitioners(record: Any, values: dict[str, Any], actor: Actor) -> dict[str, Any]:
    """What `correct_petitioners` refuses, checked with no write: the petition's own values
    (its first petitioner's) as it saves them."""
    first = registration.check_petitioners(record, _people(record, values), actor)[0]
    return {key: first[key] for key in S.PETITIONER_KEYS}


def _people(record: Any, values: dict[str, Any]) -> list[dict[str, Any]]:
    """The petitioner list with the first petitioner's fields corrected to `values`."""
    people = [
        {key: getattr(p, key) for key in S.PETITIONER_KEYS}
        for p in registration._petitioners_of(record.id)
    ]
    values = dict(values)
    if "name" in values:
        names = [str(values.pop("name") or "")]
        for sep in SPLIT:
            names = [part for n in names for part in n.split(sep)]
        names = [n.strip() for n in names if n.strip()] or [""]
        people = [
            {**(people[i] if i < len(people) else {}), "name": name}
            for i, name in enumerate(names)
        ]
    people[0].update({k: ("" if v is None else v) for k, v in values.items()})
    return people


def install(spec: RegistrySpec) -> None:
    spec.correction_checks.append(
        corrections.clock_start("registered_on", "登记日期", later_steps, overdue_now))
    spec.correction_checks.append(category_on_path)
    spec.correction_route = (frozenset(S.PETITIONER_KEYS), correct_petitioners)
    spec.correction_route_check = check_corrected_petitioners
