"""The office's periodicals (每日要情, 信息专报, 工作动态) and their issues: 期号 per year (第N期)
and a running 总期号 (总第M期), 编发单位, recipients 报/送/发; an issue collects edited items in
order until it is 印发.

An issue belongs to its year: an item 编发 in a year goes into that year's open issue (a new one
when there is none), never into one left open from the year before (that one stays open, to be
印发 as it is). A voided (作废) item is out of its issue: not listed, counted, printed nor sent
out; an item of an issue already 印发 is not voided (`void_refusal`), so what an issue held when
it went out stays as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import peewee

from officedesk.core import audit, chains, clock, record_lists, settings
from officedesk.core.actor import ROLE_ADMIN, ROLE_LEADER, ROLE_READONLY, WRITE_SECONDS, Actor
from officedesk.core.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    StaleRecordError,
    ValidationError,
)
from officedesk.core.fields import LONGTEXT, FieldSpec, parse_value
from officedesk.core.i18n import joined, text
from officedesk.core.info import printed_items
from officedesk.core.info.spec import VOIDED
from officedesk.core.records import require_writer
from officedesk.core.summary_texts import trail_text
from officedesk.store.db import guarded, hold_row, write_transaction
from officedesk.store.info import InfoAction, InfoIssue, InfoItem, Periodical

EDITING = "编辑中"
ISSUED = "已印发"
# what an issue's 印发 entry keeps besides its label: its 印发日期 and its head (编发单位, 报/送/发),
# as `printed_items.head_words` names them (entries made before keep the label only)
ISSUED_ON, HEAD = "印发日期", "版头"

# Called by `publish` in its transaction, after the issue is marked 印发, with the issue, its
# items and the actor: what the 印发 makes count (core.info.issued: each item's 县级采用).
ISSUED_HOOKS: list[Callable[[InfoIssue, list[InfoItem], Actor], None]] = []


def periodicals(active_only: bool = True) -> list[Periodical]:
    query = Periodical.select().order_by(Periodical.position, Periodical.id)
    if active_only:
        query = query.where(Periodical.active == True)  # noqa: E712 - peewee expression
    return list(query)


def names() -> list[str]:
    return [p.name for p in periodicals()]


def periodical(name: str) -> Periodical:
    found = Periodical.get_or_none(Periodical.name == (name or "").strip())
    if found is None:
        raise ValidationError(text("没有名为“%1”的刊物。现有：%2。", name, names() or "（无）"), "periodical")
    return found


def unit_of(p: Periodical) -> str:
    return p.unit or str(settings.get("org.name") or "") or "（编发单位）"


# Who may do what to the periodicals, as the 信息 approval chain (chain.info) says who the
# 信息科 (info.section) is: its settings — names, 编发单位, 报/送/发 and the 总期号, numbering like
# the office's settings — are for the section's head, whoever holds 签发 there (科长@本单位);
# 印发 for its staff, whoever holds 编辑 there (科员、副科长、科长@本单位). An administrator may
# do either.
SETTING_STEP, PUBLISH_STEP = "签发", "编辑"


def _section_alts(step: str) -> list[chains.Alt]:
    """The 信息 chain's `step` holders in the 信息科 (@本单位)."""
    chain = chains.chain_for("info")
    entry = chain.find(step) if chain is not None else None
    return [a for a in (entry.alts if entry is not None else ()) if a.scope == chains.SCOPE_OWN]


def _in_section(post: Any, alts: list[chains.Alt]) -> bool:
    from officedesk.core.chain_holders import fits

    return post is not None and post.role != ROLE_READONLY and any(
        fits(post, alt, "info", None) for alt in alts)


def stands_in_for(actor: Actor, step: str = PUBLISH_STEP, level: int = 0,
                  day: dt.date | None = None) -> Any:
    """The post of the 信息科 (a holder of the 信息 chain's `step` @本单位) the actor stands in
    for as its 代理 on `day` (the day of the step; today by default — core.positions.
    principals_of), cleared for `level`; None when he stands in for none. His own post is not
    asked."""
    from officedesk.core.positions import principals_of

    alts = _section_alts(step)
    return next((p for p in principals_of(actor.username, day)
                 if _in_section(p, alts) and p.clearance >= level), None)


