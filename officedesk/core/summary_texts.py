"""The audit trail's summaries read in the interface's language.

A summary is stored as the Chinese it was made (the chain digests it; printed papers and the
command line read it so). Each kind of summary is made from one pattern declared here
(`trail_text(pattern, …)`), so the interface can read a stored summary back (`read_back`): the
pattern whose literal parts it holds, with its %N parts captured, as a `Text` that
`i18n.display` translates — the pattern through the catalogue, a part declared a word (a
state, a label, a choice; several joined by 、) looked up, a part declared a text read back in
turn, a title or a name shown as typed. A summary no pattern makes (older or free text) is
returned as it is: display() still looks a whole word such as 编辑 up.

Patterns are compiled once and indexed by their first two literal characters, so a history of
hundreds of entries tries a handful each (and a summary read again comes from a cache)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from officedesk.core.i18n import LIST_MARK, Text, Verbatim, joined, text, tr

# pattern → one letter per placeholder %1, %2 …: "w" catalogue word(s) (states, labels,
# choices; a list joined by 、), "t" a text that may itself be a declared pattern, "v" verbatim
# (titles, names, numbers, dates, reasons typed by a clerk), "d" a day core wrote as 10月25日 (its
# 暂按 mark after it, if any): read as a day of the window's language (25 Oct), "n" digits only
# (a count, a 份号, a year: a pattern that ends in one, such as %1 %2份, reads no free text)
PATTERNS: dict[str, str] = {
    # records (core/records.py, lifecycle.py, numbering.py)
    "新建%1：%2": "wv",
    "修改%1：%2": "ww",
    # the same for the registries whose English label is a plural (Meetings, People …): read back
    # by the more specific pattern, written by the one above
    **{f"新建{label}：%1": "v" for label in ("人员", "职级", "会议室", "会议", "信访", "效能投诉", "信息")},
    **{f"修改{label}：%1": "w" for label in ("人员", "职级", "会议室", "会议", "信访", "效能投诉", "信息")},
    "作废%1 %2：%3": "wvv",
    "作废%1 %2": "wv",
    "%1退回至“%2”：%3": "wwv",  # core/chain_returns.py
    # 公文 steps (core/documents/common.py: the registry, the step, the title, its note)
    "收文%1：%2（%3）": "wvt",
    "收文%1：%2": "wv",
    "发文%1：%2（%3）": "wvt",
    "发文%1：%2": "wv",
    "印制 %1 份": "v",
    "签收 %1 份": "n",  # the 签收 row's note (core/documents/incoming_sign_in.py)
    "归档，保管期限%1": "w",
    "送会签：%1": "v",
    # a 核发's rows (core/documents/dispatch.py), several joined by ；
    "%1 %2份": "vn",
    "%1 %2份（%3–%4）": "vnnn",
    # 收文 承办 and 催办 notes (core/documents/incoming.py)
    "%1主办，时限 %2 个工作日，%3 前办结": "vnv",
    "%1主办，%2协办，时限 %3 个工作日，%4 前办结": "vvnv",
    "请%1抓紧办理": "v",
    "请%1抓紧办理，时限 %2": "vv",
    # a step's own note as the 办理过程 lists it (documents' opinion, a petition step's content)
    "传阅：%1": "v",
    "分送传阅：%1": "v",
    "退回至“%1”：%2": "wv",
    "%1，%2 位信访人，人数 %3": "wvv",
    "%1年节假日安排变更，按新的节假日重算办理时限": "v",
    "%1年节假日安排变更，按新的节假日重算期限": "v",
    # 督查
    "立项（%1）：%2": "wv",
    "随来源记录提高密级为%1": "w",
    "事项办结（%1）：%2": "wv",
    "重新打开事项：%1（原因：%2）": "vv",
    "延期：办结时限 %1 → %2（%3）": "vvv",
    "分解交办：第%1项 %2，时限 %3": "vvv",
    "任务办结（%1）：第%2项 %3 %4": "wvvv",
    "删除分解任务：第%1项 %2": "vv",
    "%1：第%2项 %3（%4）": "wvvw",  # 修改分解任务 / 任务延期 …: the fields changed
    "反馈：%1 %2 进度 %3%": "vvv",
    "第一次催办：%1（%2）": "vt",
    "再次催办：%1（%2）": "vt",
    "通报：%1（%2）": "vt",
    "逾期 %1 天未办结": "v",
    "应于 %1 反馈，逾期 %2 天未报": "vn",  # a 催办's reason (core/supervision/reminders.py)
    "剩 %1 天到期": "n",
    "进度滞后 %1 个百分点": "v",
    "单位更名（通讯录）：%1 → %2，任务随之更名：%3": "vvv",
    # 会议
    "会议“%1”已发通知": "v",
    "导入：会议“%1”已发通知": "v",
    "会议“%1”签到：%2": "vt",
    "应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人": "vvvv",
    "存在冲突仍保存会议“%1”，原因：%2": "vv",
    "保存会议纪要“%1”（议定事项 %2 项%3）": "vvt",
    "会议“%1”已召开": "v",
    "会议“%1”已召开（已签到）": "v",
    "会议“%1”印发更正通知（%2调整）": "vw",
    "会议“%1”印发取消通知": "v",
    "会议“%1”补发会议通知（送：%2）": "vv",
    "导入更新%1：%2": "ww",
    # 信访
    "登记信访：%1（%2）": "vw",
    "信访%1：%2": "wt",
    "交办%1，%2前回报": "vd",
    "转送%1，由其于%2前决定是否受理": "vd",
    "已告知信访人该事项已转送%1": "v",
    "延期%1，理由：%2；批准人：%3；已告知信访人": "tvv",
    "%1日": "n",  # a period (core/petitions/spec.py period_text): 30日, 15个工作日
    "%1个工作日": "n",
    "办结，信访人%1": "w",
    "不予受理：%1": "v",
    "转督查：督查事项 %1": "v",
    "信访期限按%1改为按%2计算，重算未到期的期限": "ww",
    # 信息
    "接收信息：%1": "v",
    "初审：%1": "w",
    "签发：%1": "v",
    "编发：%1": "t",  # an issue's label (%1 %2年第%3期)
    "上报%1": "w",
    "县级采用：%1": "v",
    "市级采用：%1": "v",
    "省级采用：%1": "v",
    "中央级采用：%1": "v",
    "新开一期：%1（总第%2期）": "vv",
    "续报：%1": "v",
    "印发：%1": "t",
    "随首报提高密级为%1": "w",
    "随首报（%1）更正报送单位：%2 → %3": "vvv",
    "调整%1的信息顺序": "v",
    "%1批示": "v",  # the leader, as typed
    "批示转督查：督查事项 %1": "v",
    "督查事项 %1": "v",  # the 转督查 action's note (core/info/procedure.py)
    "不采。%1": "v",  # the 初审 action's note: 不采 and its reason
    "%1 %2年第%3期": "wnn",  # an issue's label (periodicals.label_of): 每日要情 2026年第3期, its name as the window reads it (live issue_text too)
    # 效能投诉
    "效能投诉登记：%1": "v",
    "效能投诉%1：%2（%3）": "wvt",
    "请%1于%2前核查并报送核查情况": "vd",  # the 核查 step's note (core/efficiency/complaints.py)
    # 系统设置, 用户 (core/settings.py, core/accounts.py, demo/users.py)
    "系统设置“%1”：%2 → %3": "wvv",
    "新建用户：%1（%2）": "vw",
    "修改用户 %1 的角色为%2": "vw",
    "修改用户 %1 的密级权限为%2": "vw",
    "修改用户 %1 的姓名": "v",
    "停用用户 %1": "v",
    "启用用户 %1": "v",
    "解除用户 %1 的锁定": "v",
    "首次运行：设置机关“%1”": "v",
    "首次运行：创建管理员 %1": "v",
    "演示数据：新建用户 %1（%2，%3）": "vvv",
    "修改用户 %1 的岗位：%2": "vw",  # core/positions.py
    "修改密码：%1": "v",
    "重置密码：%1": "v",
    "登录：%1": "v",  # core/lockout.py, core/users.py
    "注销：%1": "v",
    # 信息 (core/info/points_kept.py, empty_issue.py)
    "按信息计分标准重算得分（%1）：%2 → %3": "tvv",
    "按信息计分标准重算得分：%1 → %2": "vv",
    "删除空期：%1已删除，其后 %2 期依次提前一号": "vv",
    "删除空期：%1已删除": "v",
    "删除空期%1，%2改为%3": "vvv",
    "删除空期：%1，其后 %2 期依次提前一号": "vv",
    "删除空期：%1": "v",
    # 通讯录 renames, 职级 orders (core/unit_renames.py, rank_orders.py)
    "单位更名（通讯录）：%1 → %2，随之修改：%3": "vvw",
    "职级排序调整：%1 %2 → %3；%4": "vvvt",
    "系统设置“%1”随之由 %2 改为 %3（仍指“%4”）": "wvvv",
    # 信访 重复件 (core/petitions/links.py: link_note, its LINK_PREFIXES)
    **{f"{prefix}，原件 %1": "v" for prefix in ("重复件", "标为重复件", "取消重复件关联")},
    **{f"{prefix}（%1）": "t" for prefix in ("重复件", "标为重复件", "取消重复件关联")},
    "取消重复件关联，原件 %1：%2": "vv",
    "取消重复件关联（%1）：%2": "tv",
    "取消重复件关联：%1": "v",
    # a number issued again on purpose (core/typed_numbers.py): the reason, the kind, the number
    "重新使用已作废的号：%1（%2 %3）": "vwv",
    "重新使用空缺的号：%1（%2 %3）": "vwv",
    # the same read back without its reason (core/number_trail.py)
    "重新使用已作废的号（%1 %2）": "wv",
    "重新使用空缺的号（%1 %2）": "wv",
    # the rest of the program's entries, by module
    "删除%1：%2": "wv",  # core/records.py
    # core/documents/incoming_sign_in.py, outgoing_draft.py (and 收文签收, 发文拟稿 by 收文%1：%2 …)
    "登记外来发文字号：%1": "v",
    "发文%1：%2；登记外来发文字号：%3": "wvv",
    "添加附件：%1": "v",  # core/documents/attachments.py
    "另存附件：%1": "v",
    "删除附件：%1": "v",
    "备份数据库到 %1": "v",  # core/backups.py
    "备份到 %1 未完成": "v",
    "从备份 %1 恢复数据库": "v",
    "重建检索索引：%1 条记录": "v",  # core/index_check.py
    "节假日调整：%1 %2": "vw",  # core/workdays.py
    "删除节假日调整：%1 %2": "vw",
    "设置代理：%1 代理 %2（%3—%4）": "vvvv",  # core/positions.py
    "撤销代理：%1 代理 %2": "vv",
    "%1失败：账号锁定中（至 %2）：%3": "wvv",  # core/lockout.py (登录, 修改密码)
    "连续 %1 次密码错误，锁定用户 %2": "vv",
    "连续 %1 次%2时原密码错误，锁定用户 %3": "vwv",
    "密码错误：%1（第 %2 次）": "vv",
    "%1时原密码错误：%2（第 %3 次）": "wvv",
    "职级排序调整（通讯录）：%1 %2 → %3，持有者的级别随之修改": "vvv",
    "职级排序调整（通讯录）：%1 %2 → %3，持有者的级别随之修改；%4": "vvvt",
    "任务延期：%1 %2 → %3（%4）": "vvvv",  # core/supervision/steps_spec.py
    "督查事项归档：%1，档号 %2，保管期限%3": "vvw",  # core/supervision/archiving.py
    "%1归档（往年台账）：%2，档号 %3，保管期限%4": "wvvw",  # core/documents/archive_brought.py
    "导入：反馈记录 %1 条": "n",  # core/supervision/report_sheet.py (import --history)
    "会议“%1”第 %2 项议定事项转督查": "vv",  # core/meetings
    "会议“%1”第 %2 项议定事项转成的督查事项 %3 已作废，可重新转督查": "vvv",  # its item voided
    "数据库升级：补记会议“%1”导入时已发通知的送达人员（%2人）": "vv",
    "调整会议“%1”座次": "v",
    "会议“%1”座次恢复按规则排列": "v",
    "查看信访人完整身份信息（%1）：%2": "tv",  # core/petitions/privacy.py
    "设置刊物：%1": "v",  # core/info/periodicals.py
    "数据库升级：系统设置“%1”按新的检查补齐：%2 → %3": "wvv",  # core/info/limits.py
    "以完整身份证号和电话导出%1 %2 条到 %3": "wvv",  # exchange/writing.py
    # values and keys the 历史记录 detail pane shows (read_value, key_text)
    # a 督查事项's 关联记录 (core/supervision/sources.py; 收文批办's would be read as the 收文 step)
    **{f"{label}：%1": "v" for label in ("信息批示", "会议议定事项", "群众反映")},
    "第%1项": "v",  # a 督查 task (core/supervision/renamed.py's keys)
    "第%1项 %2": "vv",  # … and its unit (a 催办's 任务)
    "第%1期": "v",  # a 纪要's 期号
    "请假（%1）": "v",  # an attendance with its reason (core/meetings/proceedings.py)
    "%1级：%2（%3）": "wtv",  # an 采用 (core/info/procedure.py; several joined by ；)
}

# a day as core writes it inside a note, the 暂按 mark after a provisional deadline
_DAY = re.compile(r"(1[0-2]|[1-9])月([1-9]|[12]\d|3[01])日((?:（暂按）)?)")
DAY_PATTERNS = tuple(f"{month}月%1日" for month in range(1, 13))  # one a month: 10月%1日 → %1 Oct

_PLACE = re.compile(r"%(\d+)")
_PAIRS = (("（", "）"), ("“", "”"), ("《", "》"), ("(", ")"))


@dataclass(frozen=True)
class _Shape:
    pattern: str
    kinds: str
    literals: tuple[str, ...]  # the literal parts around the placeholders: one more than them
    order: tuple[int, ...]  # the placeholder numbers in the order they stand
    weight: int  # literal characters: the more, the more specific


def trail_text(pattern: str, *args: Any) -> Text:
    """A summary made from a pattern of PATTERNS: the str is the Chinese stored (as text()
    makes it), which `read_back` knows again. (tests/core/test_summary_texts.py checks every
    pattern written so is declared: a summary never fails to be written for want of it.)"""
    return text(pattern, *args)


def _compiled(pattern: str, kinds: str) -> _Shape:
    literals = tuple(_PLACE.split(pattern)[0::2])
    order = tuple(int(n) for n in _PLACE.findall(pattern))
    return _Shape(pattern, kinds, literals, order, sum(map(len, literals)))


_INDEX: dict[str, list[_Shape]] = {}
# patterns starting with a placeholder, tried with every head: their first part holds no colon
# (编发：每日要情 … is 编发's, 新建信息：… is 新建's, never %1级：%2（%3）'s)
_OPEN: list[_Shape] = []


def _build() -> None:
    for pattern, kinds in PATTERNS.items():
        shape = _compiled(pattern, kinds)
        head = shape.literals[0][:2]
        if len(head) < 2:
            _OPEN.append(shape)
        else:
            _INDEX.setdefault(head, []).append(shape)
    # each head's patterns with the open ones, the most specific (most literal text) first:
    # 收文退回至“拟办”：… is the return's, not a 收文 step named 退回至“拟办”
    for head, shapes in _INDEX.items():
        _INDEX[head] = sorted([*shapes, *_OPEN], key=lambda s: -s.weight)
    _OPEN.sort(key=lambda s: -s.weight)


_build()


def _balanced(part: str) -> bool:
    for opening, closing in _PAIRS:
        depth = 0
        for char in part:
            if char == opening:
                depth += 1
            elif char == closing:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


def _split(shape: _Shape, stored: str) -> list[str] | None:
    """The placeholders' parts when `stored` is the pattern filled in (a part may be empty: a
    setting set for the first time had no value), brackets balanced in each where any split
    allows (a title holding （…） keeps it); else the first split found, else None."""
    literals = shape.literals
    if not stored.startswith(literals[0]) or not stored.endswith(literals[-1]):
        return None
    end = len(stored) - len(literals[-1])
    if end < len(literals[0]):  # the prefix and the suffix overlap
        return None
    found: list[list[str]] = []

    def walk(at: int, index: int, parts: list[str]) -> bool:
        if index == len(literals) - 1:  # the last part runs to the final literal
            part = stored[at:end]
            candidate = [*parts, part]
            if all(map(_balanced, candidate)):
                found.insert(0, candidate)
                return True
            if not found:
                found.append(candidate)
            return False
        literal = literals[index]
        start = stored.find(literal, at)
        while start != -1 and start + len(literal) <= end:
            if walk(start + len(literal), index + 1, [*parts, stored[at:start]]):
                return True
            start = stored.find(literal, start + 1)
        return False

    walk(len(literals[0]), 1, [])
    return found[0] if found else None


# a word is never empty nor quoted: 收文退回至“拟办” is no step, 退回至“拟办” no return of a registry
_NOT_WORD = re.compile(r"[“”]")


def _in_order(shape: _Shape, parts: list[str]) -> list[str]:
    """The parts by placeholder number (%1, %2 …), from the order they stand in."""
    by_number = dict(zip(shape.order, parts, strict=True))
    return [by_number[n] for n in range(1, len(shape.kinds) + 1)]


def _day(part: str) -> Any:
    """10月25日 as a Text the catalogue reads as a day (25 Oct), its mark apart; else None."""
    found = _DAY.fullmatch(part)
    if found is None:
        return None
    day = Text(f"{found[1]}月%1日", Verbatim(found[2]))
    return Text("%1%2", day, found[3]) if found[3] else day


def _argument(kind: str, part: str) -> Any:
    if kind == "d":
        return _day(part) or Verbatim(part)
    if kind == "w":
        return part.split(LIST_MARK) if LIST_MARK in part else part
    if kind == "t":
        return read_back(part)
    return Verbatim(part)


@lru_cache(maxsize=4096)
def read_back(stored: str) -> str:
    """`stored` as the Text its declared pattern makes (display() translates it), or as it is.
    Parts joined by ； (a 核发's rows) are read one by one when each is one a pattern makes: the
    whole would be taken by a pattern whose last part runs on (%1 %2份)."""
    if not stored:
        return stored
    if "；" in stored:
        pieces = [read_back(piece) for piece in stored.split("；")]
        if all(isinstance(piece, Text) for piece in pieces):
            return joined(pieces, "%1；%2")
    for shape in _INDEX.get(stored[:2], _OPEN):
        parts = _split(shape, stored)
        if parts is None or (not shape.literals[0] and "：" in parts[0]) or any(
                (kind == "w" and (not part or _NOT_WORD.search(part))) or (kind == "n" and not part.isdigit())
                for kind, part in zip(shape.kinds, _in_order(shape, parts), strict=True)):
            continue
        args = [_argument(kind, part) for kind, part in zip(shape.kinds, _in_order(shape, parts), strict=True)]
        made = Text(shape.pattern, *args)
        if made == stored:  # the parts put back give the stored text (a list split whole)
            return made
    return stored


def read_value(value: str) -> str:
    """A value of an entry's before/after as read_back reads a summary; a value of parts joined
    by ；(a 信息's 采用情况) part by part when each is one a pattern makes."""
    if tr(value) != value:  # a word of the catalogue (领导批示 is no %1批示)
        return value
    if "；" in value:  # the parts first: one pattern would take the whole as its last part
        parts = [read_back(part) for part in value.split("；")]
        if all(isinstance(part, Text) for part in parts):
            return joined(parts, "%1；%2")
    return read_back(value)


def key_text(key: str) -> str:
    """A key of an entry's before/after to show: a setting's key (org.name) as the setting's
    label, a composed one (第2项) read back; a field's label as it is (display looks it up)."""
    if key.isascii() and "." in key:
        from officedesk.core import settings  # below core's settings: imported when asked
        from officedesk.declared_settings import declare_all

        declare_all()  # a setting of a module not imported yet (printing's) has its label too
        declared = next((s for s in settings.declared() if s.key == key), None)
        if declared is not None:
            return declared.label
    return key if tr(key) != key else read_back(key)  # 领导批示 is a label, not %1批示
