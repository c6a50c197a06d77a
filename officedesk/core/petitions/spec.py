"""The petitions registry's field declarations, settings and deadlines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, i18n, settings, settings_renamed, workdays
from officedesk.core.actor import SECRECY_LABELS, Actor
from officedesk.core.directory import known_unit_fields
from officedesk.core.errors import ValidationError
from officedesk.core.fields import (
    CHOICE,
    DATE,
    INT,
    LONGTEXT,
    MASK_ADDRESS,
    MASK_ID,
    MASK_PHONE,
    FieldSpec,
)
from officedesk.core.idcard import check_id, check_phone, normalize_id, normalize_phone
from officedesk.core.record_guards import pick
from officedesk.core.registry import LIGHT, REPEAT, NamedRows, RegistrySpec
from officedesk.core.typed_numbers import tidy_number, year_of
from officedesk.store.petitions import Petition, PetitionStep

FORMS = ("来信", "来访", "电话", "传真", "网上")
HANDLINGS = ("直接答复", "转送", "交办", "不予受理")
REVIEW_KINDS = ("复查", "复核")
SATISFACTION = ("满意", "基本满意", "不满意")

# the deadlines a clerk types, which no count gives: never 暂按 (the 交办单's 回报期限)
TYPED_DUES = ("交办回报",)

PENDING = "待处理"
TO_NOTIFY = "待告知"
HANDLING = "办理中"
TRANSFERRED = "已转送"  # 转送 and told: the receiving unit decides whether to accept it
REPLIED = "已答复"
IN_REVIEW = "复查中"
IN_RECHECK = "复核中"
CLOSED = "已办结"
STATES = (PENDING, TO_NOTIFY, HANDLING, TRANSFERRED, REPLIED, IN_REVIEW, IN_RECHECK, CLOSED)
OPEN_STATES = (PENDING, TO_NOTIFY, HANDLING, TRANSFERRED, IN_REVIEW, IN_RECHECK)

MAX_REPRESENTATIVES = 5  # a group visit sends at most 5 representatives

DEFAULT_CATEGORIES = (
    "农民负担",
    "社会治安",
    "征地拆迁",
    "劳动社保",
    "党风廉政",
    "城乡建设",
    "环境保护",
    "教育医疗",
    "涉法涉诉",
    "其他",
)

CATEGORIES = settings.declare(
    "petitions.categories",
    str,
    "\n".join(DEFAULT_CATEGORIES),
    "信访问题类别",
    "信访",
    help="每行一个类别；登记时从中选择。",
)
LIMIT_DECIDE = settings.declare(
    "petitions.limit.decide", int, 15, "信访：转送、交办期限（日）", "期限", minimum=1, maximum=365
)
LIMIT_NOTIFY = settings.declare(
    "petitions.limit.notify", int, 15, "信访：告知是否受理期限（日）", "期限", minimum=1, maximum=365
)
LIMIT_ACCEPT = settings.declare(
    "petitions.limit.accept",
    int,
    15,
    "信访：转送后有权处理机关决定是否受理期限（日）",
    "期限",
    help="《信访工作条例》第二十三条：收到转送的信访事项后应在此期限内决定是否受理并告知信访人。",
)
ACCUSATION_CATEGORIES = settings.declare(
    "petitions.accusation_categories",
    str,
    "党风廉政",
    "信访：属检举控告党员、公职人员的问题类别",
    "信访",
    help="每行一个；这些类别的信访不进入60日办理程序，应告知信访人向纪检监察机关提出或转送纪检"
    "监察机关（《信访工作条例》第三十二条）。",
    lines=True,
)
DISCIPLINE_ORGAN = settings.declare(
    "petitions.discipline_organ",
    str,
    "纪检监察机关",
    "信访：受理检举控告的纪检监察机关名称",
    "信访",
    help="告知书中写明的机关，如“县纪委监委”。",
    required=True,
)
# the 去向单位 a 检举控告 is sent to (转送): it follows the unit renamed in the 通讯录, as they do
settings_renamed.follows(DISCIPLINE_ORGAN.key, settings_renamed.whole_value)
LIMIT_HANDLE = settings.declare("petitions.limit.handle", int, 60, "信访：办理期限（日）", "期限", minimum=1, maximum=365)
LIMIT_EXTEND = settings.declare(
    "petitions.limit.extend", int, 30, "信访：延期（日，限一次）", "期限", minimum=1, maximum=365
)
LIMIT_REVIEW = settings.declare(
    "petitions.limit.review", int, 30, "信访：复查/复核申请与答复期限（日）", "期限", minimum=1, maximum=365
)


# as categories() and accusation_categories() read them; a 信访's 问题类别 column holds 50
settings.list_check(CATEGORIES.key, "类别", max_length=50, required=True)
settings.list_check(ACCUSATION_CATEGORIES.key, "类别", max_length=50)
settings.list_within(
    ACCUSATION_CATEGORIES.key, CATEGORIES.key,
    lambda text: settings.list_items(text, "、\n"), lambda text: settings.list_items(text, "、\n"))


def categories() -> list[str]:
    text = str(settings.get(CATEGORIES.key) or "")
    items = [line.strip() for line in text.replace("、", "\n").splitlines() if line.strip()]
    return items or list(DEFAULT_CATEGORIES)


def set_categories(items: list[str], actor: Actor | None = None) -> None:
    cleaned = []
    for item in items:
        item = item.strip()
        if item and item not in cleaned:
            cleaned.append(item)
    if not cleaned:
        raise ValidationError("问题类别至少要有一项。", CATEGORIES.key)
    settings.put(CATEGORIES.key, "\n".join(cleaned), actor)


def accusation_categories() -> list[str]:
    text = str(settings.get(ACCUSATION_CATEGORIES.key) or "")
    return [line.strip() for line in text.replace("、", "\n").splitlines() if line.strip()]


def is_accusation(category: str | None) -> bool:
    """检举控告 of Party members or officials (art. 32): not for the 60-day 办理 path."""
    return bool(category) and category in accusation_categories()


def discipline_organ() -> str:
    return str(settings.get(DISCIPLINE_ORGAN.key) or "").strip() or "纪检监察机关"


def working_days() -> bool:
    return settings.get("deadlines.day_kind") == "working"


def period_text(setting: settings.Setting) -> i18n.Text:
    """A period as the papers tell the petitioner: “15日”, or “15个工作日” when the office counts
    working days — the same setting and day kind the deadline itself is computed from."""
    days = int(settings.get(setting.key))
    # a Text: the window reads it in its language where a note keeps it (延期30日，…)
    return i18n.text("%1个工作日", days) if working_days() else i18n.text("%1日", days)


def due_after(start: dt.date, setting: settings.Setting) -> dt.date:
    """start + the setting's number of days, calendar or working days as the office decided."""
    workdays.as_committed()  # the settings and the calendar as committed, before either is read
    return workdays.add_days(start, int(settings.get(setting.key)), working_days())


