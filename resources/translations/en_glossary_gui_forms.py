"""English for the form fixes of 会议纪要 (dates checked as typed, ui/meetings/minutes.py) and
登记信访 (删除所选信访人 asks first, ui/petitions/register_dialog.py)."""

GLOSSARY = {
    "纪要日期错误": "Minutes date error",
    "议定事项错误": "Decision error",
    "第 %1 项议定事项的时限": "the deadline of decision %1",
    "删除信访人": "Delete petitioner",
    "第 %1 行的信访人": "the petitioner in row %1",
    "删除信访人“%1”？这一行已填写的内容将一并删除，不能恢复。": (
        "Delete petitioner “%1”? Everything typed in this row is deleted and cannot be restored."
    ),
}
