"""Demo 收文 and 发文 of the invented 云岭县委办公室, in every state of their procedures.

Every title, number and opinion is made up by us. The records go through the same steps a clerk
takes (core.documents.incoming / outgoing), with the clock moved back to the day each step
happened, so the history, the audit trail, the dashboard and the "三多" figures look lived in.
"""

from __future__ import annotations

import datetime as dt
import random

from officedesk.core import clock, settings, workdays
from officedesk.core.actor import Actor
from officedesk.core.documents import (
    archive,
    dispatch,
    incoming,
    kind_codes,
    outgoing,
    outgoing_spec,
)
from officedesk.demo import chain_people, document_texts, paper_titles
from officedesk.demo import efficiency as efficiency_demo
from officedesk.demo.directory import COUNTY_DEPUTY
from officedesk.demo.document_texts import (
    BODIES,
    INSTRUCTIONS,
    PROPOSALS,
    REREVIEW_REASONS,
    RESULTS,
)
from officedesk.store.documents import IncomingDoc, OutgoingDoc
from officedesk.store.models import Person, Unit

CLERK = Actor(username="demo-wenshu", role="clerk", clearance=3, display_name="张晓燕")

INCOMING_TARGETS = [  # how far each demo document gets, in proportion
    (incoming.SIGNED, 1),
    (incoming.REGISTERED, 1),
    (incoming.RETURNED, 1),
    (incoming.REVIEWED, 1),
    (incoming.PROPOSED, 1),
    (incoming.INSTRUCTED, 1),
    (incoming.HANDLING, 4),
    (incoming.CIRCULATING, 2),
    (incoming.DONE, 3),
    (incoming.ARCHIVED, 3),
]
OUTGOING_TARGETS = [  # after one in each state: the year's papers mostly out, a few in hand
    (outgoing_spec.DRAFTING, 2),
    (outgoing_spec.CHECKED, 1),
    (outgoing_spec.COUNTERSIGNING, 1),
    (outgoing_spec.SIGNED, 1),
    (outgoing_spec.REREVIEW, 0),
    (outgoing_spec.REVIEWED, 1),
    (outgoing_spec.NUMBERED, 0),
    (outgoing_spec.PRINTED, 0),
    (outgoing_spec.DISTRIBUTED, 10),
    (outgoing_spec.ARCHIVED, 12),
]
# how many days back a paper that got so far was begun: 收文 not yet 交办 came in this week, a
# 发文 not yet printed was drafted in the last two weeks (its 拟稿→印发 limit is ten working
# days: the 复审中 one has run past it); the ones done any time in the last months
EARLY_INCOMING = (incoming.SIGNED, incoming.REGISTERED, incoming.REVIEWED, incoming.PROPOSED,
                  incoming.INSTRUCTED)
OUTGOING_BACK = {
    outgoing_spec.DRAFTING: (1, 8),
    outgoing_spec.REREVIEW: (14, 18),
    outgoing_spec.PRINTED: (3, 10),
    outgoing_spec.DISTRIBUTED: (15, 300),
    outgoing_spec.ARCHIVED: (40, 330),
}


def _pick_target(rng: random.Random, targets: list[tuple[str, int]]) -> str:
    states = [state for state, weight in targets for _ in range(weight)]
    return rng.choice(states)


def _leaders() -> list[str]:
    names = [
        p.name for p in Person.select(Person.name)
        .where(Person.rank <= COUNTY_DEPUTY)
        .order_by(Person.rank, Person.id)
    ]
    return names or ["李国强", "王志刚", "陈丽华", "赵建军"]


def _director() -> str:
    """The demo office's 主任 among its users (who signs in the approval chain), or ""."""
    from officedesk.core.positions import all_posts

    return next((p.label for p in all_posts() if p.position == "主任"), "")


def _units() -> list[str]:
    names = [
        u.name
        for u in Unit.select(Unit.name).where(Unit.name.startswith("县")).order_by(Unit.sort_order)
    ]
    return names or ["县应急管理局", "县财政局", "县教育局", "县农业农村局", "县发展和改革局"]


def _at(day: dt.date) -> None:
    clock.set_today(day)


def _ensure_office() -> None:
    """The demo office's name, 机关代字 and 全宗号, unless the office has set its own."""
    for key, value in (
        ("org.name", "中共云岭县委办公室"),
        ("org.code", "云委办"),
        ("org.fonds", "Z107"),
    ):
        if not str(settings.get(key) or ""):
            settings.put(key, value)
    # its 函 numbered apart, as most offices number theirs (云委办函〔2026〕3号)
    if not kind_codes.codes():
        settings.put(kind_codes.KIND_CODES.key, f"函={settings.get('org.code')}函")


