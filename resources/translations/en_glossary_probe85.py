"""English for probe85: a leader's 批示/阅/会签 recorded for him (代录) carries the time he signed
on paper — left empty it is refused, not taken as now; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "本人录入不填则为现在；代录必须按纸面签批的时间填写":
        "Empty: now (in person); for another, required: the time on the paper",
    "请填写“%1”：代领导录入时按纸面签批的时间填写。":
        "Please fill in “%1”: when recording it for a leader, give the time he signed on paper.",
}