def _check_people(value: Any) -> None:
    if value is not None and value < 1:
        raise ValidationError(i18n.text("人数至少为 1，现在是 %1。", value), "people_count")


FIELDS = [
    FieldSpec("number", "信访编号", editable=False, searchable=True, width=120, tidy=tidy_number),
    FieldSpec("registered_on", "登记日期", kind=DATE, required=True, default=clock.today, width=95),
    FieldSpec("form", "信访形式", kind=CHOICE, required=True, choices=FORMS, width=70),
    FieldSpec("secrecy", "密级", kind=CHOICE, choices=SECRECY_LABELS, default="非密", column=False),
    FieldSpec("name", "信访人", required=True, searchable=True, max_length=50, width=80, person=True),
    FieldSpec("gender", "性别", kind=CHOICE, choices=("男", "女"), column=False),
    FieldSpec(
        "id_number",
        "身份证号",
        sensitive=MASK_ID,
        check=check_id,
        tidy=normalize_id,
        max_length=18,
        width=150,
        placeholder="18 位，可不填",
    ),
    FieldSpec(
        "phone", "联系电话", sensitive=MASK_PHONE, check=check_phone, tidy=normalize_phone,
        max_length=40, width=110,
    ),
    FieldSpec("address", "住址", sensitive=MASK_ADDRESS, max_length=200, column=False),
    FieldSpec("employer", "工作单位", max_length=100, column=False),
    FieldSpec(
        "people_count",
        "人数",
        kind=INT,
        default=1,
        maximum=100_000,
        check=_check_people,
        width=50,
        column=False,
    ),
    FieldSpec("category", "问题类别", kind=CHOICE, required=True, choices=categories, width=80),
    FieldSpec("content", "反映内容", kind=LONGTEXT, required=True, searchable=True, width=220),
    FieldSpec("demand", "诉求", kind=LONGTEXT, searchable=True, column=False),
    FieldSpec(
        "region",
        "涉及单位",
        completer="units",
        searchable=True,
        max_length=100,
        width=120,
        placeholder="涉及地区或单位",
    ),
    FieldSpec("receiver", "接待人", completer="people", max_length=50, column=False),
    FieldSpec("handling", "处理方式", kind=CHOICE, choices=HANDLINGS, editable=False, width=70),
    FieldSpec(
        "target_unit", "去向单位", completer="units", editable=False, max_length=100, width=110
    ),
    FieldSpec("state", "状态", kind=CHOICE, choices=STATES, editable=False, width=60),
    FieldSpec("next_due", "期限", kind=DATE, editable=False, deadline=True, width=105,
              counted=lambda rows: {p.id for p in rows if (p.next_due_what or "") not in TYPED_DUES}),
    FieldSpec("closed_on", "办结日期", kind=DATE, editable=False, width=95, column=False),
    FieldSpec("reply_opinion", "答复意见", kind=LONGTEXT, editable=False, column=False),
    # the facts the steps leave, so that a sheet brings a petition back in its state (imported.py)
    FieldSpec("decided_on", "处理日期", kind=DATE, editable=False, column=False),
    FieldSpec("report_due", "回报期限", kind=DATE, editable=False, column=False),
    FieldSpec("reject_reason", "不予受理理由", kind=LONGTEXT, editable=False, column=False),
    FieldSpec("notified_on", "告知日期", kind=DATE, editable=False, column=False),
    FieldSpec("accepted_on", "受理日期", kind=DATE, editable=False, column=False),
    FieldSpec("reported_on", "回报日期", kind=DATE, editable=False, column=False),
    FieldSpec("extension_approver", "延期批准人", editable=False, max_length=50, column=False,
              person=True),
    FieldSpec("extension_reason", "延期理由", kind=LONGTEXT, editable=False, column=False),
    FieldSpec("replied_on", "答复日期", kind=DATE, editable=False, column=False),
    FieldSpec("review_kind", "复查复核", kind=CHOICE, choices=REVIEW_KINDS, editable=False,
              column=False),
    FieldSpec("review_requested_on", "复查复核申请日期", kind=DATE, editable=False, column=False),
    FieldSpec("review_answered_on", "复查复核答复日期", kind=DATE, editable=False, column=False),
    FieldSpec("review_opinion", "复查复核意见", kind=LONGTEXT, editable=False, column=False),
    # the 复查 answered before a 复核 was asked (review_steps.request_review keeps it; its 复查意见书 is
    # reprinted from it): exported and imported with the petition
    FieldSpec("first_review_requested_on", "复查申请日期", kind=DATE, editable=False, column=False),
    FieldSpec("first_review_answered_on", "复查答复日期", kind=DATE, editable=False, column=False),
    FieldSpec("first_review_opinion", "复查意见", kind=LONGTEXT, editable=False, column=False),
    # the day the petitioner received the latest written answer (答复送达): a request's 30 日 run
    # from it (review_rules.review_limit)
    FieldSpec("served_on", "答复送达日期", kind=DATE, editable=False, column=False),
    FieldSpec("satisfaction", "满意度", kind=CHOICE, choices=SATISFACTION, editable=False,
              column=False),
]

