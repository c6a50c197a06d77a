"""English for a step's 时限 once past (已逾期 N 天) and for the window's forms of the helps that
carry the command line's words apart, “（命令行：…）”, which the window leaves out
(core.cli_words) (probe60). Same format as en_glossary.py (scripts/fill_translations.py reads it
beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已逾期 %1 天": "%1 days overdue",
    # the window's forms (core.cli_words.for_window)
    ("按信访人提出申请之日判断期限：答复后已办结的，期限内提出的申请仍可登记，信访件重新打开；事后补录的，"
     "“日期”写提出申请之日。期限已过的信访（已答复或已办结）不再列出此步骤，期限内提出而未登记的，"
     "请管理员补录。"):
        "The limit is judged by the day the petitioner asked: a petition closed after its reply still "
        "takes a request made within the limit, and is reopened; entered later, the “Date” is the day "
        "it was made. Once the limit has passed, a petition (replied or closed) no longer lists this "
        "step; a timely request not yet entered is entered by the administrator.",
    ("改会议的任何一项；议程每行“议题｜汇报单位｜汇报人｜分钟”；“清空”写要清空的各项；会议室已被占用的"
     "一律不能保存（请换会议室或时间）；领导同一时间另有会议或会议室坐不下的，须写明理由"):
        "Change any item of the meeting; the agenda one item a line as "
        "“topic｜reporting unit｜reporter｜minutes”; “Clear” names the items to empty; a room "
        "already booked is never saved (choose another room or time); a leader due at another "
        "meeting at the same time, or a room too small, needs the reason written",
    ("信息工作通报的发文字号，如 云委办通〔2026〕4号；留空则印“机关代字〔年份〕　　号”，"
     "序号留空待编号后手填。"):
        "The information bulletin's document number, e.g. 云委办通〔2026〕4号; left empty, the "
        "paper shows the organ code and year with the number blank, to be written in by hand.",
    ("通报的发文字号，如 云委办通〔2026〕3号：效能页打印时填入“发文字号”一栏，此处是那一栏的预填值；"
     "留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。"):
        "The bulletin's document number, e.g. 云委办通〔2026〕3号: typed into the “Doc. no.” box of "
        "the efficiency page when printing; this is what that box starts with. Left blank, "
        "“office code〔year〕　　号” is printed with the number left for handwriting.",
    ("督查通报的发文字号，如 云委办督〔2026〕3号：打印督查通报时填入“发文字号”一栏，此处是那一栏的预填值；"
     "留空则印“机关代字〔年份〕　　号”，序号留空待编号后手填。"):
        "The supervision bulletin's document number, e.g. 云委办督〔2026〕3号: typed into the "
        "“Doc. no.” box when printing the bulletin; this is what that box starts with. Left "
        "blank, “office code〔year〕　　号” is printed with the number left for handwriting once "
        "it is given.",
}
