"""The steps of an information item: 接收 → 初审 (采/不采) → 编辑 → 签发 → 编发 (into an issue of
a periodical) → 上报 → 采用 → 批示 (→ 转督查), and 电话报告 / 书面报告 of a sudden event (its 续报:
followups.py). Each saves the item through records.save_changes (locking, audit, index) and a
history row (InfoAction), which the scoring counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from officedesk.core import clock, i18n, records, step_dates
from officedesk.core.actor import Actor
from officedesk.core.errors import ConflictError, ValidationError
from officedesk.core.info import periodicals, scoring
from officedesk.core.info import spec as S
from officedesk.core.info.followups import followup, followup_values, followups_of  # noqa: F401 (read from here)
from officedesk.core.info.signer import signer_of
from officedesk.core.registry import RegistrySpec
from officedesk.core.summary_texts import trail_text
from officedesk.store import compiled
from officedesk.store.db import write_transaction
from officedesk.store.info import InfoAction, InfoItem


def _spec() -> RegistrySpec:
    from officedesk.core.info import SPEC

    return SPEC


def _day(on: dt.date | None) -> dt.date:
    return on or clock.today()


def _moment(on: dt.date | None, after: dt.datetime | None = None) -> dt.datetime:
    """The time of a step done on `on` (today: now). A past day's time is not typed: 09:00, or
    `after` (the time of what the step follows: the 报送时间, the 接收时间) when that was later
    the same day — an item is not received before it was sent. The day stays `on`."""
    if on is None or on == clock.today():
        return clock.now()
    moment = dt.datetime.combine(on, dt.time(9, 0))
    return max(moment, after) if after is not None and after.date() == on else moment


def _last_time(item: Any) -> dt.datetime | None:
    """The latest time recorded of the item's coming in: its 报送时间 or 接收时间."""
    return max((t for t in (item.reported_at, item.received_at) if t is not None), default=None)


def add_action(item: Any, kind: str, actor: Actor, *, on: dt.date | None = None,
               person: str = "", level: str = "", periodical: str = "",
               content: str = "") -> InfoAction:
    # compiled once (peewee compiles each insert: a 信息 台账's 采用 rows, written under the lock)
    values = {"item": item.id, "kind": kind, "on": _day(on), "person": person or actor.label, "level": level,
              "periodical": periodical, "content": content, "created_at": clock.now(),
              "created_by": actor.username}
    return compiled.loaded(InfoAction, {"id": compiled.insert_one(InfoAction, values), **values})


def _actions_of(item_id: int) -> list[InfoAction]:
    """An item's history, unchecked: for core code that has read the item with the actor."""
    return compiled.fetch_all_of(InfoAction, "info-actions", item_id, lambda select, item: select.where(
        InfoAction.item == item).order_by(InfoAction.on, InfoAction.id))


def actions_of(item_id: int, actor: Actor) -> list[InfoAction]:
    """The history of an item the actor may see (its rows are as secret as the item); the 督查事项
    its 批示 went to, raised since above the actor's clearance, told as hidden (core.named_items:
    for reading only, never saved back)."""
    from officedesk.core.named_items import untold_rows

    _get(item_id, actor)
    return untold_rows(_actions_of(item_id), actor)


# the procedure's steps from 报送 to 编发 (its history rows; 编发 is the 县级 采用 it makes)
_CHAIN = ("接收", "初审", "编辑", "签发")


def _steps_done(item: Any) -> list[step_dates.Done]:
    """The item's procedure steps and their days, which a later step may not precede
    (core.step_dates). The events after 编发 (上报, 采用 by a higher level, 批示) happen apart
    from one another: each follows these, not the others."""
    done: list[step_dates.Done] = [("报送", item.reported_at)]
    for action in _actions_of(item.id):
        if action.kind in _CHAIN:
            done.append((action.kind, action.on))
        elif action.kind == "采用" and action.content == "编发":
            done.append(("编发", action.on))
    return done


def _in_order(item: Any, step: str, day: dt.date | dt.datetime | None, field: str = "on",
              what: str = "") -> None:
    step_dates.not_before(step, day, _steps_done(item), field=field, what=what)


