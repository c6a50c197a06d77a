"""English for the refusals of 逐级负责 (core.responsibility, core.self_check), the 纪检监察机关
setting's note (core.petitions.paths) and the print font files' troubles (printing.fonts): they
were f-strings, shown in Chinese in the English window; now catalogue texts whose names stay as
typed. Same format as en_glossary.py (scripts/fill_translations.py reads it beside it)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- core.self_check: nobody checks his own work
    "%1是这件%2的拟稿人，不能“%3”%4：%5是对拟稿的把关，应由拟稿人以外的人办理。": (
        "%1 drafted this %2 and cannot do “%3”%4: %5 checks the draft and is for someone other "
        "than its drafter."),
    "%1已“%2”这件%3，不能再“%4”%5：审批链中“%2”和“%6”由不同岗位把关，应由不同的人办理。": (
        "%1 already did “%2” on this %3 and cannot also do “%4”%5: in the approval chain “%2” and "
        "“%6” are checks by different posts, for different people."),
    "%1已“%2”": "%1 did “%2”",
    "%1是拟稿人": "%1 is the drafter",
    "除%1外无人能办理“%2”：%3%4。": "Nobody but %1 may do “%2”: %3%4.",
    "（代理人也不能代拟稿人办理）": " (nor may a deputy do it for the drafter)",
    "请管理员在“%1”中为“%2”增加可办理的岗位，或设置其他人员担任该岗位": (
        "ask the administrator to add a post that may do “%2” under “%1”, or to give the post "
        "to someone else"),
    # ---- core.responsibility: who holds a step of the approval chain
    "%1": "%1",
    "%1，不能办理；%2": "%1, so cannot do it; %2",
    "担任该岗位的人员都没有“%1”的密级权限，请管理员调整密级权限或岗位": (
        "nobody in the post is cleared for “%1”; ask the administrator to change a clearance or "
        "the posts"),
    "系统设置中没有填写“%1”，无法确定“%2”应由%3中的哪一位办理。请管理员在“%4”中填写。": (
        "“%1” is not filled in the settings, so it is not known which %3 does “%2”. Ask the "
        "administrator to fill it in under “%4”."),
    "这件%1没有填写%2，无法确定“%3”应由%4办理。请先填写%2%5。": (
        "This record (%1) has no %2, so it is not known who of %4 does “%3”. Fill in the %2 first%5."),
    "哪个单位": "which unit",
    "（拟稿中用“修改”填写；已核稿的，请先“退回修改”，补填后重新核稿）": (
        " (while drafting, with “Edit”; once checked, “Return for revision” first, fill it in, "
        "and have it checked again)"),
    "%1的密级权限（%2）低于这件的密级（%3），不能由其办理，也不能代其录入": (
        "%1's clearance (%2) is below this record's classification (%3): it may not be done by "
        "that person, nor entered for them"),
    "须先“%1”（由%2办理），然后才能“%3”。": "“%1” comes first (done by %2), then “%3”.",
    "“%1”与“%2”一样，应由%3办理；您是%4。": "“%1”, like “%2”, is done by %3; you are %4.",
    "%1，代理时也不能。应由%2办理。": "%1, not even as a deputy. It is done by %2.",
    "%1至%2": "%1 to %2",
    "您代理%1的期间是%2，办理日期%3不在其中，不能代理其“%4”。应由%5办理；代理期内办理的，请填写当时的日期。": (
        "You stand in for %1 over %2; the date of the step, %3, is outside it, so you cannot do "
        "their “%4”. It is done by %5; for a step done within the period, enter the date it was "
        "done."),
    "这件已退回拟稿人%1修改，应由其本人办理（或由其代理人代理；纸质修改稿可由有代录权限的用户代其录入）；您是%2。": (
        "This was returned to its drafter %1 for revision and is theirs to do (or their deputy's; "
        "a revision on paper may be entered for them by a user allowed to enter for others); you "
        "are %2."),
    "%1应由%2办理；您是%3。": "%1 is done by %2; you are %3.",
    "“%1”与“%2”一样，": "“%1”, like “%2”,",
    "只有有代录权限的用户可以代他人录入“%1”；请本人办理，或请管理员授予代录权限。": (
        "Only a user allowed to enter for others may enter “%1” for someone else; do it yourself, "
        "or ask the administrator for that right."),
    "%1应由%2办理": "%1 is done by %2",
    "这件待“%1”，“%2”应由%3办理": "This waits for “%1”; “%2” is done by %3",
    "“%1”应由%2办理": "“%1” is done by %2",
    "“%1”一栏（命令行：%2=姓名，或 --person 姓名）": (
        "the “%1” field (command line: %2=姓名, or --person 姓名)"),
    "“经办人”一栏（命令行：--person 姓名）": "the “Handled by” field (command line: --person 姓名)",
    "%1。代录时请写明代谁录入：%2。": "%1. When entering for someone, name whom: %2.",
    # ---- core.petitions.paths: the 纪检监察机关 setting
    "通讯录中的纪检监察机关": "the discipline inspection and supervision organ in the directory",
    "设置“%1”（petitions.discipline_organ）现为“%2”，不是通讯录中的单位：请管理员在“%3”中将其改为%4后再转送。": (
        "The setting “%1” (petitions.discipline_organ) is now “%2”, which is no unit of the "
        "directory: ask the administrator to change it to %4 under “%3”, then forward."),
    "请选择“转送”（去向单位写%1），或“不予受理”并告知信访人向%1提出。": (
        "Choose “Forward” (to %1), or “Not accepted” and tell the petitioner to take it to %1."),
    "请选择“不予受理”并告知信访人向%1提出；如需转送，%2": (
        "Choose “Not accepted” and tell the petitioner to take it to %1; to forward it, %2"),
    # ---- printing.fonts: a print font file that is not printed with
    "请写字体文件的完整路径（如 C:\\Windows\\Fonts\\simfang.ttf），“%1”不是。%2": (
        "Give the font file's full path (such as C:\\Windows\\Fonts\\simfang.ttf); “%1” is not. %2"),
    "找不到字体文件“%1”。%2": "The font file “%1” is not found. %2",
    "“%1”中只有 %2 个字体，“#”后的序号应是 0 到 %3。": (
        "“%1” holds only %2 fonts: the number after “#” should be 0 to %3."),
    "“%1”不是字体集合（.ttc），不能写“#%2”：请去掉它。": (
        "“%1” is no font collection (.ttc) and takes no “#%2”: remove it."),
    "无法读取字体文件“%1”（%2）。%3": "The font file “%1” cannot be read (%2). %3",
    "“%1”是 PostScript（CFF）轮廓的 OpenType 字体，打印时无法嵌入。请选 TrueType 字体文件（.ttf / .ttc）。": (
        "“%1” is an OpenType font with PostScript (CFF) outlines, which cannot be embedded in print. "
        "Choose a TrueType font file (.ttf / .ttc)."),
    "“%1”不是可用的 TrueType 字体文件（或已损坏）。请选 .ttf / .ttc 字体文件。": (
        "“%1” is no usable TrueType font file (or it is damaged). Choose a .ttf / .ttc font file."),
    "请改正路径（或用“选择…”按钮选取文件），或留空自动查找。": (
        "Correct the path (or pick a file with “Browse…”), or leave it blank to find one "
        "automatically."),
    "请把字体文件放回原处，或在“%1”中另选字体文件（或留空自动查找）。": (
        "Put the font file back, or choose another under “%1” (or leave it blank to find one "
        "automatically)."),
    "字体文件“%1”无法嵌入打印。%2": "The font file “%1” cannot be embedded in print. %2",
    "软件自带的字体": "the font that comes with the program",
    "本机的“%1”": "this computer's “%1”",
    "打印字体“%1”：%2现暂用%3打印。": "Print font “%1”: %2 Meanwhile it prints with %3.",
    # ---- the print preview
    "另存为 PDF（Ctrl+S）": "Save as PDF (Ctrl+S)",
}
