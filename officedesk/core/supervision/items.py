"""督查事项: the field declarations, the record rules and the registry spec. Items are made (from
the form, a row, another registry's record) in core.supervision.item_making."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import (
    clock,
    i18n,
    record_guards,
    records,
    settings,
    settings_renamed,
    typed_numbers,
    workdays,
)
from officedesk.core.actor import SECRECY_LABELS, Actor
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, DATE, INT, LONGTEXT, FieldSpec, display
from officedesk.core.i18n import Text
from officedesk.core.registry import LIGHT, NamedRows, RegistrySpec, register
from officedesk.core.supervision.sources import (
    KIND_OF_SOURCE,
    SOURCES,
    source_level,
)
from officedesk.core.supervision.task_fields import TASK_DONE, rest_day_note
from officedesk.core.supervision.task_sheet import DETAIL as TASK_SHEET
from officedesk.core.supervision.task_sheet import REPORTS as REPORTS_SHEET
from officedesk.store.supervision import SupervisionItem, SupervisionReport, SupervisionTask

URGENCIES = ("特急", "加急", "一般")
LEVELS = ("一般督办", "重点督办", "领导督办")
CYCLES = ("一次性", "每周", "每半月", "每月", "每季")
PENDING, OPEN, DONE_ON_TIME, DONE_LATE = "待交办", "办理中", "按期办结", "逾期办结"
STATUSES = (PENDING, OPEN, DONE_ON_TIME, DONE_LATE)
DONE_STATUSES = (DONE_ON_TIME, DONE_LATE)
DONE_UNSAID = "已办结"  # a new item's 状态 that leaves 按期 or 逾期 to the dates (added.read_row)

DEFAULT_DAYS = settings.declare(
    "supervision.default_days",
    int,
    30,
    "督查事项默认办结时限（立项后天数）",
    "督查",
    help="立项时未写办结时限的，按立项日期加此天数。",
)
WORKING_DAYS = settings.declare(
    "supervision.working_days",
    bool,
    False,
    "督查时限按工作日计算",
    "督查",
    help="开启后，默认时限和临期天数按工作日（法定节假日和调休）计算。",
)

OFFICE = settings.declare(
    "supervision.office_name",
    str,
    "督查室",
    "督查机构名称（印在催办单、通报上）",
    "督查",
    help="如“督查室”“督查科”；前面自动加机关名称。",
    required=True,
)
# the 督查室 as the 通讯录 names it: it follows the unit renamed there
settings_renamed.follows(OFFICE.key, settings_renamed.whole_value)
CONTACT = settings.declare(
    "supervision.contact",
    str,
    "",
    "督查联系人及电话（印在催办单上）",
    "督查",
    help="如：张三，0000-12345678",
    blank="如：张三，0000-12345678",
)

EXCHANGE_LABELS = [
    "督查编号",
    "密级",
    "事项名称",
    "来源",
    "事项内容",
    "批示领导",
    "批示内容",
    "立项日期",
    "办结时限",
    "紧急程度",
    "督办级别",
    "反馈周期",
    "牵头单位",
    "协办单位",
    "责任人",
    "状态",
    "办结日期",
    "办结报告",
    "档号",  # a filed item's (its 目录 entry's): import --history files it under it
    "页数",  # and its entry's 页数, when counted
]


def default_deadline(start: dt.date) -> dt.date:
    """立项日期 + the default days. Inside a write it reads the settings and the holiday table
    as committed (workdays.as_committed), so it is counted in the item's own transaction."""
    workdays.as_committed()
    return workdays.add_days(
        start, int(settings.get(DEFAULT_DAYS.key)), bool(settings.get(WORKING_DAYS.key))
    )


# 保密: each task names its 责任人 for the item (core.cleared_names), every one of them — the
# item's 责任人 is only their summary, cut to its 200 characters
TASK_PEOPLE = NamedRows(SupervisionTask, "item", "responsible", label="责任人")