def check_dated(item: Any, step: str, day: dt.date, field: str) -> None:
    """The day of a 采用 or 批示 (by its step, or as an import brings it: core.info.exchange):
    not after today — one to come would count in a period to come — and not before the steps
    the item has done (报送 first: core.step_dates). `field` is named by the refusal."""
    if day > clock.today():
        raise ValidationError(i18n.text("%1日期不能晚于今天。", step), field)
    _in_order(item, step, day, field)


def _save(item: Any, values: dict[str, Any], version: int, actor: Actor, summary: str) -> Any:
    return records.save_changes(_spec(), item, values, version, actor, action="step", summary=summary)


def _get(item_id: int, actor: Actor) -> InfoItem:
    return records.get(_spec(), item_id, actor)


def receive(item_id: int, version: int, actor: Actor, *, on: dt.date | None = None,
            person: str = "") -> InfoItem:
    periodicals.require_publisher(actor, "接收信息")  # the 信息科's, as its corrections
    item = _get(item_id, actor)
    _in_order(item, "接收", on)
    with write_transaction():
        add_action(item, "接收", actor, on=on, person=person)
        return _save(item, {"state": S.TO_REVIEW, "received_at": _moment(on, item.reported_at),
                            "receiver": person or actor.label}, version, actor,
                     trail_text("接收信息：%1", item.title))


def review(item_id: int, version: int, actor: Actor, result: str, reason: str = "", *,
           on: dt.date | None = None, person: str = "") -> InfoItem:
    """初审: 采 goes on to 编辑; 不采 ends it, with the reason (the unit is told why)."""
    if result not in ("采", "不采"):
        raise ValidationError("初审结论请选“采”或“不采”。", "result")
    if result == "不采" and not reason.strip():
        raise ValidationError("不采用须写明理由（告知报送单位）。", "reason")
    item = _get(item_id, actor)
    state = S.TO_EDIT if result == "采" else S.REJECTED
    _in_order(item, "初审", on)
    with write_transaction():
        add_action(item, "初审", actor, on=on, person=person, content=f"{result}。{reason}".strip("。"))
        return _save(item, {"state": state, "review": result, "review_reason": reason.strip()},
                     version, actor, trail_text("初审：%1", result))


def edit(item_id: int, version: int, actor: Actor, title: str, content: str, *,
         on: dt.date | None = None, person: str = "") -> InfoItem:
    """编辑: the edited title and text are kept beside the unit's original."""
    title, content = " ".join((title or "").split()), (content or "").strip()
    if not title or not content:
        raise ValidationError("请填写编辑后的标题和正文。", "edited_title" if not title else
                              "edited_content")
    item = _get(item_id, actor)
    _in_order(item, "编辑", on)
    with write_transaction():
        add_action(item, "编辑", actor, on=on, person=person)
        return _save(item, {"state": S.TO_SIGN, "edited_title": title, "edited_content": content,
                            "editor": person or actor.label}, version, actor, "编辑")


def sign(item_id: int, version: int, actor: Actor, signer: str, post: str, *,
         on: dt.date | None = None, username: str = "") -> InfoItem:
    """签发 by the 信息科长 or the 分管主任 (a clerk may record a signature given on paper).
    Who may sign is the approval chain's (core.steps); the 职务 is the signer's own post when
    he is a user with one, or his principal's when he signs as a 代理 — never a 职务 typed
    over the post he holds (core.info.signer). `username`: the user core.steps found the step
    to be for (among namesakes, the one who holds it)."""
    if not (signer or "").strip():
        raise ValidationError("请填写签发人。", "signer")
    signer = signer.strip()
    item = _get(item_id, actor)
    found = signer_of(signer, item, _day(on), actor, username)
    name, principal, post = found.name, found.principal, found.post or (post or "").strip()
    if not found.post and post not in S.SIGNER_POSTS:  # typed for one who is no user
        raise ValidationError(i18n.text("签发人职务应为%1。", i18n.joined(list(S.SIGNER_POSTS), "%1或%2")),
                              "post")
    # 杨帅（代理唐岩，信息科长）: the 代理 as every paper names it, and the post signed in
    shown = f"{name}（代理{principal}，{post}）" if principal else f"{name}（{post}）"
    _in_order(item, "签发", on)
    with write_transaction():
        add_action(item, "签发", actor, on=on, person=name, content=post)
        return _save(item, {"state": S.TO_PUBLISH, "signer": shown, "signed_on": _day(on)},
                     version, actor, trail_text("签发：%1", shown))


