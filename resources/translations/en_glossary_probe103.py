"""English for probe103: a meeting's 发文字号 held unique by the database (schema 41) — a batch
refused in the rule's words, `check` naming meetings that share a number."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1导入没有写入任何数据。": "%1 The import wrote nothing.",
    "%1的%2“%3”同用在 id 为 %4 的%1上，只能有一个：数据库因此没有启用%2不能重复的保护。请核对，"
    "修改其中错误的%2；改正后重新打开程序即启用。": (
        "%1: %2 “%3” is given to the %1 records with id %4, and only one may have it, so the database's guard "
        "against a repeated %2 is off. Check them and change the wrong %2; the guard is switched "
        "on when the program is next opened after the correction."
    ),
}
