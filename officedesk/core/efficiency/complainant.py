"""保护投诉人 on paper (《信访工作条例》第四十七条: 检举、揭发材料不得透露、转给被检举、揭发的人员或者
单位). The 核查通知书 goes to the 核查单位 saying the complainant's particulars do not go with it,
and the 效能告诫书 to whom the complaint is about: the texts they print (投诉内容, 核查情况,
处理意见) leave out the 投诉人's name (read as 投诉人; each of a joint complaint's names, and
a name typed spaced out), his 联系电话 and any 身份证号 or phone number written into them. The
record keeps the texts as written, for those who handle it.

Within the office, the 投诉人's 姓名 and 联系电话 are whole only for those who handle complaints
(`sees_complainant`, the registry's `may_unmask`): every other clerk sees them masked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from officedesk.core import i18n, settings, settings_renamed
from officedesk.core.actor import ROLE_READONLY, Actor

# a 身份证号 (15 or 18 characters), a mobile number, a landline with its area code; not a part
# of a longer run of digits (a date, an amount, a 文号 stay as they are)
_NUMBERS = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8})(?![0-9A-Za-z])"
)
# a complaint of nobody named has no name to hide (吴无忌 is a name: whole words only)
NOT_A_NAME = _NOT_A_NAME = ("不详", "未留", "未留姓名", "无", "群众", "来信人", "来电人")
CALLED = "投诉人"


def _hidden(found: re.Match[str]) -> str:
    return re.sub(r"[0-9Xx]", "*", found.group(0))


# what separates the names of a joint complaint's 投诉人 (张建华、李秀英); 和 is not: 王和平
_BETWEEN_NAMES = re.compile(r"[、，,；;/／\s]+")
# what a clerk may type between a name's characters to align or space it (王　检举, 王 检 举)
_SPACING = r"[ \t\u3000\u00a0]*"


def _names(records: Sequence[Any]) -> list[str]:
    """The 投诉人's names to leave out, longest first: the field as written and each name it
    lists, each of two characters or more and none a word for nobody (群众, 匿名)."""
    found: set[str] = set()
    for record in records:
        written = str(getattr(record, "complainant", "") or "").strip()
        found |= {written, *_BETWEEN_NAMES.split(written)}
    return sorted((n for n in found if len(n) >= 2 and n not in _NOT_A_NAME and "匿名" not in n),
                  key=len, reverse=True)


def _unnamed(text: str, records: Sequence[Any]) -> str:
    """`text` without the 投诉人's names, read as 投诉人."""
    for name in _names(records):  # whole, or typed with spaces between its characters
        text = re.sub(_SPACING.join(re.escape(c) for c in name), CALLED, text)
    return text


def searched(record: Any) -> str:
    """RegistrySpec.searchable_extra: the complaint's texts a search reads (投诉内容, 核查情况) as a
    paper prints them, so no search finds it by whom it came from or his number; `record` may be
    the values of one not written yet (the batch import's)."""
    return "\n".join(t for t in (on_paper(getattr(record, name, ""), record)
                                 for name in ("content", "finding_text")) if t)


def on_paper(text: str | None, record: Any) -> str:
    """`text` of the complaint `record` as a paper prints it: without whom it came from."""
    return without(text, [record])


def without(text: str | None, records: Sequence[Any]) -> str:
    """`text` without the 投诉人's names and phone numbers `records` hold (the complaint, or
    its snapshots in the history: a name corrected since is left out too), nor any number that
    reads as a 身份证号 or phone: RegistrySpec.told, the texts as shown to whom the 投诉人 is
    masked (core/told_texts.py)."""
    text = text or ""
    for phone in sorted({str(getattr(r, "phone", "") or "").strip() for r in records} - {""},
                        key=len, reverse=True):
        text = text.replace(phone, re.sub(r"\d", "*", phone))
    return _unnamed(_NUMBERS.sub(_hidden, text), records)

# 保护投诉人 within the office (《信访工作条例》第四十七条 as the model): the 投诉人's 姓名 and
# 联系电话 are whole only for those who handle complaints — the administrator, a leader (who
# decides the 处理), and the clerks of this section (by their 岗位's unit: 督查室 is 县委办公室督查室);
# every other clerk sees them masked, in the list, the export, the history, and corrects neither.
# Whom a complaint is about does not see it at all (recusal.withheld).
HANDLING_SECTION = settings.declare(
    "efficiency.complaint.section", str, "督查室", "效能投诉：受理投诉的科室", "效能",
    help="这个科室的工作人员（按岗位所在单位）与领导、管理员可以看到效能投诉的投诉人姓名和联系电话；"
         "其他科员看到的是遮盖后的。留空：只有领导和管理员可以看到。",
)
settings_renamed.follows(HANDLING_SECTION.key, settings_renamed.whole_value)  # a unit renamed


def sees_complainant(actor: Actor) -> bool:
    """Whether the actor may see a complaint's 投诉人 and 联系电话 whole (RegistrySpec.may_unmask)."""
    if actor.may_see_sensitive:
        return True
    if actor.role == ROLE_READONLY:
        return False
    section = str(settings.get(HANDLING_SECTION.key) or "").strip()
    if not section:
        return False
    from officedesk.core import positions
    from officedesk.core.chain_holders import same_unit

    post = positions.post_of(actor.username)
    return post is not None and same_unit(post.unit or "", section)


def readers() -> str:
    """Who sees the 投诉人 whole, as a refusal names them (RegistrySpec.whole_readers)."""
    section = str(settings.get(HANDLING_SECTION.key) or "").strip()
    return i18n.text("管理员、领导或%1的工作人员", section) if section else "管理员或领导"