def substitute_for(actor: Actor, level: int = 0, day: dt.date | None = None) -> Any:
    """The 信息科 post whose work (publish_refusal) the actor does only as its 代理 today; None
    when the work is his own (an administrator, his own post, the chain not in force) or he
    stands in for nobody there (or for one not cleared for `level`, an item's 密级)."""
    from officedesk.core.positions import post_of

    if ((not chains.enforced() and actor.can_write)
            or actor.standing(WRITE_SECONDS).role == ROLE_ADMIN
            or _in_section(post_of(actor.username), _section_alts(PUBLISH_STEP))):
        return None
    return stands_in_for(actor, PUBLISH_STEP, level, day)


def _section_refusal(actor: Actor, step: str, doing: str, level: int = 0,
                     day: dt.date | None = None) -> str | None:
    """Why the actor may not do `doing` (None when he may): he is neither an administrator nor
    a holder, in the 信息科 (@本单位), of the 信息 chain's `step`, nor stands in for one (代理,
    today) who is cleared for `level` (the 密级 of the item it is done on)."""
    if actor.standing(WRITE_SECONDS).role == ROLE_ADMIN:
        return None
    from officedesk.core.positions import post_of

    alts = _section_alts(step)
    post = post_of(actor.username)
    if _in_section(post, alts) or stands_in_for(actor, step, level, day) is not None:
        return None
    section = chains.own_unit("info") or "信息科"
    who = joined([a.describe(section) for a in alts], "%1或%2") or text("%1的人员", section)
    mine = text("%1%2", post.unit, post.position) if post is not None and post.position else "未设置岗位"
    return text("%1应由管理员或%2办理；您是%3。", doing, who, mine)


def setting_refusal(actor: Actor) -> str | None:
    """Why the actor may not add or change a periodical (None when he may)."""
    return _section_refusal(actor, SETTING_STEP, "刊物设置（刊物名称、编发单位、报送发、总期号）")


def publish_refusal(actor: Actor, doing: str = "刊物印发", level: int = 0,
                    day: dt.date | None = None) -> str | None:
    """Why the actor may not make an issue — 编发 an item into it, order it (排序), 印发 it —
    (None when he may): they make the issue as it goes out, one rule for the three. It is the
    信息科's rule for what else is its own: corrections and 作废 of an 信息 (core.info.corrected),
    接收, 电话报告, 书面报告, 上报, 采用, 转督查. Without the chain in force (no user has a 职务
    yet) whoever may write does it, as every 信息 step."""
    if not chains.enforced() and actor.can_write:
        return None
    return _section_refusal(actor, PUBLISH_STEP, doing, level, day)


def require_publisher(actor: Actor, doing: str) -> None:
    refused = publish_refusal(actor, doing)
    if refused:
        raise PermissionDeniedError(refused)


def instruction_refusal(actor: Actor) -> str | None:
    """Why the actor may not enter a leader's 批示 (None when he may): the 信息科, who record
    what happens to an item after 编发 (publish_refusal), or a leader recording his own — one
    naming another leader records it for him (代录), which core.steps holds to the right."""
    if actor.standing(WRITE_SECONDS).role == ROLE_LEADER:
        return None
    return publish_refusal(actor, "录入领导批示")


def require_instruction_writer(actor: Actor) -> None:
    refused = instruction_refusal(actor)
    if refused:
        raise PermissionDeniedError(refused)


# a periodical's name and 编发单位 as typed: no longer than their columns
NAME_FIELD = FieldSpec("name", "刊物名称", max_length=Periodical.name.max_length)
UNIT_FIELD = FieldSpec("unit", "编发单位", max_length=Periodical.unit.max_length)
# its 版记's 报、送、发: lists of recipients, bounded as a 发文's 主送 and 抄送 are
SEND_FIELDS = (FieldSpec("send_up", "报", kind=LONGTEXT), FieldSpec("send_to", "送", kind=LONGTEXT),
               FieldSpec("send_down", "发", kind=LONGTEXT))


