"""The values and notes core writes in Chinese read in English in the English window, as the
trail's summaries do (core/summary_texts.py): a 核发's rows (县委办 3份（000001–000003）), the 收文
承办 and 催办 notes, a 督查 催办's reason, 批示转督查, an issue's label (每日要情 2026年第3期), a
保密期限 N年, and why a petitioner's full identity was shown. What was typed (units, titles,
names) stays as typed; the stored Chinese, the papers and the command line are unchanged."""

from __future__ import annotations

import pytest

from officedesk.core import i18n, summary_texts
from officedesk.core.documents import doc_rules

# stored as the program writes it -> as the English window shows it
SHOWN = [
    ("发文核发：关于做好冬季防火工作的通知（各乡镇、县直各单位 13份（000001–000013）；县委办公室（存档） 7份（000014–000020））",
     "Outgoing, Distribute: 关于做好冬季防火工作的通知 (各乡镇、县直各单位, 13 copies (nos. 000001–000013); "
     "县委办公室（存档）, 7 copies (nos. 000014–000020))"),
    ("县委办 3份；县政府办 2份", "县委办, 3 copies; 县政府办, 2 copies"),  # the 办理过程's 意见
    ("县委办 3份", "县委办, 3 copies"),
    ("收文承办：关于开展秋收工作的通知（县交通运输局主办，时限 5 个工作日，2025-11-18 前办结）",
     "Incoming, Assign: 关于开展秋收工作的通知 (县交通运输局 in charge; 5 working day(s), to be concluded by 2025-11-18)"),
    ("县财政局（张三）主办，县审计局、县统计局协办，时限 10 个工作日，2026-08-18 前办结",
     "县财政局（张三） in charge, 县审计局、县统计局 assisting; 10 working day(s), to be concluded by 2026-08-18"),
    ("收文催办：关于做好困难群众冬春救助工作的通知（请县委宣传部抓紧办理，时限 2026-12-04）",
     "Incoming, Reminder: 关于做好困难群众冬春救助工作的通知 (县委宣传部, please handle it promptly; deadline 2026-12-04)"),
    ("请薛琳抓紧办理", "薛琳, please handle it promptly"),
    ("第一次催办：县住房和城乡建设局（应于 2026-12-01 反馈，逾期 6 天未报）",
     "First reminder: 县住房和城乡建设局 (report due 2026-12-01, 6 days overdue)"),
    ("再次催办：县教育局（剩 3 天到期）", "Second reminder: 县教育局 (due in 3 d)"),
    ("批示转督查：督查事项 21", "Instruction to supervision: supervised item 21"),
    ("编发：每日要情 2026年第3期", "Published in: Daily Digest 2026 No. 3"),  # an issue's label
    ("查看信访人完整身份信息（界面查看）：信2026-00040", "Petitioner's full identity viewed (on screen): 信2026-00040"),
    ("查看信访人完整身份信息（查看修改记录）：信2026-00040", "Petitioner's full identity viewed (history): 信2026-00040"),
    ("信访延期：延期30日，理由：涉及多个部门；批准人：李国强；已告知信访人",
     "Petition, Extension: extended 30 days; reason: 涉及多个部门; approved by 李国强; petitioner told"),
    ("延期15个工作日，理由：涉及多个部门；批准人：李国强；已告知信访人",
     "extended 15 working days; reason: 涉及多个部门; approved by 李国强; petitioner told"),
    ("督查事项 督〔2026〕23号", "supervised item 督〔2026〕23号"),  # an 信息's 转督查 action
    ("不采。时效性不强", "Do not use: 时效性不强"),  # its 初审 action
    # free text that only looks like them is shown as typed
    ("会议定于25日", "会议定于25日"),
    ("请报送材料一式两份", "请报送材料一式两份"),
    ("会议材料 共三份", "会议材料 共三份"),
    ("关于 二〇二六年第一期培训", "关于 二〇二六年第一期培训"),
]