EXCHANGE_LABELS = [
    "信访编号",
    "登记日期",
    "信访形式",
    "信访人",
    "性别",
    "身份证号",
    "联系电话",
    "住址",
    "人数",
    "问题类别",
    "反映内容",
    "诉求",
    "涉及单位",
    "处理方式",
    "去向单位",
    "办结日期",
    "答复意见",
    "密级",
    # the state and the facts of it (imported.py): the sheet brings the petition back in it
    "状态",
    "处理日期",
    "回报期限",
    "不予受理理由",
    "告知日期",
    "受理日期",
    "回报日期",
    "延期批准人",
    "延期理由",
    "答复日期",
    "复查复核",
    "复查复核申请日期",
    "复查复核答复日期",
    "复查复核意见",
    "复查申请日期",
    "复查答复日期",
    "复查意见",
    "答复送达日期",
    "满意度",
]

PETITIONER_KEYS = ("name", "gender", "id_number", "phone", "address", "employer")


def petitioner_key(index: int, key: str) -> str:
    """The field a refusal about the index-th petitioner (from 1) names: the first one's is the
    record's own field (name, id_number …), a later one's `petitioner2.id_number`."""
    return key if index == 1 else f"petitioner{index}.{key}"


def petitioner_of_key(field: str | None) -> tuple[int, str | None] | None:
    """(the petitioner from 1, or 0 for the list as a whole; his field) a refusal's field names;
    None when it is not about the petitioners."""
    if field in PETITIONER_KEYS:
        return 1, field
    if field == "petitioners":  # too many representatives
        return 0, None
    head, _dot, key = (field or "").partition(".")
    number = head.removeprefix("petitioner")
    if not head.startswith("petitioner") or not number.isdigit():
        return None
    return int(number), key if key in PETITIONER_KEYS else None