def publish(item_id: int, version: int, actor: Actor, periodical: str, new_issue: bool = False,
            *, on: dt.date | None = None) -> InfoItem:
    """编发 into the periodical's open issue (or a new one), as its last item, by whoever may
    印发 the issue. Its 县级采用 (the office's own periodical) counts from the issue's 印发, on
    that day (core.info.issued): placed in an issue still being edited, it earns nothing yet."""
    periodicals.require_publisher(actor, "刊物编发")  # the issue's people (as 印发)
    item = _get(item_id, actor)
    p = periodicals.periodical(periodical)
    _in_order(item, "编发", on)
    with write_transaction():
        issue = periodicals.place_item(item, p, actor, new=new_issue, year=_day(on).year)
        label = periodicals.label_of(issue)
        add_action(item, "采用", actor, on=on, level="县", periodical=label, content="编发")
        values = {"state": S.PUBLISHED, "issue": issue.id,
                  "issue_position": periodicals.next_position(issue.id), "issue_label": label}
        values |= _outcome(item)
        return _save(item, values, version, actor, trail_text("编发：%1", label))


def check_sent(item: Any, when: dt.datetime, field: str) -> None:
    """The 上报时间 (by the step, or as an import brings it: core.info.exchange): not after now,
    not before the item came in (its 接收时间, else its 报送时间: to the minute, as times are typed
    and shown — 上报 now, in the minute it was received), nor before the steps it has done."""
    if when > clock.now():
        raise ValidationError("上报时间不能晚于现在。", field)
    came = _last_time(item)
    if came is not None and when < came.replace(second=0, microsecond=0):
        what = "接收时间" if came == item.received_at else "报送时间"
        raise ValidationError(i18n.text(
            "上报时间（%1）不能早于%2（%3）：信息收到后才能上报。请填写实际上报的时间（含时、分）。",
            f"{when:%Y-%m-%d %H:%M}", what, f"{came:%Y-%m-%d %H:%M}"), field)
    _in_order(item, "上报", when, field, "上报时间")


def send_up(item_id: int, version: int, actor: Actor, level: str, when: dt.datetime | None,
            *, on: dt.date | None = None) -> InfoItem:
    periodicals.require_publisher(actor, "上报")  # the 信息科's, as 编发
    if level not in S.SEND_LEVELS:
        raise ValidationError(i18n.text("上报级别应为%1之一。", S.SEND_LEVELS), "level")
    item = _get(item_id, actor)
    when = when or _moment(on, _last_time(item))
    check_sent(item, when, "when")
    if level not in levels_not_sent(item):  # pressed twice: it would stand twice in the history
        earlier = _sent_to(item, level)
        raise ValidationError(i18n.text("这件信息已于 %1 上报%2级，不能重复登记。上报另一级的，请选那一级。",
                                        f"{earlier:%Y-%m-%d}" if earlier else "—", level), "level")
    values: dict[str, Any] = {"state": item.state if item.state == S.ADOPTED else S.SENT_UP}
    if _rank(level) > _rank(item.sent_level):  # the item shows the highest level it went to
        values |= {"sent_level": level, "sent_at": when}
    with write_transaction():
        add_action(item, "上报", actor, on=when.date(), level=level)
        return _save(item, values, version, actor, trail_text("上报%1", level))


def _rank(level: str) -> int:
    return S.SEND_LEVELS.index(level) if level in S.SEND_LEVELS else -1


def levels_not_sent(item: Any) -> list[str]:
    """The levels the item may still be reported up to: 上报 once a level."""
    sent = {a.level for a in _actions_of(item.id) if a.kind == "上报"} | {item.sent_level}
    return [level for level in S.SEND_LEVELS if level not in sent]


def _sent_to(item: Any, level: str) -> dt.date | None:
    """When the item was reported up to `level` (as an import gave it, or its history's 上报)."""
    if item.sent_level == level and item.sent_at is not None:
        return item.sent_at.date()  # an import's: no 上报 in its history
    return next((a.on for a in _actions_of(item.id) if a.kind == "上报" and a.level == level), None)


