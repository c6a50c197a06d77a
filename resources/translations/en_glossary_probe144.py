"""English for the texts of probe144's work (the import report's 反馈 brought back with a past
督查台账; 收文's and 发文's 页数 beside their 档号)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1“%2”表的 %3 条%4随%5一并导入。": "%1%3 row(s) of sheet “%2” (%4) came in with the %5.",
    "%1“%2”表的 %3 条%4可随%5一并导入。": "%1%3 row(s) of sheet “%2” (%4) would come in with the %5.",
    "档号“%1”用在 %2 件文件上：%3。一个档号只能给一件文件：请核对原件和归档文件目录，错误的档号请联系档案管理员（系统管理员）更正。": (
        "Archive number “%1” is on %2 documents: %3. An archive number is one document's only: "
        "please check the originals and the archive list, and ask the archivist (the "
        "administrator) to correct a wrong one."
    ),
    "%1第 %2 号记录": "%1 record %2",
}
