"""The information registry's fields, states and settings (信息报送)."""

from __future__ import annotations

from typing import Any

from officedesk.core import clock, correction_plan, pending_records, settings, state_facts
from officedesk.core.actor import Actor
from officedesk.core.directory import known_unit_fields
from officedesk.core.errors import ValidationError
from officedesk.core.fields import CHOICE, DATETIME, INT, LONGTEXT, MASK_PHONE, FieldSpec
from officedesk.core.i18n import text
from officedesk.core.idcard import check_phone, normalize_phone
from officedesk.core.info import limits
from officedesk.core.info.limits import SUDDEN_LIMITS as SUDDEN_LIMITS  # its readers' name
from officedesk.core.registry import LIGHT, NamedRows, RegistrySpec
from officedesk.core.summary_texts import read_value
from officedesk.core.typed_numbers import tidy_number
from officedesk.store import compiled
from officedesk.store.info import InfoAction, InfoItem

TO_RECEIVE = "待接收"
TO_REVIEW = "待初审"
REJECTED = "不采用"
TO_EDIT = "待编辑"
TO_SIGN = "待签发"
TO_PUBLISH = "待编发"
PUBLISHED = "已编发"
SENT_UP = "已上报"
ADOPTED = "已采用"
VOIDED = "已作废"
STATES = (TO_RECEIVE, TO_REVIEW, REJECTED, TO_EDIT, TO_SIGN, TO_PUBLISH, PUBLISHED, SENT_UP,
          ADOPTED, VOIDED)
OUT_STATES = (PUBLISHED, SENT_UP, ADOPTED)  # in a periodical: may be sent up, adopted, 批示

URGENCIES = ("特急", "加急", "平急", "一般")
SECRECY = ("非密", "秘密", "机密", "绝密")
SUDDEN = "突发事件"
ADOPTION_LEVELS = ("县", "市", "省", "中央")  # 县: edited into the office's own periodical
SEND_LEVELS = ("市", "省", "中央")
SIGNER_POSTS = ("信息科长", "分管主任")

DEFAULT_CATEGORIES = ("工作动态", "经验做法", "问题建议", "社情民意", SUDDEN)

CATEGORIES = settings.declare(
    "info.categories", str, "\n".join(DEFAULT_CATEGORIES), "信息类别", "信息",
    help="每行一个类别；报送时从中选择。“突发事件”按一事一报计时。",
)
SUDDEN_WARN = settings.declare(
    "info.sudden.warn_minutes", int, 15, "突发事件：离时限多少分钟时亮黄灯", "信息"
)
# as categories() reads it; an 信息's 类别 column holds 20 characters
settings.list_check(CATEGORIES.key, "类别", max_length=20, required=True)
REVIEW_DAYS = settings.declare("info.limit.review", int, 1, "信息：接收后初审期限（日）", "期限")


def categories() -> list[str]:
    text = str(settings.get(CATEGORIES.key) or "")
    items = [line.strip() for line in text.replace("、", "\n").splitlines() if line.strip()]
    return items or list(DEFAULT_CATEGORIES)


def sudden_limits() -> dict[str, tuple[int, int]]:
    """事件级别 -> (电话, 书面) minutes from the event, as in force today (core.info.limits: an
    event is judged by the version in force on its 事发时间's day)."""
    return limits.current()


def event_levels() -> list[str]:
    return list(sudden_limits())


def _check_title(value: Any) -> None:
    if value is not None and len(str(value)) > 200:
        raise ValidationError(text("“标题”最多 200 个字，现在是 %1 个。请删减：信息要一事一报、简单明了。",
                                   len(str(value))), "title")


