"""Chinese labels for the keys the command line's plain output shows (the keys stay English in
--json, which scripts read): figures of `stats`, what `add` and `step` report beside the record,
what `demo` made."""

from __future__ import annotations

from typing import Any

LABELS = {
    # sections and registries
    "directory": "通讯录",
    "documents": "公文",
    "meetings": "会议",
    "supervision": "督查督办",
    "petitions": "信访",
    "complaints": "效能投诉",
    "efficiency": "效能",
    "info": "信息",
    "users": "用户账号",
    # statistics
    # numbered 发文 by their 成文日期 (the 统计 tab's); 效能's 三多 counts those 印发 by its date
    "outgoing_total": "已编号发文（件）",
    # received in the year, those 退回 to their sender among them; 效能's 收文 办件量 leaves those out
    "incoming_total": "收文（件，按收文日期，含已退回来文单位的）",
    "incoming_returned": "其中已退回来文单位（件）",
    "incoming_open": "收文在办（件）",
    "incoming_overdue": "收文逾期（件）",
    "total": "合计",
    "hours": "会议时长（小时）",
    "repeats": "重复信访（件）",
    "repeat_rate": "重复信访率（%）",
    "answered": "已答复（件）",
    "answered_on_time": "按期答复（件）",
    "on_time_rate": "按期答复率（%）",
    "closed": "已办结（件）",
    "open_overdue": "逾期未办（件）",
    "instructions": "领导批示（件次）",  # each 批示 once, as the 信息工作通报 counts them
    "sudden_late": "突发事件迟报（件）",
    "as_of": "统计截至",
    "provisional": "暂按",
    "held": "已召开（次）",
    "notified": "发了会议通知（次）",
    "notice_on_time_rate": "按时通知率（%）",
    "hours_total": "会议总时长（小时）",
    # what add and a step report
    "possible_repeats": "可能重复的信访（id）",
    "registered_before": "注意：已登记过来文字号相同的收文，请确认不是重复登记",
    "repeat_of": "重复件的首件（id）",
    "no_longer_accepted": "不再受理",
    "decisions": "议定事项（条）",
    "attendance": "出席",
    "notice_outdated": "注意",
    "leave_kept": "注意",
    "added_after_notice": "注意",
    "cancellation_due": "注意",
    "deadline_note": "注意",
    "progress_note": "注意",
    "item_extended": "注意",
    "supervision_id": "督查事项 id",
    "supervision_number": "督查事项编号",
    "followup_of": "续报的原信息（id）",
    "clock": "时限",
    "light": "提示",
    "reminders": "催办",
    "task": "任务",
    "unit": "单位",
    "title": "标题",
    "doc_no": "文号",
    "archive_no": "档号",
    "remind_count": "催办次数",
    "next_due": "下一期限",
    "next_due_what": "下一期限事项",
    "notified_on": "告知日期",
    "reported_on": "上报日期",
    "closed_on": "办结日期",
    "state": "状态",
    "on": "日期",
    "person": "办理人",
    "numbered_at": "编号时间",
    "message": "说明",
    "number": "编号",
    "petition_id": "信访 id",
    "rechecked_on": "复核日期",
}


# a key whose label depends on its section: the meetings' total counts those 筹备中 and still to
# come (the 会议 tab's year), 效能's 三多 only those held
SECTION_LABELS = {
    ("meetings", "total"): "合计（含筹备中、尚未召开的，已取消的不计）",
    ("meetings", "hours"): "会议时长（小时，含筹备中的）",
    # the records 办结 (after the 答复 and any 复查/复核; a 转送 after the 回报), registered in the
    # year; 效能's 信访 完成 counts each 答复 (or 告知) in the period, 办结 or not, and says so
    ("petitions", "closed"): "已办结（件，本年登记、已办结的；已答复或已转送而未办结的不计）",
    # every limit the office tracks, as the list's red lights (a 转送's unit not accepting it is
    # not the office's 办理): 效能's 逾期未办 counts its own 处理, 告知, 答复 only
    ("petitions", "open_overdue"): "逾期未办（件，含转送后去向单位受理、交办回报、复查复核答复逾期的；"
                                   "效能只计本机关的处理、告知、答复）",
}


def label(key: str, section: str = "") -> str:
    """The Chinese label of a key (in its section); a key already in Chinese is its own label."""
    return SECTION_LABELS.get((section, key)) or LABELS.get(key, key)


def known(key: str) -> bool:
    return key in LABELS or not key.isascii()


def shown(value: Any) -> str:
    """A value as a clerk reads it: a list joined with 、, yes/no, a dash for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(shown(item) for item in value) or "无"
    if isinstance(value, dict):
        return "；".join(f"{label(k)} {shown(v)}" for k, v in value.items() if known(str(k)))
    return str(value)


def summary_lines(figures: dict[str, Any]) -> list[str]:
    """The figures of `stats` a clerk reads, one section a registry: its own labelled numbers
    and those of a labelled part one level down (效能's 会议); the tables by month, kind and
    unit are left to --json."""
    lines: list[str] = []
    for section, content in figures.items():
        if not isinstance(content, dict):
            continue
        body = _scalars(content, "  ", section)
        if section == "效能":
            body += _efficiency_lines(content)
        for key, part in content.items():
            if isinstance(part, dict) and key in LABELS:
                inner = _scalars(part, "    ")
                if inner:
                    body += [f"  {label(key)}：", *inner]
        lines.append(f"{label(section)}：" + ("" if body else "（无摘要数字）"))
        lines += body
    return lines


def _scalars(content: dict[str, Any], indent: str, section: str = "") -> list[str]:
    return [
        f"{indent}{label(key, section)}：{shown(value)}"
        for key, value in content.items()
        if key != "year" and known(key) and value != "" and not isinstance(value, dict | list)
    ]


def _efficiency_lines(figures: dict[str, Any]) -> list[str]:
    """效能's 办件量 and 完成 per procedure, as its 概况 has them (report.volumes), and the
    sentences that say what they count where the registries above count otherwise."""
    from officedesk.core.efficiency.report import completed_sentence, volume_sentence

    rows = figures.get("volumes") or []
    if not rows:
        return []
    return [
        "  办件量（件）：" + "、".join(f"{row['label']} {row['volume']}" for row in rows),
        "  完成（件）：" + "、".join(f"{row['label']} {row['completed']}" for row in rows),
        "  按时率（%）：" + "、".join(f"{row['label']} {shown(row['on_time_rate'])}" for row in rows),
        *(f"  {sentence}" for sentence in (volume_sentence(figures), completed_sentence(figures))
          if sentence),
    ]