# a value of a record's before/after (the 历史记录 detail) -> as the English window shows it
VALUES = [
    ("工作动态 2026年第1期", "Work Update 2026 No. 1"),  # 刊发期次, an issue's label (its name a word)
    ("界面查看", "on screen"),  # 用途
    ("10年", "10 years"),  # 保密期限 the rules set (秘密)
    ("应于 2026-12-01 反馈，逾期 6 天未报", "report due 2026-12-01, 6 days overdue"),  # 原因
]


@pytest.mark.parametrize(("stored", "shown"), SHOWN)
def test_a_composed_summary_or_note_reads_english_and_stays_the_chinese_stored(english, stored, shown):
    read = summary_texts.read_back(stored)
    assert read == stored
    assert i18n.display(read) == shown


@pytest.mark.parametrize(("stored", "shown"), VALUES)
def test_a_composed_value_reads_english(english, stored, shown):
    assert i18n.display(summary_texts.read_value(stored)) == shown


def test_the_chinese_window_shows_them_as_stored():
    for stored, _shown in SHOWN + VALUES:
        assert i18n.display(summary_texts.read_back(stored)) == stored
        assert i18n.display(summary_texts.read_value(stored)) == stored


def test_a_secrecy_term_of_years_reads_as_years_and_stays_as_written(english):
    term = doc_rules.term_words(doc_rules.STATUTORY_TERMS["秘密"])
    assert term == "10年" and i18n.display(term) == "10 years"
    assert i18n.display(doc_rules.term_words("5年")) == "5 years"
    assert i18n.display(doc_rules.term_words("长期")) == "长期"  # not a number of years: as written
    # 2026年 is a year elsewhere (“%1年” → 2026): the term's own pattern says years
    assert i18n.display(i18n.text("%1年", 2026)) == "2026"


def test_the_chinese_window_shows_a_secrecy_term_as_written():
    assert i18n.display(doc_rules.term_words("5年")) == "5年"  # not “5年（保密期限）”, its pattern


def test_a_secrecy_term_typed_in_english_is_kept_as_the_paper_prints_it():
    from officedesk.core.documents.incoming_spec import INCOMING
    from officedesk.core.fields import parse_value

    field = INCOMING.field("secrecy_term")
    assert parse_value(field, "10 years") == "10年"
    assert parse_value(field, " 5 Years ") == "5年"
    assert parse_value(field, "10年") == "10年" and parse_value(field, "长期") == "长期"


def test_a_supervised_items_link_reads_its_source_in_english(english):
    """The 督查 detail's 来源: “信息批示：信息〔2026〕58号 …” read “Instruction on information: …”."""
    from officedesk.core.supervision import sources

    label = "信息批示：信息〔2026〕58号 县卫生健康委员会多措并举抓好防汛救灾准备"
    words = sources.label_words("信息批示", label)
    assert words == label
    assert i18n.display(words) == "Instruction on information: 信息〔2026〕58号 县卫生健康委员会多措并举抓好防汛救灾准备"
    assert i18n.display(sources.label_words("收文批办", "收文批办：收〔2026〕3号 关于…的通知")) == (
        "Instruction on incoming document: 收〔2026〕3号 关于…的通知")
    assert i18n.display(sources.label_words("领导批示", "")) == "Leader's instruction"
    assert i18n.display(summary_texts.read_value(label)) == i18n.display(words)  # its history


def test_a_petitions_periods_read_in_english(english):
    """信访's periods (period_text: 30日, 15个工作日) in a refusal: “60 days, extended by another 30 days”."""
    period = i18n.text("%1，延期后再延长%2", i18n.text("%1日", 60), i18n.text("%1日", 30))
    assert period == "60日，延期后再延长30日"
    assert i18n.display(period) == "60 days, extended by another 30 days"
    assert i18n.display(i18n.text("%1个工作日", 15)) == "15 working days"
