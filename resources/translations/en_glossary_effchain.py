"""English for the GUI strings of 退回 in the 效能 figures and the status bar's post."""

GLOSSARY = {
    "从环节": "From step",
    "件数": "Records",
    "本期无退回": "No work was sent back in this period",
    "次数": "Times",
    "退回 %1 次（%2 件，每百件 %3 次）；上期 %4 次，去年同期 %5 次":
        "Sent back %1 times (%2 records, %3 per 100); previous period %4, same period last year %5",
    "退回情况": "Work sent back",
    "退回次数": "Times sent back",
    "退回至": "Back to",
    "用户：%1 %4（%2，密级权限：%3）": "User: %1, %4 (%2, clearance: %3)",
}
