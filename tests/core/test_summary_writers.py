"""Every audit summary the program writes is made by `trail_text` from a declared pattern (or is
one constant), so 历史记录 reads it back in the window's language; what is stored stays the
Chinese it was, byte for byte (the chain digests it, papers and the command line read it)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import officedesk
from officedesk.core import accounts, i18n, numbering, summary_texts, typed_numbers
from officedesk.core.info import periodicals
from officedesk.store.models import AuditEntry

ROOT = Path(officedesk.__file__).parent
sys.path.insert(0, str(ROOT.parent / "scripts"))


# functions named *summary* that compose no audit entry's text (reports, a paper's paragraph,
# a step's note: the note is read back as the %3 of its step's pattern)
NOT_SUMMARIES = {
    "core/restore_report.py", "core/restored.py", "exchange/notes.py",
    "printing/efficiency_forms.py", "core/documents/dispatch.py",
}


def _composed(node: ast.AST) -> bool:
    """A text put together in place: an f-string, + or % on strings, a join or a format."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join")
    if isinstance(node, ast.IfExp):
        return _composed(node.body) or _composed(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_composed(value) for value in node.values)
    return False


def _is_audit_record(node: ast.Call) -> bool:
    return (isinstance(node.func, ast.Attribute) and node.func.attr == "record"
            and getattr(node.func.value, "id", "") == "audit")


def composed_summaries() -> list[str]:
    """Where a summary is composed other than by trail_text: a `summary=` argument, the
    summary of audit.record(…), a name `summary` assigned, what a *summary* function returns."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        if where.startswith("ui/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        made: list[ast.AST] = []
        for node in ast.walk(tree):  # each node once (a walk under every node took seconds)
            if isinstance(node, ast.Call):
                made += [kw.value for kw in node.keywords if kw.arg == "summary"]
                if _is_audit_record(node) and len(node.args) >= 7:
                    made.append(node.args[6])
            if isinstance(node, ast.Assign) and any(
                    "summary" in getattr(target, "id", "").lower() for target in node.targets):
                made.append(node.value)
            if (isinstance(node, ast.FunctionDef) and "summary" in node.name
                    and where not in NOT_SUMMARIES):  # its returns, those of functions in it too
                made += [inner.value for inner in ast.walk(node)
                         if isinstance(inner, ast.Return) and inner.value is not None]
        found += [f"{where}:{m.lineno}: {ast.unparse(m)[:80]}" for m in made if _composed(m)]
    return sorted(set(found))


def test_no_summary_is_composed_but_by_trail_text():
    assert composed_summaries() == []


def _summaries(action: str) -> list[str]:
    return [e.summary for e in AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id)]


def test_numbers_voided_and_issued_again_store_the_chinese_they_did(db, admin):
    no = "X委办发〔2026〕%d号"
    for _ in range(3):
        numbering.take("outgoing", admin, prefix="X委办发", year=2026)
    numbering.void("outgoing", no % 3, "印制错误，作废重发", admin)
    with typed_numbers.reissuing("原号作废后经主任同意重新使用（见（2026）3号记录）"):
        typed_numbers.claim_manual("outgoing", no % 3, admin)
    with typed_numbers.history_import():
        typed_numbers.claim_manual("outgoing", no % 6, admin)
    with typed_numbers.reissuing("补登漏登的文件"):
        typed_numbers.claim_manual("outgoing", no % 5, admin)
    assert _summaries("void") == ["作废发文字号 X委办发〔2026〕3号"]
    reissued = _summaries("reissue")
    assert reissued == ["重新使用已作废的号：原号作废后经主任同意重新使用（见（2026）3号记录）（发文字号 X委办发〔2026〕3号）",
                        "重新使用空缺的号：补登漏登的文件（发文字号 X委办发〔2026〕5号）"]
    assert all(summary_texts.read_back(s).pattern.startswith("重新使用") for s in reissued)  # type: ignore[attr-defined]


def test_accounts_and_issues_store_the_chinese_they_did(db, admin):
    accounts.create_user("wzy", "Abc12345678", "clerk", admin, display_name="王志远")
    accounts.set_role("wzy", "leader", admin)
    accounts.deactivate("wzy", admin)
    issue = periodicals.new_issue(periodicals.periodical("每日要情"), admin, 2026)
    stored = [e.summary for e in AuditEntry.select().order_by(AuditEntry.id)][-4:]
    label = periodicals.label_of(issue)
    assert stored == ["新建用户：wzy（科员）", "修改用户 wzy 的角色为领导", "停用用户 wzy",
                      f"新开一期：{label}（总第{issue.total}期）"]
    assert all(isinstance(summary_texts.read_back(s), i18n.Text) for s in stored)


def test_a_pattern_made_summary_reads_english(english):
    shown = {
        "重新使用已作废的号：经主任同意（发文字号 X委办发〔2026〕3号）":
            "Voided number used again: 经主任同意 (Document no. X委办发〔2026〕3号)",
        "标为重复件（原件为涉密信访件，请联系有权限的同事核实）":
            "Marked as repeat (the original is a classified petition: ask a colleague cleared for it)",
        "取消重复件关联，原件 云信2026-00003：登记错误": "Repeat link removed, original 云信2026-00003: 登记错误",
        "单位更名（通讯录）：县教育局 → 县教育和体育局，随之修改：牵头单位、协办单位":
            "Unit renamed (directory): 县教育局 → 县教育和体育局; changed with it: Lead unit, Supporting units",
        "修改用户 wzy 的角色为领导": "Role of user wzy set to Leader",
    }
    for stored, english_text in shown.items():
        assert i18n.display(summary_texts.read_back(stored)) == english_text
