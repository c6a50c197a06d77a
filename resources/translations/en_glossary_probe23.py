"""English for the texts of probe23's work (a people field's two names with a space between)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "“%1”里的“%2”中间有空格，读不出是几个人。多人请用、分隔（如：张三、李四）；一个人的姓名请连着写，不加空格。": (
        "“%1”: “%2” has a space inside, so it cannot tell how many people are meant. Separate "
        "several people with 、 (e.g. 张三、李四); write one person's name without a space."
    ),
}
