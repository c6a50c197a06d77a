"""English for probe80: no misleading defaults. A time that happened elsewhere (报送时间, 采用日期,
批示日期, the 突发事件 report times) is given by the clerk, not defaulted to now; what an empty
time means where it still may be left empty; same format as en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "按来件填写单位报送的时间": "When the unit sent it, as on the item",
    "不填则为现在": "Empty: now",
    "按上级刊物所载日期填写": "The date in the higher-level periodical",
    "按批示件上的日期填写": "The date on the leader's instruction",
    "实际来电时间": "When the call actually came",
    "实际收到书面报告的时间": "When the written report actually arrived",
    "请填写“报送时间”（这份续报报送的时间）。": "Please fill in “Reported at” (when this follow-up was sent).",
}
