"""历史记录 reads the audit trail's summaries in the window's language: each kind of summary is
made from a declared pattern (core/summary_texts.py), read back from the stored Chinese and
translated — the pattern, and the parts that are catalogue words — while titles and names stay
as typed, and what the trail stores (the chain's digests, the papers, the command line) stays
the Chinese it was."""

from __future__ import annotations

import ast
import datetime as dt
import sys
from pathlib import Path

import pytest

import officedesk
from officedesk.core import audit, i18n, summary_texts
from officedesk.core import supervision as sv
from officedesk.core.actor import CLI_ACTOR
from officedesk.core.documents import outgoing
from officedesk.store.models import AuditEntry

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from fill_translations import load_glossary, placeholders  # noqa: E402


def _shown(stored: str) -> str:
    return i18n.display(summary_texts.read_back(stored))


# a summary of each kind as the program stores it -> as the English window shows it
SHOWN = [
    ("新建会议：全县安全生产工作会议", "New meeting: 全县安全生产工作会议"),
    ("新建单位：县委组织部", "New Unit: 县委组织部"),
    ("修改督查事项：紧急程度、督办级别", "Supervised item edited: Urgency, Supervision level"),
    ("修改督查事项：无字段变化", "Supervised item edited: no field changed"),
    ("收文初审：关于开展营商环境专项督查的通知（符合要求）",
     "Incoming, Screening: 关于开展营商环境专项督查的通知 (Meets the requirements)"),
    # a title holding （…） keeps it; the note is the last bracket
    ("收文拟办：关于征求《云州市城市管理条例（草案）》意见的函（拟呈薛琳同志阅批。）",
     "Incoming, Proposed handling: 关于征求《云州市城市管理条例（草案）》意见的函 (拟呈薛琳同志阅批。)"),
    ("发文签发：关于做好1月份重点工作的通知（同意印发）",
     "Outgoing, Sign off: 关于做好1月份重点工作的通知 (Approved for issue)"),
    ("发文归档：关于推进4月份重点工作的意见（归档，保管期限永久）",
     "Outgoing, Archive: 关于推进4月份重点工作的意见 (archived, kept Permanent)"),
    ("发文退回至“核稿”：格式不规范", "Outgoing returned to “Review draft”: 格式不规范"),
    ("立项（领导批示）：治理县城交通拥堵", "Item opened (Leader's instruction): 治理县城交通拥堵"),
    ("事项办结（逾期办结）：整治农村人居环境", "Item concluded (Closed late): 整治农村人居环境"),
    ("分解交办：第1项 县教育局，时限 2026-07-22", "Task assigned: no. 1 县教育局, due 2026-07-22"),
    ("任务办结（按期）：第2项 县自然资源局 2026-07-13", "Task concluded (On time): no. 2 县自然资源局 2026-07-13"),
    ("反馈：县财政局 2026-08-14 进度 19%", "Progress report: 县财政局 2026-08-14, 19% done"),
    ("第一次催办：县教育局（进度滞后 74 个百分点）", "First reminder: 县教育局 (74 points behind)"),
    ("会议“县委常委会2026年第20次会议”签到：应到 13 人，实到 13 人，请假 0 人，缺席 0 人",
     "Meeting “县委常委会2026年第20次会议” attendance: Due 13, present 13, on leave 0, absent 0"),
    ("保存会议纪要“全县耕地保护工作会议”（议定事项 2 项，会议标记为已召开）",
     "Minutes of “全县耕地保护工作会议” saved (2 decisions; meeting marked held)"),
    ("登记信访：张秀英（征地拆迁）", "Petition registered: 张秀英 (Land requisition and demolition)"),
    ("信访交办：交办县教育局，8月25日前回报", "Petition, Assigned: assigned to 县教育局, report back by 25 Aug"),
    ("信访受理告知：已告知信访人受理", "Petition, Acceptance notice: petitioner told of acceptance"),
    ("上报市", "Reported to City"),
    ("县长 王振国批示", "Instruction by 县长 王振国"),
    ("效能投诉处理：县住房和城乡建设局（效能告诫）", "Complaint, Decide: 县住房和城乡建设局 (Efficiency warning)"),
    ("系统设置“全宗号”：Z107 → Z108", "Setting “Fonds number”: Z107 → Z108"),
    # a step's own note core composed, as the 办理过程 lists it
    ("印制 50 份", "50 copies printed"),
    ("传阅：薛琳→郝雪→韦刚", "circulated: 薛琳→郝雪→韦刚"),
    ("退回至“拟办”：缺少附件", "returned to “Proposed handling”: 缺少附件"),
    ("来访，1 位信访人，人数 1", "Visit, 1 petitioner(s), 1 people"),
    ("编辑", "Edit"),  # a summary that is one catalogue word
    ("核对信访人", "核对信访人"),  # free text no pattern makes: as stored
]


@pytest.mark.parametrize(("stored", "english_text"), SHOWN)
def test_a_stored_summary_reads_english_and_stays_the_chinese_stored(english, stored, english_text):
    read = summary_texts.read_back(stored)
    assert read == stored  # the same Chinese: the trail, the papers, the command line
    assert _shown(stored) == english_text


