"""发文稿纸 (`outgoing-draft`): the draft with its 签发, 会签, 核稿 and 复核, at any step."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm

from officedesk.core.actor import Actor
from officedesk.core.documents import body, countersign, outgoing, recheck
from officedesk.core.documents.common import secrecy_mark, standing_step, steps
from officedesk.core.fields import chinese_date
from officedesk.printing import fonts, secrecy, voided
from officedesk.printing.common import Field, FormDocument, render_forms
from officedesk.printing.dates import in_prose
from officedesk.printing.documents_common import (
    SIZE_SMALL4,
    entry_note,
    org_name,
    read_records,
    when,
    who_did,
)
from officedesk.printing.forms import form

BODY_SIZE, BODY_LEADING = SIZE_SMALL4 + 1, 1.7  # the draft's text (and 附注) under “正文”


def _cosign_line(record: Any, c: Any, edited: bool) -> str:
    """One 会签 unit's answer (同意 / 不同意 and its opinion), who and when, and a 协调 decision;
    unanswered: awaited, or taken back by a 退回修改 (countersign.awaited); answered before the
    text was rewritten (`edited`: countersign.edited_since_sent): 未会签, as one taken back — it
    was given to another text —, the answer kept after it as the trail."""
    if c.signed_at is None:
        if countersign.awaited(record, c):
            return f"{c.unit}：（待会签）"
        return f"{c.unit}：未会签（会签中退回修改，未再送会签）"
    answer = c.answer or "同意"
    opinion = c.opinion if c.opinion and c.opinion != answer else ""
    given = f"{answer}{'。' + opinion if opinion else ''}  {c.person}  {when(c.signed_at, with_time=False)}"
    if countersign.answered_before_edit(record, c, edited):
        line = f"{c.unit}：未会签（退回修改后未再送会签）\n    会签修改前的稿件：{given}"
    else:
        line = f"{c.unit}：{given}"
    # a decision stored with an ISO date (as 协调 once wrote it) prints as the other lines
    return line + (f"\n    {in_prose(c.resolution)}" if c.resolution else "")


def draft_paper(record: Any, actor: Actor) -> FormDocument:
    doc = FormDocument(
        title=f"{org_name()}发文稿纸" if org_name() else "发文稿纸",
        footer="第{page}页 共{pages}页",
        title_size=20,
    )
    void = voided.voided("outgoing", record)
    voided.mark(doc, void, "发文字号")  # for the file: it and its number were voided
    sign_text = ""
    if record.signer:
        signer = who_did("outgoing", record.id, "签发", record.signer)
        indent = max(4, 30 - 2 * (len(signer) - len(record.signer)))  # a mark takes the room
        sign_text = (f"{record.sign_opinion}\n{' ' * indent}{signer}    {when(record.signed_on)}"
                     + entry_note("outgoing", record.id, "签发"))
        if recheck.rereview_signer(record):  # his signature stands until he signs again
            sign_text += "\n（复核时退回，待原签批人复审后重新签发）"
    cosigns = outgoing.countersigns(record.id, actor)
    edited = bool(cosigns) and countersign.edited_since_sent(record.id)
    cosign_text = "\n".join(_cosign_line(record, c, edited) for c in cosigns)
    # the levels a 退回 has not undone: a text sent back is checked again before it is signed
    check_row = standing_step("outgoing", record.id, "核稿", actor)
    check_text = ""
    if check_row is not None:
        checker = who_did("outgoing", record.id, "核稿", check_row.person)
        check_text = f"{check_row.opinion}  {checker}  {chinese_date(check_row.at.date())}"
    review_row = standing_step("outgoing", record.id, "审核", actor)
    if review_row is not None:  # 逐级负责: the 分管 leader's 审核 under the 核稿
        reviewer = who_did("outgoing", record.id, "审核", review_row.person)
        check_text += (f"\n审核：{review_row.opinion}  {reviewer}  "
                       f"{chinese_date(review_row.at.date())}")
    doc.grid(
        [
            [Field("签发", sign_text, span=2, height=32)],
            [Field("会签", cosign_text, span=2, height=24)],
            [Field("核稿", check_text, span=2)],
            [Field("复核", _recheck_text(record, actor), span=2)],
            [Field("拟稿单位", record.drafting_unit), Field("拟稿人", record.drafter)],
            [
                Field("发文字号", voided.number(record.doc_no, void) or "（复核后编号）"),
                Field("密级", secrecy_mark(record.secrecy, record.secrecy_term) or "非密"),
            ],
            [Field("紧急程度", record.urgency), Field("份数", f"{record.copies}份")],
            [Field("主送", record.main_to, span=2)],
            [Field("抄送", record.cc, span=2)],
            [
                Field("印发机关", record.issuer_org or org_name()),
                Field("文种", record.kind + ("（上行文）" if record.upward else "")),
            ],
            *([[Field("联合发文机关", record.joint_organs, span=2)]]  # what the 签发人 signs for
              if (record.joint_organs or "").strip() else []),
            [Field("标题", record.title, span=2)],
            [Field("附件", attachments_text(record), span=2)],
        ],
        label_width=24,
    )
    doc.spacer(4)
    blocks = body.body_blocks(record.body)
    has_text = bool(blocks) or bool(record.note and record.note.strip())
    # the label and its rule keep with the text's first line: never alone at a page's foot
    doc.ensure((SIZE_SMALL4 * 1.6 + (BODY_SIZE * BODY_LEADING if has_text else 0)) / mm + 2)
    doc.text("正文", role=fonts.HEITI, size=SIZE_SMALL4)
    doc.rule(0.5)
    for block in blocks:
        role = {1: fonts.HEITI, 2: fonts.KAITI}.get(block.level)
        doc.text(block.text, size=BODY_SIZE, role=role, indent_chars=2, leading=BODY_LEADING)
    if record.note and record.note.strip():  # the 附注 as the 公文 prints it, under the text
        doc.text(note_text(record.note), size=BODY_SIZE, indent_chars=2, leading=BODY_LEADING)
    return doc


def note_text(note: str) -> str:
    """The 附注 in its round brackets (GB/T 9704 §7.3.6), as the printed 公文 gives it."""
    note = note.strip()
    return note if note.startswith(("（", "(")) else f"（{note}）"


def _recheck_text(record: Any, actor: Actor) -> str:
    """复核 after 签发, and every 退回复审 to the original signer before it (the trail stays)."""
    lines = []
    for row in steps("outgoing", record.id, actor):
        if row.step not in (recheck.RECHECK, recheck.TO_SIGNER):
            continue
        who = who_did("outgoing", record.id, row.step, row.person)  # 退回复审: 报原签批人…复审：…
        lines.append(f"{row.opinion}  {who}  {chinese_date(row.at.date())}")
    return "\n".join(lines)


# a number typed before an attachment's title (1. 1、 1． （1） ① 一、): the paper numbers them
# itself (GB/T 9704 §7.3.4 "附件：1.××××"); "2027年…" or "1.5万元…" are titles, not numbers
_TYPED_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))\s*")


def outgoing_attachments(record: Any) -> list[str]:
    """The 附件说明's titles, one a line, without a number typed before them."""
    lines = [line.strip() for line in (record.attachment_note or "").splitlines()]
    return [title for title in (_TYPED_NUMBER.sub("", line, count=1).strip() for line in lines) if title]


def attachments_text(record: Any) -> str:
    """The 附件 box of the 稿纸: the titles numbered as the 公文 numbers them, one a line."""
    titles = outgoing_attachments(record)
    if len(titles) < 2:
        return "".join(titles)
    return "\n".join(f"{k}.{title}" for k, title in enumerate(titles, start=1))


@form("outgoing-draft", "发文稿纸", "outgoing")
def build_outgoing_draft(ids: Sequence[int], actor: Actor, **_options: Any) -> bytes:
    return render_forms(
        [secrecy.mark(draft_paper(r, actor), r) for r in read_records(outgoing.OUTGOING, ids, actor)],
        "发文稿纸",
    )