def adopt(item_id: int, version: int, actor: Actor, level: str, periodical: str,
          day: dt.date | None) -> InfoItem:
    """采用 by a higher level's periodical (an item may be adopted at several levels)."""
    periodicals.require_publisher(actor, "登记采用")
    if level not in S.ADOPTION_LEVELS:
        raise ValidationError(i18n.text("采用级别应为%1之一。", S.ADOPTION_LEVELS), "level")
    if not (periodical or "").strip():
        raise ValidationError("请填写采用的刊物（如 市委办《每日要情》第12期）。", "periodical")
    day = day or clock.today()
    item = _get(item_id, actor)
    check_dated(item, "采用", day, "day")
    earlier = _same_adoption(item.id, level, periodical)
    if earlier is not None:  # scored once: the same 采用 entered twice would count twice
        raise ValidationError(i18n.text(
            "这件信息已于 %1 登记过%2级“%3”采用，不能重复登记。被另一刊物采用的，请写明那一刊物。",
            f"{earlier.on:%Y-%m-%d}", level, earlier.periodical), "periodical")
    with write_transaction():
        add_action(item, "采用", actor, on=day, level=level, periodical=periodical.strip())
        values = {"state": S.ADOPTED} | _outcome(item)
        return _save(item, values, version, actor, trail_text(level + "级采用：%1", periodical))  # 县级采用：%1 … declared each


def _plain(name: str) -> str:
    return "".join(ch for ch in name if not ch.isspace() and ch not in "《》〈〉<>")


def _same_adoption(item_id: int, level: str, periodical: str) -> InfoAction | None:
    """The 采用 already recorded at this level by this periodical (spaces and 《》 aside). An
    item may be adopted at one level by two periodicals (say 省委办《每日要情》 and 省政府办
    《政务信息》), each scored; the same periodical twice is one adoption entered twice."""
    wanted = _plain(periodical)
    return next((a for a in _actions_of(item_id) if a.kind == "采用" and a.level == level
                 and _plain(a.periodical) == wanted), None)


def instruct(item_id: int, version: int, actor: Actor, leader: str, text: str,
             day: dt.date | None) -> InfoItem:
    """领导批示 on an item (scored; 转督查 then makes it a 督查 item), entered by the 信息科 or
    by the leader himself (periodicals.instruction_refusal)."""
    periodicals.require_instruction_writer(actor)
    if not (leader or "").strip() or not (text or "").strip():
        raise ValidationError("请填写批示领导和批示内容。", "leader" if not (leader or "").strip()
                              else "text")
    day = day or clock.today()
    item = _get(item_id, actor)
    check_dated(item, "批示", day, "day")
    earlier = _same_instruction(item.id, leader, text, day)
    if earlier is not None:  # scored once, as 采用 is: the same 批示 entered twice would count twice
        raise ValidationError(i18n.text(
            "这件信息已于 %1 登记过%2的这条批示（%3），不能重复登记。同一领导另有批示的，请写明新的批示内容或批示日期。",
            f"{earlier.on:%Y-%m-%d}", earlier.person, earlier.content[:40]), "text")
    with write_transaction():
        add_action(item, "批示", actor, on=day, person=leader.strip(), content=text.strip())
        values = _outcome(item, extra_instruction=f"{leader.strip()}（{day.isoformat()}）：{text.strip()}")
        return _save(item, values, version, actor, trail_text("%1批示", leader))


def _same_instruction(item_id: int, leader: str, text: str, day: dt.date) -> InfoAction | None:
    """The 批示 already recorded of this leader with this text on this day (spaces aside). A
    leader may write on an item again, or another leader may: each is scored."""
    wanted = (_bare(leader), _bare(text))
    return next((a for a in _actions_of(item_id) if a.kind == "批示" and a.on == day
                 and (_bare(a.person), _bare(a.content)) == wanted), None)


def _bare(text: str) -> str:
    return "".join(ch for ch in text or "" if not ch.isspace())


def _latest_instruction(item_id: int) -> InfoAction | None:
    return (InfoAction.select().where((InfoAction.item == item_id) & (InfoAction.kind == "批示"))
            .order_by(InfoAction.on.desc(), InfoAction.id.desc()).first())


def latest_instruction(item_id: int, actor: Actor) -> InfoAction | None:
    """The latest leader's 批示 on an item the actor may see."""
    _get(item_id, actor)
    return _latest_instruction(item_id)