def _normalise(values: dict[str, Any], existing: Any) -> None:
    """ID numbers in upper case without spaces, phones without spaces; 性别 from the ID number."""
    if values.get("id_number"):
        values["id_number"] = normalize_id(values["id_number"])
        if not values.get("gender") and not getattr(existing, "gender", ""):
            from officedesk.core.idcard import gender_of

            values["gender"] = gender_of(values["id_number"])
    if values.get("phone"):
        values["phone"] = normalize_phone(values["phone"])
    for key in (
        "id_number",
        "phone",
        "address",
        "employer",
        "gender",
        "demand",
        "region",
        "receiver",
        "handling",
        "target_unit",
        "reply_opinion",
        "reject_reason",
        "extension_approver",
        "extension_reason",
        "review_kind",
        "review_opinion",
        "satisfaction",
    ):
        if key in values and values[key] is None:
            values[key] = ""


def _check_dates(values: dict[str, Any], existing: Any) -> None:
    registered = pick(values, existing, "registered_on")
    closed = pick(values, existing, "closed_on")
    if registered and closed and closed < registered:
        raise ValidationError("办结日期不能早于登记日期。", "closed_on")


def make_spec(**hooks: Any) -> RegistrySpec:
    return RegistrySpec(
        name="petitions",
        label="信访",
        model=Petition,
        fields=FIELDS,
        title_field="name",
        number_field="number",
        natural_key=("number",),
        number_kind="petition",
        number_year=year_of("registered_on"),  # a 信访 of its 登记日期's year
        level_field="secrecy",
        named_people=(("receiver", "接待人"),),
        named_rows=(NamedRows(PetitionStep, "petition", "person", step="kind"),),  # 延期's 批准人
        in_work=lambda record: record.state != CLOSED,
        # 身份证号, 联系电话 last: contact data, not what the clerk scans the list for
        list_first=("number", LIGHT, "state", "next_due", REPEAT, "registered_on", "form", "name",
                    "category", "content", "region", "handling", "target_unit"),
        default_sort="registered_on",
        # the 去向单位 a 转送/交办 names (the 效能 figures count by it); import brings it too
        rules=[_normalise, _check_dates, known_unit_fields(("target_unit", "去向单位", False))],
        exchange_labels=EXCHANGE_LABELS,
        **hooks,
    )
