"""English for the messages of 4 Dec's second session: the import reading a clerk's own column
titles (来文单位 as 来文机关)."""

GLOSSARY = {
    "%1按列的意思读取：%2。": "%1Columns read by their meaning: %2.",
    "“%1”列作“%2”": "“%1” as “%2”",
    "“%1”列和“%2”列都是%3的“%4”，请删去一列。":
        "The columns “%1” and “%2” are both the %3's “%4”: delete one of them.",
}
