"""English for what an import says of the sheets it does not read back (a 督查事项's 反馈记录)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "%1“%2”表只供查看，导入不读取它：表中有 %3 行与本单位现有的不同（新增或改动的内容），没有登记。请在窗口中按步骤办理（如为任务登记“反馈”）。": (
        "%1The sheet “%2” is for reading only and the import does not read it: %3 of its rows differ"
        " from what this office holds (content added or changed) and were not recorded. Take the"
        " steps in the window (for a task, record a “Progress report”)."
    ),
}
