"""The modules whose messages were made catalogue texts (检查数据库 and what it calls, 信息, the
督查 task sheet, printing's refusals, the import guard, the database's own refusals) keep them
so: a message site there that the English window would show in Chinese — an f-string, a text
joined from pieces, a pattern the glossaries lack — fails this test (scripts/count_core_chinese.py,
which counts them for the whole of core, exchange, store and printing)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import count_core_chinese  # noqa: E402
from fill_translations import load_glossary  # noqa: E402

CATALOGUED = [
    "core/anchor.py", "core/audit.py", "core/chain_words.py", "core/check.py",
    "core/cleared_names.py", "core/clock.py", "core/directory_uses.py",
    "core/counted_scope.py", "core/efficiency/sanduo.py", "core/info", "core/number_forms.py",
    "core/number_plans.py", "core/number_years.py",
    "core/petitions/approvers.py", "core/petitions/corrected.py", "core/petitions/links.py",
    "core/petitions/paths.py", "core/petitions/steps_spec.py", "core/restore_numbers.py",
    "core/responsibility.py", "core/rule_checks.py", "core/self_check.py", "core/state_facts.py",
    "core/step_allowed.py", "core/step_capacity.py", "core/step_refusals.py", "core/steps.py",
    "core/typed_numbers.py",
    "core/typed_sequence.py",
    "core/unit_renaming.py", "core/unit_sections.py", "exchange/details.py", "exchange/guard.py",
    "exchange/guard_sheets.py", "printing", "store/addresses.py", "store/audit_guard.py",
    "store/backup.py", "store/db.py", "store/db_errors.py", "store/file_guard.py",
]


def _files() -> list[Path]:
    found = []
    for name in CATALOGUED:
        path = ROOT / "officedesk" / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def test_the_catalogued_modules_show_no_chinese_in_the_english_window():
    glossary = load_glossary()
    chinese = [f"{path.relative_to(ROOT)}:{line}: {shown[:100]}"
               for path in _files() for line, kind, shown in count_core_chinese.sites(path, glossary)
               if kind == "chinese"]
    assert chinese == [], "\n".join(chinese)


def test_the_count_sees_a_chinese_f_string(tmp_path):
    """What the test above relies on: an f-string refusal is counted as Chinese, its catalogue
    text with an English entry is not."""
    path = tmp_path / "refusals.py"
    path.write_text('from officedesk.core.i18n import text\n'
                    'def a(x):\n    raise ValidationError(f"印发日期（{x}）不能晚于今天。")\n'
                    'def b(x):\n    raise ValidationError(text("印发日期（%1）不能晚于今天。", x))\n',
                    encoding="utf-8")
    kinds = [kind for _line, kind, _shown in count_core_chinese.sites(path, load_glossary())]
    assert kinds == ["chinese", "english"]
