"""English for the twenty-second review's fixes: an import with nothing to skip to, a restore
that names the backup before it asks, 另存为 PDF over an existing file; same format as
en_glossary.py."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # ---- 导入: nothing was written
    "没有导入": "Nothing imported",
    # ---- 另存为 PDF: the .pdf written exists, and the file dialog asked about another name
    "“%1”已存在。要用这份 PDF 替换它吗？它原有的内容将丢失。":
        "“%1” already exists. Replace it with this PDF? Its present content will be lost.",
}