def test_without_a_catalogue_a_summary_shows_as_stored():
    for stored, _english in SHOWN:
        assert _shown(stored) == stored


def test_every_pattern_has_its_english_and_a_kind_for_each_place():
    glossary = load_glossary()
    for pattern, kinds in summary_texts.PATTERNS.items():
        assert set(kinds) <= set("wtvdn"), pattern
        assert len(kinds) == len(set(placeholders(pattern))), pattern
        english = glossary.get(pattern)
        assert isinstance(english, str), pattern
        assert placeholders(english) == placeholders(pattern), (pattern, english)


def _written_patterns() -> list[tuple[str, str, bool]]:
    """(pattern, where, whole) of every trail_text(...) in the program: a literal pattern
    (whole), or the literal end of one joined to a label (spec.label + "%1：%2")."""
    found = []
    root = Path(officedesk.__file__).parent
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "trail_text"):
                continue
            first = node.args[0]
            where = f"{path.relative_to(root)}:{node.lineno}"
            if isinstance(first, ast.Constant):
                found.append((first.value, where, True))
            else:
                assert isinstance(first, ast.BinOp) and isinstance(first.right, ast.Constant), where
                found.append((first.right.value, where, False))
    return found


def test_every_summary_the_program_writes_from_a_pattern_is_declared():
    written = _written_patterns()
    assert len(written) >= 30  # the walk finds them
    declared = summary_texts.PATTERNS
    missing = [(p, w) for p, w, whole in written
               if not (p in declared if whole else any(d.endswith(p) for d in declared))]
    assert not missing, missing


def test_a_summary_tries_the_patterns_of_its_first_characters():
    stored = [f"收文初审：关于第{n}号文件的通知（符合要求）" for n in range(200)]
    read = [summary_texts.read_back(s) for s in stored]
    assert read == stored and all(isinstance(r, i18n.Text) for r in read)
    # each summary tries the patterns of its first characters, not all of them
    head = summary_texts._INDEX["收文"]
    assert len(head) < len(summary_texts.PATTERNS) // 4


def test_steps_store_their_chinese_summaries_and_the_chain_verifies(db, english, fixed_today):
    fixed_today(dt.date(2026, 3, 2))
    item = sv.create_item_from_source("meeting", 12, "推进城区老旧小区改造", "年内完成改造。",
                                      CLI_ACTOR, deadline=dt.date(2026, 4, 30))
    task = sv.add_task(item.id, {"牵头单位": "市财政局", "时限": "2026-03-31"}, CLI_ACTOR)
    sv.add_report(task.id, {"进度": 50, "进展情况": "已完成一半"}, CLI_ACTOR)
    fixed_today(dt.date(2026, 3, 25))
    sv.complete_task(task.id, "2026-03-20", "已办结", CLI_ACTOR)
    sv.close_item(item.id, "2026-03-22", "完成", sv.get_item(item.id, CLI_ACTOR).version, CLI_ACTOR)
    doc = outgoing.draft({"标题": "关于拨付经费的请示", "文种": "请示", "拟稿单位": "综合处",
                          "拟稿人": "张科员", "上行文": "是", "主送": "中共云山市委"}, CLI_ACTOR)
    stored = [e.summary for e in AuditEntry.select().where(AuditEntry.registry == "supervision")
              .order_by(AuditEntry.id)]
    assert stored == [
        "立项（会议议定事项）：推进城区老旧小区改造",
        "分解交办：第1项 市财政局，时限 2026-03-31",
        "分解交办：第1项 市财政局，时限 2026-03-31",
        "反馈：市财政局 2026-03-02 进度 50%",
        "任务办结（按期）：第1项 市财政局 2026-03-20",
        "事项办结（按期办结）：推进城区老旧小区改造",
    ]
    assert [_shown(s) for s in stored] == [
        "Item opened (Meeting decision): 推进城区老旧小区改造",
        "Task assigned: no. 1 市财政局, due 2026-03-31",
        "Task assigned: no. 1 市财政局, due 2026-03-31",
        "Progress report: 市财政局 2026-03-02, 50% done",
        "Task concluded (On time): no. 1 市财政局 2026-03-20",
        "Item concluded (On time): 推进城区老旧小区改造",
    ]
    (drafted,) = [e.summary for e in audit.history("outgoing", doc.id)]
    assert drafted == "发文拟稿：关于拨付经费的请示"
    assert _shown(drafted) == "Outgoing, Draft: 关于拨付经费的请示"
    assert audit.verify_chain() == []


def test_every_summary_of_the_demo_office_reads_back(db, demo_filled, english):
    """The demo's trail (every registry's steps): each summary is one a pattern makes, or one
    catalogue text, and the chain still verifies."""
    demo_filled(6)
    left = sorted({e.summary for e in AuditEntry.select(AuditEntry.summary)
                   if not isinstance(summary_texts.read_back(e.summary), i18n.Text)
                   and e.summary not in english})
    assert left == []
    assert audit.verify_chain() == []