_TEXT_COLUMNS = (
    "number",
    "title",
    "source_label",
    "content",
    "leader",
    "instruction",
    "urgency",
    "level",
    "cycle",
    "lead_unit",
    "co_units",
    "responsible",
    "close_report",
)


def _check_secrecy(values: dict[str, Any], existing: Any) -> None:
    """A derived item is never less classified than its source (its title and 批示 come from it)."""
    kind = records.pick(values, existing, "source_kind") or "other"
    floor = source_level(kind, records.pick(values, existing, "source_id"))
    # a new item's 密级 is the form's default, not a choice: it follows the source silently
    record_guards.keep_level_floor(
        values, existing, "secrecy", floor, "此督查事项来自{label}记录，密级不能低于“{label}”。",
        given="secrecy" in values and existing is not None,
    )


def _no_source() -> ValidationError:
    return ValidationError(i18n.text("请选择“来源”：%1。", '、'.join(SOURCES)), "source")


def _check_item(values: dict[str, Any], existing: Any) -> None:
    """Record rule: defaults, the 来源 kind, and dates that agree with the tasks and reports."""
    for name in _TEXT_COLUMNS:
        if name in values and values[name] is None:
            values[name] = ""  # an emptied text field is stored as "", the columns are NOT NULL
    if "source" in values:
        label = values["source"]
        if not label:
            raise _no_source()
        kind = KIND_OF_SOURCE.get(label, "other")
        if "source_kind" not in values:
            values["source_kind"] = kind
            if existing is not None and existing.source_kind != kind:
                values["source_id"] = None
                values["source_label"] = label
        if existing is None and "source_label" not in values:
            values["source_label"] = label
    _check_secrecy(values, existing)
    start = records.pick(values, existing, "start_date")
    if start is None:
        start = values["start_date"] = clock.today()
    given = values.get("start_date")
    if given is not None and given > clock.today() and given != getattr(existing, "start_date", None):
        # an item registered for a later day could not be split (分解) until then
        raise ValidationError(
            i18n.text("立项日期（%1）不能晚于今天。请填写实际立项的日期。", given.isoformat()), "start_date")
    deadline = records.pick(values, existing, "deadline")
    if deadline is None:
        deadline = values["deadline"] = default_deadline(start)
    if deadline < start:
        raise ValidationError(
            i18n.text("办结时限（%1）不能早于立项日期（%2）。",
                      deadline.isoformat(), start.isoformat()),
            "deadline",
        )
    if existing is None:
        values.setdefault("status", PENDING)
        return
    if "deadline" in values:
        # an open task may not be due after its item; one 办结 keeps its 时限 and pins nothing
        late = (
            SupervisionTask.select()
            .where((SupervisionTask.item == existing.id) & (SupervisionTask.deadline > deadline)
                   & (SupervisionTask.status != TASK_DONE))
            .order_by(SupervisionTask.deadline.desc())
            .first()
        )
        if late is not None:
            raise ValidationError(
                i18n.text("办结时限不能早于其分解任务的时限：%1的任务时限是 %2。请先调整"
                          "该任务的时限。",
                          late.lead_unit, late.deadline.isoformat()),
                "deadline",
            )
    if "start_date" in values:
        first = (
            SupervisionReport.select(SupervisionReport.report_date)
            .join(SupervisionTask)
            .where(SupervisionTask.item == existing.id)
            .order_by(SupervisionReport.report_date)
            .first()
        )
        if first is not None and first.report_date < start:
            raise ValidationError(
                i18n.text("立项日期不能晚于已有的反馈日期（%1）。",
                          first.report_date.isoformat()), "start_date"
            )
        given = (
            SupervisionTask.select()
            .where((SupervisionTask.item == existing.id) & (SupervisionTask.assigned_on < start))
            .first()
        )
        if given is not None:
            raise ValidationError(
                i18n.text("立项日期不能晚于任务的交办日期（%1：%2）。",
                          given.lead_unit, given.assigned_on.isoformat()),
                "start_date",
            )
    if "cycle" in values and values["cycle"] and values["cycle"] != existing.cycle:
        # a new 反馈周期: the open tasks' next report dates follow it (same transaction as the save)
        from officedesk.core.supervision.tasks import TASK_OPEN, next_report_due

        open_tasks = SupervisionTask.select().where(
            (SupervisionTask.item == existing.id) & (SupervisionTask.status == TASK_OPEN)
        )
        for task in open_tasks:
            due = next_report_due(
                values["cycle"], task.last_report_on or task.assigned_on, task.deadline
            )
            SupervisionTask.update(next_report_due=due).where(
                SupervisionTask.id == task.id
            ).execute()


