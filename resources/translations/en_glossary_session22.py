"""English for the messages of 5 Dec's session: a 文种 numbered under a 代字 of its own (函=云委办函)."""

GLOSSARY = {
    "按文种单独编号的代字": "Own codes for some kinds of document",
    "每行一个“文种=代字”，如 函=云委办函：这一文种按这个代字单独编号（云委办函〔2026〕1号，每年从 1 号起）；"
    "没有写的文种用机关代字加“发”。令号见“命令（令）令号前缀”。":
        "One “kind=code” a line, e.g. 函=云委办函: that kind of document is numbered under that "
        "code in a sequence of its own (云委办函〔2026〕1号, from 1 each year); the kinds not "
        "named take the office code followed by 发. Orders (令): see “Order (令) number prefix”.",
    "“%1”：每行写一个“文种=代字”，如 函=云委办函。":
        "“%1”: write one “kind=code” a line, e.g. 函=云委办函.",
    "令号另有设置“命令（令）令号前缀”，这里不写“%1”。":
        "Orders have their own setting, “Order (令) number prefix”: leave “%1” out here.",
    "“%1”不是公文的文种。可写的有：%2。": "“%1” is not a kind of official document. The kinds are: %2.",
    "文种“%1”写了两次，请删去一行。": "The kind “%1” is written twice: delete one of the lines.",
    "代字“%1”只写代字，如 云委办函（发文字号由程序加年份和序号：云委办函〔2026〕1号），不写空格、数字、括号或“号”。":
        "Write the code “%1” alone, e.g. 云委办函 (the program adds the year and the number: "
        "云委办函〔2026〕1号), without spaces, digits, brackets or 号.",
    "代字“%1”最多 %2 个字，现在是 %3 个。": "The code “%1” may have at most %2 characters; it has %3.",
}
