"""Which path a petition may take, per《信访工作条例》(2022).

- 检举控告 of Party members or officials (art. 32) goes to the 纪检监察机关: the petitioner is
  told to take it there (不予受理 with that reason) or it is 转送 there — to the unit of the
  通讯录 `petitions.discipline_organ` names, and no other; never the 60-day 办理.
- After 复核 (art. 36) the same petitioner on the same matter is 不再受理: registration finds
  the earlier record, and only 不予受理 (with that reason) is allowed — also when that record
  lies above the clerk's clearance, whose texts then tell the rule without naming it (links).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

from officedesk.core import directory, menu_paths
from officedesk.core.context_values import bound
from officedesk.core.errors import ProcedureError, ValidationError
from officedesk.core.fields import chinese_date
from officedesk.core.i18n import Verbatim, joined, text
from officedesk.core.petitions import links, repeats, reviewers
from officedesk.core.petitions import spec as S
from officedesk.store.db import guarded
from officedesk.store.petitions import Petition, Petitioner


def _rechecked(query: Any) -> Any:
    return query.where(
        (Petition.review_kind == "复核") & Petition.review_answered_on.is_null(False)
    )


# a batch's snapshot of the people with an answered 复核 (ID numbers, (name, phone) pairs): a
# row whose people are not among them has no closed matter, and needs no query of its own
_RECHECKED: contextvars.ContextVar[tuple[set[str], set[tuple[str, str]]] | None] = \
    contextvars.ContextVar("rechecked_people", default=None)


@contextlib.contextmanager
def rechecked_snapshot() -> Iterator[None]:
    """While checking a batch: one query for every person with an answered 复核, instead of one
    per row (closed_matter_unchecked still queries, as before, for a row whose person is among them)."""
    with guarded("查重"):
        rows = (_rechecked(Petitioner.select(Petitioner.id_number, Petitioner.name, Petitioner.phone)
                           .join(Petition)).tuples())
        ids = {str(i or "").strip().upper() for i, _, _ in rows} - {""}
        pairs = {(str(n or "").strip(), str(ph or "").strip()) for _, n, ph in rows}
    with bound(_RECHECKED, (ids, pairs)):
        yield


def closed_matter_unchecked(
    people: Sequence[dict[str, Any]], category: str, content: str, before_id: int | None = None
) -> Petition | None:
    """The latest earlier petition of the same person (ID number, or name and phone) on the same
    matter (same category and similar content, as the repeat check compares) whose 复核 has been
    answered; None if there is
    none. One indexed query; the content is compared only for that person's 复核 records.

    Unchecked: whatever its 密级, for art. 36 applies regardless. Only registration reads it,
    for the rule; what it tells staff goes through `closed_matter_text`, which names the
    original only to those cleared for it."""
    known = _RECHECKED.get()  # a batch: most rows are settled here, before building a query
    if known is not None and not known[0] and not known[1]:  # no 复核 answered at all
        return None
    ids = sorted({str(p.get("id_number") or "").strip().upper() for p in people} - {""})
    pairs = sorted(
        {
            (str(p.get("name") or "").strip(), str(p.get("phone") or "").strip())
            for p in people
            if p.get("name") and p.get("phone")
        }
    )
    if not ids and not pairs:
        return None
    if known is not None and known[0].isdisjoint(ids) and known[1].isdisjoint(pairs):
        return None
    condition = None
    for clause in [Petitioner.id_number == i for i in ids] + [
        (Petitioner.name == n) & (Petitioner.phone == ph) for n, ph in pairs
    ]:
        condition = clause if condition is None else condition | clause
    with guarded("查重"):
        query = _rechecked(Petition.select().join(Petitioner).where(condition)).distinct()
        if before_id is not None:
            query = query.where(Petition.id < before_id)
        found = sorted(query, key=lambda p: (p.review_answered_on, p.id), reverse=True)
    for earlier in found:
        if earlier.category != category:
            continue
        common, share = repeats.similarity(content, earlier.content)
        if common >= repeats.MIN_COMMON and share >= repeats.MIN_SHARE:
            return earlier
    return None


def final_review_for_unchecked(record: Any) -> Petition | None:
    """The 复核终结 petition this one repeats (through its 重复件 link), if any.

    Unchecked: whatever its 密级, for art. 36 applies regardless. The rules read it (the
    allowed 处理方式, the 不予受理 reason) and tell of it through `closed_matter_text`, which
    names it only to those cleared for it; `add --json` acts as the administrator."""
    seen: set[int] = set()
    original_id = getattr(record, "repeat_of", None)
    while original_id is not None and original_id not in seen:
        seen.add(original_id)
        original = Petition.get_or_none(Petition.id == original_id)
        if original is None:
            return None
        if original.review_kind == "复核" and original.review_answered_on:
            return original
        original_id = original.repeat_of
    return None


def closed_matter_text(original: Petition, readers: int) -> str:
    """The 复核终结 refusal for staff (the history, an error, the CLI) of that clearance: it
    names the original and the day of its 复核 only if they may see it (links.named); the rule
    is told either way."""
    if not links.named(original, readers):
        return (
            f"该信访事项已经复核终结（{links.HIDDEN_NOTE}），信访人仍以同一事实和理由提出，"
            "依据《信访工作条例》第三十六条，不再受理"
        )
    day = chinese_date(original.review_answered_on) if original.review_answered_on else ""
    return (
        f"该信访事项已于{day}经复核终结（原件信访编号 {original.number}），信访人仍以同一事实和"
        "理由提出，依据《信访工作条例》第三十六条，不再受理"
    )


def accusation_text() -> str:
    return text("所反映问题属于检举控告党员、公职人员的事项，应依规依纪依法向%1提出（《信访工作条例》第三十二条）",
                S.discipline_organ())


CLOSED_MATTER_RULE = "依据《信访工作条例》第三十六条，不再受理"


def notice_refusal(record: Any) -> tuple[str, bool]:
    """The conclusion the 不予受理告知书 states after its reason, and whether it points the
    petitioner to the 法定途径 (有关机关). A matter closed by 复核 has one conclusion, art. 36's
    不再受理 (said by the default reason, or added to a clerk's own), and nowhere else to go."""
    if final_review_for_unchecked(record) is not None:
        said = CLOSED_MATTER_RULE in (record.reject_reason or "")
        return ("" if said else f"该信访事项已经复核终结，{CLOSED_MATTER_RULE}。"), False
    return "根据《信访工作条例》的有关规定，该信访事项不予受理。", True


def default_reject_reason(record: Any) -> str:
    """The 不予受理 reason the petitioner is told (and whoever may see the record reads)."""
    original = final_review_for_unchecked(record)
    if original is not None:
        if links.named(original, links.level(record)):
            return closed_matter_text(original, links.level(record))
        # no internal note on the petitioner's paper: the rule alone
        return (
            "该信访事项已经复核终结，信访人仍以同一事实和理由提出，依据《信访工作条例》"
            "第三十六条，不再受理"
        )
    if S.is_accusation(record.category):
        return accusation_text()
    return ""


def discipline_unit() -> str:
    """The 纪检监察机关 of `petitions.discipline_organ` as the 通讯录 names it (its 名称); "" when
    the setting names no unit of the 通讯录 (the default, the generic “纪检监察机关”). An office
    that keeps no units yet has nothing to check against: the setting as written."""
    try:
        return directory.known_unit(S.discipline_organ())
    except ValidationError:
        return ""


def organ_setting_hint() -> str:
    """What the clerk is told when the setting names no unit of the 通讯录: the administrator
    sets it (an accusation can be sent nowhere until then), naming the likely unit."""
    likely = [name for name in directory.known_unit_names()
              if any(word in name for word in ("纪委", "监委", "纪检", "监察"))]
    # catalogue texts, the units named as they are: the English window says it in English
    example = (joined([text("“%1”", Verbatim(name)) for name in likely[:3]], "%1或%2") if likely
               else text("通讯录中的纪检监察机关"))
    return text("设置“%1”（petitions.discipline_organ）现为“%2”，不是通讯录中的单位：请管理员在“%3”中"
                "将其改为%4后再转送。", S.DISCIPLINE_ORGAN.label, S.discipline_organ(),
                menu_paths.setting_path(S.DISCIPLINE_ORGAN), example)


def _to_organ() -> str:
    """How a refusal tells the clerk to send an accusation on: to the organ, or first to have
    the setting mended."""
    unit = discipline_unit()
    if unit:
        return text("请选择“转送”（去向单位写%1），或“不予受理”并告知信访人向%1提出。", Verbatim(unit))
    return text("请选择“不予受理”并告知信访人向%1提出；如需转送，%2", S.discipline_organ(), organ_setting_hint())


def check_handling(record: Any, handling: str, target_unit: str = "") -> None:
    """Refuse a 处理方式 the regulation does not allow for this petition (and, for a 转送, the
    去向单位 given). A 复核终结 original is named only if every reader of the record may see it
    (the refusal goes to one of them)."""
    original = final_review_for_unchecked(record)
    if original is not None and handling != "不予受理":
        raise ProcedureError(
            text("%1。只能选择“不予受理”并告知信访人。",
                 closed_matter_text(original, links.level(record)))
        )
    check_accusation(record, handling, target_unit)


def check_accusation(record: Any, handling: str, target_unit: str = "") -> None:
    """检举控告 (art. 32): no 直接答复 or 交办 (not this office's 60 days), and a 转送 only to the
    纪检监察机关 the setting names — the 转送告知书 tells the petitioner that unit handles it."""
    if not S.is_accusation(record.category):
        return
    if handling in ("直接答复", "交办"):
        raise ProcedureError(
            text("%1，不进入本机关%2办理程序。%3",
                 accusation_text(), S.period_text(S.LIMIT_HANDLE), _to_organ())
        )
    given = (target_unit or "").strip()
    if handling != "转送" or not given:  # none given: the 转送 asks for it
        return
    unit = discipline_unit()
    if not unit:
        raise ProcedureError(text("%1，只能转送该纪检监察机关。%2",
                                  accusation_text(), organ_setting_hint()))
    if directory.unit_key(given) != unit:
        raise ProcedureError(
            text("%1，只能转送%2，不能转送%3。请将去向单位改为%2，或选择“不予受理”"
                 "并告知信访人向%2提出。",
                 accusation_text(), unit, given)
        )


def reply_paper(record: Any, asked: str | None = None) -> str:
    """Which 答复 paper this office itself issues on the record: "" for the 答复意见书, "复查" /
    "复核" for that 意见书. `asked` names the paper wanted ("", "复查", "复核"); None: the latest
    one this office issues (its own 答复意见书 stays printable after a review done elsewhere).
    Refused (ProcedureError, saying who issues it) when another body answers: a 交办 or 转送
    matter is answered by the unit it went to (the 交办单 tells it to 书面答复信访人; a second
    answer from this office would be two answers), and an answer is reviewed by the 上一级 of
    the body that gave it (复查) and that body's 上一级 (复核), arts. 35, 36, each issuing its
    own paper — the clerk records the one received with the step. For 交办 this office issues
    the 复查 or the 复核 paper only as the 通讯录 has it above the 承办单位 (`reviewers`): never
    both, for the body that did the 复查 is not its own 上一级."""
    number, handling, unit = record.number, record.handling, record.target_unit
    if not record.reply_opinion:
        raise ProcedureError(text("信访件 %1 还没有答复意见，不能打印答复意见书。", number))
    if handling == "不予受理":
        raise ProcedureError(
            text("信访件 %1 不予受理，书面告知信访人的是不予受理告知书，没有答复意见书。",
                 number)
        )
    if handling == "转送":
        raise ProcedureError(
            text("信访件 %1 已转送%2，由%2决定受理、办理并书面答复信访人；复查、复核"
                 "由其上一级机关、单位办理。本机关不出具答复、复查、复核意见书。",
                 number, unit)
        )
    answered = answered_reviews(record)
    latest = answered[-1] if answered else ""
    if asked is None:
        asked = latest
        if latest and handling == "直接答复":
            asked = ""  # the review is another body's; this office's own answer is reprinted
        elif handling == "交办":  # the latest this office issued, served already: reprinted
            asked = next((stage for stage in reversed(answered) if _reviews_here(record, stage)),
                         latest)
    if asked and asked not in answered:
        raise ProcedureError(
            text("信访件 %1 没有已记入的%2意见（现为%3阶段），不能打印%2意见书。",
                 number, asked, latest or '答复')
        )
    if handling == "交办":
        if not asked:
            raise ProcedureError(
                text("信访件 %1 已交办%2，按交办单由%2依法作出处理意见并书面答复信访"
                     "人，答复意见书由%2出具，本机关不另出具（否则信访人会收到两份答复）。"
                     "请将%2报送的答复意见书复印件随卷存档。",
                     number, unit)
            )
        _assigned_review(record, asked)
        return asked
    if asked:  # 直接答复: this office answered; its 上一级 reviews it
        by, article = (
            ("本机关的上一级机关、单位", "第三十五条")
            if asked == "复查"
            else ("复查机关、单位的上一级机关、单位", "第三十六条")
        )
        raise ProcedureError(
            text("信访件 %1 由本机关直接答复，%2由%3办理并出具%2意见书（《信访工作"
                 "条例》%4），本机关不能出具。收到的%2意见请用“复查复核答复”步骤记入办"
                 "理过程。",
                 number, asked, by, article)
        )
    return asked


class ReviewAnswer(NamedTuple):
    """A 复查 or 复核 as its 意见书 states it: asked on, answered on, the opinion."""

    requested_on: dt.date | None
    answered_on: dt.date
    opinion: str


def review_answer(record: Any, stage: str) -> ReviewAnswer | None:
    """The answered `stage` (复查 / 复核) of the record: the review_* fields while it is the
    latest review, the 复查 kept (first_review_*) once a 复核 was asked; None if not answered."""
    if record.review_kind == stage and record.review_answered_on:
        return ReviewAnswer(record.review_requested_on, record.review_answered_on,
                            record.review_opinion)
    first = getattr(record, "first_review_answered_on", None)
    if stage == "复查" and record.review_kind == "复核" and first:
        return ReviewAnswer(record.first_review_requested_on, first, record.first_review_opinion)
    return None


def answered_reviews(record: Any) -> list[str]:
    """The reviews answered on the record, in order (复查, then 复核)."""
    return [stage for stage in REVIEW_STAGES if review_answer(record, stage) is not None]


REVIEW_STAGES = ("复查", "复核")


def _reviews_here(record: Any, stage: str) -> bool:
    return reviewers.is_office(reviewers.reviewing_body(record.target_unit, stage))


def _assigned_review(record: Any, stage: str) -> None:
    """Refuse the 复查 / 复核意见书 of a 交办 matter unless the 通讯录 has this office as the body
    that does that review (the 承办单位's 上一级, or that body's 上一级)."""
    number, unit = record.number, record.target_unit
    if reviewers.is_office(reviewers.reviewing_body(unit, stage)):
        return
    received = f"收到的{stage}意见请用“复查复核答复”步骤记入办理过程。"
    first = reviewers.parent_of(unit)
    if stage == "复核" and reviewers.is_office(first):
        raise ProcedureError(
            text("信访件 %1 的复查由本机关（%2的上一级）办理并出具复查意见书，复核由复"
                 "查机关的上一级机关、单位办理并出具复核意见书（《信访工作条例》第三十六条）"
                 "，出具复查意见书的本机关不能再出具复核意见书。%3",
                 number, unit, received)
        )
    if stage == "复查":
        office = reviewers.office_unit() or "本机关"
        where = f"通讯录中{unit}的上级单位是{first}" if first else f"通讯录中没有{unit}的上级单位"
        if reviewers.office_listed():
            fix = f"，请先在通讯录中将其上级单位设为“{office}”（与设置“机关名称”一致）。"
        else:  # no unit to make its 上级单位: the office is missing from the 通讯录
            fix = (f"：通讯录中没有本机关“{office}”（设置“机关名称”），请在通讯录中将本机关的"
                   f"单位名称改为“{office}”（原名称可作简称）或添加该单位，再将{unit}的上级单位"
                   "设为本机关。")
        raise ProcedureError(
            text("信访件 %1 由%2答复，复查由%2的上一级机关、单位办理并出具复查意见书"
                 "（《信访工作条例》第三十五条）；%3，不是本机关，本机关不能出具。%4如本"
                 "机关确是%2的上一级%5",
                 number, unit, where, received, fix)
        )
    raise ProcedureError(
        text("信访件 %1 的复核由复查机关、单位（%2）的上一级机关、单位办理并出具复核意"
             "见书（《信访工作条例》第三十六条），通讯录中不是本机关，本机关不能出具。%3",
             number, first or unit + '的上一级', received)
    )


def notice_paper(record: Any) -> None:
    """The 告知书 (受理、不予受理 or 转送) exists once the matter is handled."""
    if not record.handling:
        raise ProcedureError(
            text("信访件 %1 还没有处理（转送、交办或不予受理），不能打印告知书。",
                 record.number)
        )


def transfer_paper(record: Any) -> None:
    """The 转送单 or 交办单 exists for a matter sent on."""
    if record.handling not in ("转送", "交办"):
        raise ProcedureError(
            text("信访件 %1 的处理方式不是转送或交办，没有转送单、交办单。", record.number)
        )


def extension_paper(record: Any) -> None:
    """The 延期告知书 (art. 34: the petitioner is told why the 办理 takes longer) is the handling
    body's: this office's for a matter it answers itself (直接答复); a 交办 matter's 承办单位
    tells it, as it answers (reply_paper)."""
    if not record.extended:
        raise ProcedureError(text("信访件 %1 没有延期，没有延期告知书。", record.number))
    if record.handling != "直接答复":
        raise ProcedureError(
            text("信访件 %1 已交办%2，由%2办理并书面答复信访人，延期理由也由%2告知信访人；"
                 "本机关不出具延期告知书。", record.number, record.target_unit)
        )


PAPERS: dict[str, Callable[[Any], object]] = {
    "notice": notice_paper, "transfer": transfer_paper, "reply": reply_paper,
    "extension": extension_paper,
}


def paper_refusal(paper: str, record: Any) -> str:
    """Why this office prints no such paper (`PAPERS`) for the record now; "" when it does
    (the window greys the menu item out and says why, printing refuses with the same words)."""
    try:
        PAPERS[paper](record)
    except ProcedureError as exc:
        return exc.message
    return ""