def _searchable_tasks(item: Any) -> str:
    return _searchable_tasks_of([item])[item.id]


def _searchable_tasks_of(items: list[Any]) -> dict[int, str]:
    """Each item's 来源 and its tasks' units, people and 办理要求 for the index, the tasks read a
    chunk of items a query."""
    parts: dict[int, list[str]] = {item.id: [item.source_label or ""] for item in items}
    ids = list(parts)
    for start in range(0, len(ids), 500):
        tasks: Any = (SupervisionTask.select(SupervisionTask.item, SupervisionTask.lead_unit,
                                             SupervisionTask.co_units, SupervisionTask.responsible,
                                             SupervisionTask.requirement)
                      .where(SupervisionTask.item.in_(ids[start:start + 500]))
                      .order_by(SupervisionTask.id).tuples())
        for item_id, *texts in tasks:
            parts[item_id] += texts
    return {item_id: "\n".join(p for p in listed if p) for item_id, listed in parts.items()}


def _export_row(record: Any, actor: Actor) -> dict[str, Any]:
    """The row's text, and the 目录 entry's 页数 a typed number (neither is a column of the item)."""
    records.ensure_visible(SPEC, record, actor)
    row: dict[str, Any] = {f.label: display(f, getattr(record, f.name, None)) for f in SPEC.exchange_fields()}
    row["页数"] = record.archive_pages
    return row


def deadline_note(item: Any) -> Text | None:
    """What the clerk is told when a running item's 办结时限 (typed, or the default counted in
    calendar days) falls on a rest day: saved as it is, as a task's 时限 is. Only 延期 moves it
    (the form takes no correction of it)."""
    if item.status not in (PENDING, OPEN) or item.deadline is None:
        return None
    return rest_day_note("办结时限", item.deadline, "延期")


def _saved_notes(item: Any) -> dict[str, Any]:
    """`add supervision …`: the rest-day word beside the new item (printed as 注意, --json's
    deadline_note)."""
    note = deadline_note(item)
    return {"deadline_note": note} if note is not None else {}


def _create_hook(raw: dict[str, Any], actor: Actor) -> Any:
    """`add supervision …` and xlsx import (core.supervision.added)."""
    from officedesk.core.supervision.added import create_from_row

    return create_from_row(raw, actor)


def _counted_items(found: Any) -> set[int]:
    """The list's rows whose 办结时限 is a count shown 暂按 (core.supervision.shown_deadlines)."""
    from officedesk.core.supervision import shown_deadlines

    return shown_deadlines.provisional_items(found)


