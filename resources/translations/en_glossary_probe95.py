"""English for probe95's Chinese: the 催办单's 办理情况 written as 公文 write figures, with no
space between a figure and its Chinese (已逾期2个工作日); the old key (已逾期 %1 个工作日) stays
for the step window's 时限.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已逾期%1个工作日": "%1 working day(s) overdue",
}
