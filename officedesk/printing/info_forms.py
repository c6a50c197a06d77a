"""信息 papers: `info-issue` (an issue of a periodical in 简报 format, composed by
info_issue: an 印发 issue as it went out, one being edited marked 征求意见稿), `info-ranking`
(the 信息工作通报 as a 公文, composed by info_bulletin: per unit 报送, 采用 by level, 批示,
points, rank) and `info-receipt` (接收回执 for a unit). An item above the actor's clearance is
refused, never printed; phones are masked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from officedesk.core import clock, i18n, records, settings
from officedesk.core.actor import Actor
from officedesk.core.errors import NotFoundError, ProcedureError, ValidationError
from officedesk.core.fields import MASK_PHONE, chinese_date, mask, parse_date
from officedesk.core.info import printed_items
from officedesk.core.info.receipt import receipt_refusal
from officedesk.printing import secrecy, voided
from officedesk.printing.common import (
    SIZE_3,
    Field,
    FormDocument,
    render_forms,
)
from officedesk.printing.dates import prose_date
from officedesk.printing.efficiency_bulletin import period_text
from officedesk.printing.forms import form
from officedesk.printing.info_bulletin import compose_ranking
from officedesk.printing.info_issue import compose_issue


def _org() -> str:
    return str(settings.get("org.name") or "") or "（机关名称）"


def _issue_items(issue_id: int, actor: Actor) -> tuple[Any, list[Any]]:
    from officedesk.core.info import periodicals

    try:
        issue = periodicals.issue(int(issue_id))
    except ValueError:
        raise NotFoundError(i18n.text("没有找到 id 为 %1 的一期刊物。", issue_id)) from None
    # one hidden item: the whole issue is refused, nothing leaks
    items = periodicals.whole_issue(issue.id, actor, "打印")
    if not items:
        raise ValidationError(i18n.text("%1还没有编入信息，无可打印的内容。", periodicals.issue_text(issue)))
    return issue, items


def issue_level(issue_id: int, actor: Actor) -> str:
    """The 密级 an issue prints under (the highest of its items'), "" for an unclassified one:
    a classified issue is printed copy by copy, each with its 份号."""
    return secrecy.highest_of(_issue_items(issue_id, actor)[1])


def copy_numbers(issue: Any, items: list[Any], options: dict[str, Any]) -> list[int | None]:
    """The 份号 to print of a classified issue, each copy its own (公文处理工作条例 art. 9):
    ``copies`` N numbers 1…N, ``copy`` the one copy asked for (a reprint); neither: copy
    000001. An unclassified issue carries no 份号 and prints once (``secrecy.copy_request``)."""
    from officedesk.core.info import periodicals

    classified = bool(secrecy.highest_of(items))
    asked = secrecy.copy_request(options, periodicals.label_of(issue), classified)
    if not classified or asked not in ("copy", "copies"):
        return [None]
    number = secrecy.copy_count(options[asked], asked)
    return [number] if asked == "copy" else list(range(1, number + 1))


@form("info-issue", "信息刊物（简报）", "info", options=("copy", "copies"),
      secrecy=secrecy.COPY_NUMBERED)
def build_issue(ids: Sequence[int], actor: Actor, **options: Any) -> bytes:
    """The issues whose ids are given (`officedesk info issues` lists them); a classified one
    copy by copy, each with its own 份号 (``copy_numbers``)."""
    docs: list[FormDocument] = []
    for issue_id in ids:
        issue, items = _issue_items(issue_id, actor)
        printed = printed_items.to_print(issue, items)  # an 印发 issue as it went out
        docs.extend(compose_issue(issue, items, printed, copy)
                    for copy in copy_numbers(issue, items, options))
    return render_forms(docs, "信息刊物")


def _period(year: Any, date_from: Any, date_to: Any) -> tuple[dt.date, dt.date, str]:
    from officedesk.core.info import scoring

    if date_from or date_to:
        if year:  # one or the other: neither is dropped without a word
            raise ValidationError(i18n.text("--year 与 --from/--to 只能用一种：按年度打印给 --year，按期间打印给 "
                                            "--from 和 --to。"), "year")
        end = parse_date(date_to, "--to 日期") if date_to else clock.today()
        # --to alone: from the first of its year (as --year would)
        start = parse_date(date_from, "--from 日期") if date_from else dt.date(end.year, 1, 1)
        if end < start and not date_to:
            raise ValidationError(i18n.text("--from 日期（%1）晚于今天：请同时给出 --to 日期。", start), "date_to")
        if end < start:
            raise ValidationError("--to 日期不能早于 --from 日期。", "date_to")
        for text in (f"{start.year}-{start.month:02d}", f"{start.year}",
                     f"{start.year}-Q{(start.month - 1) // 3 + 1}"):
            first, last, label = scoring.period_range(text)
            if (first, last) == (start, end):
                return start, end, label
        # named as the 效能通报 and 督查通报 name theirs (2026年1月至11月, 3月5日至11月20日)
        return start, end, period_text(start, end)
    return scoring.period_range(str(year or clock.today().year))


@form("info-ranking", "信息工作通报", "info", options=("year", "date_from", "date_to", "number"),
      needs_ids=False, secrecy=secrecy.FIGURES)
def build_ranking(ids: Sequence[int], actor: Actor, year: Any = None, date_from: Any = None,
                  date_to: Any = None, number: str | None = None) -> bytes:
    """The units ranked over a year (--year), a month or quarter (--from/--to), as a 通报
    numbered by --number (else the setting info.bulletin.number)."""
    start, end, label = _period(year, date_from, date_to)
    return render_forms([compose_ranking(actor, start, end, label, number)], "信息工作通报")


@form("info-receipt", "信息接收回执", "info")
def build_receipt(ids: Sequence[int], actor: Actor) -> bytes:
    from officedesk.core import info
    from officedesk.core.info.spec import TO_REVIEW

    docs = []
    for item_id in ids:
        item = records.get(info.SPEC, int(item_id), actor)
        voided.refuse("info", item, "信息接收回执")  # sent to the unit: never voided
        why = receipt_refusal(item)
        if why is not None:
            raise ProcedureError(why)
        doc = FormDocument(title="信息接收回执", footer="")
        received = item.received_at
        doc.grid([
            [Field("信息编号", item.number), Field("类别", item.category)],
            [Field("标题", item.title, span=2)],
            [Field("报送单位", item.unit), Field("报送人", item.reporter)],
            [Field("联系电话", mask(MASK_PHONE, item.phone)),
             Field("报送时间", prose_date(item.reported_at))],
            [Field("接收时间", prose_date(received)),
             Field("接收人", item.receiver)],
        ])
        doc.spacer(6)
        doc.text(f"{item.unit}：", size=SIZE_3)
        # it speaks on the day of the 接收: the 初审 still to come is promised only while it is
        # (a result given since was told the unit with its reason, not by this receipt)
        pending = "初审结果将另行告知。" if item.state == TO_REVIEW else ""
        doc.text(f"你单位报送的信息《{item.title}》已于{chinese_date(received.date())}"
                 f"{received.strftime('%H:%M')}收到，编号为{item.number}。{pending}",
                 size=SIZE_3, indent_chars=2, leading=1.75)
        doc.spacer(10)
        doc.text(f"{_org()}（信息科）", align="right", size=SIZE_3)
        doc.text(chinese_date(received.date()), align="right", size=SIZE_3)
        docs.append(secrecy.mark(doc, item))
    return render_forms(docs, "信息接收回执")