def save_periodical(name: str, actor: Actor, *, unit: str = "", send_up: str = "",
                    send_to: str = "", send_down: str = "", total_start: int = 0,
                    expected_version: int | None = None) -> Periodical:
    """Add a periodical or change its 编发单位 and recipients (`setting_refusal`).
    `expected_version`: the version the 刊物设置 dialog opened on (0: it was a new name then);
    refused (StaleRecordError) when someone saved the periodical since, rather than written over."""
    require_writer(actor)
    refused = setting_refusal(actor)
    if refused:
        raise PermissionDeniedError(refused)
    name = (name or "").strip()
    if not name:
        raise ValidationError("请填写刊物名称。", "name")
    for spec, value in ((NAME_FIELD, name), (UNIT_FIELD, unit),  # as long as they may be
                        *zip(SEND_FIELDS, (send_up, send_to, send_down), strict=True)):
        parse_value(spec, value)
    values = {"unit": unit.strip(), "send_up": send_up.strip(), "send_to": send_to.strip(),
              "send_down": send_down.strip(), "total_start": int(total_start or 0),
              "updated_by": actor.username, "updated_at": clock.now()}
    with guarded("保存"), write_transaction():
        found = Periodical.get_or_none(Periodical.name == name)
        if expected_version is not None and (found.version if found is not None else 0) != expected_version:
            raise StaleRecordError(text(
                "刊物“%1”的设置已被他人修改（或刚由他人新建），您的修改没有保存。请关闭后重新打开刊物设置，再修改。",
                name))
        if found is None:
            position = (Periodical.select(peewee.fn.MAX(Periodical.position)).scalar() or 0) + 1
            found = Periodical.create(name=name, position=position, created_by=actor.username,
                                      **values)
        else:
            _check_total_start(found, int(total_start or 0))
            Periodical.update(version=Periodical.version + 1, **values).where(
                Periodical.id == found.id).execute()
            found = Periodical.get_by_id(found.id)
        audit.record(actor, "update", "info", None, None, {"刊物": name, **values},
                     trail_text("设置刊物：%1", name))
    return found


def total_start_refusal(found: Periodical) -> str | None:
    """Why the periodical's 总期号 start may no longer change (None while it may): an issue has
    gone out, and the 总期号 it was printed with counts from it."""
    issued = (InfoIssue.select().where((InfoIssue.periodical == found.id)
                                       & (InfoIssue.state == ISSUED))
              .order_by(InfoIssue.total).first())
    if issued is None:
        return None
    return text("%1已印发%2（总第%3期），总期号起始数（%4）不能再改：已印发各期的总期号由它算起。",
                found.name, issue_text(issued), issued.total, found.total_start)


def _check_total_start(found: Periodical, total_start: int) -> None:
    refused = total_start_refusal(found) if total_start != found.total_start else None
    if refused:
        raise ValidationError(refused, "total_start")


def label_of(issue: InfoIssue) -> str:
    return str(issue_text(issue))


def issue_text(issue: InfoIssue) -> Any:
    """The issue as messages name it: label_of's Chinese, its 年第…期 translated in the window."""
    return text("%1 %2年第%3期", issue.periodical.name, issue.year, issue.seq)


# Two workstations at once (PostgreSQL, READ COMMITTED): what reads a periodical's issues and
# writes from them — the next 期号 (new_issue), an item's place (place_item, next_position), the
# items 印发 keeps, 排序, 删除 of an empty issue, a correction or 作废 of an item in an issue —
# first holds the periodical's row until it commits, so none decides on what another is
# changing (SQLite's write transactions are one at a time already).
def hold(periodical_id: int) -> None:
    hold_row(Periodical, periodical_id)


def hold_issue(issue_id: int) -> bool:
    """Hold the issue's periodical (`hold`); whether it was held (PostgreSQL, in a transaction)."""
    periodical = InfoIssue.select(InfoIssue.periodical).where(InfoIssue.id == issue_id).scalar()
    return periodical is not None and hold_row(Periodical, periodical)


def held_issue(issue_id: int) -> InfoIssue | None:
    """The issue as it stands once its periodical is held (`hold`; read after the wait)."""
    hold_issue(issue_id)
    return InfoIssue.get_or_none(InfoIssue.id == issue_id)


def open_issue(p: Periodical, year: int | None = None) -> InfoIssue | None:
    """The periodical's issue being edited (of `year`, when given: an issue belongs to its year)."""
    query = InfoIssue.select().where((InfoIssue.periodical == p.id) & (InfoIssue.state == EDITING))
    if year is not None:
        query = query.where(InfoIssue.year == year)
    return query.order_by(InfoIssue.id.desc()).first()


