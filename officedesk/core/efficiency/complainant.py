"""保护投诉人 on paper (《信访工作条例》第四十七条: 检举、揭发材料不得透露、转给被检举、揭发的人员或者
单位). The 核查通知书 goes to the 核查单位 saying the complainant's particulars do not go with it,
and the 效能告诫书 to whom the complaint is about: the texts they print (投诉内容, 核查情况,
处理意见) leave out the 投诉人's name (read as 投诉人; each of a joint complaint's names, and
a name typed spaced out), his 联系电话 and any 身份证号 or phone number written into them. The
record keeps the texts as written, for those who handle it."""

from __future__ import annotations

import re
from typing import Any

# a 身份证号 (15 or 18 characters), a mobile number, a landline with its area code; not a part
# of a longer run of digits (a date, an amount, a 文号 stay as they are)
_NUMBERS = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8})(?![0-9A-Za-z])"
)
# a complaint of nobody named has no name to hide (吴无忌 is a name: whole words only)
_NOT_A_NAME = ("不详", "未留", "未留姓名", "无", "群众", "来信人", "来电人")
CALLED = "投诉人"


def _hidden(found: re.Match[str]) -> str:
    return re.sub(r"[0-9Xx]", "*", found.group(0))


# what separates the names of a joint complaint's 投诉人 (张建华、李秀英); 和 is not: 王和平
_BETWEEN_NAMES = re.compile(r"[、，,；;/／\s]+")
# what a clerk may type between a name's characters to align or space it (王　检举, 王 检 举)
_SPACING = r"[ \t\u3000\u00a0]*"


def _names(record: Any) -> list[str]:
    """The 投诉人's names to leave out, longest first: the field as written and each name it
    lists, each of two characters or more and none a word for nobody (群众, 匿名)."""
    written = str(getattr(record, "complainant", "") or "").strip()
    found = {written, *_BETWEEN_NAMES.split(written)}
    return sorted((n for n in found if len(n) >= 2 and n not in _NOT_A_NAME and "匿名" not in n),
                  key=len, reverse=True)


def on_paper(text: str | None, record: Any) -> str:
    """`text` of the complaint `record` as a paper prints it: without whom it came from."""
    text = text or ""
    phone = str(getattr(record, "phone", "") or "").strip()
    if phone:
        text = text.replace(phone, re.sub(r"\d", "*", phone))
    text = _NUMBERS.sub(_hidden, text)
    for name in _names(record):  # whole, or typed with spaces between its characters
        text = re.sub(_SPACING.join(re.escape(c) for c in name), CALLED, text)
    return text
