"""English for probe115's strings (a full disk, a read-only folder)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the preview's 另存为 PDF that could not be written (core.printing.saving)
    "无法写入“%1”：%2。请换一个文件夹（或关闭正打开这个文件的程序），再保存一次。": (
        "Could not write “%1”: %2. Choose another folder (or close the program that has this "
        "file open) and save again."
    ),
}