SPEC = register(
    RegistrySpec(
        name="supervision",
        label="督查事项",
        model=SupervisionItem,
        title_field="title",
        number_field="number",
        natural_key=("number",),
        detail_sheet=TASK_SHEET,  # each task with its own 时限, 协办单位, 责任人 …
        shown_sheets=(REPORTS_SHEET,),  # and each task's 反馈, to read
        number_kind="supervision",
        number_year=typed_numbers.year_of("start_date"),  # an item of its 立项日期's year
        level_field="secrecy",
        named_people=(("responsible", "责任人"), ("leader", "批示领导")),
        named_rows=(TASK_PEOPLE,),
        in_work=lambda record: record.status not in DONE_STATUSES,
        list_first=("number", "title", "status", LIGHT, "deadline"),
        default_sort="start_date",  # newest 立项 first (not by id: a past 台账 imported later)
        fields=[
            FieldSpec("number", "督查编号", editable=False, searchable=True, width=130,
                      tidy=typed_numbers.tidy_number),
            FieldSpec(
                "title", "事项名称", required=True, searchable=True, max_length=300, width=280
            ),
            # chosen by the clerk: a default would file every item not thought about as 其他
            FieldSpec("source", "来源", kind=CHOICE, choices=SOURCES, required=True, width=100),
            FieldSpec(
                "secrecy", "密级", kind=CHOICE, choices=SECRECY_LABELS, default="非密", width=55
            ),
            FieldSpec("source_label", "关联记录", editable=False, column=False, searchable=True),
            FieldSpec("content", "事项内容", kind=LONGTEXT, searchable=True, column=False),
            FieldSpec(
                "leader",
                "批示领导",
                completer="people",
                searchable=True,
                max_length=64,
                column=False,
            ),
            FieldSpec("instruction", "批示内容", kind=LONGTEXT, searchable=True, column=False),
            FieldSpec("start_date", "立项日期", kind=DATE, default=clock.today, width=95),
            # later only by 延期 (a reason, audited as such): no correction moves it; 暂按 only
            # when counted (left blank) into a year not entered, as the detail and 工作台 show it
            FieldSpec("deadline", "办结时限", kind=DATE, width=95, placeholder="留空则按默认天数",
                      corrected=False, deadline=True, counted=_counted_items),
            FieldSpec(
                "urgency", "紧急程度", kind=CHOICE, choices=URGENCIES, default="一般", column=False
            ),
            FieldSpec(
                "level", "督办级别", kind=CHOICE, choices=LEVELS, default="一般督办", column=False
            ),
            FieldSpec(
                "cycle", "反馈周期", kind=CHOICE, choices=CYCLES, default="每月", column=False
            ),
            FieldSpec(
                "lead_unit",
                "牵头单位",
                editable=False,
                searchable=True,
                completer="units",
                max_length=300,
                width=160,
            ),
            FieldSpec("co_units", "协办单位", editable=False, column=False, max_length=300,
                      completer="units"),  # a unit by its 简称 is the same unit (import --update)
            FieldSpec("responsible", "责任人", editable=False, column=False, max_length=200),
            FieldSpec(
                "status",
                "状态",
                kind=CHOICE,
                choices=STATUSES,
                created_words=(DONE_UNSAID,),
                editable=False,
                default=PENDING,
                width=80,
            ),
            FieldSpec("closed_on", "办结日期", kind=DATE, editable=False, width=95),
            FieldSpec(
                "close_report",
                "办结报告",
                kind=LONGTEXT,
                editable=False,
                column=False,
                searchable=True,
            ),
            # by 归档 only (archiving): a row brings it for an item 办结 (added.read_row)
            FieldSpec("archive_no", "档号", editable=False, column=False, max_length=100,
                      placeholder="已归档的办结事项填写，如 Z107-WS·2025-D30-0001"),
            FieldSpec("archive_pages", "页数", kind=INT, editable=False, column=False, minimum=1,
                      maximum=100_000, placeholder="已归档的事项：归档文件的页数，可不填"),
        ],
        rules=[_check_item],
        searchable_extra=_searchable_tasks,
        searchable_extra_many=_searchable_tasks_of,
        exchange_labels=EXCHANGE_LABELS,
        create_hook=_create_hook,
        export_row=_export_row,
        json_extra=_saved_notes,
    )
)


def get_item(item_id: int, actor: Actor) -> SupervisionItem:
    """The item, read for `actor`: one above the actor's clearance is refused. Core code
    that has read it with the actor in the same call already uses `records.get_unchecked`."""
    return records.get(SPEC, item_id, actor)
