"""Column titles as clerks write them in their own 登记簿 (来文单位, 文号, 文件标题 …): an imported
sheet's column titled so is read as the registry's column it means, and the report says so. Only
where the title is none of the registry's own (a registry's labels always win), and never two
columns to one field (map_columns refuses the second as a repeat). Declared here, once, by registry
and label; the template's 说明 sheet lists them. tests/exchange/test_header_aliases.py holds that
none is another column's label of its registry and none is given twice."""

from __future__ import annotations

from typing import Any

from officedesk.core.fields import FieldSpec

ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "incoming": {
        "收文编号": ("收文号",),
        "收文日期": ("收文时间", "签收日期", "签收时间"),
        "来文机关": ("来文单位", "发文机关", "发文单位", "来文机关名称"),
        "来文字号": ("文号", "来文文号", "发文字号"),
        "标题": ("文件标题", "文件名称", "文件题目", "来文标题"),
        "紧急程度": ("缓急", "缓急程度"),
        "拟办意见": ("拟办",),
        "领导批示": ("批示", "批示意见"),
        "承办单位": ("承办科室", "承办部门"),
        "办理时限": ("时限",),
        "办结日期": ("办结时间",),
    },
    "outgoing": {
        "发文字号": ("文号",),
        "标题": ("文件标题", "文件名称", "文件题目"),
        "拟稿单位": ("拟稿科室", "起草单位", "拟稿部门"),
        "拟稿人": ("起草人",),
        "签发日期": ("签发时间",),
        "主送": ("主送机关", "主送单位"),
        "抄送": ("抄送机关", "抄送单位"),
        "紧急程度": ("缓急", "缓急程度"),
        "成文日期": ("成文时间",),
        "印发日期": ("印发时间",),
    },
    "petitions": {
        "登记日期": ("信访日期", "来信来访日期", "来访日期", "来信日期", "登记时间"),
        "信访人": ("姓名", "来访人", "来信人", "信访人姓名"),
        "身份证号": ("身份证号码", "公民身份号码", "身份证"),
        "联系电话": ("电话", "手机", "手机号码", "联系方式"),
        "住址": ("家庭住址", "地址", "现住址"),
        "人数": ("来访人数",),
        "反映内容": ("信访事项", "反映问题", "主要内容", "内容摘要", "信访内容"),
        "诉求": ("主要诉求", "信访诉求"),
        "涉及单位": ("责任单位",),
    },
    "supervision": {
        "事项名称": ("督查事项", "督办事项"),
        "牵头单位": ("责任单位", "承办单位"),
        "办结时限": ("完成时限",),
        "立项日期": ("立项时间",),
        "批示领导": ("批示人",),
    },
    "meetings": {
        "会议名称": ("会议主题",),
        "地点": ("会议地点",),
        "出席人员": ("参会人员", "参加人员"),
    },
    "complaints": {
        "投诉内容": ("反映内容", "反映问题"),
        "登记日期": ("投诉日期",),
    },
    "info": {
        "报送时间": ("报送日期",),
    },
    "people": {
        "单位": ("工作单位", "所在单位"),
        "电话": ("联系电话", "手机"),
    },
}


def _compact(label: str) -> str:
    return "".join(label.split())


def aliases_of(registry: str, label: str) -> tuple[str, ...]:
    """The other titles a column of `registry` is read under (the template's 说明 names them)."""
    return ALIASES.get(registry, {}).get(label, ())


def field_for(spec: Any, title: str) -> FieldSpec | None:
    """The field a clerk's column title means (“来 文 单 位” as “来文单位”), or None."""
    compact = _compact(title)
    for label, aliases in ALIASES.get(spec.name, {}).items():
        if compact in aliases:
            return spec.by_label(label)  # type: ignore[no-any-return]
    return None


def known_titles(spec: Any) -> set[str]:
    """Every title a column of `spec` is read under besides its labels."""
    return {alias for aliases in ALIASES.get(spec.name, {}).values() for alias in aliases}