def new_issue(p: Periodical, actor: Actor, year: int | None = None) -> InfoIssue:
    """The next issue: 第N期 of the year, 总第M期 of the periodical. In the caller's transaction."""
    year = year or clock.today().year
    with write_transaction():
        hold(p.id)
        # 总第M期 runs with time: an issue of a year before an issue already opened would take
        # a higher 总期号 than it. Refused rather than renumbered: issues already 印发 keep the
        # numbers they went out with.
        later = (InfoIssue.select().where((InfoIssue.periodical == p.id) & (InfoIssue.year > year))
                 .order_by(InfoIssue.year.desc(), InfoIssue.seq.desc()).first())
        if later is not None:
            raise ValidationError(text(
                "%1已有 %2 年的期（%3，总第%4期），不能再开 %5 年的新一期：总期号按时间顺序编排。"
                "请编入%2年的期（编发日期写%2年的日期或不写）；%5年还有未印发的一期时，"
                "可不选“另起新一期”，编入那一期。", p.name, later.year, issue_text(later), later.total, year),
                "on")
        seq = (InfoIssue.select(peewee.fn.MAX(InfoIssue.seq))
               .where((InfoIssue.periodical == p.id) & (InfoIssue.year == year)).scalar() or 0) + 1
        total = max(InfoIssue.select(peewee.fn.MAX(InfoIssue.total))
                    .where(InfoIssue.periodical == p.id).scalar() or 0, p.total_start) + 1
        issue = InfoIssue.create(periodical=p.id, year=year, seq=seq, total=total, state=EDITING,
                                 created_by=actor.username, updated_by=actor.username)
        audit.record(actor, "create", "info", None, None, {"期": label_of(issue)},
                     trail_text("新开一期：%1（总第%2期）", label_of(issue), total))
    return issue


def issue(issue_id: int) -> InfoIssue:
    found = InfoIssue.get_or_none(InfoIssue.id == issue_id)
    if found is None:
        raise NotFoundError(text("没有找到 id 为 %1 的一期刊物。", issue_id))
    return found


def issues(periodical_name: str = "", year: int | None = None) -> list[InfoIssue]:
    """The issues, of one periodical when named: a name no periodical has is refused, naming
    those there are (`periodical`), not taken for one without issues."""
    query = InfoIssue.select(InfoIssue, Periodical).join(Periodical)
    if (periodical_name or "").strip():
        query = query.where(InfoIssue.periodical == periodical(periodical_name).id)
    if year:
        query = query.where(InfoIssue.year == year)
    return list(query.order_by(Periodical.position, InfoIssue.year, InfoIssue.seq))


def _in_issue(issue_id: int) -> Any:
    """The items an issue holds: a voided one is out of it (it counts nowhere)."""
    return (InfoItem.issue == issue_id) & (InfoItem.state != VOIDED)


def count_of(issue_id: int, actor: Actor) -> int:
    """How many items of the issue the actor may see: every count an issue shows (the 刊物
    list, info-issues, 印发's question) counts these, so none tells a reader that items above
    his clearance are in it."""
    query = InfoItem.select().where(_in_issue(issue_id))
    visible = record_lists.level_condition(InfoItem.secrecy, actor)
    if visible is not None:
        query = query.where(visible)
    return query.count()


def held_by(issue_id: int) -> int:
    """How many items the issue holds, hidden ones too: for the rules only (an issue is empty,
    whole to its reader), never shown as a count."""
    return InfoItem.select().where(_in_issue(issue_id)).count()


def items_of(issue_id: int, actor: Actor) -> list[InfoItem]:
    """The issue's items in order, those above the actor's clearance left out."""
    query = InfoItem.select().where(_in_issue(issue_id))
    visible = record_lists.level_condition(InfoItem.secrecy, actor)
    if visible is not None:
        query = query.where(visible)
    return list(query.order_by(InfoItem.issue_position, InfoItem.id))


def whole_issue(issue_id: int, actor: Actor, doing: str) -> list[InfoItem]:
    """Every item of the issue, for what acts on the issue as a whole (排序, 印发, 打印): refused
    when any of them lies above the actor's clearance, naming none of them."""
    found = items_of(issue_id, actor)
    if len(found) < held_by(issue_id):
        raise PermissionDeniedError(
            text("这一期刊物编入了密级高于您权限的信息，您不能%1。请由有相应权限的同事办理。", doing))
    return found


def place_item(item: Any, p: Periodical, actor: Actor, new: bool = False,
               year: int | None = None) -> InfoIssue:
    """The issue an item is edited into: the periodical's open issue of the year of its 编发
    (or a new one); the item goes last. Returns the issue; the caller saves the item's issue
    fields."""
    year = year or clock.today().year
    hold(p.id)  # in the caller's transaction: its place (next_position) is decided under it
    current = None if new else open_issue(p, year)
    if current is None:
        current = new_issue(p, actor, year)
    return current