FIELDS = [
    FieldSpec("number", "信息编号", editable=False, searchable=True, width=145, tidy=tidy_number),
    FieldSpec("title", "标题", required=True, searchable=True, max_length=200, width=260,
              check=_check_title),
    FieldSpec("unit", "报送单位", required=True, completer="units", searchable=True,
              max_length=100, width=130),
    FieldSpec("reporter", "报送人", completer="people", max_length=50, width=70),
    FieldSpec("phone", "联系电话", sensitive=MASK_PHONE, check=check_phone, tidy=normalize_phone,
              max_length=40, width=110, column=False),
    # when the unit sent it, as the item says: a clerk registering later would leave a false time
    FieldSpec("reported_at", "报送时间", kind=DATETIME, required=True, width=120,
              placeholder="按来件填写单位报送的时间"),
    FieldSpec("category", "类别", kind=CHOICE, required=True, choices=categories, width=80),
    FieldSpec("urgency", "紧急程度", kind=CHOICE, choices=URGENCIES, default="一般", width=60),
    FieldSpec("content", "正文", kind=LONGTEXT, required=True, searchable=True, column=False),
    FieldSpec("attachments", "附件", kind=LONGTEXT, column=False, placeholder="附件名称，每行一个"),
    FieldSpec("secrecy", "密级", kind=CHOICE, choices=SECRECY, default="非密", width=50),
    FieldSpec("event_at", "事发时间", kind=DATETIME, column=False),
    FieldSpec("event_level", "事件级别", kind=CHOICE, choices=event_levels, column=False),
    # when the reports came: given at registration, or later once by its step (电话报告,
    # 书面报告); never corrected (a corrected time would hide a 迟报)
    FieldSpec("phoned_at", "电话报告时间", kind=DATETIME, column=False, corrected=False),
    FieldSpec("written_at", "书面报告时间", kind=DATETIME, column=False, corrected=False),
    # stored as the first report's id; a sheet names the first report by its 信息编号
    FieldSpec("followup_of", "续报", editable=False, column=False, placeholder="首报的信息编号"),
    FieldSpec("state", "状态", kind=CHOICE, choices=STATES, editable=False, width=60),
    FieldSpec("review_reason", "不采用理由", kind=LONGTEXT, editable=False, column=False),
    # the 编辑 step's text (the original kept beside it): shown, searched and carried by the 台账;
    # written by the step only
    FieldSpec("edited_title", "编辑后标题", editable=False, searchable=True, max_length=200,
              column=False),
    FieldSpec("edited_content", "编辑后正文", kind=LONGTEXT, editable=False, searchable=True,
              column=False),
    FieldSpec("issue_label", "编发期号", editable=False, width=130, words=read_value),
    FieldSpec("sent_level", "上报级别", kind=CHOICE, choices=SEND_LEVELS, editable=False,
              column=False),
    FieldSpec("sent_at", "上报时间", kind=DATETIME, editable=False, column=False),
    FieldSpec("adopted", "采用情况", kind=LONGTEXT, editable=False, column=False, words=read_value),
    FieldSpec("adopted_level", "采用级别", kind=CHOICE, choices=ADOPTION_LEVELS, editable=False,
              width=60),
    FieldSpec("instruction", "领导批示", kind=LONGTEXT, editable=False, searchable=True,
              column=False),
    # its 报送, 采用 and 批示 by the table of each one's day (scoring.item_points): what the
    # ranking counts for it; kept by core.info.points_kept, recomputed on import
    FieldSpec("score", "得分", kind=INT, editable=False, minimum=0, width=50,
              placeholder="按计分标准计算，导入时重新计算"),
]

# 密级 decides who sees an item; a 突发事件 is refused without its 事发时间 and 事件级别; 状态
# with the facts of the states an import rebuilds (core.info.exchange), 续报 by the first
# report's 信息编号
EXCHANGE_LABELS = ["信息编号", "标题", "报送单位", "报送人", "报送时间", "类别", "紧急程度", "正文",
                   "采用情况", "采用级别", "领导批示", "得分", "密级", "事发时间", "事件级别",
                   "电话报告时间", "书面报告时间", "续报", "状态", "不采用理由", "编辑后标题",
                   "编辑后正文", "编发期号",
                   "上报级别", "上报时间"]


def check_report_time(field: str, when: Any, event_at: Any) -> None:
    """A report's time (电话/书面报告时间, as registration and the steps give it): it has come —
    not after now (a time to come would stop the clock or count a report not yet made) — and
    it is about the event — not before its 事发时间."""
    label = {"phoned_at": "电话报告时间", "written_at": "书面报告时间"}[field]
    if when is None:
        return
    if when > clock.now():
        raise ValidationError(text("%1不能晚于现在；报告还没有来的，请留空，来了再按步骤记录。", label),
                              field)
    if event_at and when < event_at:
        raise ValidationError(text("%1不能早于事发时间（%2）。", label, f"{event_at:%Y-%m-%d %H:%M}"),
                              field)


