"""English for the texts of probe144's work (the import report's 反馈 brought back with a past
督查台账; 收文's and 发文's 页数 beside their 档号)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1“%2”表的 %3 条%4随%5一并导入。": "%1%3 row(s) of sheet “%2” (%4) came in with the %5.",
}
