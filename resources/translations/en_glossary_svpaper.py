"""English for the 督查通报 as a 公文: its 发文字号 (the 通报 dialog's field, the setting) and its
主送机关 setting.

scripts/fill_translations.py reads this beside en_glossary.py (see its docstring)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "本期督查通报的发文字号，如 云委办督〔2026〕3号；留空则序号留白，编号后手填":
        "This supervision bulletin's document number, e.g. 云委办督〔2026〕3号; left blank, the "
        "number is left for handwriting once it is given",
    "督查通报主送机关": "Supervision bulletin: main recipients",
    "督查通报发文字号": "Supervision bulletin document number",
    "督查通报的发文字号，如 云委办督〔2026〕3号：打印督查通报时填入“发文字号”一栏（命令行 print bulletin "
    "--number），此处是那一栏的预填值；留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。":
        "The supervision bulletin's document number, e.g. 云委办督〔2026〕3号: typed into the "
        "“Doc. no.” box when printing the bulletin (command line: print bulletin --number); this "
        "is what that box starts with. Left blank, “office code〔year〕　　号” is printed with the "
        "number left for handwriting once it is given.",
}