def _check_report_times(values: dict[str, Any], existing: Any) -> None:
    """报送时间 not after now (a report dated ahead is scored in a year to come); the report times
    given as the steps take them, the phone report not after the written one (the written
    report, first in, was the report the phone limit asked for)."""
    from officedesk.core.records import pick

    reported = values.get("reported_at")
    if reported is not None and reported > clock.now():
        raise ValidationError("报送时间不能晚于现在。", "reported_at")
    event = pick(values, existing, "event_at")
    for field in ("phoned_at", "written_at"):
        if field in values:
            check_report_time(field, values[field], event)
    phoned, written = pick(values, existing, "phoned_at"), pick(values, existing, "written_at")
    if (("phoned_at" in values or "written_at" in values) and phoned and written
            and phoned > written and pick(values, existing, "category") == SUDDEN):
        raise ValidationError(text(
            "电话报告时间不能晚于书面报告时间（%1）：书面报告先到的，电话报告时间请留空。",
            f"{written:%Y-%m-%d %H:%M}"), "phoned_at")


# what the 突发事件's clock is counted from: its limits run from 事发时间, 事件级别 sets their length
CLOCK_FACTS = ("category", "event_at", "event_level")
CLOCK_KEPT = ("突发事件的报送时限从事发时间起算、按事件级别定长短，改动会掩盖迟报。登记有误的，请将其作废"
              "（列表右键“作废…”，或命令 officedesk void），再按正确的内容重新登记。")


def _same(a: Any, b: Any) -> bool:
    """Equal as a clerk sees them (a time to the minute: the form shows no seconds)."""
    if hasattr(a, "replace") and hasattr(b, "replace") and hasattr(a, "minute"):
        return bool(a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0))
    return bool((a or None) == (b or None))


def _clock_facts_kept(values: dict[str, Any], existing: Any) -> None:
    """A registered 突发事件's 类别, 事发时间 and 事件级别 are not corrected, nor is an item made
    one by a correction: the report limits are counted from them, and a changed one would turn
    a late report green or take it out of the clock (info-clock). The 类别 of an ordinary item
    is corrected among the ordinary ones."""
    if existing is None:
        return
    was = existing.category == SUDDEN
    changed = [f for f in CLOCK_FACTS if f in values and not _same(values[f], getattr(existing, f))]
    if "category" in changed and (was or values["category"] == SUDDEN):
        refused = (text("这件信息登记后不能改为其他类别：%1", CLOCK_KEPT) if was
                   else text("这件信息登记后不能改为“突发事件”：%1", CLOCK_KEPT))
    elif was and changed:
        refused = text("这件信息登记后不能修改%1：%2",
                       [{"event_at": "事发时间", "event_level": "事件级别"}[f] for f in changed], CLOCK_KEPT)
    else:
        return
    raise ValidationError(refused, changed[0])


def _normalise(values: dict[str, Any], existing: Any) -> None:
    """Phones without spaces; a 突发事件 needs its time and level; an ordinary item's written
    report is the item itself (书面报告时间 = 报送时间)."""
    from officedesk.core.records import pick

    if values.get("phone"):
        values["phone"] = normalize_phone(values["phone"])
    for key in ("reporter", "phone", "attachments", "event_level", "urgency"):
        if key in values and values[key] is None:
            values[key] = ""
    if values.get("title"):
        values["title"] = " ".join(str(values["title"]).split())
    category = pick(values, existing, "category")
    if category == SUDDEN:
        if not pick(values, existing, "event_at"):
            raise ValidationError("突发事件请填写“事发时间”（时限从事发时算起）。", "event_at")
        level = pick(values, existing, "event_level")
        if not level:
            raise ValidationError(text("突发事件请填写“事件级别”（%1）。", list(event_levels())),
                                  "event_level")
        event, reported = pick(values, existing, "event_at"), pick(values, existing, "reported_at")
        if event and reported and event > reported:
            raise ValidationError("事发时间不能晚于报送时间。", "event_at")
    elif existing is None and not values.get("written_at"):
        values["written_at"] = pick(values, existing, "reported_at")


def _not_below_first_report(values: dict[str, Any], existing: Any) -> None:
    """A 续报 carries its first report's title and event: its 密级 is never below the first
    report's (given lower: refused; not given: the first report's)."""
    from officedesk.core.actor import clearance_of
    from officedesk.core.record_guards import keep_level_floor, pick

    first = first_as_checked(pick(values, existing, "followup_of"))
    if first is None:
        return
    keep_level_floor(values, existing, "secrecy", clearance_of(first.secrecy),
                     "此续报的首报为{label}，续报的密级不能低于“{label}”。", given="secrecy" in values)