def populate(size: int, rng: random.Random) -> int:
    """About `size` 收文 and two thirds as many 发文; 0 when documents exist already."""
    if IncomingDoc.select().exists() or OutgoingDoc.select().exists():
        return 0
    _ensure_office()
    real_today = clock.today()
    leaders, units = _leaders(), _units()
    count = 0
    plans_in = []
    for _ in range(max(6, size)):
        target = _pick_target(rng, INCOMING_TARGETS)
        open_one = target in (incoming.HANDLING, incoming.CIRCULATING)
        back = (rng.randint(2, 12) if open_one else rng.randint(1, 6)
                if target in EARLY_INCOMING else rng.randint(3, 150))
        plans_in.append((_workday_before(real_today, back), target))
    plans_out = []
    for n in range(max(4, size * 2 // 3)):
        # each state once first, so that the demo shows every one (复审中, 已复核 …)
        first = n < len(OUTGOING_TARGETS)
        target = OUTGOING_TARGETS[n][0] if first else _pick_target(rng, OUTGOING_TARGETS)
        back = rng.randint(*OUTGOING_BACK.get(target, (3, 14)))
        plans_out.append((_workday_before(real_today, back), target))
    # each paper of a year a different one, fitting its day (demo.paper_titles)
    papers_in = paper_titles.Papers(paper_titles.INCOMING)
    papers_out = paper_titles.Papers(paper_titles.OUTGOING, share_of_series=0.08)
    # the 效能 demo's fourteen months of 收文 (demo.efficiency), signed in among these: one
    # year's 收文编号 follow the calendar across both (its own random numbers: this module's
    # records stay as they were)
    history_rng = random.Random(f"efficiency-history-{size}")
    history = [(day, "") for day in efficiency_demo.incoming_history_days(size, history_rng, real_today)]
    history_leaders = efficiency_demo.history_leaders() if history else []
    try:  # in date order, so that 收文编号 and 发文字号 follow the calendar
        # one 机密 收文 at least, however small the demo (保密: what a clerk may not see)
        secret = max((p for p in plans_in if p[1] not in (incoming.SIGNED, incoming.ARCHIVED)),
                     default=None)
        for day, target in sorted(plans_in + history):
            if target:
                _incoming(rng, real_today, leaders, units, target, day, papers_in,
                          "机密" if (day, target) == secret else "")
            else:
                efficiency_demo.history_incoming(day, history_rng, real_today, history_leaders,
                                                 papers_in)
            count += 1
        for day, target in sorted(plans_out):
            _outgoing(rng, real_today, leaders, units, target, day, papers_out)
            count += 1
    finally:
        clock.set_today(real_today)
    return count


def _workday_before(today: dt.date, back: int) -> dt.date:
    day = today - dt.timedelta(days=back)
    while not workdays.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def _next(day: dt.date, rng: random.Random, limit: dt.date) -> dt.date:
    """The day of the next step: a working day (not a Sunday that is today), never before `day`."""
    step = min(workdays.add_working_days(day, rng.randint(0, 2)), limit)
    while step > day and not workdays.is_workday(step):
        step -= dt.timedelta(days=1)
    return step


def _incoming(
    rng: random.Random,
    today: dt.date,
    leaders: list[str],
    units: list[str],
    target: str,
    day: dt.date,
    papers: paper_titles.Papers,
    secrecy: str = "",
) -> None:
    open_states = (incoming.HANDLING, incoming.CIRCULATING)
    title, paper, _places = papers.pick(rng, day)
    org, kind = paper.who, paper.kind
    code = paper_titles.SOURCE_CODES[org]
    secrecy = secrecy or rng.choices(["非密", "秘密", "机密"], [8, 2, 1])[0]
    _at(day)
    raw = {
        "收文日期": day.isoformat(),
        "来文机关": org,
        "来文字号": f"{code}〔{day.year}〕{rng.randint(1, 180)}号",
        "标题": title,
        "文种": kind,
        "密级": secrecy,
        "保密期限": "" if secrecy == "非密" else rng.choice(["1年", "5年", "10年"]),
        "紧急程度": rng.choices(["平件", "加急", "特急"], [6, 3, 1])[0],
        "份数": str(rng.randint(1, 3)),
    }
    r = incoming.sign_in(raw, CLERK)
    leader, unit = rng.choice(leaders[:6]), rng.choice(units)
    if target == incoming.SIGNED:
        return
    r = incoming.register_doc(r.id, r.version, {}, CLERK)
    if target == incoming.REGISTERED:
        return
    if target == incoming.RETURNED:
        incoming.return_doc(r.id, r.version, CLERK, "来文缺少附件，已退回来文机关补正。")
        return
    day = _next(day, rng, today)
    _at(day)
    r = incoming.review(r.id, r.version, CLERK)
    if target == incoming.REVIEWED:
        return
    r = incoming.propose(
        r.id, r.version, CLERK, rng.choice(PROPOSALS).format(leader=leader, unit=unit)
    )
    if target == incoming.PROPOSED:
        return
    day = _next(day, rng, today)
    _at(day)
    r = incoming.instruct(
        r.id, r.version, CLERK, rng.choice(INSTRUCTIONS).format(unit=unit), leader
    )
    if target == incoming.INSTRUCTED:
        return
    limit = rng.choice([3, 5, 5, 10, 15])
    if target in open_states and rng.random() < 0.2:  # a few are overdue on the 工作台
        limit = 2
    r = incoming.assign(r.id, r.version, CLERK, unit, "", limit)
    if target in (incoming.CIRCULATING, incoming.DONE, incoming.ARCHIVED) and rng.random() < 0.7:
        readers = rng.sample(leaders[:8], k=min(3, len(leaders)))
        r = incoming.circulate(r.id, r.version, CLERK, readers)
        finish_all = target != incoming.CIRCULATING
        for n, reader in enumerate(readers):
            if not finish_all and n >= len(readers) - 1 - rng.randint(0, 1):
                break
            day = _next(day, rng, today)
            _at(day)
            r = incoming.mark_read(r.id, r.version, CLERK, reader)
    if target in (incoming.HANDLING, incoming.CIRCULATING):
        if r.due_on and r.due_on < today and rng.random() < 0.7:
            _at(today)
            incoming.remind(r.id, r.version, CLERK)
        return
    day = min(workdays.add_working_days(day, rng.randint(1, limit)), today)
    _at(day)
    r = incoming.finish(r.id, r.version, CLERK, rng.choice(RESULTS), day)
    if target == incoming.ARCHIVED:
        archive.archive(
            "incoming",
            r.id,
            r.version,
            CLERK,
            _incoming_retention(kind, rng.choice(["永久", "定期30年", "定期10年"])),
            "BGS",
            pages=rng.randint(2, 12),
        )


def _incoming_retention(kind: str, drawn: str) -> str:
    """A 上级's paper to carry out is kept 30 years, one for reference (通报, 函, 纪要) 10 (the
    draw kept, so the demo's other draws stay as they were)."""
    del drawn
    return "定期10年" if kind in ("通报", "函", "纪要") else "定期30年"


# an office without the demo's users (its chain not held): the people a draft names
FALLBACK = {"拟稿": "徐敏", "核稿": "王志远", "审核": "王志刚", "签发": "李国强"}


def _rereview_reason(rng: random.Random, record: OutgoingDoc) -> str:
    """What the 复核 found (one draw): a fault of the 附件 only where the draft has one."""
    drawn = rng.randrange(len(REREVIEW_REASONS))
    reasons = [reason for reason in REREVIEW_REASONS
               if record.attachment_note or "附件" not in reason]
    return reasons[drawn % len(reasons)]


def _outgoing(
    rng: random.Random,
    today: dt.date,
    leaders: list[str],
    units: list[str],
    target: str,
    day: dt.date,
    papers: paper_titles.Papers,
) -> None:
    title, paper, places = papers.pick(rng, day)
    kind, section = paper.kind, paper.who
    topic = title.removeprefix("关于").rsplit("的", 1)[0]
    deadline = workdays.add_working_days(day, 15)
    secrecy = rng.choices(["非密", "秘密", "机密"], [8, 2, 1])[0]
    upward = kind in ("请示", "报告")
    _at(day)
    raw = {
        "标题": title,
        "文种": kind,
        "拟稿单位": f"县委办公室{section}",
        # a 科员 or 副科长 of the drafting unit, cleared for its 密级 (demo.chain_people); each
        # person drawn as before the chain chose him, so the demo's other draws stay as they were
        "拟稿人": chain_people.drafter(rng.randrange(5), f"县委办公室{section}", kind, secrecy,
                                     FALLBACK["拟稿"], CLERK.label),
        # a 函 goes to a body outside the line (平行文), whom it asks
        "主送": "中共云州市委" if upward else "中共云州市委组织部" if kind == "函"
        else "各乡镇党委，县委各部委，县直各单位党组（党委）",
        "抄送": "" if upward or kind == "函" else "县人大常委会办公室，县政府办公室，县政协办公室",
        "正文": BODIES[paper.body].format(
            **places, topic=topic, task=document_texts.task(topic), meeting=topic.removeprefix("召开"),
            printed=title[title.find("《"):title.rfind("》") + 1],
            deadline=f"{deadline.month}月{deadline.day}日"),
        "附件说明": "" if rng.random() < 0.6 else "工作任务分解表",
        "密级": secrecy,
        "保密期限": "" if secrecy == "非密" else "5年",
        "紧急程度": rng.choices(["平件", "加急", "特急"], [6, 3, 1])[0],
        "份数": str(rng.choice([20, 30, 50, 80])),
        "印发机关": "中共云岭县委办公室",
    }
    if kind == "请示":  # whom to call about it, in its 附注 (GB/T 9704 §7.3.8): its drafter
        raw["附注"] = f"联系人：{raw['拟稿人']}，电话：0887-3112046"
    r = outgoing.draft(raw, CLERK)
    if target == outgoing_spec.DRAFTING:
        return
    day = _next(day, rng, today)
    _at(day)
    # the chain's steps as core takes them: each by its holder on this draft, recorded from the
    # signed paper by the 文书 (代录); never its drafter (core.self_check)
    wenshu = chain_people.recorder(CLERK)
    checker = chain_people.holder("核稿", r, FALLBACK["核稿"], (r.drafter,), rng.randrange(2))
    r = chain_people.perform(r, "核稿", {"checker": checker, "opinion": "文字已核，格式规范"}, wenshu)
    if target == outgoing_spec.CHECKED:
        return
    joint = target == outgoing_spec.COUNTERSIGNING or rng.random() < 0.3
    if joint:
        partners = rng.sample(units[:8], k=2)
        r = outgoing.send_countersign(r.id, r.version, CLERK, partners)
        if target == outgoing_spec.COUNTERSIGNING:
            return
        for unit in partners:
            day = _next(day, rng, today)
            _at(day)
            r = outgoing.countersign(
                r.id, r.version, CLERK, unit, rng.choice(["钱伟", "孙丽", "吴涛"]), "同意"
            )
    day = _next(day, rng, today)
    _at(day)
    if chain_people.has_step("审核", r):  # the 分管 副主任's, before 签发
        reviewer = chain_people.holder("审核", r, FALLBACK["审核"], (r.drafter,))
        r = chain_people.perform(r, "审核", {"reviewer": reviewer, "opinion": "同意，呈主任签发"},
                                 wenshu)
    drawn = 0 if upward else rng.randrange(len(leaders[:4]))
    signer = chain_people.holder("签发", r, _director() or FALLBACK["签发"], (r.drafter,), drawn)
    r = chain_people.perform(r, "签发", {"signer": signer, "opinion": "同意印发"}, wenshu)
    if target == outgoing_spec.SIGNED:
        return
    if target == outgoing_spec.REREVIEW or rng.random() < 0.1:  # 复核 found a substantive change
        r = chain_people.perform(r, "退回复审", {"reason": _rereview_reason(rng, r)}, wenshu)
        if target == outgoing_spec.REREVIEW:
            return
        day = _next(day, rng, today)
        _at(day)
        r = chain_people.perform(r, "签发", {"signer": r.signer,
                                           "opinion": "同意，按复核意见改正后印发"}, wenshu)
    r = chain_people.perform(r, "复核", {}, wenshu)  # by the office's 文书, before 编号
    if target == outgoing_spec.REVIEWED:
        return
    r = outgoing.assign_number(r.id, r.version, CLERK)
    if target == outgoing_spec.NUMBERED:
        return
    day = _next(day, rng, today)
    _at(day)
    r = outgoing.mark_printed(r.id, r.version, CLERK)
    if target == outgoing_spec.PRINTED:
        return
    copies = r.printed_copies or r.copies
    first = max(1, copies * 2 // 3)
    rows = [
        dispatch.Recipient("各乡镇、县直各单位", first, 1, first),
        dispatch.Recipient("县委办公室（存档）", copies - first, first + 1, copies),
    ]
    if copies - first < 1:
        rows = rows[:1]
    r = dispatch.distribute(r.id, r.version, CLERK, rows)
    if target == outgoing_spec.ARCHIVED:
        day = _next(day, rng, today)
        _at(day)
        archive.archive(
            "outgoing",
            r.id,
            r.version,
            CLERK,
            rng.choice(["永久", "定期30年"]),
            "BGS",
            pages=rng.randint(2, 8),
        )