def void_refusal(item: Any) -> str | None:
    """Why an item may not be voided for its issue: one in an issue already 印发 went out on
    paper, and the issue's record of what it held is not rewritten. None otherwise (an item of
    an issue still being edited leaves it when voided)."""
    found = held_issue(item.issue) if item.issue else None
    if found is None or found.state != ISSUED:
        return None
    return text("这件信息（%1）已编入%2，该期已于 %3 印发，不能作废；内容有误的，请在刊物上另发更正。",
                item.number, issue_text(found), found.issued_on)


def last_edited_on(issue_id: int) -> dt.date | None:
    """The latest 编发 day of the issue's items (the 县级采用 row 编发 writes)."""
    day: dt.date | None = (
        InfoAction.select(peewee.fn.MAX(InfoAction.on)).join(InfoItem)
        .where(_in_issue(issue_id) & (InfoAction.kind == "采用") & (InfoAction.content == "编发"))
        .scalar())
    return day


def next_position(issue_id: int) -> int:
    return (InfoItem.select(peewee.fn.MAX(InfoItem.issue_position))
            .where(InfoItem.issue == issue_id).scalar() or 0) + 1


def unpublished_before(found: InfoIssue) -> InfoIssue | None:
    """The first issue of the same periodical and year before `found` not yet 印发, or None."""
    return (InfoIssue.select().where(
        (InfoIssue.periodical == found.periodical) & (InfoIssue.year == found.year)
        & (InfoIssue.seq < found.seq) & (InfoIssue.state != ISSUED))
        .order_by(InfoIssue.seq).first())


def issued_before(found: InfoIssue) -> InfoIssue | None:
    """The issue of the same periodical and year before `found` 印发 last (None: none is): a
    later issue is not dated before it (its 县级采用 would count in an earlier period)."""
    return (InfoIssue.select().where(
        (InfoIssue.periodical == found.periodical) & (InfoIssue.year == found.year)
        & (InfoIssue.seq < found.seq) & (InfoIssue.state == ISSUED)
        & InfoIssue.issued_on.is_null(False))
        .order_by(InfoIssue.issued_on.desc(), InfoIssue.seq.desc()).first())


def publish(issue_id: int, actor: Actor, on: dt.date | None = None) -> InfoIssue:
    """印发 an issue: its date is fixed and nothing more goes into it (`publish_refusal`)."""
    require_writer(actor)
    require_publisher(actor, "刊物印发")
    with guarded("保存"), write_transaction():  # checked and written as one: no item slips in
        hold_issue(issue_id)
        found = issue(issue_id)
        # 印发 sends every item out: only someone who may read them all may do it
        present = whole_issue(issue_id, actor, "印发")
        if found.state == ISSUED:
            raise ConflictError(text("%1已于 %2 印发。", issue_text(found), found.issued_on))
        if not present:
            raise ValidationError(text("%1还没有编入信息，不能印发。", issue_text(found)), "issue")
        earlier = unpublished_before(found)
        if earlier is not None:
            raise ValidationError(text(
                "%1还没有印发，%2不能先印发：刊物按期号顺序印发。请先印发%1（没有编入信息的空期可删除）。",
                issue_text(earlier), issue_text(found)), "issue")
        day = on or clock.today()
        if day > clock.today():
            raise ValidationError(text("印发日期（%1）不能晚于今天。", day.isoformat()), "on")
        last = last_edited_on(issue_id)
        if last is not None and day < last:
            raise ValidationError(text("印发日期（%1）不能早于这一期所编信息最后的编发日期（%2）。",
                                       day.isoformat(), last.isoformat()), "on")
        before = issued_before(found)  # in 期号 order, its date too
        previous = before.issued_on if before is not None else None
        if before is not None and previous is not None and day < previous:
            raise ValidationError(text(
                "印发日期（%1）不能早于%2的印发日期（%3）：刊物按期号顺序印发。请填写实际印发的日期。",
                day.isoformat(), issue_text(before), previous.isoformat()), "on")
        printed_items.keep(issue_id, present)  # a reprint shows what went out
        head = printed_items.keep_head(found)
        InfoIssue.update(state=ISSUED, issued_on=day, version=InfoIssue.version + 1,
                         printed_head=head, updated_by=actor.username, updated_at=clock.now()).where(
            InfoIssue.id == issue_id).execute()
        # its date and head as they went out: `check` holds the issue to them (issue_check)
        audit.record(actor, "update", "info", None, None,
                     {"印发": label_of(found), ISSUED_ON: day.isoformat(),
                      HEAD: printed_items.head_words(head)}, trail_text("印发：%1", label_of(found)))
        issued = issue(issue_id)
        for hook in ISSUED_HOOKS:
            hook(issued, present, actor)
    return issued