def first_as_checked(first_id: Any) -> Any:
    """A 续报's first report (None: none) as a check that writes nothing finds it: made by an
    earlier row of the file (pending_records) or corrected by one (core.correction_plan, its save
    not made yet), else as stored."""
    if not first_id:
        return None
    return (pending_records.by_id("info", first_id) or correction_plan.as_corrected("info", first_id)
            or compiled.fetch(InfoItem, first_id))  # (its statement compiled once: a carry's every 续报 asks)


def not_before_first(first: Any, when: Any) -> None:
    """A 续报's 报送时间 is not before its first report's (to the minute, as times are typed and
    shown): on registering it (followups._follows) and on correcting either."""
    if when.replace(second=0, microsecond=0) < first.reported_at.replace(second=0, microsecond=0):
        raise ValidationError(text(
            "续报的报送时间（%1）不能早于首报（%2）的报送时间（%3）：续报在首报之后报送。请核对报送时间。",
            f"{when:%Y-%m-%d %H:%M}", first.number, f"{first.reported_at:%Y-%m-%d %H:%M}"),
            "reported_at")


def _report_order_kept(values: dict[str, Any], existing: Any) -> None:
    """A correction of a 报送时间 keeps the order a 续报 was checked in (followups._follows): a
    续报 not before its first report, a first report not after its live 续报 (to the minute).
    The 续报 are not named: one may lie above the clerk's clearance."""
    if existing is None or "reported_at" not in values or values["reported_at"] is None:
        return
    minute = values["reported_at"].replace(second=0, microsecond=0)
    if existing.followup_of:
        first = first_as_checked(existing.followup_of)
        if first is not None:
            not_before_first(first, values["reported_at"])
        return
    earliest = (InfoItem.select(InfoItem.reported_at)
                .where((InfoItem.followup_of == existing.id) & (InfoItem.state != VOIDED))
                .order_by(InfoItem.reported_at).first())
    if earliest is not None and minute > earliest.reported_at.replace(second=0, microsecond=0):
        raise ValidationError(text(
            "首报的报送时间（%1）不能晚于它的续报的报送时间：续报在首报之后报送。"
            "请核对报送时间（续报的时间有误的，请先更正续报）。", f"{minute:%Y-%m-%d %H:%M}"), "reported_at")


def set_categories(items: list[str], actor: Actor | None = None) -> None:
    cleaned = list(dict.fromkeys(i.strip() for i in items if i.strip()))
    if not cleaned:
        raise ValidationError("信息类别至少要有一项。", CATEGORIES.key)
    settings.put(CATEGORIES.key, "\n".join(cleaned), actor)


def number_year(item: Any) -> int:
    """信息 are numbered per year, the year each came in (its 报送时间): an item of 2025-12-20
    entered in January is 信息〔2025〕N号."""
    return item.reported_at.year if item.reported_at else clock.today().year


number_year.date_field = "reported_at"  # type: ignore[attr-defined]  # as typed_numbers.year_of's


def make_spec(**hooks: Any) -> RegistrySpec:
    return RegistrySpec(
        name="info",
        label="信息",
        model=InfoItem,
        fields=FIELDS,
        title_field="title",
        number_field="number",
        number_kind="info",
        number_year=number_year,
        level_field="secrecy",
        named_people=(("reporter", "报送人"),),
        named_rows=(NamedRows(InfoAction, "item", "person", step="kind"),),  # 签发人, 领导批示
        # till it is in a periodical (or not taken, or voided); its 批示 are of the periodical's
        in_work=lambda record: record.state not in (REJECTED, VOIDED, *OUT_STATES),
        natural_key=("unit", "title"),
        list_first=("number", LIGHT, "title", "state", "unit", "reporter", "reported_at"),
        default_sort="reported_at",
        # the 信息工作通报 scores and ranks by 报送单位: a unit of the 通讯录, by its 名称
        rules=[_normalise, _check_report_times, _clock_facts_kept, _not_below_first_report, _report_order_kept, known_unit_fields(("unit", "报送单位", False)),
               state_facts.creation_rule("info", "信息")],
        exchange_labels=EXCHANGE_LABELS,
        recomputed=("score",),  # from the 报送, 采用 and 批示 (core.info.exchange.read_outcome)
        **hooks,
    )
