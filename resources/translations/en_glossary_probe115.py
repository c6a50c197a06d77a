"""English for probe115's strings (a full disk, a read-only folder)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the preview's 另存为 PDF that could not be written (core.printing.saving)
    "无法写入“%1”：%2。请换一个文件夹（或关闭正打开这个文件的程序），再保存一次。": (
        "Could not write “%1”: %2. Choose another folder (or close the program that has this "
        "file open) and save again."
    ),
    # the upgrade's own backup found no room (store.migrations._backed_up)
    "磁盘空间不足，数据库没有升级，也没有改动：本程序的新版本要先升级数据库，升级前先把它备份到"
    "“%1”，这需要约 %2 MB 的空间。请清理磁盘空间后再打开。": (
        "Not enough disk space: the database was not upgraded and nothing was changed. This "
        "version of the program must upgrade the database, and first backs it up to “%1”, which "
        "needs about %2 MB. Free some disk space and open it again."
    ),
}
