"""督查事项交办单, 办理反馈: a 通讯录 unit name was set on three lines (县 / 自然资源 / 局) in a 单位
column while 进展情况 beside it had width to spare; a unit name that fits is kept whole."""

from __future__ import annotations

from officedesk.printing import words
from officedesk.printing.common import FormDocument
from officedesk.printing.form_boxes import Column
from tests.printing.conftest import open_pdf, spans

UNITS = ["县教育局", "县自然资源局"]
ROWS = [
    ["7月3日", "县教育局", "28%", "工作方案已印发，正在组织实施", "", "加快推进，确保按期完成"],
    ["7月10日", "县教育局", "57%", "主体工作已完成过半", "", "开展督促检查"],
    ["7月11日", "县自然资源局", "10%", "已召开专题会议研究部署，制定工作方案", "审批手续较多", "开展督促检查"],
    ["7月20日", "县教育局", "70%", "正在组织验收", "部分群众有不同意见", "开展督促检查"],
    ["8月4日", "县教育局", "95%", "已基本完成，正在查漏补缺", "资金尚未全部到位", "开展督促检查"],
]


def test_a_unit_name_stays_on_one_line_in_a_feedback_table():
    words.add_terms(UNITS)
    doc = FormDocument(title="督查事项交办单")
    doc.table(
        [Column("日期", 17, "center"), Column("单位", 30), Column("进度", 12, "center"),
         Column("进展情况", 45), Column("存在困难", 25), Column("下一步措施", 27)],
        ROWS, size=10.5, header_size=10.5,
    )
    texts = [s.text for s in spans(open_pdf(doc.render())[0])]
    assert "县自然资源局" in texts, [t for t in texts if "资源" in t or t in ("县", "局")]
