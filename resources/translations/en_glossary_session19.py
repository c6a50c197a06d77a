"""English for the messages of 4 Dec's second session: the import reading a clerk's own column
titles (来文单位 as 来文机关) and a table below its title rows."""

GLOSSARY = {
    "%1按列的意思读取：%2。": "%1 Columns read by their meaning: %2.",
    "“%1”列作“%2”": "“%1” as “%2”",
    "“%1”列和“%2”列都是%3的“%4”，请删去一列。":
        "The columns “%1” and “%2” are both the %3's “%4”: delete one of them.",
    "%1列标题在第 %2 行：%3是标题，没有作为数据导入。":
        "%1 The column titles are in row %2: %3 is a title, not imported as data.",
    "%1列标题在第 %2 行（上方是空行）。": "%1 The column titles are in row %2 (empty rows above).",
    "第 %1 行（%2）": "row %1 (%2)",
    "%1第 %2 行是合计行，没有导入。": "%1 Row %2 is a totals row (合计): not imported.",
    "合并单元格 %1 把列标题和下面的数据合在了一起。请取消合并，使列标题只占一行，并在每一行分别填写后再导入。":
        "The merged cell %1 joins a column title with the data below it. Unmerge it so that the "
        "title takes one row only, fill in each row and import again.",
    "“%1”是 Windows 设备名，不能作文件名，没有写出。请换一个文件名。":
        "“%1” is a Windows device name, not a file name: nothing written. Choose another name.",
    "“%1”不是普通文件（是设备或管道），写到这里会替换或卡住它，没有写出。请换一个文件名或位置。":
        "“%1” is not a regular file (a device or a pipe): writing there would replace it or hang. "
        "Nothing written; choose another name or place.",
    "“%1”是文件夹，请选择其中的一个文件（一个文件夹可压缩成 .zip 再作附件）。":
        "“%1” is a folder: choose a file in it (a folder can be compressed into a .zip and attached).",
    "机关代字只写代字，如 云委办（发文字号由程序加“发”、年份和序号：云委办发〔2026〕1号），不写空格、数字、括号或“号”：现在是“%1”。":
        "Give the organ's code alone, such as 云委办 (the program adds 发, the year and the number: "
        "云委办发〔2026〕1号), without spaces, digits, brackets or 号: it is “%1”.",
    "机关代字最多 %1 个字，现在是 %2 个（“%3”）：请填写本机关的代字，如 云委办。":
        "The organ's code may have at most %1 characters; it has %2 (“%3”). Give the office's code, "
        "such as 云委办.",
    "机关代字不带“发”：发文字号由程序在代字后加“发”（%1发〔2026〕1号）。请填写“%1”。":
        "The organ's code is given without 发: the program adds 发 to it in a document number "
        "(%1发〔2026〕1号). Give “%1”.",
    "全宗号只写字母和数字（最多 %1 位，如 Z107，由档案馆给定），现在是“%2”：它是档号的第一段，空格、“-”或汉字会使档号无法辨读。":
        "The fonds number is letters and digits only (at most %1, such as Z107, given by the "
        "archives); it is “%2”. It begins the archival code: a space, “-” or a Chinese character "
        "would make the code unreadable.",
    "转到(&G)": "&Go",
    "%1的列标题（第 %2 行）缺少必填列“%3”。": "The column titles of %1 (row %2) lack the required column “%3”.",
}