def to_supervision(item_id: int, actor: Actor, deadline: dt.date | None = None) -> Any:
    """转督查: the latest 批示 becomes a 督查 item (source 信息批示), linked both ways; the item
    inherits the information's 密级 by the 督查 registry's own rule (never below its source), so
    its version, audit and search index carry it."""
    from officedesk.core import supervision

    periodicals.require_publisher(actor, "批示转督查")
    item = _get(item_id, actor)
    if item.supervision_id:
        raise ConflictError("这件信息的批示已经转为督查事项，不能重复转办。")
    found = _latest_instruction(item.id)
    if found is None:
        raise ConflictError("这件信息还没有领导批示，不能转督查。先办理“批示”。")
    with write_transaction():
        task = supervision.create_item_from_source(
            source_kind="info", source_id=item.id,
            title=f"{found.person}批示：{item.edited_title or item.title}",
            content=item.edited_content or item.content, actor=actor, leader=found.person,
            instruction=found.content, deadline=deadline)
        add_action(item, "转督查", actor, content=f"督查事项 {getattr(task, 'number', '') or task.id}")
        _save(item, {"supervision_id": task.id}, item.version, actor,
              trail_text("批示转督查：督查事项 %1", task.id))
    return task


def written_report(item_id: int, version: int, actor: Actor, when: dt.datetime | None) -> InfoItem:
    """突发事件: the written report arrived (the clock stops) — the 信息科's to record, as its
    corrections: the time is never corrected."""
    periodicals.require_publisher(actor, "记录书面报告")
    item = _get(item_id, actor)
    if item.category != S.SUDDEN:
        raise ValidationError("只有突发事件要记书面报告时间。", "when")
    when = when or clock.now()
    S.check_report_time("written_at", when, item.event_at)
    if item.phoned_at and when < item.phoned_at:
        raise ValidationError(i18n.text(
            "书面报告时间不能早于电话报告时间（%1）。", f"{item.phoned_at:%Y-%m-%d %H:%M}"), "when")
    with write_transaction():
        add_action(item, "书面报告", actor, on=when.date(), content=when.strftime("%H:%M"))
        return _save(item, {"written_at": when}, version, actor, "收到书面报告")


def phone_report(item_id: int, version: int, actor: Actor, when: dt.datetime | None) -> InfoItem:
    """突发事件: the phone report came after the item was registered — recorded once, by this
    step, at the time it came (a phone report after its limit stays late); the 信息科's, as
    the written report."""
    periodicals.require_publisher(actor, "记录电话报告")
    item = _get(item_id, actor)
    if item.category != S.SUDDEN:
        raise ValidationError("只有突发事件要记电话报告时间。", "when")
    if item.phoned_at:
        raise ConflictError(i18n.text("这件突发事件已经记过电话报告（%1），不能重记。",
                                      f"{item.phoned_at:%Y-%m-%d %H:%M}"))
    when = when or clock.now()
    S.check_report_time("phoned_at", when, item.event_at)
    if item.written_at and when > item.written_at:
        raise ValidationError(i18n.text(
            "电话报告时间不能晚于书面报告时间（%1）：书面报告先到的，它就是首报，不必再记电话报告。",
            f"{item.written_at:%Y-%m-%d %H:%M}"), "when")
    with write_transaction():
        add_action(item, "电话报告", actor, on=when.date(), content=when.strftime("%H:%M"))
        return _save(item, {"phoned_at": when}, version, actor, "收到电话报告")


def _outcome(item: Any, extra_instruction: str = "") -> dict[str, Any]:
    """The list's 采用情况, 采用级别 (the highest), 领导批示 and 得分 after this step (whose
    action row is already written): the adoptions counted — a 县级采用 once its issue is 印发,
    not the row 编发 writes (scoring.PLACED)."""
    adoptions = [a for a in _actions_of(item.id) if a.kind == "采用" and a.content != scoring.PLACED]
    order = {level: n for n, level in enumerate(S.ADOPTION_LEVELS)}
    highest = max((a.level for a in adoptions), key=lambda lv: order.get(lv, -1), default="")
    text = "；".join(f"{a.level}级：{a.periodical}（{a.on.isoformat()}）" for a in adoptions)
    values: dict[str, Any] = {"adopted": text, "adopted_level": highest,
                              "score": scoring.item_score(item.id)}
    if extra_instruction:
        values["instruction"] = extra_instruction
    return values
