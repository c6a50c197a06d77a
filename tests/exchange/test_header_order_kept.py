"""The xlsx columns of every registry — template, export and what import reads — stay in the
order clerks' filled-in templates and other offices' files have them, whatever order the
window's lists show their columns in (RegistrySpec.list_first is the list's alone)."""

from __future__ import annotations

import pytest

from officedesk.core import registry
from officedesk.core.actor import CLI_ACTOR
from officedesk.exchange import writing
from officedesk.exchange.template import write_template

HEADERS = {
    "units": ["单位名称", "简称", "上级单位", "停用"],
    "people": ["姓名", "性别", "单位", "职务", "级别", "电话", "停用"],
    "ranks": ["职级名称", "排序"],
    "rooms": ["名称", "容量", "位置", "停用"],
    "incoming": ["收文编号", "收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "紧急程度",
                 "份数", "拟办意见", "领导批示", "承办单位", "办理时限", "状态", "办结日期", "档号", "页数"],
    "outgoing": ["发文字号", "标题", "文种", "拟稿单位", "拟稿人", "核稿人", "签发人", "签发日期", "复核人",
                 "主送", "抄送", "密级", "紧急程度", "份数", "成文日期", "状态", "印发日期", "档号", "页数"],
    "meetings": ["会议名称", "会议类型", "开始时间", "结束时间", "地点", "主办单位", "主持人", "出席人员",
                 "列席人员", "议程", "联系人", "联系电话", "备注", "密级", "状态", "取消原因", "旁听人员",
                 "特邀人员", "报到时间", "报名截止", "材料要求", "主席台人数", "发文字号"],
    "supervision": ["督查编号", "密级", "事项名称", "来源", "事项内容", "批示领导", "批示内容", "立项日期",
                    "办结时限", "紧急程度", "督办级别", "反馈周期", "牵头单位", "协办单位", "责任人", "状态",
                    "办结日期", "办结报告", "档号", "页数"],  # 档号 (and its 页数) last, as 收文's and 发文's
    "petitions": ["信访编号", "登记日期", "信访形式", "信访人", "性别", "身份证号", "联系电话", "住址", "人数",
                  "问题类别", "反映内容", "诉求", "涉及单位", "处理方式", "去向单位", "办结日期", "答复意见",
                  "密级", "状态", "处理日期", "回报期限", "不予受理理由", "告知日期", "受理日期", "回报日期",
                  "延期批准人", "延期理由", "答复日期", "复查复核", "复查复核申请日期", "复查复核答复日期",
                  "复查复核意见", "复查申请日期", "复查答复日期", "复查意见", "答复送达日期", "满意度"],
    "complaints": ["投诉编号", "登记日期", "投诉方式", "投诉人", "联系电话", "被投诉单位", "被投诉人",
                   "投诉类别", "投诉内容", "受理人", "办结时限", "状态", "核查单位", "核查通知日期",
                   "核查时限", "核查完成日期", "核查结论", "核查情况", "处理结果", "处理意见", "办结日期"],
    "info": ["信息编号", "标题", "报送单位", "报送人", "报送时间", "类别", "紧急程度", "正文", "采用情况",
             "采用级别", "领导批示", "得分", "密级", "事发时间", "事件级别", "电话报告时间", "书面报告时间",
             "续报", "状态", "不采用理由", "编辑后标题", "编辑后正文", "编发期号", "上报级别", "上报时间"],
}


def _first_row(path) -> list[str]:
    from openpyxl import load_workbook

    sheet = load_workbook(path, read_only=True).worksheets[0]
    row = next(sheet.iter_rows(max_row=1, values_only=True))
    return [str(cell) for cell in row if cell is not None]


def test_every_registry_is_pinned():
    assert set(HEADERS) == {spec.name for spec in registry.all_registries()}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_template_and_export_keep_their_column_order(db, tmp_path, name):
    spec = registry.get(name)
    assert [f.label for f in spec.exchange_fields()] == HEADERS[name]
    assert _first_row(write_template(spec, tmp_path / "template.xlsx")) == HEADERS[name]
    writing.export(spec, tmp_path / "export.xlsx", CLI_ACTOR)
    assert _first_row(tmp_path / "export.xlsx")[:len(HEADERS[name])] == HEADERS[name]
