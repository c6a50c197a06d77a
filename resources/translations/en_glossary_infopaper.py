"""English for the 简报 and 信息工作通报 settings (task infopaper)."""

GLOSSARY = {
    "信息工作通报发文字号": "Information bulletin document number",
    "信息工作通报的发文字号，如 云委办通〔2026〕4号（命令行 print info-ranking --number 可为本期另给）；"
    "留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。": (
        "The information bulletin's document number, e.g. 云委办通〔2026〕4号 (the command line "
        "print info-ranking --number gives one for a single print); left empty, the paper shows "
        "the organ code and year with the number blank, to be written in by hand."),
    "信息工作通报主送机关": "Information bulletin: main recipients",
    "信息报送单位": "Units reporting information",
    "应向本机关报送信息的单位，每行一个（也可用“、”分开）：信息工作通报列出其中本期未报送信息的单位；"
    "留空则不列。": (
        "The units expected to report information to this office, one per line (or separated "
        "by “、”): the information bulletin names those that reported nothing in its period; "
        "left empty, none are named."),
}
