"""信访 papers: 受理告知书 / 不予受理告知书, 转送单 / 交办单, 答复意见书, 延期告知书.

Petitioners' ID numbers, phones and addresses are masked unless the form is asked for
`unmasked=True` by a user whose role may see them; that reveal is audited. A paper mailed to the
petitioner needs the full address: those allowed print it so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, i18n, petitions, records, responsibility, settings
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError
from officedesk.core.fields import chinese_date
from officedesk.core.petitions import paths, privacy
from officedesk.core.petitions import spec as petition_spec
from officedesk.printing import fonts, secrecy, voided
from officedesk.printing.common import (
    SIZE_3,
    SIZE_4,
    SIZE_5,
    SIZE_SMALL4,
    Column,
    Field,
    FormDocument,
    render_forms,
)
from officedesk.printing.forms import form
from officedesk.printing.words import add_names
from officedesk.store.petitions import Petition, PetitionStep

FORM_WORDS = {"来信": "来信", "来访": "来访", "电话": "来电", "传真": "传真", "网上": "网上投诉"}


def _org() -> str:
    return str(settings.get("org.name") or "") or "（机关名称）"


def _load(
    ids: Sequence[int], actor: Actor, unmasked: bool
) -> list[tuple[Petition, list[Any], bool]]:
    show = bool(unmasked)
    if show:
        privacy.require_reveal(actor)
    out = []
    for pid in ids:
        record = Petition.get_or_none(Petition.id == int(pid))
        if record is None:
            raise NotFoundError(i18n.text("没有找到记录号（id）为 %1 的信访记录。", pid))
        records.ensure_visible(petitions.SPEC, record, actor)  # 保密: never above the clearance
        people = petitions.petitioners_of(record.id, actor)
        # no 通讯录 people: kept whole in a cell all the same (陈家富, never 陈家 / 富)
        add_names([p.name for p in people] or [record.name])
        out.append((record, people, show))
    return out


def _shown(pdf: bytes, loaded: list[tuple[Petition, list[Any], bool]], actor: Actor) -> bytes:
    """The paper, its full personal data's view recorded once it is made: a paper a rule refused
    (no 答复意见 yet, another body's to issue) showed nothing and records nothing."""
    if any(show for _r, _p, show in loaded):
        privacy.log_reveal(actor, [r.id for r, _p, _s in loaded], "打印")
    return pdf


def _id(text: str, show: bool) -> str:
    return text if show else privacy.masked_id(text)


def _phone(text: str, show: bool) -> str:
    return text if show else privacy.masked_phone(text)


def _address(text: str, show: bool) -> str:
    return text if show else privacy.masked_address(text)


def _names(people: list[Any], record: Petition) -> str:
    names = [p.name for p in people] or [record.name]
    return "、".join(names)


def _you(people: list[Any], record: Petition) -> str:
    return "你们" if len(people) > 1 or (record.people_count or 1) > 1 else "你"


def _date(day: dt.date | None) -> str:
    return chinese_date(day) if day else "    年  月  日"


def _signature(doc: FormDocument, day: dt.date | None) -> None:
    doc.spacer(10)
    doc.text(_org(), align="right", size=SIZE_3)
    doc.text(_date(day), align="right", size=SIZE_3)


def _number_line(doc: FormDocument, record: Petition) -> None:
    doc.text(f"信访编号：{record.number}", align="right", size=SIZE_SMALL4, role=fonts.FANGSONG)
    doc.spacer(3)


def _matter(record: Petition, people: list[Any]) -> str:
    you = _you(people, record)
    how = FORM_WORDS.get(record.form, record.form)
    about = (
        f"涉及{record.region}的{record.category}问题" if record.region else f"{record.category}问题"
    )
    return f"{you}于{chinese_date(record.registered_on)}以{how}形式反映的{about}"


def _receipt(
    doc: FormDocument, record: Petition, people: list[Any], show: bool, paper: str
) -> None:
    """送达回证: cut off and kept in the file; the cut line stays with its boxes."""
    doc.spacer(6)
    doc.keep_together(lambda: _receipt_block(doc, record, people, show, paper))


def _receipt_block(
    doc: FormDocument, record: Petition, people: list[Any], show: bool, paper: str
) -> None:
    doc.text(
        "－ － － － － － － － － － 沿此线剪开 － － － － － － － － － －",
        align="center",
        size=SIZE_5,
    )
    doc.heading("送达回证", size=SIZE_4)
    first = people[0] if people else record
    doc.grid(
        [
            [Field("文书名称", paper), Field("信访编号", record.number)],
            [
                Field("受送达人", _names(people, record)),
                Field("联系电话", _phone(first.phone, show)),
            ],
            [Field("送达地址", _address(first.address or record.address, show), span=2)],
            [Field("送达方式", "□直接送达　　□邮寄送达　　□电子送达", span=2)],
            [Field("签收人", "", height=13), Field("签收日期", "　　年　　月　　日")],
        ],
        label_width=24,
        min_height=9,
        size=SIZE_SMALL4,
    )


@form("petition-notice", "信访受理（不予受理）告知书", "petitions", options=("unmasked",), secrecy=secrecy.SERVED)
def build_notice(ids: Sequence[int], actor: Actor, unmasked: bool = False, **_: Any) -> bytes:
    docs = []
    loaded = _load(ids, actor, unmasked)
    for record, people, show in loaded:
        voided.refuse("petitions", record, "信访事项告知书")  # served: never of a voided one
        petitions.notice_paper(record)
        rejected = record.handling == "不予受理"
        transferred = record.handling == "转送"
        title = (
            "信访事项不予受理告知书"
            if rejected
            else "信访事项转送告知书"
            if transferred
            else "信访事项受理告知书"
        )
        doc = FormDocument(title=title, body_size=SIZE_3)
        _number_line(doc, record)
        doc.text(f"{_names(people, record)}：", size=SIZE_3)
        matter = _matter(record, people)
        day = record.notified_on or record.decided_on or clock.today()
        you = _you(people, record)
        if rejected:
            conclusion, elsewhere = paths.notice_refusal(record)
            body = (
                f"{matter}，本机关已收悉。经审查，{record.reject_reason.rstrip('。')}。{conclusion}"
            )
            if not elsewhere:  # 复核终结 (art. 36): no other body to turn to
                after = ""
            elif petition_spec.is_accusation(record.category):
                after = f"请{you}依规依纪依法向{petition_spec.discipline_organ()}提出检举控告。"
            else:
                after = f"{you}可依照法律、法规规定的途径和程序，向有关机关主张权利。"
        elif transferred:
            # 转送: the receiving unit decides whether to accept; this office promises no 办理
            body = (
                f"{matter}，本机关已收悉。根据《信访工作条例》的规定，该信访事项已于"
                f"{chinese_date(record.decided_on or day)}转送{record.target_unit}。"
            )
            if petition_spec.is_accusation(record.category):  # art. 32: not the 信访 periods
                body += (
                    "所反映问题属于检举控告党员、公职人员的事项，由"
                    f"{record.target_unit}依规依纪依法处理（《信访工作条例》第三十二条）。"
                )
            else:
                limit = petition_spec.period_text(petition_spec.LIMIT_ACCEPT)
                body += (
                    f"{record.target_unit}将自收到转送的信访事项之日起{limit}内决定是否受理，"
                    f"并书面告知{you}。"
                )
            after = f"请{you}保持联系方式畅通，此后有关事宜请与{record.target_unit}联系。"
        else:
            # the day of 受理 its 60 日 run from: a 直接答复's 处理, a 交办's 告知
            body = f"{matter}，本机关已于{chinese_date(record.accepted_on or day)}依法受理。"
            if record.handling == "交办":
                body += f"该事项已交办{record.target_unit}办理。"
            handle = petition_spec.period_text(petition_spec.LIMIT_HANDLE)
            extend = petition_spec.period_text(petition_spec.LIMIT_EXTEND)
            # 直接答复: this office itself handles and answers it; 交办: the 承办单位 does
            who = "本机关" if record.handling == "直接答复" else (record.target_unit or "有关机关")
            body += (
                f"根据《信访工作条例》的规定，{who}将自受理之日起{handle}内办结，并向"
                f"{you}出具书面答复意见；情况复杂的，经批准可以适当延长办理期限，但延长期限"
                f"不超过{extend}，并告知{you}延期理由。"
            )
            after = f"请{you}保持联系方式畅通，依法有序反映诉求。"
        doc.text(body, size=SIZE_3, indent_chars=2, leading=1.75)
        if after:
            doc.text(after, size=SIZE_3, indent_chars=2, leading=1.75)
        doc.text("特此告知。", size=SIZE_3, indent_chars=2, leading=1.75)
        _signature(doc, day)
        _receipt(doc, record, people, show, title)
        docs.append(doc)  # served on the petitioner: unmarked (secrecy.SERVED)
    return _shown(render_forms(docs, "信访告知书"), loaded, actor)


def _transfer_note(record: Petition) -> str:
    if petition_spec.is_accusation(record.category):
        # art. 32: the 纪检监察机关 handles it under its own rules, not the 15 / 60 days
        return (
            "该事项属检举控告党员、公职人员的问题，依据《信访工作条例》第三十二条现予转送，"
            "请依规依纪依法处理。"
        )
    # the receiving unit's periods: the settings the deadlines are computed from, in their days
    accept = petition_spec.period_text(petition_spec.LIMIT_ACCEPT)
    handle = petition_spec.period_text(petition_spec.LIMIT_HANDLE)
    return (
        "该事项属你单位职责范围，现予转送，请依照《信访工作条例》的规定自收到之日起"
        f"{accept}内决定是否受理并书面告知信访人，受理后{handle}内办结答复。"
    )


@form("petition-transfer", "信访事项转送单（交办单）", "petitions", options=("unmasked",))
def build_transfer(ids: Sequence[int], actor: Actor, unmasked: bool = False, **_: Any) -> bytes:
    docs = []
    loaded = _load(ids, actor, unmasked)
    for record, people, show in loaded:
        assign = record.handling == "交办"
        title = "信访事项交办单" if assign else "信访事项转送单"
        voided.refuse("petitions", record, title)  # sent out: never of a voided one
        petitions.transfer_paper(record)
        doc = FormDocument(title=title, subtitle=_org(), footer="第{page}页 共{pages}页")
        doc.pair_line(f"{record.target_unit}：", f"信访编号：{record.number}")
        doc.spacer(1)
        _transfer_body(doc, record, people, show, assign)
        docs.append(secrecy.mark(doc, record))
    return _shown(render_forms(docs, "信访事项转送单"), loaded, actor)


# the boxes of the 转送单 / 交办单 that are taller than their text for writing room (mm), as
# laid out, then squeezed so that the footnote stays on the form's page: the spacing before it,
# the content boxes' room, at last the 领导审批 box (never below a signature's room)
_SQUEEZE = (
    {"gap": 4.0, "content": 40.0, "demand": 18.0, "note": 24.0, "approval": 24.0},
    {"gap": 1.5, "content": 40.0, "demand": 18.0, "note": 24.0, "approval": 24.0},
    {"gap": 1.5, "content": 30.0, "demand": 13.0, "note": 18.0, "approval": 24.0},
    {"gap": 1.5, "content": 24.0, "demand": 11.0, "note": 14.0, "approval": 18.0},
)
TRANSFER_NOTE = "（本单一式两联，一联随信访材料送承办单位，一联留存。）"


def _transfer_body(doc: FormDocument, record: Petition, people: list[Any], show: bool,
                   assign: bool) -> None:
    """The grid, the list of petitioners and the footnote of a 转送单 / 交办单: the footnote
    never on a page of its own (it printed alone on a page 2): the form's boxes give up their
    spare room first; when the content is so long that even that does not hold it, the
    footnote goes over with the grid's last row."""
    pages, ops, y = len(doc.pages), len(doc.pages[-1].ops), doc.y
    for level, room in enumerate(_SQUEEZE):
        if level:
            del doc.pages[pages:]
            del doc.pages[-1].ops[ops:]
            doc.y = y
        rows = _transfer_rows(record, people, show, assign, room)
        doc.grid(rows, label_width=30)
        _petitioner_list(doc, people, show)
        before = len(doc.pages)
        doc.spacer(room["gap"])
        doc.text(TRANSFER_NOTE, size=SIZE_5)
        if len(doc.pages) == before:
            return
    del doc.pages[pages:]
    del doc.pages[-1].ops[ops:]
    doc.y = y
    room = _SQUEEZE[0]
    rows = _transfer_rows(record, people, show, assign, room)
    doc.grid(rows[:-1], label_width=30)

    def last() -> None:
        doc.grid(rows[-1:], label_width=30)
        _petitioner_list(doc, people, show)
        doc.spacer(room["gap"])
        doc.text(TRANSFER_NOTE, size=SIZE_5)

    doc.keep_together(last)


def _transfer_rows(record: Petition, people: list[Any], show: bool, assign: bool,
                   room: dict[str, float]) -> list[list[Field]]:
    first = people[0] if people else record
    rows = [
        [Field("登记日期", chinese_date(record.registered_on)), Field("信访形式", record.form)],
        [
            Field("信访人", _names(people, record)),
            Field("人数", f"{record.people_count or 1}人"),
        ],
        [
            Field("身份证号", _id(first.id_number, show)),
            Field("联系电话", _phone(first.phone, show)),
        ],
        [Field("住址", _address(first.address or record.address, show), span=2)],
        [Field("问题类别", record.category), Field("涉及地区/单位", record.region)],
        [Field("反映内容", record.content, span=2, height=room["content"])],
        [Field("诉求", record.demand, span=2, height=room["demand"])],
    ]
    if assign:
        due = chinese_date(record.report_due) if record.report_due else "    年  月  日"
        requirement = (
            f"请按照《信访工作条例》的规定认真调查处理，依法作出处理意见并书面答复信访人，"
            f"于{due}前将办理结果和答复意见书复印件报送本机关。"
        )
        rows.append([Field("交办要求", requirement, span=2, height=room["note"])])
        rows.append([Field("回报期限", due), Field("交办日期", _date(record.decided_on))])
    else:
        rows.append([Field("转送说明", _transfer_note(record), span=2, height=room["note"])])
        rows.append(
            [Field("转送日期", _date(record.decided_on)), Field("接待人", record.receiver)]
        )
    # who did 处理 (代录 / 代理 marked); blank for a hand signature when no one is recorded
    handler = responsibility.signer("petitions", record.id, "处理")
    rows.append([Field("领导审批", "", span=2, height=room["approval"])])
    if len(handler) < 12:
        rows.append([Field("经办人", handler), Field("联系电话", "")])
    else:  # a 代录 note: the whole row, so that the slip stays on one page
        rows.append([Field("经办人", f"{handler}　　联系电话：", span=2)])
    return rows


def _petitioner_list(doc: FormDocument, people: list[Any], show: bool) -> None:
    """The 信访人名单 of a joint petition (more than one petitioner)."""
    if len(people) <= 1:
        return
    doc.spacer(4)
    doc.ensure(10 + 9 * min(len(people) + 1, 4))
    doc.text("信访人名单", role=fonts.HEITI)
    doc.spacer(1)
    doc.table(
        [
            Column("序号", 12, "center"),
            Column("姓名", 20, "center"),
            Column("性别", 12, "center"),
            Column("身份证号", 44, "center"),
            Column("联系电话", 30, "center"),
            Column("住址", 38),
        ],
        [
            [
                str(i),
                p.name,
                p.gender,
                _id(p.id_number, show),
                _phone(p.phone, show),
                _address(p.address, show),
            ]
            for i, p in enumerate(people, start=1)
        ],
    )


@form("petition-reply", "信访事项答复意见书", "petitions", options=("unmasked",), secrecy=secrecy.SERVED)
def build_reply(ids: Sequence[int], actor: Actor, unmasked: bool = False, **_: Any) -> bytes:
    """答复意见书, or the 复查 / 复核意见书 once a review has been answered: each tells the
    petitioner where the next step lies (arts. 35, 36) — never “行政机关” for a Party office."""
    docs = []
    loaded = _load(ids, actor, unmasked)
    for record, people, show in loaded:
        voided.refuse("petitions", record, "信访事项答复意见书")  # served: never voided
        stage = petitions.reply_paper(record)  # refused when another body issues it
        title = f"信访事项{stage}意见书" if stage else "信访事项答复意见书"
        doc = FormDocument(title=title, body_size=SIZE_3)
        _number_line(doc, record)
        doc.text(f"{_names(people, record)}：", size=SIZE_3)
        you = _you(people, record)
        limit = petition_spec.period_text(petition_spec.LIMIT_REVIEW)
        review = petitions.review_answer(record, stage) if stage else None
        if review is not None:
            requested = review.requested_on or review.answered_on
            # 交办: the 承办单位 answered; this office reviews as its 上一级
            answered = f"{record.target_unit}的答复意见" if record.target_unit else "答复意见"
            opinion = review.opinion
            intro = (
                f"{_matter(record, people)}（信访编号：{record.number}），{you}对"
                f"{answered if stage == '复查' else '复查意见'}不服，于{chinese_date(requested)}"
                f"提出{stage}请求。经{stage}，现提出{stage}意见如下："
            )
            if stage == "复查":
                after = (
                    f"如对本复查意见不服，{you}可以自收到本复查意见书之日起{limit}内，"
                    "向复查机关、单位的上一级机关、单位请求复核。"
                )
            else:
                # art. 36 in its own words (2022: 信访部门, not 2005's 信访工作机构)
                after = (
                    f"本复核意见为该信访事项的最终处理意见。{you}对复核意见不服，仍然以同一事实和"
                    "理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。"
                )
            signed: dt.date | None = review.answered_on
        else:
            accepted = record.accepted_on or record.decided_on or record.registered_on
            opinion = record.reply_opinion
            intro = (
                f"{_matter(record, people)}（信访编号：{record.number}），本机关于"
                f"{chinese_date(accepted)}受理后，经调查核实，现答复如下："
            )
            after = (
                f"如对本答复意见不服，{you}可以自收到本答复意见书之日起{limit}内，"
                "请求原办理机关、单位的上一级机关、单位复查。"
            )
            signed = record.replied_on
        doc.text(intro, size=SIZE_3, indent_chars=2, leading=1.75)
        doc.paragraphs([p.strip() for p in opinion.splitlines() if p.strip()], size=SIZE_3,
                       indent_chars=2, leading=1.75)
        if after:
            doc.text(after, size=SIZE_3, indent_chars=2, leading=1.75)
        _signature(doc, signed)
        _receipt(doc, record, people, show, title)
        docs.append(doc)  # served on the petitioner: unmarked (secrecy.SERVED)
    return _shown(render_forms(docs, "信访事项答复意见书"), loaded, actor)


def _extended_on(record: Petition) -> dt.date | None:
    """The day the 延期 was approved (its step's date); None for one an imported 台账 brought
    without its step: the date is then written by hand."""
    step = (PetitionStep.select(PetitionStep.on)
            .where((PetitionStep.petition == record.id) & (PetitionStep.kind == "延期"))
            .order_by(PetitionStep.on.desc(), PetitionStep.id.desc()).first())
    return step.on if step is not None else None


@form("petition-extension", "信访事项延期办理告知书", "petitions", options=("unmasked",),
      secrecy=secrecy.SERVED)
def build_extension(ids: Sequence[int], actor: Actor, unmasked: bool = False, **_: Any) -> bytes:
    """延期告知书 (《信访工作条例》第三十四条): the period added, in the office's kind of day, and
    the reason — no new end date, which a year's holidays not yet known could still move."""
    docs = []
    title = "信访事项延期办理告知书"
    loaded = _load(ids, actor, unmasked)
    for record, people, show in loaded:
        voided.refuse("petitions", record, title)  # served: never of a voided one
        petitions.extension_paper(record)  # this office's only for its own 直接答复
        doc = FormDocument(title=title, body_size=SIZE_3)
        _number_line(doc, record)
        doc.text(f"{_names(people, record)}：", size=SIZE_3)
        you = _you(people, record)
        accepted = record.accepted_on or record.decided_on or record.registered_on
        extend = petition_spec.period_text(petition_spec.LIMIT_EXTEND)
        reason = (record.extension_reason or "").strip().rstrip("。")
        body = (
            f"{_matter(record, people)}（信访编号：{record.number}），本机关已于"
            f"{chinese_date(accepted)}受理。根据《信访工作条例》第三十四条的规定，经本机关负责人"
            f"批准，办理期限延长{extend}。"
            + (f"延期理由：{reason}。" if reason else "")
        )
        doc.text(body, size=SIZE_3, indent_chars=2, leading=1.75)
        doc.text(f"本机关将在延长的期限内办结，并向{you}出具书面答复意见。请{you}保持联系方式畅通。",
                 size=SIZE_3, indent_chars=2, leading=1.75)
        doc.text("特此告知。", size=SIZE_3, indent_chars=2, leading=1.75)
        _signature(doc, _extended_on(record))
        _receipt(doc, record, people, show, title)
        docs.append(doc)  # served on the petitioner: unmarked (secrecy.SERVED)
    return _shown(render_forms(docs, title), loaded, actor)
